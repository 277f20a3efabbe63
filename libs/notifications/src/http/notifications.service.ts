import { Injectable } from '@nestjs/common';
import { notFound, type Page } from '@tracker/api-conventions';
import type { Principal } from '@tracker/auth';
import { NotificationsRepository } from '../notifications.repository';
import type { AcknowledgeNotificationsDto, NotificationQuery } from './notification.dto';
import type { NotificationView } from './notification.views';

/** The reminders people read and acknowledge; the scan records them (jobs/reminder-scan.ts). */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationsRepository) {}

  list(query: NotificationQuery, reader: Principal): Promise<Page<NotificationView>> {
    return this.notifications.list(reader, query, query);
  }

  /** Per reader, and idempotent; 404 for a notification that is not among the reader's. */
  async acknowledge(id: string, reader: Principal): Promise<void> {
    if (!(await this.notifications.isVisibleTo(id, reader))) throw notFound(`No notification ${id} for you.`, `没有发给你的提醒 ${id}。`);
    await this.notifications.acknowledge(id, reader.keyId);
  }

  /** All the reader's unresolved reminders (matching the filters), for 全部确认. */
  async acknowledgeAll(filters: AcknowledgeNotificationsDto, reader: Principal): Promise<{ acknowledged: number }> {
    return { acknowledged: await this.notifications.acknowledgeAll(reader, filters) };
  }
}
