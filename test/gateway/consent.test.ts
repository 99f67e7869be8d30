import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../src/errors.js';
import {
  type ConsentAction,
  type ConsentState,
  DEFAULT_OPT_OUT_KEYWORDS,
  foldConsent,
  matchOptOutKeyword,
  normalizeKeywordText,
  validateConsentRecord,
  type ConsentRecord,
  type StoredConsentRecord,
  type TemplateCategory,
} from '../../src/gateway/index.js';
import { ALICE, AUTHENTICATION, BIZ, DAY, HOUR, MARKETING, SERVICE, setup, T0, UTILITY } from './helpers.js';

let sequence = 0;
function rec(action: ConsentAction, at: number, category?: TemplateCategory | 'all', source = 'api'): StoredConsentRecord {
  sequence += 1;
  return {
    business: BIZ,
    customer: ALICE,
    action,
    ...(category === undefined ? {} : { category }),
    source,
    at,
    ...(action === 'report-spam' ? { messageIds: ['wamid.1'] } : {}),
    sequence,
  };
}

function statuses(state: ConsentState): string {
  const c = state.categories;
  return `m:${c.marketing.status} u:${c.utility.status} a:${c.authentication.status} blocked:${state.blocked} restricted:${state.restricted}`;
}

describe('consent folding', () => {
  it.each([
    ['nothing', [], 'm:none u:none a:none blocked:false restricted:false'],
    ['opt-in all', [rec('opt-in', 1, 'all')], 'm:opted-in u:opted-in a:opted-in blocked:false restricted:false'],
    ['opt-in one category', [rec('opt-in', 1, 'utility')], 'm:none u:opted-in a:none blocked:false restricted:false'],
    ['opt-in all, then opt-out marketing', [rec('opt-in', 1, 'all'), rec('opt-out', 2, 'marketing')], 'm:opted-out u:opted-in a:opted-in blocked:false restricted:false'],
    ['opt-out all, then opt-in marketing', [rec('opt-out', 1, 'all'), rec('opt-in', 2, 'marketing')], 'm:opted-in u:opted-out a:opted-out blocked:false restricted:false'],
    ['opt-in and opt-out at the same time: opt-out wins', [rec('opt-in', 5, 'all'), rec('opt-out', 5, 'all')], 'm:opted-out u:opted-out a:opted-out blocked:false restricted:false'],
    ['same time, opt-out appended first: opt-out still wins', [rec('opt-out', 5, 'utility'), rec('opt-in', 5, 'utility')], 'm:none u:opted-out a:none blocked:false restricted:false'],
    ['backdated opt-in appended after a newer opt-out', [rec('opt-out', 10, 'all'), rec('opt-in', 3, 'all')], 'm:opted-out u:opted-out a:opted-out blocked:false restricted:false'],
    ['backdated opt-out older than the opt-in', [rec('opt-in', 10, 'all'), rec('opt-out', 3, 'all')], 'm:opted-in u:opted-in a:opted-in blocked:false restricted:false'],
    ['opt-in 1 ms after the opt-out', [rec('opt-out', 5, 'marketing'), rec('opt-in', 6, 'marketing')], 'm:opted-in u:none a:none blocked:false restricted:false'],
    ['block', [rec('opt-in', 1, 'all'), rec('block', 2)], 'm:opted-in u:opted-in a:opted-in blocked:true restricted:false'],
    ['block then unblock', [rec('block', 2), rec('unblock', 3)], 'm:none u:none a:none blocked:false restricted:false'],
    ['block and unblock at the same time: blocked', [rec('unblock', 3), rec('block', 3)], 'm:none u:none a:none blocked:true restricted:false'],
    ['restrict', [rec('restrict', 2)], 'm:none u:none a:none blocked:false restricted:true'],
    ['restrict then unrestrict', [rec('restrict', 2), rec('unrestrict', 4)], 'm:none u:none a:none blocked:false restricted:false'],
    ['restrict and unrestrict at the same time: restricted', [rec('unrestrict', 2), rec('restrict', 2)], 'm:none u:none a:none blocked:false restricted:true'],
    ['report spam blocks and opts out of everything', [rec('opt-in', 1, 'all'), rec('report-spam', 2)], 'm:opted-out u:opted-out a:opted-out blocked:true restricted:false'],
    ['unblock after a spam report keeps the opt-out', [rec('opt-in', 1, 'all'), rec('report-spam', 2), rec('unblock', 3)], 'm:opted-out u:opted-out a:opted-out blocked:false restricted:false'],
    ['a new opt-in after the report', [rec('report-spam', 2), rec('unblock', 3), rec('opt-in', 4, 'utility')], 'm:opted-out u:opted-in a:opted-out blocked:false restricted:false'],
  ] as const)('%s', (_name, records, expected) => {
    expect(statuses(foldConsent(records))).toBe(expected);
  });

  it('reports the deciding record with its source and time', () => {
    const website = rec('opt-in', 1, 'all', 'website');
    const sms = rec('opt-in', 7, 'marketing', 'sms');
    const stop = rec('opt-out', 9, 'utility', 'keyword:STOP');
    const state = foldConsent([website, sms, stop]);
    expect(state.categories.marketing).toEqual({ status: 'opted-in', record: sms });
    expect(state.categories.authentication).toEqual({ status: 'opted-in', record: website });
    expect(state.categories.utility).toEqual({ status: 'opted-out', record: stop });
  });

  it('of records of one kind at one time, the later sequence is reported', () => {
    const a = rec('opt-in', 5, 'all', 'website');
    const b = rec('opt-in', 5, 'all', 'in-person');
    expect(foldConsent([b, a]).categories.marketing.record).toBe(b);
  });

  it('an opt-in without a category grants nothing; an opt-out without one covers everything', () => {
    const { category: _c, ...bareIn } = rec('opt-in', 1, 'all');
    expect(statuses(foldConsent([bareIn]))).toBe('m:none u:none a:none blocked:false restricted:false');
    const { category: _d, ...bareOut } = rec('opt-out', 2, 'all');
    expect(statuses(foldConsent([rec('opt-in', 1, 'all'), bareOut]))).toBe('m:opted-out u:opted-out a:opted-out blocked:false restricted:false');
  });

  it('keeps every spam report with its message ids', () => {
    const first = rec('report-spam', 1);
    const second = rec('report-spam', 2);
    expect(foldConsent([second, first]).spamReports).toEqual([first, second]);
  });

  it('does not depend on the order of the records (property)', () => {
    const actions: ConsentAction[] = ['opt-in', 'opt-out', 'block', 'unblock', 'report-spam', 'restrict', 'unrestrict'];
    const record = fc.record({
      action: fc.constantFrom(...actions),
      at: fc.integer({ min: 0, max: 20 }),
      category: fc.constantFrom<TemplateCategory | 'all'>('all', 'marketing', 'utility', 'authentication'),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 12 }), fc.infiniteStream(fc.nat()), (specs, randoms) => {
        const records = specs.map((s) => rec(s.action, s.at, s.action === 'opt-in' || s.action === 'opt-out' ? s.category : undefined));
        const shuffled = [...records];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (randoms.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j] as StoredConsentRecord, shuffled[i] as StoredConsentRecord];
        }
        expect(foldConsent(shuffled)).toEqual(foldConsent(records));
      }),
    );
  });
});

describe('consent through the gateway', () => {
  it('records are append-only, timestamped and in sequence order', async () => {
    const { clock, store, gateway } = setup();
    const a = await gateway.optIn(BIZ, ALICE, 'marketing', 'website', T0 - DAY);
    clock.advance(HOUR);
    const b = await gateway.optOut(BIZ, ALICE, 'marketing');
    const c = await gateway.reportSpam(BIZ, ALICE, ['wamid.A', 'wamid.B']);
    expect(a).toMatchObject({ action: 'opt-in', category: 'marketing', source: 'website', at: T0 - DAY });
    expect(b).toMatchObject({ action: 'opt-out', category: 'marketing', source: 'api', at: T0 + HOUR });
    expect(c).toMatchObject({ action: 'report-spam', messageIds: ['wamid.A', 'wamid.B'], at: T0 + HOUR });
    expect(a.sequence).toBeLessThan(b.sequence);
    expect(b.sequence).toBeLessThan(c.sequence);
    expect(await store.listConsent(BIZ, ALICE)).toEqual([a, b, c]);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it.each([
    ['opt-in without category', { action: 'opt-in' }],
    ['block with a category', { action: 'block', category: 'all' }],
    ['report-spam without message ids', { action: 'report-spam' }],
    ['opt-out with message ids', { action: 'opt-out', category: 'all', messageIds: ['m'] }],
  ] as const)('strict validation (what the gateway appends) refuses %s; store validation accepts it', (_name, shape) => {
    const record = { business: BIZ, customer: ALICE, source: 'api', at: T0, ...shape } as ConsentRecord;
    expect(() => validateConsentRecord(record)).toThrow(ProtocolError);
    expect(() => validateConsentRecord(record, false)).not.toThrow();
  });

  it('a consent change cannot be dated more than 5 minutes ahead', async () => {
    const { gateway } = setup();
    await expect(gateway.optIn(BIZ, ALICE, 'all', 'website', T0 + 5 * 60_000)).resolves.toBeDefined();
    await expect(gateway.optIn(BIZ, ALICE, 'all', 'website', T0 + 5 * 60_000 + 1)).rejects.toMatchObject({ code: 'InvalidArgument', details: { field: 'at' } });
  });

  it.each([
    ['unknown category', (g: ReturnType<typeof setup>['gateway']) => g.optIn(BIZ, ALICE, 'promo' as TemplateCategory, 'website')],
    ['empty source', (g: ReturnType<typeof setup>['gateway']) => g.optIn(BIZ, ALICE, 'all', '')],
    ['empty customer', (g: ReturnType<typeof setup>['gateway']) => g.block(BIZ, '')],
    ['empty message id', (g: ReturnType<typeof setup>['gateway']) => g.reportSpam(BIZ, ALICE, [''])],
    ['too many message ids', (g: ReturnType<typeof setup>['gateway']) => g.reportSpam(BIZ, ALICE, Array.from({ length: 101 }, (_, i) => `m${i}`))],
  ])('rejects bad input: %s', async (_name, run) => {
    const { gateway } = setup();
    const error = await run(gateway).catch((e: unknown) => e);
    expect(ProtocolError.is(error, 'InvalidArgument')).toBe(true);
  });

  it('opt-in is per category: a marketing opt-in does not cover utility', async () => {
    const { gateway } = setup();
    await gateway.optIn(BIZ, ALICE, 'marketing', 'website');
    expect((await gateway.decideOutbound(BIZ, ALICE, MARKETING)).allowed).toBe(true);
    expect(await gateway.decideOutbound(BIZ, ALICE, UTILITY)).toMatchObject({ allowed: false, reason: 'no-opt-in' });
  });

  it('an opt-out of one category leaves the others', async () => {
    const { gateway } = setup();
    await gateway.optIn(BIZ, ALICE, 'all', 'website', T0 - DAY);
    await gateway.optOut(BIZ, ALICE, 'marketing');
    expect(await gateway.decideOutbound(BIZ, ALICE, MARKETING)).toMatchObject({ allowed: false, reason: 'opted-out' });
    expect((await gateway.decideOutbound(BIZ, ALICE, UTILITY)).allowed).toBe(true);
    expect((await gateway.decideOutbound(BIZ, ALICE, AUTHENTICATION)).allowed).toBe(true);
  });

  it('restrict refuses marketing only, unrestrict lifts it', async () => {
    const { clock, gateway } = setup();
    await gateway.optIn(BIZ, ALICE, 'all', 'website', T0 - DAY);
    await gateway.restrict(BIZ, ALICE);
    expect(await gateway.decideOutbound(BIZ, ALICE, MARKETING)).toMatchObject({ allowed: false, reason: 'restricted' });
    expect((await gateway.decideOutbound(BIZ, ALICE, UTILITY)).allowed).toBe(true);
    expect((await gateway.decideOutbound(BIZ, ALICE, AUTHENTICATION)).allowed).toBe(true);
    clock.advance(1);
    await gateway.unrestrict(BIZ, ALICE);
    expect((await gateway.decideOutbound(BIZ, ALICE, MARKETING)).allowed).toBe(true);
  });

  it('report spam blocks everything and records the reported messages; unblock needs a new opt-in for templates', async () => {
    const { clock, gateway } = setup();
    await gateway.optIn(BIZ, ALICE, 'all', 'website', T0 - DAY);
    await gateway.onCustomerMessage({ business: BIZ, customer: ALICE });
    await gateway.reportSpam(BIZ, ALICE, ['wamid.X']);
    expect(await gateway.decideOutbound(BIZ, ALICE, SERVICE)).toMatchObject({ allowed: false, reason: 'blocked' });
    const state = await gateway.consent(BIZ, ALICE);
    expect(state.blocked).toBe(true);
    expect(state.spamReports.map((r) => r.messageIds)).toEqual([['wamid.X']]);
    clock.advance(HOUR);
    await gateway.unblock(BIZ, ALICE);
    expect((await gateway.decideOutbound(BIZ, ALICE, SERVICE)).allowed).toBe(true);
    expect(await gateway.decideOutbound(BIZ, ALICE, UTILITY)).toMatchObject({ allowed: false, reason: 'opted-out' });
    clock.advance(HOUR);
    await gateway.optIn(BIZ, ALICE, 'utility', 'whatsapp-thread');
    expect((await gateway.decideOutbound(BIZ, ALICE, UTILITY)).allowed).toBe(true);
  });
});

describe('keyword opt-out', () => {
  it.each([
    ['STOP', 'STOP'],
    ['stop', 'STOP'],
    ['  Stop  ', 'STOP'],
    ['Stop!', 'STOP'],
    ['ＳＴＯＰ', 'STOP'],
    ['stop   all', 'STOP ALL'],
    ['Unsubscribe', 'UNSUBSCRIBE'],
    ['arret', 'ARRET'],
    ['Arrêt', 'ARRÊT'],
    ['ARRÊT', 'ARRÊT'],
    ['alto', 'ALTO'],
    ['Parar', 'PARAR'],
    ['stopp', 'STOPP'],
    ['Basta.', 'BASTA'],
    ['توقف', 'توقف'],
    ['\u200fتوقف\u200f', 'توقف'],
    ['стоп', 'СТОП'],
    ['Berhenti', 'BERHENTI'],
  ])('%j opts out as %s', async (text, word) => {
    const { gateway } = setup();
    await gateway.optIn(BIZ, ALICE, 'all', 'website', T0 - DAY);
    const result = await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, text });
    expect(result.optOut).toMatchObject({ action: 'opt-out', category: 'all', source: `keyword:${word}`, at: T0 });
    expect(await gateway.decideOutbound(BIZ, ALICE, UTILITY)).toMatchObject({ allowed: false, reason: 'opted-out' });
    // the business can still confirm inside the window
    expect((await gateway.decideOutbound(BIZ, ALICE, SERVICE)).allowed).toBe(true);
  });

  it.each(['please stop sending me offers', 'stopping by later', 'stop it now', 'non-stop', '', '🛑', 'cancel'])('%j is not an opt-out', async (text) => {
    const { gateway } = setup();
    const result = await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, text });
    expect(result.optOut).toBeUndefined();
    expect(await gateway.consent(BIZ, ALICE)).toMatchObject({ categories: { marketing: { status: 'none' } } });
  });

  it('without the decrypted text the gateway cannot see the keyword', async () => {
    const { gateway } = setup();
    expect((await gateway.onCustomerMessage({ business: BIZ, customer: ALICE })).optOut).toBeUndefined();
  });

  it('the keyword list is configurable, per category', async () => {
    const { gateway } = setup({ optOutKeywords: [{ word: 'NO PROMO', category: 'marketing' }, { word: 'Halt' }] });
    await gateway.optIn(BIZ, ALICE, 'all', 'website', T0 - DAY);
    expect((await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, text: 'STOP' })).optOut).toBeUndefined();
    const promo = await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, text: 'no  promo' });
    expect(promo.optOut).toMatchObject({ category: 'marketing', source: 'keyword:NO PROMO' });
    expect(await gateway.decideOutbound(BIZ, ALICE, MARKETING)).toMatchObject({ reason: 'opted-out' });
    expect((await gateway.decideOutbound(BIZ, ALICE, UTILITY)).allowed).toBe(true);
    const halt = await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, text: 'HALT' });
    expect(halt.optOut).toMatchObject({ category: 'all', source: 'keyword:Halt' });
  });

  it('an empty keyword list turns keyword opt-out off', async () => {
    const { gateway } = setup({ optOutKeywords: [] });
    expect((await gateway.onCustomerMessage({ business: BIZ, customer: ALICE, text: 'STOP' })).optOut).toBeUndefined();
  });

  it('normalizes with NFKC and case folding', () => {
    expect(normalizeKeywordText('  ＳＴＯＰ\u00a0 ALL!! ')).toBe('stop all');
    expect(normalizeKeywordText('STRASSE')).toBe(normalizeKeywordText('straße'));
    expect(normalizeKeywordText('Arre\u0302t')).toBe('arrêt');
    expect(matchOptOutKeyword('Arre\u0302t')).toMatchObject({ word: 'ARRÊT' });
    expect(DEFAULT_OPT_OUT_KEYWORDS.every((k) => matchOptOutKeyword(k.word) !== undefined)).toBe(true);
  });

  it('rejects a keyword that is empty once normalized', () => {
    expect(() => setup({ optOutKeywords: [{ word: ' !! ' }] })).toThrow(ProtocolError);
  });
});
