import { SetMetadata } from '@nestjs/common';

/** A job an admin may run now (POST /jobs/{name}/run), instead of waiting for its schedule. */
export interface ManualJob {
  /** Queues the job; returns its id. */
  runNow(): Promise<string>;
}

export interface ManualJobInfo {
  name: string;
  description: string;
}

export const MANUAL_JOB = 'tracker:manual-job';

/**
 * Marks a job producer whose `runNow()` an admin may call through the API. The api's JobsController finds every
 * such provider at start-up, so a feature adds a runnable job without touching the controller.
 */
export const RunnableJob = (info: ManualJobInfo) => SetMetadata(MANUAL_JOB, info);
