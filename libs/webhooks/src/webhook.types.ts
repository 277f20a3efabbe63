/** Where a delivery stands: sent and acknowledged, waiting for a retry, or given up on (the dead letter). */
export type DeliveryStatus = 'pending' | 'succeeded' | 'failed' | 'dead';
