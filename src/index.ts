export { ProtocolAddress } from './address.js';
export { constantTimeEqual, fromHex, toHex } from './bytes.js';
export type { ProtocolOptions } from './config.js';
export { type Context, defaultContext } from './context.js';
export type { CryptoBackend } from './crypto/backend.js';
export { nobleCrypto } from './crypto/noble.js';
export { type ErrorCode, type ErrorDetails, type ErrorFamily, ProtocolError } from './errors.js';
export {
  type ContentOptions,
  decryptContent,
  decryptGroupContent,
  encryptContent,
  encryptGroupContent,
  openContent,
  sealContent,
} from './content/content-cipher.js';
export { type ContentLimits, DEFAULT_CONTENT_LIMITS } from './content/content-limits.js';
export * from './content/index-media.js';
export {
  createLanguagePack,
  DEFAULT_LANGUAGE_PACK_LIMITS,
  type LanguagePack,
  type LanguagePackButton,
  type LanguagePackData,
  type LanguagePackElement,
  type LanguagePackInput,
  type LanguagePackLimits,
  type LanguagePackOptions,
  type TemplateCategory,
  verifyLanguagePack,
} from './content/language-pack.js';
export {
  LANGUAGE_PACK_REFRESH_MS,
  LANGUAGE_PACK_RETRY_MS,
  LanguagePackCache,
  type LanguagePackCacheConfig,
  type LanguagePackCacheOptions,
  type PackClock,
  type PackFetcher,
  type PackScheduler,
} from './content/pack-cache.js';
export {
  packsNeeded,
  type PackLookup,
  type PackRef,
  type RenderOptions,
  type RenderResult,
  renderHsm,
  renderTemplate,
} from './content/render.js';
export { padRandom, unpad } from './content/padding.js';
export { selectTranslation, type TranslationChoice, type TranslationRule } from './content/translations.js';
export type * from './content/types.js';
export { validateContent } from './content/validate.js';
export { GroupCipher, type SenderKeyFormat } from './group/group-cipher.js';
export { type DistributionTracking, type FanOutResult, GroupSender } from './group/group-sender.js';
export { MAX_SENDER_KEY_STATES, SenderKeyRecord } from './group/sender-key-record.js';
export { type PreKeyBundle, verifyPreKeyBundle } from './handshake/prekey-bundle.js';
export {
  agree,
  generateKeyPair,
  isTorsionFreePublicKey,
  type KeyPair,
  keyPairFromPrivate,
  parsePublicKey,
  PUBLIC_KEY_LENGTH,
  serializePublicKey,
  sign,
  verify,
} from './keys/curve.js';
export {
  generateIdentityKeyPair,
  generatePreKeys,
  generateRegistrationId,
  generateSignedPreKey,
  type IdentityKeyPair,
  identityKeyPairFromPrivate,
  type PreKeyRecord,
  type SignedPreKeyRecord,
} from './keys/identity.js';
export { DEFAULT_LIMITS, type Limits, MAX_COUNTER } from './limits.js';
export { processPreKeyBundle } from './session/session-builder.js';
export { type CiphertextMessage, type CiphertextType, SessionCipher } from './session/session-cipher.js';
export { SessionRecord } from './session/session-record.js';
export type {
  Direction,
  IdentityKeyStore,
  PreKeyStore,
  ProtocolStore,
  SenderKeyStore,
  SessionStore,
  SignedPreKeyStore,
} from './stores/store-interfaces.js';
export { MESSAGE_VERSION, VERSION_BYTE } from './wire/message-codec.js';
export {
  decodeIdentityKeyPair,
  decodePreKeyRecord,
  decodeSignedPreKeyRecord,
  encodeIdentityKeyPair,
  encodePreKeyRecord,
  encodeSignedPreKeyRecord,
} from './wire/storage-codec.js';
export * from './business/index.js';
export * from './gateway/index.js';
export * from './gateway/envelope.js';
