// What the multi-process workers (postgres-worker.ts) and their parent test share. Kept apart
// from the worker, which runs on import.
import type { StatusEvent } from '../../src/gateway/types.js';

export interface WorkerConfig {
  readonly url: string;
  readonly schema: string;
  readonly mode: 'mixed' | 'opt-outs';
  readonly id: number;
  readonly concurrency: number;
  /** mixed: operations of each kind; opt-outs: the most appends before stopping by itself. */
  readonly count: number;
}

export interface MixedPlan {
  readonly business: string;
  readonly customers: readonly string[];
  /** Reservations go to several businesses, so that many of them race to fill a limit. */
  readonly reachBusinesses: readonly string[];
  readonly reachCustomers: readonly string[];
  readonly limit: number;
  readonly since: number;
  readonly messages: number;
}

/** Entities the two mixed workers share. */
export const MIXED: MixedPlan = {
  business: 'shared-biz',
  customers: ['c0', 'c1', 'c2', 'c3', 'c4'],
  reachBusinesses: Array.from({ length: 40 }, (_, i) => `reach-biz-${i}`),
  reachCustomers: Array.from({ length: 8 }, (_, i) => `r${i}`),
  limit: 3,
  since: Date.UTC(2026, 2, 1) - 86_400_000,
  messages: 40,
};

export interface WorkerReport {
  readonly activity: { customer: string; at: number; referral: boolean }[];
  readonly referralWindows: { customer: string; until: number }[];
  readonly consent: { customer: string; sequence: number; source: string }[];
  readonly reservations: { business: string; customer: string; admitted: boolean }[];
  readonly events: StatusEvent[];
}

