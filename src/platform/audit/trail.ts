import { randomBytes } from 'node:crypto';

/** Correlates the audit and processing-log lines of one request (W3C trace context ids). */
export interface Trail {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  startTime: Date;
  origin: string | null;
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;

export function newTrail(origin: string | null, traceparent?: string): Trail {
  const m = traceparent ? TRACEPARENT.exec(traceparent) : null;
  return {
    traceId: m?.[1] ?? randomBytes(16).toString('hex'),
    spanId: randomBytes(8).toString('hex'),
    parentSpanId: m?.[2] ?? null,
    startTime: new Date(),
    origin,
  };
}
