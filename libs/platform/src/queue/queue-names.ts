/** Every queue of the tracker, in one place, so producers and consumers cannot drift apart. */
export const QUEUES = {
  events: 'events',
  reminders: 'reminders',
  rollups: 'rollups',
  webhooks: 'webhooks',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
