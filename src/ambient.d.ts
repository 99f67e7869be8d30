// The core targets any ES2022 runtime with WebCrypto randomness and TextEncoder; these are the
// only host APIs it uses (no node: modules, no Buffer).
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
