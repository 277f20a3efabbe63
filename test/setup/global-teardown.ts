import { Redis } from 'ioredis';
import { dropScratchDatabase } from '../support/scratch-database';
import { TEST_REDIS_URL } from '../support/test-env';

export default async function globalTeardown(): Promise<void> {
  const name = process.env.TRACKER_TEST_DATABASE_NAME;
  if (name && !process.env.KEEP_TEST_DATABASE) await dropScratchDatabase(name);
  const prefix = process.env.TRACKER_TEST_QUEUE_PREFIX;
  if (prefix) {
    const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  }
}
