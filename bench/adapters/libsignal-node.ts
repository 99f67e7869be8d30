// npm `libsignal` 6.0.0 (WhiskeySockets libsignal-node, GPL-3.0), benchmarked against itself.
// Plain in-memory storage: live SessionRecord objects in a Map (no JSON round trip per message).
// Inputs are Buffers (it rejects Uint8Array); plaintexts are converted once, outside timing.
// It has no group (sender-key) API: group scenarios are absent.
import { createRequire } from 'node:module';
import type { Adapter, Conversation, Side } from './adapter.js';

const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports */
const libsignal: any = require('libsignal');
const version: string = (require('libsignal/package.json') as { version: string }).version;
/* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports */

interface NodeKeyPair {
  pubKey: Buffer;
  privKey: Buffer;
}

interface Encrypted {
  type: number;
  body: Buffer;
}

let counter = 0;

class NodeDevice {
  readonly name = `lsn-${++counter}`;
  readonly identity: NodeKeyPair = libsignal.keyhelper.generateIdentityKeyPair();
  readonly registrationId: number = libsignal.keyhelper.generateRegistrationId();
  readonly preKeys = new Map<number, NodeKeyPair>();
  readonly signedPreKeys = new Map<number, NodeKeyPair>();
  readonly sessions = new Map<string, unknown>();
  readonly identities = new Map<string, Buffer>();
  readonly storage: object;

  constructor() {
    const self = this;
    this.storage = {
      getOurIdentity: async () => self.identity,
      getOurRegistrationId: async () => self.registrationId,
      async isTrustedIdentity(id: string, key: Buffer) {
        const known = self.identities.get(id);
        if (known === undefined) {
          self.identities.set(id, key);
          return true;
        }
        return known.equals(key);
      },
      loadPreKey: async (id: number) => self.preKeys.get(id),
      removePreKey: async (id: number) => void self.preKeys.delete(id),
      loadSignedPreKey: async (id: number) => self.signedPreKeys.get(id),
      loadSession: async (id: string) => self.sessions.get(id),
      storeSession: async (id: string, record: unknown) => void self.sessions.set(id, record),
    };
  }

  address(): unknown {
    return new libsignal.ProtocolAddress(this.name, 1);
  }

  /** A bundle in libsignal-node's `device` shape (signed prekey signature made by curve25519-js). */
  bundle(): object {
    const signed = libsignal.keyhelper.generateSignedPreKey(this.identity, 1);
    this.signedPreKeys.set(1, signed.keyPair);
    const preKey = libsignal.keyhelper.generatePreKey(1);
    this.preKeys.set(1, preKey.keyPair);
    return {
      identityKey: this.identity.pubKey,
      registrationId: this.registrationId,
      signedPreKey: { keyId: 1, publicKey: signed.keyPair.pubKey, signature: signed.signature },
      preKey: { keyId: 1, publicKey: preKey.keyPair.pubKey },
    };
  }
}

async function decryptWith(cipher: { decryptPreKeyWhisperMessage(b: Buffer): Promise<Buffer>; decryptWhisperMessage(b: Buffer): Promise<Buffer> }, m: Encrypted): Promise<Uint8Array> {
  return m.type === 3 ? cipher.decryptPreKeyWhisperMessage(m.body) : cipher.decryptWhisperMessage(m.body);
}

export function libsignalNodeAdapter(): Adapter {
  return {
    impl: 'libsignal-node',
    library: `libsignal ${version} (libsignal-node)`,
    async prepareSetup(payload) {
      const alice = new NodeDevice();
      const bob = new NodeDevice();
      const bundle = bob.bundle();
      const plaintext = Buffer.from(payload);
      const bobAddress = bob.address();
      const aliceAddress = alice.address();
      return async () => {
        await new libsignal.SessionBuilder(alice.storage, bobAddress).initOutgoing(bundle);
        const first = (await new libsignal.SessionCipher(alice.storage, bobAddress).encrypt(plaintext)) as Encrypted;
        return decryptWith(new libsignal.SessionCipher(bob.storage, aliceAddress), first);
      };
    },
    async connect(): Promise<Conversation> {
      const a = new NodeDevice();
      const b = new NodeDevice();
      await new libsignal.SessionBuilder(a.storage, b.address()).initOutgoing(b.bundle());
      const toB = new libsignal.SessionCipher(a.storage, b.address());
      const toA = new libsignal.SessionCipher(b.storage, a.address());
      const hello = Buffer.alloc(16);
      await decryptWith(toA, await toB.encrypt(hello));
      await decryptWith(toB, await toA.encrypt(hello));
      await decryptWith(toA, await toB.encrypt(hello));
      return {
        plaintext: (bytes) => Buffer.from(bytes),
        encrypt: (from: Side, plaintext) => (from === 'a' ? toB : toA).encrypt(plaintext as Buffer),
        decrypt: (at: Side, message) => decryptWith(at === 'a' ? toB : toA, message as Encrypted),
        async recordBytes(side: Side) {
          const [self, other] = side === 'a' ? [a, b] : [b, a];
          const record = self.sessions.get(`${other.name}.1`) as { serialize(): unknown } | undefined;
          if (record === undefined) throw new Error('no session record');
          return Buffer.byteLength(JSON.stringify(record.serialize()));
        },
      };
    },
  };
}
