// Recipient-side checks of an opened envelope (gateway/envelope.ts): addresses, ids, class vs
// content, and the declared template category against the business's signed language pack.
import { ProtocolError } from '../errors.js';
import { ProtocolAddress } from '../address.js';
import { constantTimeEqual } from '../bytes.js';
import type { LanguagePack } from '../content/language-pack.js';
import type { Content, Hsm } from '../content/types.js';
import type { GroupCipher } from '../group/group-cipher.js';
import type { SessionCipher } from '../session/session-cipher.js';
import type { EnvelopeFailure, EnvelopeHeader, EnvelopePackLookup, ParsedEnvelope, TemplateElementRef } from './envelope.js';
import type { MessageClass, TemplateCategory } from './types.js';

export type CipherChoice =
  | { readonly kind: 'pairwise'; readonly cipher: SessionCipher }
  | { readonly kind: 'group'; readonly groupCipher: GroupCipher };

export function pickCipher(input: { readonly cipher?: SessionCipher; readonly groupCipher?: GroupCipher }): CipherChoice {
  const { cipher, groupCipher } = input as { cipher?: SessionCipher; groupCipher?: GroupCipher };
  if ((cipher === undefined) === (groupCipher === undefined)) {
    throw new ProtocolError('InvalidArgument', 'expected exactly one of "cipher" (SessionCipher) or "groupCipher" (GroupCipher)', { field: 'cipher' });
  }
  if (cipher !== undefined) {
    if (typeof cipher?.encrypt !== 'function' || !(cipher.remoteAddress instanceof ProtocolAddress)) {
      throw new ProtocolError('InvalidArgument', '"cipher" expected a SessionCipher', { field: 'cipher' });
    }
    return { kind: 'pairwise', cipher };
  }
  if (typeof groupCipher?.encrypt !== 'function') {
    throw new ProtocolError('InvalidArgument', '"groupCipher" expected a GroupCipher', { field: 'groupCipher' });
  }
  return { kind: 'group', groupCipher: groupCipher };
}

export function sameAddress(a: unknown, b: ProtocolAddress): boolean {
  return a instanceof ProtocolAddress && a.name === b.name && a.deviceId === b.deviceId;
}

export async function checkOpened(
  parsed: ParsedEnvelope,
  content: Content,
  expectedSender: ProtocolAddress,
  expectedRecipient: ProtocolAddress,
  packs: EnvelopePackLookup | undefined,
  expectedDigest: Uint8Array,
): Promise<EnvelopeFailure | undefined> {
  const { header } = parsed;
  // 1. The header is the one the sender digested.
  const received = content.envelopeDigest;
  if (received === undefined) return { reason: 'envelope-tampered', detail: { digest: 'missing' } };
  if (!constantTimeEqual(received, expectedDigest)) {
    return { reason: 'envelope-tampered', detail: { digest: 'mismatch' } };
  }
  // 2. The authenticated header names the devices the session is between.
  for (const [field, expected, got] of [
    ['sender', expectedSender, header.sender],
    ['recipient', expectedRecipient, header.recipient],
  ] as const) {
    if (!sameAddress(got, expected)) {
      return { reason: 'address-mismatch', detail: { field, expected: expected.toString(), got: got.toString() } };
    }
  }
  // 3. and 4.
  const mismatch = checkMetadata(header, content);
  if (mismatch !== undefined) return mismatch;
  const cls = checkClass(header.messageClass, content);
  if (cls.failure !== undefined) return cls.failure;
  // 5.
  const messageClass = header.messageClass;
  if (messageClass.kind === 'service') return undefined;
  return checkCategory(messageClass.category, cls.elements, packs);
}

/** A sender-side class or metadata mismatch as an InvalidArgument naming the field. */
export function misfit(failure: EnvelopeFailure): ProtocolError {
  let field: string;
  let expected: string | number | undefined;
  let got: string | number | undefined;
  switch (failure.reason) {
    case 'message-id-mismatch':
      [field, expected, got] = ['messageId', failure.detail.expected.slice(0, 64), failure.detail.got.slice(0, 64)];
      break;
    case 'timestamp-mismatch':
      [field, expected, got] = ['timestampMs', failure.detail.expected, failure.detail.got];
      break;
    case 'class-mismatch':
      [field, expected, got] = [failure.detail.at === 'content' ? failure.detail.field : failure.detail.at, failure.detail.expected.slice(0, 64), failure.detail.got.slice(0, 64)];
      break;
    default:
      [field, expected, got] = [failure.reason, undefined, undefined];
  }
  return new ProtocolError('InvalidArgument', `content does not fit the envelope header (${failure.reason}): ${field} expected ${String(expected)}, got ${String(got)}`, {
    field,
    ...(expected === undefined ? {} : { expected }),
    ...(got === undefined ? {} : { got }),
  });
}

export function checkMetadata(header: EnvelopeHeader, content: Content): EnvelopeFailure | undefined {
  if (content.messageId !== undefined && content.messageId !== header.messageId) {
    return { reason: 'message-id-mismatch', detail: { expected: header.messageId, got: content.messageId } };
  }
  if (content.timestampMs !== undefined && content.timestampMs !== header.timestampMs) {
    return { reason: 'timestamp-mismatch', detail: { expected: header.timestampMs, got: content.timestampMs } };
  }
  return undefined;
}

export interface ClassCheck {
  readonly failure?: EnvelopeFailure;
  /** For a template class that fits: every element the template renders from. */
  readonly elements: readonly TemplateElementRef[];
}

export function isTemplateKind(content: { readonly kind: string }): boolean {
  return content.kind === 'hsm' || content.kind === 'template';
}

export function languageOf(hsm: Hsm): string {
  if (hsm.deterministicLg === undefined) return 'none';
  return hsm.deterministicLc === undefined ? hsm.deterministicLg : `${hsm.deterministicLg}_${hsm.deterministicLc}`;
}

export function classMismatch(
  field: 'messageClass' | 'templateName' | 'language' | 'namespace',
  at: string,
  expected: string,
  got: string,
): ClassCheck {
  return { failure: { reason: 'class-mismatch', detail: { field, at, expected, got } }, elements: [] };
}

/** Every HSM a template message renders from, with its path. */
export function templateHsms(content: Content): { readonly hsm: Hsm; readonly at: string }[] | undefined {
  if (content.kind === 'hsm') return [{ hsm: content.hsm, at: 'content.hsm' }];
  if (content.kind !== 'template' || content.template.fourRow === undefined) return undefined;
  const row = content.template.fourRow;
  const base = 'content.template.fourRow';
  const out = [{ hsm: row.content, at: `${base}.content` }];
  if (row.title !== undefined && 'hsm' in row.title) out.push({ hsm: row.title.hsm, at: `${base}.title.hsm` });
  if (row.footer !== undefined) out.push({ hsm: row.footer, at: `${base}.footer` });
  row.buttons.forEach((button, i) => {
    out.push({ hsm: button.displayText, at: `${base}.buttons[${i}].displayText` });
    if (button.type === 'url') out.push({ hsm: button.url, at: `${base}.buttons[${i}].url` });
    else if (button.type === 'call') out.push({ hsm: button.phoneNumber, at: `${base}.buttons[${i}].phoneNumber` });
  });
  return out;
}

export function checkClass(cls: MessageClass, content: Content): ClassCheck {
  if (cls.kind === 'service') {
    if (isTemplateKind(content)) return classMismatch('messageClass', 'content', 'service', content.kind);
    if (content.kind === 'translations') {
      const i = content.translations.variants.findIndex((v) => isTemplateKind(v.content));
      if (i >= 0) {
        return classMismatch('messageClass', `content.translations.variants[${i}].content`, 'service', content.translations.variants[i]!.content.kind);
      }
    }
    return { elements: [] };
  }
  if (!isTemplateKind(content)) return classMismatch('messageClass', 'content', 'template', content.kind);
  const hsms = templateHsms(content);
  // A hydrated-only template is pre-rendered text: it names no element and no language.
  if (hsms === undefined) return classMismatch('templateName', 'content.template', cls.templateName, 'none');
  const main = hsms[0]!;
  if (main.hsm.elementName !== cls.templateName) return classMismatch('templateName', main.at, cls.templateName, main.hsm.elementName);
  for (const { hsm, at } of hsms) {
    const language = languageOf(hsm);
    if (language !== cls.language) return classMismatch('language', at, cls.language, language);
    if (hsm.namespace !== main.hsm.namespace) return classMismatch('namespace', at, main.hsm.namespace, hsm.namespace);
  }
  const elements = hsms.map(({ hsm, at }) => ({
    at,
    namespace: hsm.namespace,
    elementName: hsm.elementName,
    lg: hsm.deterministicLg!,
    ...(hsm.deterministicLc !== undefined ? { lc: hsm.deterministicLc } : {}),
  }));
  return { elements };
}

export async function lookupPack(packs: EnvelopePackLookup | undefined, ref: TemplateElementRef): Promise<LanguagePack | undefined> {
  if (packs === undefined) return undefined;
  let pack: LanguagePack | undefined;
  try {
    pack = await (ref.lc === undefined ? packs(ref.namespace, ref.lg) : packs(ref.namespace, ref.lg, ref.lc));
  } catch {
    return undefined;
  }
  // Only the pack of exactly this namespace, language and locale counts (deterministic policy).
  if (pack === undefined || pack === null || typeof pack.element !== 'function') return undefined;
  if (pack.namespace !== ref.namespace || pack.lg !== ref.lg || pack.lc !== ref.lc) return undefined;
  return pack;
}

/**
 * Every element must exist in the signed pack with the declared category. A definite mismatch is
 * reported before an element that cannot be checked.
 */
export async function checkCategory(
  declared: TemplateCategory,
  elements: readonly TemplateElementRef[],
  packs: EnvelopePackLookup | undefined,
): Promise<EnvelopeFailure | undefined> {
  // After checkClass every element shares one namespace and language: one pack.
  const first = elements[0];
  if (first === undefined) return undefined;
  const pack = await lookupPack(packs, first);
  if (pack === undefined) return { reason: 'category-unverifiable', detail: { missing: 'pack', element: first } };
  let unverifiable: EnvelopeFailure | undefined;
  for (const element of elements) {
    const packCategory = pack.element(element.elementName)?.category;
    if (packCategory === undefined) {
      unverifiable ??= { reason: 'category-unverifiable', detail: { missing: 'element', element } };
    } else if (packCategory !== declared) {
      return { reason: 'category-mismatch', detail: { declared, packCategory, element } };
    }
  }
  return unverifiable;
}
