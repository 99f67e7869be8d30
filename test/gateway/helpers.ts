import { Gateway, type GatewayOptions, InMemoryGatewayStore } from '../../src/gateway/index.js';
import type { GatewayStore, MessageClass } from '../../src/gateway/index.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** Monday 2026-01-05 10:00 UTC. */
export const T0 = Date.UTC(2026, 0, 5, 10);

export const BIZ = 'biz:acme';
export const ALICE = 'cust:alice';
export const BOB = 'cust:bob';

/** A clock the test moves by hand. */
export class ManualClock {
  constructor(public time: number = T0) {}
  now(): number {
    return this.time;
  }
  set(time: number): void {
    this.time = time;
  }
  advance(ms: number): void {
    this.time += ms;
  }
}

export const SERVICE: MessageClass = { kind: 'service' };
export const MARKETING: MessageClass = { kind: 'template', category: 'marketing', templateName: 'spring_sale', language: 'en' };
export const UTILITY: MessageClass = { kind: 'template', category: 'utility', templateName: 'order_update', language: 'en' };
export const AUTHENTICATION: MessageClass = { kind: 'template', category: 'authentication', templateName: 'login_code', language: 'en' };
export const CLASSES = { service: SERVICE, marketing: MARKETING, utility: UTILITY, authentication: AUTHENTICATION } as const;

export function setup(options: Partial<Omit<GatewayOptions, 'store' | 'clock'>> & { store?: GatewayStore } = {}): {
  clock: ManualClock;
  store: GatewayStore;
  gateway: Gateway;
} {
  const clock = new ManualClock();
  const store = options.store ?? new InMemoryGatewayStore();
  const gateway = new Gateway({ ...options, store, clock });
  return { clock, store, gateway };
}

/** Fills the business's messaging limit with `count` other customers reached at `at`. */
export async function fillLimit(store: GatewayStore, business: string, count: number, at: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const ok = await store.reserveBusinessInitiated(business, `filler:${i}`, at, at - DAY, undefined);
    if (!ok) throw new Error('filler refused');
  }
}
