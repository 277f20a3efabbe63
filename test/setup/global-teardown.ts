import { deleteQueueKeys } from '../support/queue-keys';
import { dropScratchDatabase } from '../support/scratch-database';

export default async function globalTeardown(): Promise<void> {
  const name = process.env.TRACKER_TEST_DATABASE_NAME;
  if (name && !process.env.KEEP_TEST_DATABASE) await dropScratchDatabase(name);
  const prefix = process.env.TRACKER_TEST_QUEUE_PREFIX;
  if (prefix) await deleteQueueKeys(prefix);
}
