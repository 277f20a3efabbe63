import { Module } from '@nestjs/common';
import { NotificationsController } from './http/notifications.controller';
import { ReminderJobs, ReminderScanProcessor } from './reminders/reminder-jobs';
import { ReminderScan } from './reminders/reminder-scan';

@Module({ controllers: [NotificationsController], providers: [ReminderJobs], exports: [ReminderJobs] })
export class NotificationsApiModule {}

@Module({ providers: [ReminderScan, ReminderJobs, ReminderScanProcessor], exports: [ReminderScan] })
export class RemindersWorkerModule {}
