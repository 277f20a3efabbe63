import { Module } from '@nestjs/common';
import { MilestonesModule } from '@tracker/milestones';
import { registerQueue, repositoryProviders } from '@tracker/platform';
import { ReportingModule } from '@tracker/reporting';
import { NotificationsController } from './http/notifications.controller';
import { NotificationsService } from './http/notifications.service';
import { ReminderJobs, ReminderScanProcessor, REMINDERS_QUEUE } from './jobs/reminder-jobs';
import { ReminderScan } from './jobs/reminder-scan';
import { NotificationsRepository } from './notifications.repository';

/** Reminders of milestones, reporting rounds and problems: the scan that records them, and the notifications people read. */
@Module({
  imports: [MilestonesModule, ReportingModule, registerQueue(REMINDERS_QUEUE)],
  providers: [...repositoryProviders(NotificationsRepository), NotificationsService, ReminderScan, ReminderJobs],
  exports: [NotificationsService, ReminderScan, ReminderJobs],
})
export class NotificationsModule {}

@Module({ imports: [NotificationsModule], controllers: [NotificationsController] })
export class NotificationsApiModule {}

/** The scan's processor and schedule. */
@Module({ imports: [NotificationsModule, registerQueue(REMINDERS_QUEUE)], providers: [ReminderScanProcessor] })
export class NotificationsWorkerModule {}
