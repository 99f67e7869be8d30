import { constantTimeEqual, bytesEqual } from '../bytes.js';
import type { ResolvedOptions } from '../config.js';
import { hmacOver } from '../crypto/backend.js';
import { ProtocolError } from '../errors.js';
import { agree, generateKeyPair } from '../keys/curve.js';
import { MAX_COUNTER } from '../limits.js';
import type { SessionState } from '../session/session-state.js';
import { encodeSignalMessageWithMacSlot, MAC_LENGTH, type ParsedSignalMessage } from '../wire/message-codec.js';
import { assertJumpWithinLimit, takeMessageKeySeed } from './chain.js';
import { chainStep, deriveMessageKeys, deriveRootStep } from './kdf.js';

/**
 * The Double Ratchet over one session state (PROTOCOL.md §4). Both functions work on a state the
 * caller has cloned and own it: on any throw the caller discards the clone, so the stored state
 * is never touched by a failed or forged message.
 */

function computeMac(env: ResolvedOptions, macKey: Uint8Array, senderIdentity: Uint8Array, receiverIdentity: Uint8Array, macInput: Uint8Array): Uint8Array {
  return hmacOver(env.crypto, macKey, [senderIdentity, receiverIdentity, macInput]).subarray(0, MAC_LENGTH);
}

/** Encrypts on the sending chain and advances it; returns the serialized SignalMessage. */
export function ratchetEncrypt(env: ResolvedOptions, state: SessionState, plaintext: Uint8Array): Uint8Array {
  const { crypto } = env;
  const chain = state.senderChain;
  const counter = chain.chainKey.index;
  if (counter >= MAX_COUNTER) {
    throw new ProtocolError('InvalidState', `sending chain exhausted: counter expected below ${MAX_COUNTER}, got ${counter}`, {
      counter,
      max: MAX_COUNTER - 1,
    });
  }
  const step = chainStep(crypto, chain.chainKey.key);
  const keys = deriveMessageKeys(crypto, step.seed);
  const ciphertext = crypto.aes256CbcEncrypt(keys.cipherKey, keys.iv, plaintext);
  const { message, macInput } = encodeSignalMessageWithMacSlot({
    ratchetKey: chain.ratchetKeyPair.publicKey,
    counter,
    previousCounter: state.previousCounter,
    ciphertext,
  });
  message.set(computeMac(env, keys.macKey, state.localIdentityKey, state.remoteIdentityKey, macInput), macInput.length);
  state.senderChain = {
    ratchetKeyPair: chain.ratchetKeyPair,
    chainKey: { key: step.next, index: counter + 1 },
  };
  return message;
}

/** Verifies and decrypts a SignalMessage, advancing the (cloned) state. */
export function ratchetDecrypt(env: ResolvedOptions, state: SessionState, message: ParsedSignalMessage): Uint8Array {
  const { crypto, limits } = env;
  if (message.counter >= MAX_COUNTER) {
    throw new ProtocolError('InvalidMessage', `counter expected below ${MAX_COUNTER}, got ${message.counter}`, {
      counter: message.counter,
      max: MAX_COUNTER - 1,
    });
  }
  let chainIndex = state.receiverChains.findIndex((c) => bytesEqual(c.ratchetPublic, message.ratchetKey));
  if (chainIndex < 0) {
    // A new ratchet key: bound the jump before paying for the DH step.
    assertJumpWithinLimit(message.counter, 0, limits.maxForwardJump);
    stepRatchet(env, state, message.ratchetKey);
    chainIndex = state.receiverChains.length - 1;
  }
  const chain = state.receiverChains[chainIndex]!;
  const { seed, chain: advanced } = takeMessageKeySeed(crypto, limits, chain, message.counter);
  const keys = deriveMessageKeys(crypto, seed);
  const expectedMac = computeMac(env, keys.macKey, state.remoteIdentityKey, state.localIdentityKey, message.macInput);
  if (!constantTimeEqual(expectedMac, message.mac)) {
    throw new ProtocolError('BadMac', 'message authentication failed');
  }
  let plaintext: Uint8Array;
  try {
    plaintext = crypto.aes256CbcDecrypt(keys.cipherKey, keys.iv, message.ciphertext);
  } catch (e) {
    // Authenticated but undecryptable: the sender is broken; report it as one generic error.
    throw new ProtocolError('InvalidMessage', 'authenticated message failed to decrypt', {}, { cause: e });
  }
  state.receiverChains[chainIndex] = advanced;
  return plaintext;
}

/** DH ratchet step on a new remote ratchet key (PROTOCOL.md §4.1). */
function stepRatchet(env: ResolvedOptions, state: SessionState, theirRatchetKey: Uint8Array): void {
  const { crypto, context, limits } = env;
  const receiving = deriveRootStep(crypto, state.rootKey, agree(crypto, state.senderChain.ratchetKeyPair.privateKey, theirRatchetKey, 'ratchetKey'));
  const ourNewRatchet = generateKeyPair(crypto, context);
  const sending = deriveRootStep(crypto, receiving.rootKey, agree(crypto, ourNewRatchet.privateKey, theirRatchetKey, 'ratchetKey'));
  state.previousCounter = Math.max(state.senderChain.chainKey.index - 1, 0);
  state.rootKey = sending.rootKey;
  state.senderChain = { ratchetKeyPair: ourNewRatchet, chainKey: { key: sending.chainKey, index: 0 } };
  state.receiverChains.push({ ratchetPublic: theirRatchetKey, chainKey: { key: receiving.chainKey, index: 0 }, skipped: new Map() });
  while (state.receiverChains.length > limits.maxReceiverChains) state.receiverChains.shift();
}
