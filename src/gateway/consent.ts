import { ProtocolError } from '../errors.js';
import type { ConsentAction, ConsentRecord, StoredConsentRecord, TemplateCategory } from './types.js';
import { assertId, assertTime } from './window.js';

/**
 * Consent (BUSINESS.md §4.3): opt-in and opt-out per template category, block, report spam and
 * restrict. Records are append-only in the store; the current consent is a pure fold of them.
 *
 * Folding rules, per template category:
 * - An opt-in or opt-out applies to its category, or to every category when its category is 'all'.
 *   A report-spam record also counts as an opt-out of every category at its time, so unblocking a
 *   business that was reported does not bring its marketing back: a new opt-in is needed.
 * - The latest opt-in and the latest opt-out by time (`at`) are compared: the category is
 *   opted-in only when its latest opt-in is strictly later than its latest opt-out. At equal times
 *   the opt-out wins. An opt-out therefore always wins over an older opt-in, whatever order the
 *   records were appended in (a backdated opt-in imported later does not undo a newer opt-out).
 * - Blocked: the latest block or report-spam is at or after the latest unblock. Restricted: the
 *   latest restrict is at or after the latest unrestrict. Equal times resolve to the safer state.
 * - Among records of the same kind and time, the one with the higher sequence is reported.
 * - An opt-in without a category grants nothing; an opt-out without one counts as 'all'.
 * The result does not depend on the order of the records, only on their times.
 */

export const TEMPLATE_CATEGORIES: readonly TemplateCategory[] = Object.freeze(['marketing', 'utility', 'authentication'] as const);

const CONSENT_ACTIONS: readonly ConsentAction[] = ['opt-in', 'opt-out', 'block', 'unblock', 'report-spam', 'restrict', 'unrestrict'];

export type CategoryConsentStatus = 'opted-in' | 'opted-out' | 'none';

export interface CategoryConsent {
  readonly status: CategoryConsentStatus;
  /** The record that decided the status: the latest opt-in, or the latest opt-out / report-spam. */
  readonly record?: StoredConsentRecord;
}

export interface ConsentState {
  readonly categories: { readonly [C in TemplateCategory]: CategoryConsent };
  /** The customer blocked the business (or reported it as spam): nothing passes. */
  readonly blocked: boolean;
  /** The customer restricted the business to important messages: marketing is refused. */
  readonly restricted: boolean;
  /** Every spam report, in sequence order, with the reported message ids. */
  readonly spamReports: readonly StoredConsentRecord[];
}

/** No records: nothing opted in, nothing blocked. */
export const EMPTY_CONSENT: ConsentState = deepFreeze(foldConsent([]));

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) deepFreeze(inner as object);
  return Object.freeze(value);
}

/** Later of two records by (at, sequence). */
function later(a: StoredConsentRecord | undefined, b: StoredConsentRecord): StoredConsentRecord {
  if (a === undefined) return b;
  return b.at > a.at || (b.at === a.at && b.sequence > a.sequence) ? b : a;
}

/** True when `on` (block, restrict, opt-out) wins over `off` (unblock, unrestrict, opt-in). */
function wins(on: StoredConsentRecord | undefined, off: StoredConsentRecord | undefined): boolean {
  return on !== undefined && (off === undefined || on.at >= off.at);
}

/** Folds a pair's consent records (any order) into the current consent. */
export function foldConsent(records: readonly StoredConsentRecord[]): ConsentState {
  const optIn: Partial<Record<TemplateCategory, StoredConsentRecord>> = {};
  const optOut: Partial<Record<TemplateCategory, StoredConsentRecord>> = {};
  let block: StoredConsentRecord | undefined;
  let unblock: StoredConsentRecord | undefined;
  let restrict: StoredConsentRecord | undefined;
  let unrestrict: StoredConsentRecord | undefined;
  const spamReports: StoredConsentRecord[] = [];

  const categoriesOf = (record: StoredConsentRecord): readonly TemplateCategory[] =>
    record.category === undefined || record.category === 'all' ? TEMPLATE_CATEGORIES : [record.category];

  for (const record of records) {
    switch (record.action) {
      case 'opt-in':
        if (record.category === undefined) break;
        for (const c of categoriesOf(record)) optIn[c] = later(optIn[c], record);
        break;
      case 'opt-out':
        for (const c of categoriesOf(record)) optOut[c] = later(optOut[c], record);
        break;
      case 'report-spam':
        spamReports.push(record);
        block = later(block, record);
        for (const c of TEMPLATE_CATEGORIES) optOut[c] = later(optOut[c], record);
        break;
      case 'block':
        block = later(block, record);
        break;
      case 'unblock':
        unblock = later(unblock, record);
        break;
      case 'restrict':
        restrict = later(restrict, record);
        break;
      case 'unrestrict':
        unrestrict = later(unrestrict, record);
        break;
    }
  }

  const category = (c: TemplateCategory): CategoryConsent => {
    const out = optOut[c];
    const inn = optIn[c];
    if (out !== undefined && wins(out, inn)) return { status: 'opted-out', record: out };
    if (inn !== undefined) return { status: 'opted-in', record: inn };
    return { status: 'none' };
  };
  spamReports.sort((a, b) => a.sequence - b.sequence);
  return {
    categories: { marketing: category('marketing'), utility: category('utility'), authentication: category('authentication') },
    blocked: wins(block, unblock),
    restricted: wins(restrict, unrestrict),
    spamReports,
  };
}

/** Largest number of message ids one spam report may carry. */
export const MAX_REPORTED_MESSAGE_IDS = 100;
/** Longest consent source string. */
export const MAX_CONSENT_SOURCE_LENGTH = 128;

/**
 * Throws InvalidArgument unless `record` is a well-formed consent record. `strict` (the default,
 * what the Gateway appends) also requires the shape each action has: a category on opt-in and
 * opt-out and on nothing else, message ids on report-spam and on nothing else. Stores check only
 * the structure (`strict: false`): the GatewayStore interface leaves those fields optional, and
 * foldConsent gives records without them a safe meaning.
 */
export function validateConsentRecord(record: ConsentRecord, strict = true): void {
  if (typeof record !== 'object' || record === null) throw new ProtocolError('InvalidArgument', 'consent record must be an object', { field: 'record' });
  assertId(record.business, 'business');
  assertId(record.customer, 'customer');
  if (!CONSENT_ACTIONS.includes(record.action)) {
    throw new ProtocolError('InvalidArgument', `unknown consent action ${String(record.action)}`, { field: 'action' });
  }
  const category = record.category;
  if (category !== undefined && category !== 'all' && !TEMPLATE_CATEGORIES.includes(category)) {
    throw new ProtocolError('InvalidArgument', `unknown consent category ${String(category)}`, { field: 'category' });
  }
  if (typeof record.source !== 'string' || record.source.length === 0 || record.source.length > MAX_CONSENT_SOURCE_LENGTH) {
    throw new ProtocolError('InvalidArgument', `consent source must be 1..${MAX_CONSENT_SOURCE_LENGTH} characters`, { field: 'source' });
  }
  assertTime(record.at, 'at');
  const ids = record.messageIds;
  if (ids !== undefined) {
    if (!Array.isArray(ids) || ids.length > MAX_REPORTED_MESSAGE_IDS) {
      throw new ProtocolError('InvalidArgument', `a spam report carries 0..${MAX_REPORTED_MESSAGE_IDS} message ids`, { field: 'messageIds' });
    }
    for (const id of ids) assertId(id, 'messageIds');
  }
  if (!strict) return;
  const takesCategory = record.action === 'opt-in' || record.action === 'opt-out';
  if (takesCategory && category === undefined) {
    throw new ProtocolError('InvalidArgument', `${record.action} needs a template category or 'all'`, { field: 'category' });
  }
  if (!takesCategory && category !== undefined) {
    throw new ProtocolError('InvalidArgument', `${record.action} takes no category`, { field: 'category' });
  }
  if (record.action === 'report-spam' && ids === undefined) {
    throw new ProtocolError('InvalidArgument', 'report-spam needs the reported message ids (possibly none)', { field: 'messageIds' });
  }
  if (record.action !== 'report-spam' && ids !== undefined) {
    throw new ProtocolError('InvalidArgument', `${record.action} takes no message ids`, { field: 'messageIds' });
  }
}

// ---------------------------------------------------------------------------------------------
// Keyword opt-out

/**
 * An opt-out keyword. The gateway sees ciphertext: keyword opt-out applies only when the business
 * endpoint reports the decrypted text of an inbound message (InboundMessage.text), or when the
 * customer uses a plain-text opt-out path that reports it.
 */
export interface OptOutKeyword {
  /** The keyword as configured; recorded in the source as `keyword:<word>`. */
  readonly word: string;
  /** What it opts out of; 'all' by default. */
  readonly category?: TemplateCategory | 'all';
}

/**
 * Default opt-out keywords: STOP and common equivalents. Words that usually mean something else in
 * a business chat ("cancel" an order, "end") are deliberately left out; add them when wanted.
 */
export const DEFAULT_OPT_OUT_KEYWORDS: readonly OptOutKeyword[] = Object.freeze(
  [
    // English
    'STOP', 'STOP ALL', 'STOPALL', 'UNSUBSCRIBE', 'OPT OUT', 'OPT-OUT', 'OPTOUT',
    // French
    'ARRET', 'ARRÊT', 'DESABONNER', 'DÉSABONNER', 'DÉSINSCRIRE',
    // Spanish, Portuguese
    'ALTO', 'PARAR', 'BAJA', 'DETENER', 'SAIR',
    // German, Dutch
    'STOPP', 'ABMELDEN', 'ABBESTELLEN', 'AFMELDEN', 'STOPPEN',
    // Italian
    'BASTA', 'DISISCRIVITI',
    // Arabic, Russian, Turkish, Indonesian, Hindi
    'توقف', 'إيقاف', 'СТОП', 'ОТПИСАТЬСЯ', 'DUR', 'BERHENTI', 'रोकें',
  ].map((word) => Object.freeze({ word, category: 'all' as const })),
);

/**
 * The form messages and keywords are compared in: NFKC, case-folded (upper then lower case, so
 * `ß` matches `SS`), format characters (bidi marks, zero-width joiners) removed, surrounding
 * whitespace and punctuation trimmed, inner whitespace runs collapsed to one space.
 */
export function normalizeKeywordText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .toUpperCase()
    .toLowerCase()
    .normalize('NFKC')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .replace(/\s+/gu, ' ');
}

/** A compiled keyword list. */
export class OptOutKeywords {
  readonly #byText = new Map<string, OptOutKeyword>();

  constructor(keywords: readonly OptOutKeyword[] = DEFAULT_OPT_OUT_KEYWORDS) {
    for (const keyword of keywords) {
      if (typeof keyword.word !== 'string') throw new ProtocolError('InvalidArgument', 'opt-out keyword must be a string', { field: 'word' });
      const normalized = normalizeKeywordText(keyword.word);
      if (normalized.length === 0) {
        throw new ProtocolError('InvalidArgument', `opt-out keyword ${JSON.stringify(keyword.word)} is empty once normalized`, { field: 'word' });
      }
      const category = keyword.category ?? 'all';
      if (category !== 'all' && !TEMPLATE_CATEGORIES.includes(category)) {
        throw new ProtocolError('InvalidArgument', `opt-out keyword category ${String(category)} is unknown`, { field: 'category' });
      }
      if (!this.#byText.has(normalized)) this.#byText.set(normalized, { word: keyword.word, category });
    }
  }

  /** The keyword the whole message is, or undefined. */
  match(text: string): OptOutKeyword | undefined {
    return this.#byText.get(normalizeKeywordText(text));
  }
}

let defaultKeywords: OptOutKeywords | undefined;

/** The keyword the whole message text is, if any (see normalizeKeywordText for the comparison). */
export function matchOptOutKeyword(text: string, keywords?: readonly OptOutKeyword[]): OptOutKeyword | undefined {
  if (keywords !== undefined) return new OptOutKeywords(keywords).match(text);
  defaultKeywords ??= new OptOutKeywords();
  return defaultKeywords.match(text);
}
