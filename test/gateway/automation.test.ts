import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../src/errors.js';
import {
  type AutomationConfig,
  automatedReplies,
  expandQuickReply,
  isAway,
  isWithinBusinessHours,
  localTime,
  type QuickReply,
  type RecipientSelector,
  selectsRecipient,
  suggestQuickReplies,
  validateAutomationConfig,
  type WeeklySchedule,
} from '../../src/gateway/index.js';
import { ALICE, BIZ, BOB, DAY, HOUR, setup, T0 } from './helpers.js';

const MIN = 60_000;
const utc = (iso: string): number => Date.parse(iso);

const officeHours = (timeZone: string): WeeklySchedule => ({
  timeZone,
  days: {
    monday: [{ open: '09:00', close: '17:00' }],
    tuesday: [{ open: '09:00', close: '17:00' }],
    wednesday: [{ open: '09:00', close: '17:00' }],
    thursday: [{ open: '09:00', close: '17:00' }],
    friday: [{ open: '09:00', close: '17:00' }],
    saturday: [{ open: '10:00', close: '14:00' }],
    sunday: 'closed',
  },
});

describe('greeting', () => {
  const config: AutomationConfig = { greeting: { message: 'Hello! How can we help?' } };
  const greeting = { kind: 'greeting', message: 'Hello! How can we help?' };

  it.each([
    ['a new customer', undefined, T0, [greeting]],
    ['after exactly 14 days of silence', T0 - 14 * DAY, T0, [greeting]],
    ['after 20 days', T0 - 20 * DAY, T0, [greeting]],
    ['not 1 ms before 14 days', T0 - 14 * DAY + 1, T0, []],
    ['not after 1 hour', T0 - HOUR, T0, []],
    ['not for a duplicate delivery (same time)', T0, T0, []],
    ['not for an older message (clock skew)', T0 + MIN, T0, []],
  ] as const)('%s', (_name, previous, at, expected) => {
    const context = previous === undefined ? {} : { previousActivityAt: previous };
    expect(automatedReplies({ customer: ALICE, at }, config, context)).toEqual(expected);
  });

  it('honours a configured silence', () => {
    const short: AutomationConfig = { greeting: { message: 'Hi', silenceMs: HOUR } };
    expect(automatedReplies({ customer: ALICE, at: T0 }, short, { previousActivityAt: T0 - HOUR })).toHaveLength(1);
    expect(automatedReplies({ customer: ALICE, at: T0 }, short, { previousActivityAt: T0 - HOUR + 1 })).toHaveLength(0);
  });

  it('calls get no automated replies', () => {
    expect(automatedReplies({ customer: ALICE, at: T0, kind: 'call' }, { ...config, away: { message: 'away', schedule: { kind: 'always' } } })).toEqual([]);
  });
});

describe('recipient selectors', () => {
  it.each([
    [{ kind: 'everyone' }, ALICE, true, true],
    [{ kind: 'everyone' }, ALICE, false, true],
    [{ kind: 'not-in-contacts' }, ALICE, true, false],
    [{ kind: 'not-in-contacts' }, ALICE, false, true],
    [{ kind: 'everyone-except', customers: [ALICE] }, ALICE, false, false],
    [{ kind: 'everyone-except', customers: [ALICE] }, BOB, false, true],
    [{ kind: 'only', customers: [ALICE] }, ALICE, true, true],
    [{ kind: 'only', customers: [ALICE] }, BOB, true, false],
    [{ kind: 'only', customers: [] }, ALICE, false, false],
  ] as const)('%j picks %s (in contacts: %s): %s', (selector, customer, inContacts, picked) => {
    expect(selectsRecipient(selector as RecipientSelector, customer, inContacts)).toBe(picked);
    const config: AutomationConfig = { greeting: { message: 'Hi', recipients: selector as RecipientSelector }, away: { message: 'Away', schedule: { kind: 'always' }, recipients: selector as RecipientSelector } };
    expect(automatedReplies({ customer, at: T0 }, config, { inContacts })).toHaveLength(picked ? 2 : 0);
  });
});

describe('away message', () => {
  it('always', () => {
    expect(automatedReplies({ customer: ALICE, at: T0 }, { away: { message: 'Back soon', schedule: { kind: 'always' } } })).toEqual([{ kind: 'away', message: 'Back soon' }]);
  });

  it('custom interval [start, end)', () => {
    const schedule = { kind: 'custom', start: T0, end: T0 + DAY } as const;
    expect(isAway(schedule, T0 - 1)).toBe(false);
    expect(isAway(schedule, T0)).toBe(true);
    expect(isAway(schedule, T0 + DAY - 1)).toBe(true);
    expect(isAway(schedule, T0 + DAY)).toBe(false);
  });

  it('at most one away reply per cooldown of customer activity', () => {
    const config: AutomationConfig = { away: { message: 'Away', schedule: { kind: 'always' } } };
    expect(automatedReplies({ customer: ALICE, at: T0 }, config, { previousActivityAt: T0 - HOUR })).toHaveLength(1);
    expect(automatedReplies({ customer: ALICE, at: T0 }, config, { previousActivityAt: T0 - HOUR + 1 })).toHaveLength(0);
    const every: AutomationConfig = { away: { message: 'Away', schedule: { kind: 'always' }, cooldownMs: 0 } };
    expect(automatedReplies({ customer: ALICE, at: T0 }, every, { previousActivityAt: T0 - 1 })).toHaveLength(1);
    expect(automatedReplies({ customer: ALICE, at: T0 }, every, { previousActivityAt: T0 })).toHaveLength(0);
  });

  describe('outside business hours, Europe/Berlin across DST', () => {
    const hours = officeHours('Europe/Berlin');
    it.each([
      // Monday before the change (CET, UTC+1)
      ['2026-03-23T07:30:00Z', 'Mon 08:30 CET', false],
      ['2026-03-23T08:00:00Z', 'Mon 09:00 CET', true],
      ['2026-03-23T15:59:00Z', 'Mon 16:59 CET', true],
      ['2026-03-23T16:00:00Z', 'Mon 17:00 CET', false],
      // Monday after the change (CEST, UTC+2): the same UTC instants mean other wall times
      ['2026-03-30T06:59:00Z', 'Mon 08:59 CEST', false],
      ['2026-03-30T07:00:00Z', 'Mon 09:00 CEST', true],
      ['2026-03-30T07:30:00Z', 'Mon 09:30 CEST', true],
      ['2026-03-30T14:59:00Z', 'Mon 16:59 CEST', true],
      ['2026-03-30T15:00:00Z', 'Mon 17:00 CEST', false],
      // back to CET on 2026-10-25
      ['2026-10-19T07:30:00Z', 'Mon 09:30 CEST', true],
      ['2026-10-26T07:30:00Z', 'Mon 08:30 CET', false],
      ['2026-10-26T08:00:00Z', 'Mon 09:00 CET', true],
      ['2026-03-28T09:00:00Z', 'Sat 10:00 CET', true],
      ['2026-03-28T13:00:00Z', 'Sat 14:00 CET', false],
      ['2026-03-29T10:00:00Z', 'Sun 12:00 CEST', false],
    ])('%s (%s) open: %s', (iso, _local, open) => {
      expect(isWithinBusinessHours(hours, utc(iso))).toBe(open);
      const replies = automatedReplies({ customer: ALICE, at: utc(iso) }, { away: { message: 'Closed', schedule: { kind: 'outside-business-hours', hours } } });
      expect(replies).toEqual(open ? [] : [{ kind: 'away', message: 'Closed' }]);
    });

    it('the skipped hour never happens, the repeated hour happens twice', () => {
      const night: WeeklySchedule = { timeZone: 'Europe/Berlin', days: { sunday: [{ open: '02:00', close: '03:00' }] } };
      // 2026-03-29: 02:00 CET jumps to 03:00 CEST, so nothing is open
      for (let at = utc('2026-03-28T23:00:00Z'); at <= utc('2026-03-29T03:00:00Z'); at += MIN) expect(isWithinBusinessHours(night, at)).toBe(false);
      // 2026-10-25: 02:00–03:00 runs first in CEST (00:00Z–01:00Z), then in CET (01:00Z–02:00Z)
      expect(isWithinBusinessHours(night, utc('2026-10-24T23:59:00Z'))).toBe(false);
      expect(isWithinBusinessHours(night, utc('2026-10-25T00:00:00Z'))).toBe(true);
      expect(isWithinBusinessHours(night, utc('2026-10-25T00:30:00Z'))).toBe(true);
      expect(isWithinBusinessHours(night, utc('2026-10-25T01:30:00Z'))).toBe(true);
      expect(isWithinBusinessHours(night, utc('2026-10-25T01:59:00Z'))).toBe(true);
      expect(isWithinBusinessHours(night, utc('2026-10-25T02:00:00Z'))).toBe(false);
    });
  });

  describe('outside business hours, America/New_York across DST', () => {
    const hours = officeHours('America/New_York');
    it.each([
      ['2026-03-06T13:30:00Z', 'Fri 08:30 EST', false],
      ['2026-03-06T14:00:00Z', 'Fri 09:00 EST', true],
      ['2026-03-06T21:59:00Z', 'Fri 16:59 EST', true],
      ['2026-03-09T12:59:00Z', 'Mon 08:59 EDT', false],
      ['2026-03-09T13:00:00Z', 'Mon 09:00 EDT', true],
      ['2026-03-09T20:59:00Z', 'Mon 16:59 EDT', true],
      ['2026-03-09T21:00:00Z', 'Mon 17:00 EDT', false],
      ['2026-10-30T13:00:00Z', 'Fri 09:00 EDT', true],
      ['2026-11-02T13:00:00Z', 'Mon 08:00 EST', false],
      ['2026-11-02T14:00:00Z', 'Mon 09:00 EST', true],
    ])('%s (%s) open: %s', (iso, _local, open) => {
      expect(isWithinBusinessHours(hours, utc(iso))).toBe(open);
    });

    it('the repeated 01:00 hour on 2026-11-01 is open twice', () => {
      const night: WeeklySchedule = { timeZone: 'America/New_York', days: { sunday: [{ open: '01:00', close: '02:00' }] } };
      expect(isWithinBusinessHours(night, utc('2026-11-01T04:59:00Z'))).toBe(false); // 00:59 EDT
      expect(isWithinBusinessHours(night, utc('2026-11-01T05:30:00Z'))).toBe(true); // 01:30 EDT
      expect(isWithinBusinessHours(night, utc('2026-11-01T06:30:00Z'))).toBe(true); // 01:30 EST
      expect(isWithinBusinessHours(night, utc('2026-11-01T07:00:00Z'))).toBe(false); // 02:00 EST
    });

    it('reads the local time on both sides of the spring change', () => {
      expect(localTime('America/New_York', utc('2026-03-08T06:59:00Z'))).toEqual({ weekday: 6, minute: 1 * 60 + 59 });
      expect(localTime('America/New_York', utc('2026-03-08T07:00:00Z'))).toEqual({ weekday: 6, minute: 3 * 60 });
    });
  });

  it('overnight intervals, open-24h and a 24:00 close', () => {
    const hours: WeeklySchedule = {
      timeZone: 'UTC',
      days: { friday: [{ open: '22:00', close: '02:00' }], saturday: [{ open: '12:00', close: '24:00' }], sunday: 'open-24h' },
    };
    expect(isWithinBusinessHours(hours, utc('2026-01-09T21:59:00Z'))).toBe(false); // Fri
    expect(isWithinBusinessHours(hours, utc('2026-01-09T22:00:00Z'))).toBe(true);
    expect(isWithinBusinessHours(hours, utc('2026-01-10T01:59:00Z'))).toBe(true); // Sat, from Friday's interval
    expect(isWithinBusinessHours(hours, utc('2026-01-10T02:00:00Z'))).toBe(false);
    expect(isWithinBusinessHours(hours, utc('2026-01-10T23:59:00Z'))).toBe(true);
    expect(isWithinBusinessHours(hours, utc('2026-01-11T00:00:00Z'))).toBe(true); // Sun open-24h
    expect(isWithinBusinessHours(hours, utc('2026-01-12T00:00:00Z'))).toBe(false); // Mon not listed
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus', days: {} }],
    ['a bad time', { timeZone: 'UTC', days: { monday: [{ open: '9:00', close: '17:00' }] } }],
    ['24:30', { timeZone: 'UTC', days: { monday: [{ open: '09:00', close: '24:30' }] } }],
    ['open equal to close', { timeZone: 'UTC', days: { monday: [{ open: '09:00', close: '09:00' }] } }],
    ['an unknown weekday', { timeZone: 'UTC', days: { funday: 'open-24h' } }],
  ])('rejects a schedule with %s', (_name, hours) => {
    const config = { away: { message: 'x', schedule: { kind: 'outside-business-hours', hours } } } as unknown as AutomationConfig;
    expect(() => validateAutomationConfig(config)).toThrow(ProtocolError);
  });
});

describe('quick replies', () => {
  const quickReplies: QuickReply[] = [
    { shortcut: 'thanks', message: 'Thank you for your order!' },
    { shortcut: 'hours', message: 'We are open 9–17, Monday to Friday.', keywords: ['opening hours', 'open', 'horaires', 'Öffnungszeiten'] },
    { shortcut: 'ship', message: 'Shipping takes 2–3 days.', keywords: ['delivery', 'shipping', 'envío', '配送'] },
  ];

  it('a shortcut expands to its content, with or without the slash, any case', () => {
    expect(expandQuickReply(quickReplies, '/thanks')?.message).toBe('Thank you for your order!');
    expect(expandQuickReply(quickReplies, 'THANKS')?.message).toBe('Thank you for your order!');
    expect(expandQuickReply(quickReplies, '/nope')).toBeUndefined();
    expect(expandQuickReply(quickReplies, '/')).toBeUndefined();
  });

  it.each([
    ['When are you open?', ['hours']],
    ['What are your OPENING HOURS', ['hours']],
    ['Quels sont vos horaires ?', ['hours']],
    ['ÖFFNUNGSZEITEN bitte', ['hours']],
    ['How long is delivery and are you open Sunday?', ['hours', 'ship']],
    ['¿Cuánto tarda el envío?', ['ship']],
    ['配送はいつですか', ['ship']],
    ['reopened my account', []],
    ['hello', []],
  ])('%j suggests %j', (text, shortcuts) => {
    expect(suggestQuickReplies(quickReplies, text).map((r) => (r.kind === 'quick-reply' ? r.shortcut : ''))).toEqual(shortcuts);
  });

  it('suggestions come after greeting and away replies', () => {
    const config: AutomationConfig = { greeting: { message: 'Hi' }, away: { message: 'Away', schedule: { kind: 'always' } }, quickReplies };
    expect(automatedReplies({ customer: ALICE, at: T0, text: 'shipping?' }, config).map((r) => r.kind)).toEqual(['greeting', 'away', 'quick-reply']);
  });

  it.each([
    ['duplicate shortcuts', [{ shortcut: 'a', message: 'x' }, { shortcut: '/A', message: 'y' }]],
    ['a shortcut with spaces', [{ shortcut: 'a b', message: 'x' }]],
    ['an empty message', [{ shortcut: 'a', message: ' ' }]],
    ['an empty keyword', [{ shortcut: 'a', message: 'x', keywords: ['?'] }]],
  ])('rejects %s', (_name, replies) => {
    expect(() => validateAutomationConfig({ quickReplies: replies })).toThrow(ProtocolError);
  });
});

describe('automation through the gateway', () => {
  const config: AutomationConfig = {
    greeting: { message: 'Welcome!' },
    away: { message: 'We are closed', schedule: { kind: 'outside-business-hours', hours: officeHours('Europe/Berlin') } },
    quickReplies: [{ shortcut: 'ship', message: 'Shipping takes 2 days', keywords: ['shipping'] }],
  };

  it('greets a new customer and passes the reply through decideOutbound', async () => {
    const { clock, gateway } = setup({ automation: () => config });
    clock.set(utc('2026-03-30T07:30:00Z')); // Monday 09:30 in Berlin: open
    const result = await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, text: 'any shipping to Spain?' });
    expect(result.previousActivityAt).toBeUndefined();
    expect(result.automated).toEqual([
      {
        reply: { kind: 'greeting', message: 'Welcome!' },
        decision: { allowed: true, pricing: 'service', charged: false, businessInitiated: false, windowOpenUntil: utc('2026-03-30T07:30:00Z') + DAY },
      },
    ]);
    expect(result.suggestions).toEqual([{ kind: 'quick-reply', shortcut: 'ship', message: 'Shipping takes 2 days', keyword: 'shipping' }]);
    // a known customer later that day, outside hours: away only
    clock.set(utc('2026-03-30T18:00:00Z'));
    const later = await gateway.onCustomerMessage({ business: BIZ, customer: ALICE });
    expect(later.previousActivityAt).toBe(utc('2026-03-30T07:30:00Z'));
    expect(later.automated.map((a) => [a.reply.kind, a.decision.allowed])).toEqual([['away', true]]);
    // after 14 days of silence: greeted again
    clock.set(utc('2026-03-30T18:00:00Z') + 14 * DAY);
    const back = await gateway.onCustomerMessage({ business: BIZ, customer: ALICE });
    expect(back.automated.map((a) => a.reply.kind)).toContain('greeting');
  });

  it('automated replies are refused to a customer who blocked the business', async () => {
    const { gateway } = setup({ automation: () => ({ away: { message: 'Away', schedule: { kind: 'always' } } }) });
    await gateway.block(BIZ, ALICE);
    const result = await gateway.onCustomerMessage({ business: BIZ, customer: ALICE });
    expect(result.automated).toEqual([{ reply: { kind: 'away', message: 'Away' }, decision: { allowed: false, reason: 'blocked', detail: expect.any(String) } }]);
  });

  it('an opt-out keyword gets no automated replies', async () => {
    const { gateway } = setup({ automation: () => config });
    const result = await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, text: 'STOP' });
    expect(result.optOut).toBeDefined();
    expect(result.automated).toEqual([]);
    expect(result.suggestions).toEqual([]);
  });

  it('concurrent first messages of one customer get one greeting', async () => {
    const { gateway } = setup({ automation: () => ({ greeting: { message: 'Welcome!' } }) });
    const results = await Promise.all([1, 2, 3].map(() => gateway.onCustomerMessage({ business: BIZ, customer: ALICE })));
    expect(results.flatMap((r) => r.automated)).toHaveLength(1);
  });

  it('the not-in-contacts selector uses what the business says about the customer', async () => {
    const { gateway } = setup({ automation: () => ({ greeting: { message: 'Welcome!', recipients: { kind: 'not-in-contacts' } } }) });
    expect((await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, inContacts: true })).automated).toEqual([]);
    expect((await gateway.onCustomerMessage({ business: BIZ, customer: BOB })).automated).toHaveLength(1);
  });

  it('a business without automation gets none', async () => {
    const { gateway } = setup({ automation: (business) => (business === 'other' ? config : undefined) });
    expect(await gateway.onCustomerMessage({ business: BIZ, customer: ALICE })).toMatchObject({ automated: [], suggestions: [] });
  });
});
