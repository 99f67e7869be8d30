import { ProtocolError } from '../errors.js';
import type { LanguagePack, LanguagePackElement } from './language-pack.js';
import { isKnownCurrency } from './validate.js';
import type { DateTime, DateTimeComponents, Hsm, HydratedTemplate, Image, LocalizableParam, Template } from './types.js';

/**
 * Receiver-side rendering of HSMs and four-row templates from verified language packs
 * (shared/docs/BUSINESS.md §1). Synchronous: callers fetch the packs first (LanguagePackCache.get,
 * with {@link packsNeeded} listing them) and pass them in. Never throws on a well-formed message.
 *
 * Policy:
 * - **Deterministic language.** A pack is used only when its namespace, lg and lc are exactly the
 *   message's namespace, deterministicLg and deterministicLc (both without lc, or equal lc). There is
 *   no fallback to another language; fallbackLg/Lc are ignored.
 * - **Parameters.** {{n}} takes value n of one positional list, shared by the whole element (header,
 *   body and URL-button suffix). When `localizableParams` is non-empty it is that list (as WhatsApp's
 *   On-Premises API sent every position as a localizable parameter), formatted for the pack's
 *   locale; otherwise `params` is. The two lists are never mixed. Unused values are ignored.
 * - **Localizable values** are formatted with Intl for the pack's locale `lg-LC`:
 *   currency: Intl.NumberFormat style currency with the currency's usual fraction digits, from
 *   amount1000 / 1000 (computed exactly in decimal); date/time components: shown in the calendar
 *   they are written in (gregorian → 'gregory', solar-hijri → 'persian'), as wall-clock values
 *   (no time-zone shift), with the day of the week computed from the date (the message's dayOfWeek
 *   is ignored) and a time only when `hour` is given; unixEpochSeconds: an instant shown in
 *   `options.timeZone` (default: the runtime's zone) in the locale's own calendar. Anything Intl
 *   cannot format (unknown currency, impossible date, out-of-range value, both or neither of
 *   currency/dateTime) shows the parameter's `default`.
 * - **Substitution is literal and single-pass**: a value containing "{{2}}" stays as written.
 * - **Missing pieces.** When the pack or the element is missing, or the text uses a placeholder
 *   beyond the values given, the message's hydrated copy is shown if it has one (source
 *   'hydrated'); otherwise the result is `unavailable`, naming what is missing and where.
 * - **Four-row templates.** The content HSM renders its whole element (header, body, footer and
 *   buttons from the pack). A title HSM, footer HSM or non-empty button list in the template
 *   replaces that part; each of those HSMs renders to the *body* of its own element, with its own
 *   parameters (a URL button's `url` HSM to the URL, a call button's `phoneNumber` HSM to the
 *   number; a URL that does not come out as an http(s) URL counts as a missing element). An image
 *   title becomes `headerImage`. When any part cannot be rendered the template
 *   falls back, in order, to template.hydrated, template.hydratedFourRow and the content HSM's own
 *   hydrated copy; otherwise the result names the first part that failed.
 */

export interface RenderOptions {
  /** IANA time zone for unixEpochSeconds values; default: the runtime's zone (the device's). */
  readonly timeZone?: string;
}

export type RenderedButtonType = 'quick-reply' | 'url' | 'call';

export interface RenderedButton {
  readonly type: RenderedButtonType;
  readonly text: string;
  readonly url?: string;
  readonly phoneNumber?: string;
  /** Quick-reply payload id, when the template message carried one. */
  readonly id?: string;
}

interface RenderedBase {
  readonly status: 'rendered';
  readonly header?: string;
  /** An image title (four-row or hydrated templates); then there is no text header. */
  readonly headerImage?: Image;
  readonly body: string;
  readonly footer?: string;
  readonly buttons: readonly RenderedButton[];
}

export interface RenderedFromPack extends RenderedBase {
  readonly source: 'pack';
  /** The pack's language and locale (= the requested ones). */
  readonly lg: string;
  readonly lc?: string;
}

export interface RenderedFromHydrated extends RenderedBase {
  readonly source: 'hydrated';
  /** The requested language, when the message named one (a hydrated-only template names none). */
  readonly lg?: string;
  readonly lc?: string;
}

export type MissingPart = 'pack' | 'element' | 'params';

export interface RenderUnavailable {
  readonly status: 'unavailable';
  readonly missing: MissingPart;
  readonly namespace: string;
  readonly elementName: string;
  readonly lg?: string;
  readonly lc?: string;
}

export type RenderResult = RenderedFromPack | RenderedFromHydrated | RenderUnavailable;

/** Looks up a verified pack (typically LanguagePackCache.peek after awaiting get). */
export type PackLookup = (namespace: string, lg: string, lc?: string) => LanguagePack | undefined;

export interface PackRef {
  readonly namespace: string;
  readonly lg: string;
  readonly lc?: string;
}

const PLACEHOLDER = /\{\{([1-9][0-9]{0,3})\}\}/g;
const RENDERED_URL = /^https?:\/\/[^\s/?#\x00-\x1f\x7f]+(?:[/?#][^\s\x00-\x1f\x7f]*)?$/i;

// ---------------------------------------------------------------------------------------------
// Entry points

/**
 * Renders an HSM from `pack` (which must be the pack for hsm.namespace, deterministicLg and
 * deterministicLc), or from its hydrated copy.
 * @throws ProtocolError 'InvalidArgument' only for a bad options.timeZone.
 */
export function renderHsm(hsm: Hsm, pack: LanguagePack | undefined, options: RenderOptions = {}): RenderResult {
  const timeZone = checkOptions(options);
  const resolved = resolve(hsm, () => pack, timeZone, true);
  if (resolved.ok) return fromElement(resolved);
  return hydratedFallback([hydratedOf(hsm.hydrated)], hsm) ?? unavailable(resolved.missing, hsm);
}

/**
 * Renders a template message: a four-row template from the packs `packs` returns, or a hydrated
 * template as sent.
 * @throws ProtocolError 'InvalidArgument' only for a bad options.timeZone.
 */
export function renderTemplate(template: Template, packs: PackLookup, options: RenderOptions = {}): RenderResult {
  const timeZone = checkOptions(options);
  const row = template.fourRow;
  if (row === undefined) {
    return (
      hydratedFallback([template.hydratedFourRow, template.hydrated], undefined) ??
      unavailable('element', { namespace: '', elementName: '' })
    );
  }
  const fallback = (missing: MissingPart, at: Hsm): RenderResult =>
    hydratedFallback([template.hydrated, template.hydratedFourRow, hydratedOf(row.content.hydrated)], row.content) ??
    unavailable(missing, at);

  const content = resolve(row.content, packs, timeZone, true);
  if (!content.ok) return fallback(content.missing, row.content);
  let rendered: Mutable<RenderedFromPack> = { ...fromElement(content) };

  if (row.title !== undefined) {
    if ('hsm' in row.title) {
      const title = renderText(row.title.hsm, packs, timeZone);
      if (!title.ok) return fallback(title.missing, row.title.hsm);
      rendered.header = title.text;
    } else {
      const { header: _, ...rest } = rendered;
      rendered = { ...rest, headerImage: row.title.image };
    }
  }
  if (row.footer !== undefined) {
    const footer = renderText(row.footer, packs, timeZone);
    if (!footer.ok) return fallback(footer.missing, row.footer);
    rendered.footer = footer.text;
  }
  if (row.buttons.length > 0) {
    const buttons: RenderedButton[] = [];
    for (const button of row.buttons) {
      const text = renderText(button.displayText, packs, timeZone);
      if (!text.ok) return fallback(text.missing, button.displayText);
      if (button.type === 'quick-reply') {
        buttons.push({ type: 'quick-reply', text: text.text, ...(button.id !== undefined ? { id: button.id } : {}) });
      } else {
        const target = button.type === 'url' ? button.url : button.phoneNumber;
        const value = renderText(target, packs, timeZone);
        if (!value.ok) return fallback(value.missing, target);
        // A URL must come out as http(s): a parameter must not turn it into javascript: or the like.
        if (button.type === 'url' && !RENDERED_URL.test(value.text)) return fallback('element', target);
        buttons.push(
          button.type === 'url'
            ? { type: 'url', text: text.text, url: value.text }
            : { type: 'call', text: text.text, phoneNumber: value.text },
        );
      }
    }
    rendered.buttons = buttons;
  }
  return rendered;
}

/**
 * The packs a message needs, without duplicates: HSMs that name no deterministic language need none.
 * Fetch them (LanguagePackCache.get) before rendering.
 */
export function packsNeeded(message: Hsm | Template): PackRef[] {
  const hsms: Hsm[] = [];
  if ('namespace' in message) hsms.push(message);
  else if (message.fourRow !== undefined) {
    const row = message.fourRow;
    if (row.title !== undefined && 'hsm' in row.title) hsms.push(row.title.hsm);
    hsms.push(row.content);
    if (row.footer !== undefined) hsms.push(row.footer);
    for (const button of row.buttons) {
      hsms.push(button.displayText);
      if (button.type === 'url') hsms.push(button.url);
      else if (button.type === 'call') hsms.push(button.phoneNumber);
    }
  }
  const seen = new Map<string, PackRef>();
  for (const hsm of hsms) {
    const lg = hsm.deterministicLg;
    if (lg === undefined) continue;
    const lc = hsm.deterministicLc;
    const key = `${lg}\u0000${lc ?? ''}\u0000${hsm.namespace}`;
    if (!seen.has(key)) seen.set(key, { namespace: hsm.namespace, lg, ...(lc !== undefined ? { lc } : {}) });
  }
  return [...seen.values()];
}

// ---------------------------------------------------------------------------------------------
// Resolution: pack → element → parameter values

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Resolved {
  readonly ok: true;
  readonly pack: LanguagePack;
  readonly element: LanguagePackElement;
  readonly substitute: (text: string) => string;
}

interface Unresolved {
  readonly ok: false;
  readonly missing: MissingPart;
}

function checkOptions(options: RenderOptions): string | undefined {
  const timeZone = options?.timeZone;
  if (timeZone === undefined) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new ProtocolError('InvalidArgument', '"timeZone" expected an IANA time zone name', { field: 'timeZone' });
  }
  return timeZone;
}

function samePack(pack: LanguagePack, hsm: Hsm, lg: string): boolean {
  return pack.namespace === hsm.namespace && pack.lg === lg && pack.lc === hsm.deterministicLc;
}

/**
 * Finds the element and checks that the values cover every placeholder in the texts it will show:
 * the whole element (`whole`), or only its body.
 */
function resolve(hsm: Hsm, packs: PackLookup, timeZone: string | undefined, whole: boolean): Resolved | Unresolved {
  const lg = hsm.deterministicLg;
  if (lg === undefined) return { ok: false, missing: 'pack' };
  let pack: LanguagePack | undefined;
  try {
    pack = hsm.deterministicLc === undefined ? packs(hsm.namespace, lg) : packs(hsm.namespace, lg, hsm.deterministicLc);
  } catch {
    pack = undefined;
  }
  if (pack === undefined || !samePack(pack, hsm, lg)) return { ok: false, missing: 'pack' };
  const element = pack.element(hsm.elementName);
  if (element === undefined) return { ok: false, missing: 'element' };

  const texts = whole ? [element.header ?? '', element.body, ...element.buttons.map((b) => (b.type === 'url' ? b.url : ''))] : [element.body];
  let highest = 0;
  for (const text of texts) for (const m of text.matchAll(PLACEHOLDER)) highest = Math.max(highest, Number(m[1]));

  const localizable = hsm.localizableParams ?? [];
  const plain = hsm.params ?? [];
  const count = localizable.length > 0 ? localizable.length : plain.length;
  if (highest > count) return { ok: false, missing: 'params' };

  const locale = pack.lc === undefined ? pack.lg : `${pack.lg}-${pack.lc}`;
  const values = new Map<number, string>();
  const value = (n: number): string => {
    let v = values.get(n);
    if (v === undefined) {
      v = localizable.length > 0 ? formatLocalizable(localizable[n - 1]!, locale, timeZone) : String(plain[n - 1] ?? '');
      values.set(n, v);
    }
    return v;
  };
  return { ok: true, pack, element, substitute: (text) => text.replace(PLACEHOLDER, (_, n: string) => value(Number(n))) };
}

function fromElement({ pack, element, substitute }: Resolved): RenderedFromPack {
  return {
    status: 'rendered',
    source: 'pack',
    lg: pack.lg,
    ...(pack.lc !== undefined ? { lc: pack.lc } : {}),
    ...(element.header !== undefined ? { header: substitute(element.header) } : {}),
    body: substitute(element.body),
    ...(element.footer !== undefined ? { footer: element.footer } : {}),
    buttons: element.buttons.map((b): RenderedButton => {
      switch (b.type) {
        case 'quick-reply':
          return { type: 'quick-reply', text: b.text };
        case 'url':
          return { type: 'url', text: b.text, url: substitute(b.url) };
        case 'call':
          return { type: 'call', text: b.text, phoneNumber: b.phoneNumber };
      }
    }),
  };
}

/** One four-row part: the body of the HSM's element with the HSM's own values. */
function renderText(hsm: Hsm, packs: PackLookup, timeZone: string | undefined): { ok: true; text: string } | Unresolved {
  const resolved = resolve(hsm, packs, timeZone, false);
  return resolved.ok ? { ok: true, text: resolved.substitute(resolved.element.body) } : resolved;
}

// ---------------------------------------------------------------------------------------------
// Fallbacks

function hydratedOf(template: Template | undefined): HydratedTemplate | undefined {
  // A nested four-row template is not rendered (no recursion into further packs).
  return template === undefined ? undefined : (template.hydratedFourRow ?? template.hydrated);
}

function hydratedFallback(candidates: readonly (HydratedTemplate | undefined)[], requested: Hsm | undefined): RenderedFromHydrated | undefined {
  const hydrated = candidates.find((c) => c !== undefined);
  if (hydrated === undefined) return undefined;
  const lg = requested?.deterministicLg;
  const lc = requested?.deterministicLc;
  return {
    status: 'rendered',
    source: 'hydrated',
    ...(lg !== undefined ? { lg } : {}),
    ...(lg !== undefined && lc !== undefined ? { lc } : {}),
    ...(hydrated.titleText !== undefined ? { header: hydrated.titleText } : {}),
    ...(hydrated.titleImage !== undefined ? { headerImage: hydrated.titleImage } : {}),
    body: hydrated.contentText,
    ...(hydrated.footerText !== undefined ? { footer: hydrated.footerText } : {}),
    buttons: (hydrated.buttons ?? []).map((b): RenderedButton => {
      switch (b.type) {
        case 'quick-reply':
          return { type: 'quick-reply', text: b.displayText, ...(b.id !== undefined ? { id: b.id } : {}) };
        case 'url':
          return { type: 'url', text: b.displayText, url: b.url };
        case 'call':
          return { type: 'call', text: b.displayText, phoneNumber: b.phoneNumber };
      }
    }),
  };
}

function unavailable(missing: MissingPart, at: Pick<Hsm, 'namespace' | 'elementName' | 'deterministicLg' | 'deterministicLc'>): RenderUnavailable {
  const lg = at.deterministicLg;
  const lc = at.deterministicLc;
  return {
    status: 'unavailable',
    missing,
    namespace: at.namespace,
    elementName: at.elementName,
    ...(lg !== undefined ? { lg } : {}),
    ...(lg !== undefined && lc !== undefined ? { lc } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Localizable parameters

const DATE: Intl.DateTimeFormatOptions = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: 'numeric', minute: '2-digit' };
const DAY_MS = 86_400_000;
const MAX_DATE_MS = 8.64e15;

// Intl constructors are slow next to formatting; keep a small cache of them.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (f === undefined) {
    if (formatters.size >= 128) formatters.clear();
    f = make();
    formatters.set(key, f);
  }
  return f;
}

function formatLocalizable(param: LocalizableParam, locale: string, timeZone: string | undefined): string {
  const fallback = typeof param?.default === 'string' ? param.default : '';
  try {
    const hasCurrency = param.currency !== undefined;
    const hasDateTime = param.dateTime !== undefined;
    let formatted: string | undefined;
    if (hasCurrency && !hasDateTime) formatted = formatCurrency(param.currency!.code, param.currency!.amount1000, locale);
    else if (hasDateTime && !hasCurrency) formatted = formatDateTime(param.dateTime!, locale, timeZone);
    return formatted ?? fallback;
  } catch {
    return fallback;
  }
}

function formatCurrency(code: string, amount1000: number, locale: string): string | undefined {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code) || !isKnownCurrency(code)) return undefined;
  if (!Number.isSafeInteger(amount1000)) return undefined;
  const format = cached(`n\u0000${locale}\u0000${code}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: code }));
  // An exact decimal string (Intl.NumberFormat v3 formats it without binary rounding).
  const magnitude = Math.abs(amount1000);
  const decimal = `${amount1000 < 0 ? '-' : ''}${Math.floor(magnitude / 1000)}.${String(magnitude % 1000).padStart(3, '0')}`;
  return (format.format as unknown as (value: string) => string)(decimal);
}

function formatDateTime(dateTime: DateTime, locale: string, timeZone: string | undefined): string | undefined {
  const hasComponents = dateTime.components !== undefined;
  const hasEpoch = dateTime.unixEpochSeconds !== undefined;
  if (hasComponents === hasEpoch) return undefined;
  if (hasEpoch) {
    const seconds = dateTime.unixEpochSeconds!;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || Math.abs(seconds * 1000) > MAX_DATE_MS) return undefined;
    const format = cached(`e\u0000${locale}\u0000${timeZone ?? ''}`, () =>
      new Intl.DateTimeFormat(locale, timeZone === undefined ? DATE_TIME : { ...DATE_TIME, timeZone }),
    );
    return format.format(seconds * 1000);
  }
  const c = dateTime.components!;
  const persian = c.calendar === 'solar-hijri';
  if (c.calendar !== undefined && c.calendar !== 'gregorian' && !persian) return undefined;
  const date = persian ? persianDate(c) : gregorianDate(c);
  if (date === undefined) return undefined;
  const withTime = c.hour !== undefined;
  if (withTime && !inRange(c.hour, 0, 23)) return undefined;
  if (c.minute !== undefined && !inRange(c.minute, 0, 59)) return undefined;
  const ms = date + (withTime ? (c.hour! * 60 + (c.minute ?? 0)) * 60_000 : 0);
  const calendar = persian ? 'persian' : 'gregory';
  const format = cached(`c\u0000${locale}\u0000${calendar}\u0000${withTime ? 't' : ''}`, () =>
    new Intl.DateTimeFormat(locale, { ...(withTime ? DATE_TIME : DATE), calendar, timeZone: 'UTC' }),
  );
  return format.format(ms);
}

function inRange(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Midnight UTC of a Gregorian date, or undefined when the date does not exist. */
function gregorianDate(c: DateTimeComponents): number | undefined {
  if (!inRange(c.year, 1, 9999) || !inRange(c.month, 1, 12) || !inRange(c.dayOfMonth, 1, 31)) return undefined;
  const d = new Date(0);
  d.setUTCFullYear(c.year, c.month - 1, c.dayOfMonth); // setUTCFullYear keeps years below 100 as given
  if (d.getUTCFullYear() !== c.year || d.getUTCMonth() !== c.month - 1 || d.getUTCDate() !== c.dayOfMonth) return undefined;
  return d.getTime();
}

let persianParts: Intl.DateTimeFormat | undefined;
function persianOf(ms: number): [number, number, number] {
  persianParts ??= new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
  let y = NaN;
  let m = NaN;
  let d = NaN;
  for (const part of persianParts.formatToParts(ms)) {
    if (part.type === 'year') y = Number(part.value);
    else if (part.type === 'month') m = Number(part.value);
    else if (part.type === 'day') d = Number(part.value);
  }
  return [y, m, d];
}

/** Day number within a consistent approximation of the Solar Hijri calendar (exact within a year). */
function persianOrdinal(y: number, m: number, d: number): number {
  return Math.floor((y - 1) * 365.2422) + (m <= 7 ? (m - 1) * 31 : 186 + (m - 7) * 30) + d;
}

/** 1 Farvardin 1403 = 2024-03-20. */
const PERSIAN_ANCHOR_MS = Date.UTC(2024, 2, 20);
const PERSIAN_ANCHOR_ORDINAL = persianOrdinal(1403, 1, 1);

/**
 * Midnight UTC of a Solar Hijri date, found with Intl's own 'persian' calendar (so the date shown
 * is the date given), or undefined when the date does not exist (e.g. 30 Esfand of a common year).
 */
function persianDate(c: DateTimeComponents): number | undefined {
  if (!inRange(c.year, 1, 9999) || !inRange(c.month, 1, 12) || !inRange(c.dayOfMonth, 1, 31)) return undefined;
  const target = persianOrdinal(c.year, c.month, c.dayOfMonth);
  let ms = PERSIAN_ANCHOR_MS + (target - PERSIAN_ANCHOR_ORDINAL) * DAY_MS;
  for (let i = 0; i < 8; i++) {
    if (Math.abs(ms) > MAX_DATE_MS) return undefined;
    const [y, m, d] = persianOf(ms);
    if (!Number.isFinite(y) || !Number.isFinite(m) || !Number.isFinite(d)) return undefined;
    if (y === c.year && m === c.month && d === c.dayOfMonth) return ms;
    let diff = target - persianOrdinal(y, m, d);
    // Around a year's end the approximation can tie two different days: step by one day then.
    if (diff === 0) diff = y !== c.year ? Math.sign(c.year - y) : m !== c.month ? Math.sign(c.month - m) : Math.sign(c.dayOfMonth - d);
    ms += diff * DAY_MS;
  }
  return undefined; // a date the calendar does not have (the search only oscillates around it)
}
