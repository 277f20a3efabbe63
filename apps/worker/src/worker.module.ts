import { Module } from '@nestjs/common';

/** The job processors. The api never imports this module. */
@Module({})
export class WorkerModule {}
