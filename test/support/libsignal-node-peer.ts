// A libsignal-node (npm `libsignal` 6.0.0, GPL-3.0) device, used only as a test oracle.
import { createRequire } from 'node:module';
import type { CiphertextMessage, PreKeyBundle } from '../../src/index.js';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const libsignal = require('libsignal') as any;

export interface NodeKeyPair {
  pubKey: Buffer;
  privKey: Buffer;
}

/** A libsignal-node device with an in-memory storage object in the shape it expects. */
export class LibsignalNodePeer {
  readonly name: string;
  readonly deviceId: number;
  readonly identity: NodeKeyPair;
  readonly registrationId: number;
  readonly preKeys = new Map<number, NodeKeyPair>();
  readonly signedPreKeys = new Map<number, { keyPair: NodeKeyPair; signature: Buffer }>();
  readonly sessions = new Map<string, any>();
  readonly identities = new Map<string, Buffer>();
  readonly storage: any;
  #nextPreKeyId = 100;

  constructor(name: string, deviceId = 1) {
    this.name = name;
    this.deviceId = deviceId;
    this.identity = libsignal.keyhelper.generateIdentityKeyPair();
    this.registrationId = libsignal.keyhelper.generateRegistrationId();
    const signed = libsignal.keyhelper.generateSignedPreKey(this.identity, 5);
    this.signedPreKeys.set(5, { keyPair: signed.keyPair, signature: signed.signature });
    const self = this;
    this.storage = {
      async getOurIdentity() {
        return self.identity;
      },
      async getOurRegistrationId() {
        return self.registrationId;
      },
      async isTrustedIdentity(id: string, key: Buffer) {
        const known = self.identities.get(id);
        if (known === undefined) {
          self.identities.set(id, key);
          return true;
        }
        return known.equals(key);
      },
      async loadPreKey(id: number) {
        return self.preKeys.get(id);
      },
      async removePreKey(id: number) {
        self.preKeys.delete(id);
      },
      async loadSignedPreKey(id: number) {
        return self.signedPreKeys.get(id)?.keyPair;
      },
      async loadSession(id: string) {
        return self.sessions.get(id);
      },
      async storeSession(id: string, record: any) {
        self.sessions.set(id, record);
      },
    };
  }

  address(): any {
    return new libsignal.ProtocolAddress(this.name, this.deviceId);
  }

  /** This device's bundle in parley's shape. */
  bundle(opts: { withPreKey?: boolean } = {}): PreKeyBundle {
    const signed = this.signedPreKeys.get(5)!;
    const base: PreKeyBundle = {
      registrationId: this.registrationId,
      deviceId: this.deviceId,
      identityKey: new Uint8Array(this.identity.pubKey),
      signedPreKey: { id: 5, publicKey: new Uint8Array(signed.keyPair.pubKey), signature: new Uint8Array(signed.signature) },
    };
    if (opts.withPreKey === false) return base;
    const id = this.#nextPreKeyId++;
    const preKey = libsignal.keyhelper.generatePreKey(id);
    this.preKeys.set(id, preKey.keyPair);
    return { ...base, preKey: { id, publicKey: new Uint8Array(preKey.keyPair.pubKey) } };
  }

  /** Starts a session towards a parley device from its bundle. */
  async processBundle(remote: { name: string; deviceId: number }, bundle: PreKeyBundle): Promise<void> {
    const device: any = {
      identityKey: Buffer.from(bundle.identityKey),
      registrationId: bundle.registrationId,
      signedPreKey: {
        keyId: bundle.signedPreKey.id,
        publicKey: Buffer.from(bundle.signedPreKey.publicKey),
        signature: Buffer.from(bundle.signedPreKey.signature),
      },
    };
    if (bundle.preKey !== undefined) device.preKey = { keyId: bundle.preKey.id, publicKey: Buffer.from(bundle.preKey.publicKey) };
    const builder = new libsignal.SessionBuilder(this.storage, new libsignal.ProtocolAddress(remote.name, remote.deviceId));
    await builder.initOutgoing(device);
  }

  cipher(remote: { name: string; deviceId: number }): any {
    return new libsignal.SessionCipher(this.storage, new libsignal.ProtocolAddress(remote.name, remote.deviceId));
  }

  async encrypt(remote: { name: string; deviceId: number }, plaintext: Uint8Array): Promise<CiphertextMessage> {
    const out = await this.cipher(remote).encrypt(Buffer.from(plaintext));
    return { type: out.type === 3 ? 'prekey' : 'message', body: new Uint8Array(out.body) };
  }

  async decrypt(remote: { name: string; deviceId: number }, message: CiphertextMessage): Promise<Uint8Array> {
    const cipher = this.cipher(remote);
    const body = Buffer.from(message.body);
    const out = message.type === 'prekey' ? await cipher.decryptPreKeyWhisperMessage(body) : await cipher.decryptWhisperMessage(body);
    return new Uint8Array(out);
  }
}
