import { ProtocolError } from '../errors.js';
import type { MessageRecord, MessageStatus, StatusEvent } from './types.js';

/** Progress levels: read implies delivered implies sent. */
const PROGRESS: Record<MessageStatus, 0 | 1 | 2 | 3> = { sent: 1, delivered: 2, read: 3, failed: 0, deleted: 0 };

/** Increments a merge causes in the statistics counters of the message's cell. */
export interface StatisticsDelta {
  readonly sent: 0 | 1;
  readonly delivered: 0 | 1;
  readonly read: 0 | 1;
  readonly failed: 0 | 1;
}

/** `YYYY-MM-DD` of a millisecond timestamp, in UTC. */
export function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

export function displayStatus(progress: 0 | 1 | 2 | 3, failed: boolean, deleted: boolean): MessageStatus {
  if (deleted) return 'deleted';
  if (failed) return 'failed';
  return progress >= 3 ? 'read' : progress === 2 ? 'delivered' : 'sent';
}

/**
 * Joins an event into a message record. The record is a join-semilattice (max progress, OR of
 * failed and deleted), so merging is idempotent and commutative: any order and any repeats of the
 * same events give the same record and the same total statistics. A counter moves only when its
 * threshold is first crossed. Events whose descriptor disagrees with the record are refused.
 */
export function mergeStatus(record: MessageRecord | undefined, event: StatusEvent): { record: MessageRecord; delta: StatisticsDelta } {
  if (record !== undefined) {
    const same =
      record.business === event.business &&
      record.customer === event.customer &&
      record.category === event.category &&
      (record.templateName ?? '') === (event.templateName ?? '') &&
      record.day === utcDay(event.sentAt);
    if (!same) {
      throw new ProtocolError('InvalidMessage', `status event for ${event.messageId} disagrees with the recorded message`, { field: 'messageId' });
    }
  }
  const before = record ?? {
    messageId: event.messageId,
    business: event.business,
    customer: event.customer,
    category: event.category,
    ...(event.templateName === undefined || event.templateName === '' ? {} : { templateName: event.templateName }),
    day: utcDay(event.sentAt),
    progress: 0 as const,
    failed: false,
    deleted: false,
    status: 'sent' as const,
  };
  const progress = Math.max(before.progress, PROGRESS[event.status]) as 0 | 1 | 2 | 3;
  const failed = before.failed || event.status === 'failed';
  const deleted = before.deleted || event.status === 'deleted';
  const merged: MessageRecord = { ...before, progress, failed, deleted, status: displayStatus(progress, failed, deleted) };
  const crossed = (level: number): 0 | 1 => (before.progress < level && progress >= level ? 1 : 0);
  return {
    record: merged,
    delta: { sent: crossed(1), delivered: crossed(2), read: crossed(3), failed: !before.failed && failed ? 1 : 0 },
  };
}
