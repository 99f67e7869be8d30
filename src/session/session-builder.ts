import type { ProtocolAddress } from '../address.js';
import { type ProtocolOptions, resolveOptions } from '../config.js';
import { callStore, ProtocolError } from '../errors.js';
import { verifyPreKeyBundle, type PreKeyBundle } from '../handshake/prekey-bundle.js';
import { initiateSession } from '../handshake/x3dh.js';
import { mutexFor } from '../internal/keyed-mutex.js';
import { generateKeyPair } from '../keys/curve.js';
import type { ProtocolStore } from '../stores/store-interfaces.js';
import { SessionRecord } from './session-record.js';

/**
 * Starts a session with `address` from its prekey bundle (X3DH as initiator). The bundle's
 * signed-prekey signature and every key are checked before any DH or store write; an untrusted
 * identity is refused before anything is written. The new session becomes current and any
 * previous one is archived. Messages encrypted on it are PreKey messages until the peer replies.
 *
 * @throws ProtocolError BadSignature, InvalidKey, InvalidArgument, UntrustedIdentity, StoreFailure
 */
export async function processPreKeyBundle(
  store: ProtocolStore,
  address: ProtocolAddress,
  bundle: PreKeyBundle,
  options?: ProtocolOptions,
): Promise<void> {
  const env = resolveOptions(options);
  verifyPreKeyBundle(env.crypto, bundle);
  await mutexFor(store).run(address.toString(), async () => {
    const trusted = await callStore('isTrustedIdentity', () => store.isTrustedIdentity(address, bundle.identityKey, 'sending'));
    if (trusted !== true) {
      throw new ProtocolError('UntrustedIdentity', `identity key of ${address.toString()} is not trusted`, { address: address.toString() });
    }
    const ourIdentity = await callStore('getIdentityKeyPair', () => store.getIdentityKeyPair());
    const localRegistrationId = await callStore('getLocalRegistrationId', () => store.getLocalRegistrationId());
    const existing = await callStore('loadSession', () => store.loadSession(address));
    const baseKey = generateKeyPair(env.crypto, env.context);
    const state = initiateSession(env, {
      ourIdentity,
      ourBaseKey: baseKey,
      theirIdentityKey: bundle.identityKey,
      theirSignedPreKey: bundle.signedPreKey.publicKey,
      localRegistrationId,
      remoteRegistrationId: bundle.registrationId,
      ...(bundle.preKey === undefined ? {} : { theirOneTimePreKey: bundle.preKey.publicKey }),
    });
    state.pendingPreKey = {
      signedPreKeyId: bundle.signedPreKey.id,
      baseKey: baseKey.publicKey,
      createdAtMs: env.context.now(),
      ...(bundle.preKey === undefined ? {} : { preKeyId: bundle.preKey.id }),
    };
    const record = (existing ?? SessionRecord.empty()).withNewCurrent(state, env.limits.maxArchivedStates);
    await callStore('saveIdentity', () => store.saveIdentity(address, bundle.identityKey));
    await callStore('storeSession', () => store.storeSession(address, record));
  });
}
