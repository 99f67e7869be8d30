/**
 * One error class for the whole library. Codes are grouped in families so callers can decide
 * how to recover without string-matching messages:
 * - `usage`: the caller asked for something impossible (fix the call, or create a session first);
 * - `input`: bytes from the wire or a peer are bad (drop the message; nothing was changed);
 * - `store`: an application store failed (retry later; nothing was committed);
 * - `internal`: a bug in parley (please report).
 * Messages say what was expected and what was got, and never contain key bytes or plaintext.
 */
export type ErrorFamily = 'usage' | 'input' | 'store' | 'internal';

const CODE_FAMILIES = {
  InvalidArgument: 'usage',
  InvalidState: 'usage',
  SessionNotFound: 'usage',
  InvalidMessage: 'input',
  InvalidProtobuf: 'input',
  UnsupportedVersion: 'input',
  MessageTooLarge: 'input',
  BadMac: 'input',
  BadSignature: 'input',
  DuplicateMessage: 'input',
  TooFarInFuture: 'input',
  InvalidKey: 'input',
  NonContributoryKey: 'input',
  UntrustedIdentity: 'input',
  InvalidPreKeyId: 'input',
  InvalidSignedPreKeyId: 'input',
  UntrustedIssuer: 'input',
  StoreFailure: 'store',
  Internal: 'internal',
} as const satisfies Record<string, ErrorFamily>;

export type ErrorCode = keyof typeof CODE_FAMILIES;

/** Structured, non-secret details that some codes carry. */
export interface ErrorDetails {
  readonly expected?: number | string;
  readonly got?: number | string;
  readonly counter?: number;
  readonly chainIndex?: number;
  readonly gap?: number;
  readonly max?: number;
  readonly address?: string;
  readonly operation?: string;
  readonly field?: string;
}

export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
  readonly code: ErrorCode;
  readonly family: ErrorFamily;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.family = CODE_FAMILIES[code];
    this.details = details;
  }

  /**
   * True when `e` is a ProtocolError, optionally with the given code. Checks name and code rather
   * than `instanceof` only, so two copies of parley in one process still recognise each other.
   */
  static is(e: unknown, code?: ErrorCode): e is ProtocolError {
    if (typeof e !== 'object' || e === null) return false;
    const candidate = e as { name?: unknown; code?: unknown };
    if (candidate.name !== 'ProtocolError' || typeof candidate.code !== 'string') return false;
    if (!(candidate.code in CODE_FAMILIES)) return false;
    return code === undefined || candidate.code === code;
  }

  static familyOf(code: ErrorCode): ErrorFamily {
    return CODE_FAMILIES[code];
  }
}

/** Wraps anything a store threw or rejected with, so nothing raw escapes the library. */
export async function callStore<T>(operation: string, run: () => Promise<T> | T): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (ProtocolError.is(e)) throw e;
    throw new ProtocolError('StoreFailure', `store operation ${operation} failed`, { operation }, { cause: e });
  }
}
