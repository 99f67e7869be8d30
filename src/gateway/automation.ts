import { ProtocolError } from '../errors.js';
import { normalizeKeywordText } from './consent.js';
import { DAY_MS, HOUR_MS } from './window.js';

/**
 * WhatsApp Business automation (BUSINESS.md §6): greeting message, away message and quick
 * replies. Pure functions: given an inbound customer message, the business's configuration and
 * what is known about the customer, they say which automated replies to consider. Greeting and
 * away replies are service messages: the Gateway passes each through decideOutbound like any
 * other message, so window and consent rules (block) apply. Quick replies are suggestions for a
 * human agent, never sent automatically.
 *
 * - Greeting: to a new customer (no earlier activity), or when the customer's previous message or
 *   call is at least `silenceMs` (14 days) before this one. "Previous" is the stored
 *   lastCustomerActivityAt read before this message is recorded.
 * - Away: when the schedule says the business is away at the message's time: 'always';
 *   'outside-business-hours' of a weekly schedule evaluated on the wall clock of an IANA time zone
 *   (Intl.DateTimeFormat, so DST is handled: during the repeated hour both instants have the same
 *   wall time, during the skipped hour no instant has it); or 'custom', a [start, end) interval.
 *   At most one away reply per `cooldownMs` (1 hour) of customer activity: it is sent when the
 *   previous message is at least that old, so a burst of messages gets one away reply.
 * - Both greet and away reply only for messages strictly later than the previous activity (a
 *   duplicate delivery of the same message gets no second reply), and only to the customers their
 *   recipient selector picks: everyone, not in the business's contacts, everyone except a list,
 *   or only a list. Calls get no automated replies.
 * - Quick replies: a shortcut expands to its message (for the agent typing `/shortcut`); keywords
 *   found as whole words in the customer's message suggest the quick reply.
 *
 * Configurations are validated once per object and compiled schedules are cached per object:
 * treat them as immutable (make a new object to change one).
 */

export const GREETING_SILENCE_MS = 14 * DAY_MS;
export const DEFAULT_AWAY_COOLDOWN_MS = HOUR_MS;
/** Longest automated message. */
export const MAX_AUTOMATED_MESSAGE_LENGTH = 4096;
/** Longest quick-reply shortcut (without the leading '/'). */
export const MAX_SHORTCUT_LENGTH = 64;

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
export const WEEKDAYS: readonly Weekday[] = Object.freeze(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const);

/** Opening hours of one interval, local wall-clock `HH:MM` (24-hour). `close` may be `24:00`; a close at or before open runs past midnight into the next day. */
export interface OpeningInterval {
  readonly open: string;
  readonly close: string;
}

/** One day: closed, open all day, or open in the given intervals. */
export type DayHours = 'closed' | 'open-24h' | readonly OpeningInterval[];

/** Business hours per weekday in an IANA time zone. A weekday that is not listed is closed. */
export interface WeeklySchedule {
  readonly timeZone: string;
  readonly days: { readonly [D in Weekday]?: DayHours };
}

export type AwaySchedule =
  | { readonly kind: 'always' }
  | { readonly kind: 'outside-business-hours'; readonly hours: WeeklySchedule }
  /** Away in [start, end), milliseconds since the epoch. */
  | { readonly kind: 'custom'; readonly start: number; readonly end: number };

export type RecipientSelector =
  | { readonly kind: 'everyone' }
  | { readonly kind: 'not-in-contacts' }
  | { readonly kind: 'everyone-except'; readonly customers: readonly string[] }
  | { readonly kind: 'only'; readonly customers: readonly string[] };

export interface GreetingConfig {
  readonly message: string;
  /** Default everyone. */
  readonly recipients?: RecipientSelector;
  /** Silence after which a known customer is greeted again; default 14 days. */
  readonly silenceMs?: number;
}

export interface AwayConfig {
  readonly message: string;
  readonly schedule: AwaySchedule;
  /** Default everyone. */
  readonly recipients?: RecipientSelector;
  /** Minimum time since the customer's previous message for another away reply; default 1 hour. */
  readonly cooldownMs?: number;
}

export interface QuickReply {
  /** What the agent types after '/', e.g. `thanks`. Compared case-insensitively. */
  readonly shortcut: string;
  readonly message: string;
  /** Words or phrases that, found in a customer message, suggest this quick reply. */
  readonly keywords?: readonly string[];
}

export interface AutomationConfig {
  readonly greeting?: GreetingConfig;
  readonly away?: AwayConfig;
  readonly quickReplies?: readonly QuickReply[];
}

/** The inbound message as automation sees it. */
export interface AutomationInbound {
  readonly customer: string;
  readonly at: number;
  /** Default 'message'. Calls open the window but get no automated replies. */
  readonly kind?: 'message' | 'call';
  /** Decrypted text, when the business endpoint shares it (needed for quick-reply keywords). */
  readonly text?: string;
}

export interface AutomationContext {
  /** The customer's latest activity before this message (WindowState.lastCustomerActivityAt read before recording it). */
  readonly previousActivityAt?: number;
  /** Whether the customer is in the business's contacts; default false. */
  readonly inContacts?: boolean;
}

export type AutomatedReply =
  | { readonly kind: 'greeting'; readonly message: string }
  | { readonly kind: 'away'; readonly message: string }
  /** A suggestion for the agent: not sent automatically. */
  | { readonly kind: 'quick-reply'; readonly shortcut: string; readonly message: string; readonly keyword: string };

/** The automated replies to consider for an inbound message, in order: greeting, away, quick-reply suggestions. */
export function automatedReplies(inbound: AutomationInbound, config: AutomationConfig, context: AutomationContext = {}): AutomatedReply[] {
  validateAutomationConfig(config);
  const replies: AutomatedReply[] = [];
  if ((inbound.kind ?? 'message') !== 'message') return replies;
  const previous = context.previousActivityAt;
  const inContacts = context.inContacts ?? false;
  const elapsed = previous === undefined ? Number.POSITIVE_INFINITY : inbound.at - previous;

  const greeting = config.greeting;
  if (greeting !== undefined && elapsed > 0 && elapsed >= (greeting.silenceMs ?? GREETING_SILENCE_MS)) {
    if (selectsRecipient(greeting.recipients ?? EVERYONE, inbound.customer, inContacts)) replies.push({ kind: 'greeting', message: greeting.message });
  }
  const away = config.away;
  if (away !== undefined && elapsed > 0 && elapsed >= (away.cooldownMs ?? DEFAULT_AWAY_COOLDOWN_MS)) {
    if (selectsRecipient(away.recipients ?? EVERYONE, inbound.customer, inContacts) && isAway(away.schedule, inbound.at)) {
      replies.push({ kind: 'away', message: away.message });
    }
  }
  if (inbound.text !== undefined && config.quickReplies !== undefined) replies.push(...suggestQuickReplies(config.quickReplies, inbound.text));
  return replies;
}

const EVERYONE: RecipientSelector = { kind: 'everyone' };

/** Whether a selector picks this customer. */
export function selectsRecipient(selector: RecipientSelector, customer: string, inContacts: boolean): boolean {
  switch (selector.kind) {
    case 'everyone':
      return true;
    case 'not-in-contacts':
      return !inContacts;
    case 'everyone-except':
      return !selector.customers.includes(customer);
    case 'only':
      return selector.customers.includes(customer);
  }
}

/** Whether the business is away at `at` under the schedule. */
export function isAway(schedule: AwaySchedule, at: number): boolean {
  switch (schedule.kind) {
    case 'always':
      return true;
    case 'custom':
      return at >= schedule.start && at < schedule.end;
    case 'outside-business-hours':
      return !isWithinBusinessHours(schedule.hours, at);
  }
}

/** Whether `at` falls in the business hours, on the wall clock of the schedule's time zone. */
export function isWithinBusinessHours(hours: WeeklySchedule, at: number): boolean {
  const compiled = compileSchedule(hours);
  const { weekday, minute } = localTime(hours.timeZone, at);
  const today = compiled[weekday];
  if (today === 'open-24h') return true;
  if (today !== undefined) {
    for (const [open, close] of today) {
      if (close > open ? minute >= open && minute < close : minute >= open) return true;
    }
  }
  const yesterday = compiled[(weekday + 6) % 7];
  if (yesterday !== undefined && yesterday !== 'open-24h') {
    for (const [open, close] of yesterday) {
      if (close <= open && minute < close) return true;
    }
  }
  return false;
}

/** Day of week (0 = Monday) and minute of day (0..1439) of `at` on the wall clock of `timeZone`. */
export function localTime(timeZone: string, at: number): { weekday: number; minute: number } {
  let weekday = -1;
  let hour = -1;
  let minute = -1;
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type === 'weekday') weekday = WEEKDAY_SHORT.indexOf(part.value);
    else if (part.type === 'hour') hour = Number(part.value) % 24;
    else if (part.type === 'minute') minute = Number(part.value);
  }
  if (weekday < 0 || !(hour >= 0) || !(minute >= 0)) {
    throw new ProtocolError('Internal', `could not read the local time in ${timeZone}`, { field: 'timeZone' });
  }
  return { weekday, minute: hour * 60 + minute };
}

const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MAX_FORMATTERS = 1024;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    } catch (e) {
      throw new ProtocolError('InvalidArgument', `unknown time zone ${JSON.stringify(timeZone)}`, { field: 'timeZone' }, { cause: e });
    }
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

type CompiledDay = 'open-24h' | readonly (readonly [number, number])[] | undefined;
const compiledSchedules = new WeakMap<WeeklySchedule, readonly CompiledDay[]>();

function compileSchedule(hours: WeeklySchedule): readonly CompiledDay[] {
  let compiled = compiledSchedules.get(hours);
  if (compiled === undefined) {
    if (typeof hours !== 'object' || hours === null || typeof hours.days !== 'object' || hours.days === null) {
      throw new ProtocolError('InvalidArgument', 'business hours need a time zone and days', { field: 'hours' });
    }
    formatterFor(hours.timeZone);
    for (const key of Object.keys(hours.days)) {
      if (!(WEEKDAYS as readonly string[]).includes(key)) throw new ProtocolError('InvalidArgument', `unknown weekday ${key}`, { field: 'days' });
    }
    compiled = WEEKDAYS.map((day): CompiledDay => {
      const value = hours.days[day];
      if (value === undefined || value === 'closed') return undefined;
      if (value === 'open-24h') return 'open-24h';
      if (!Array.isArray(value)) throw new ProtocolError('InvalidArgument', `hours of ${day} must be 'closed', 'open-24h' or intervals`, { field: day });
      return value.map((interval: OpeningInterval) => {
        const open = parseClock(interval.open, `${day}.open`);
        const close = parseClock(interval.close, `${day}.close`);
        if (open === 1440) throw new ProtocolError('InvalidArgument', `${day}: an interval cannot open at 24:00`, { field: day });
        if (open === close) throw new ProtocolError('InvalidArgument', `${day}: an interval needs different open and close times (use 'open-24h')`, { field: day });
        return [open, close] as const;
      });
    });
    compiledSchedules.set(hours, compiled);
  }
  return compiled;
}

/** Minutes of an `HH:MM` wall-clock time, 00:00..24:00. */
function parseClock(value: string, field: string): number {
  const match = typeof value === 'string' ? /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value) : null;
  const minutes = match === null ? Number.NaN : Number(match[1]) * 60 + Number(match[2]);
  if (!(minutes <= 1440)) throw new ProtocolError('InvalidArgument', `${field} must be a time HH:MM between 00:00 and 24:00`, { field });
  return minutes;
}

// ---------------------------------------------------------------------------------------------
// Quick replies

function normalizeShortcut(shortcut: string): string {
  return normalizeKeywordText(shortcut.startsWith('/') ? shortcut.slice(1) : shortcut);
}

/** The quick reply a shortcut (with or without its leading '/') names, case-insensitively. */
export function expandQuickReply(quickReplies: readonly QuickReply[], shortcut: string): QuickReply | undefined {
  const wanted = normalizeShortcut(shortcut);
  if (wanted === '') return undefined;
  return quickReplies.find((q) => normalizeShortcut(q.shortcut) === wanted);
}

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** Word tokens of a text in normalized form (Unicode word segmentation, so scripts without spaces work). */
export function wordTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const segment of segmenter.segment(normalizeKeywordText(text))) {
    if (segment.isWordLike === true) tokens.push(segment.segment);
  }
  return tokens;
}

function containsPhrase(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Quick replies whose keywords occur as whole words (or phrases) in the text; each at most once, first keyword reported. */
export function suggestQuickReplies(quickReplies: readonly QuickReply[], text: string): AutomatedReply[] {
  const tokens = wordTokens(text);
  const suggestions: AutomatedReply[] = [];
  if (tokens.length === 0) return suggestions;
  for (const q of quickReplies) {
    const keyword = q.keywords?.find((k) => containsPhrase(tokens, wordTokens(k)));
    if (keyword !== undefined) suggestions.push({ kind: 'quick-reply', shortcut: q.shortcut, message: q.message, keyword });
  }
  return suggestions;
}

// ---------------------------------------------------------------------------------------------
// Validation

const validated = new WeakSet<AutomationConfig>();

function assertMessage(message: unknown, field: string): void {
  if (typeof message !== 'string' || message.trim().length === 0 || message.length > MAX_AUTOMATED_MESSAGE_LENGTH) {
    throw new ProtocolError('InvalidArgument', `${field} must be 1..${MAX_AUTOMATED_MESSAGE_LENGTH} characters`, { field });
  }
}

function assertDuration(value: unknown, field: string): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)) {
    throw new ProtocolError('InvalidArgument', `${field} must be a non-negative integer of milliseconds`, { field });
  }
}

function assertSelector(selector: RecipientSelector | undefined, field: string): void {
  if (selector === undefined) return;
  switch (selector.kind) {
    case 'everyone':
    case 'not-in-contacts':
      return;
    case 'everyone-except':
    case 'only':
      if (!Array.isArray(selector.customers) || selector.customers.some((c) => typeof c !== 'string' || c.length === 0)) {
        throw new ProtocolError('InvalidArgument', `${field}.customers must be a list of customer ids`, { field });
      }
      return;
    default:
      throw new ProtocolError('InvalidArgument', `unknown recipient selector ${String((selector as { kind?: unknown }).kind)}`, { field });
  }
}

/** Throws InvalidArgument unless the configuration is well-formed (time zones, times, shortcuts). Cached per object. */
export function validateAutomationConfig(config: AutomationConfig): void {
  if (validated.has(config)) return;
  if (config.greeting !== undefined) {
    assertMessage(config.greeting.message, 'greeting.message');
    assertSelector(config.greeting.recipients, 'greeting.recipients');
    assertDuration(config.greeting.silenceMs, 'greeting.silenceMs');
  }
  if (config.away !== undefined) {
    assertMessage(config.away.message, 'away.message');
    assertSelector(config.away.recipients, 'away.recipients');
    assertDuration(config.away.cooldownMs, 'away.cooldownMs');
    const schedule = config.away.schedule;
    switch (schedule?.kind) {
      case 'always':
        break;
      case 'custom':
        if (!Number.isSafeInteger(schedule.start) || !Number.isSafeInteger(schedule.end) || schedule.end < schedule.start) {
          throw new ProtocolError('InvalidArgument', 'a custom away interval needs integer start ≤ end', { field: 'away.schedule' });
        }
        break;
      case 'outside-business-hours':
        compileSchedule(schedule.hours);
        break;
      default:
        throw new ProtocolError('InvalidArgument', 'unknown away schedule', { field: 'away.schedule' });
    }
  }
  if (config.quickReplies !== undefined) {
    const seen = new Set<string>();
    for (const q of config.quickReplies) {
      const shortcut = typeof q.shortcut === 'string' ? normalizeShortcut(q.shortcut) : '';
      if (shortcut.length === 0 || shortcut.length > MAX_SHORTCUT_LENGTH || /\s/u.test(shortcut)) {
        throw new ProtocolError('InvalidArgument', `quick-reply shortcut must be 1..${MAX_SHORTCUT_LENGTH} characters without spaces`, { field: 'shortcut' });
      }
      if (seen.has(shortcut)) throw new ProtocolError('InvalidArgument', `duplicate quick-reply shortcut ${q.shortcut}`, { field: 'shortcut' });
      seen.add(shortcut);
      assertMessage(q.message, 'quickReplies.message');
      if (q.keywords !== undefined && (!Array.isArray(q.keywords) || q.keywords.some((k) => typeof k !== 'string' || wordTokens(k).length === 0))) {
        throw new ProtocolError('InvalidArgument', `keywords of /${q.shortcut} must be non-empty words`, { field: 'keywords' });
      }
    }
  }
  validated.add(config);
}
