// A seeded random walk between parley and libsignal-node 6.0.0: sends, deliveries in random
// order, drops, duplicates and reorders, in the style of libsignal's `test_longer_sessions`.
// Replay one seed with: PARLEY_WALK_SEED=<n> npx vitest run test/interop/random-walk.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CiphertextMessage, DEFAULT_LIMITS, ProtocolError } from '../../src/index.js';
import { decodePreKeySignalMessage, decodeSignalMessage } from '../../src/wire/message-codec.js';
import {
  createPair,
  type Endpoint,
  type InitiatorKind,
  seededRandom,
  silenceLibsignalNodeLogs,
  str,
  text,
} from '../support/libsignal-node-peer.js';

const STEPS = 3_000;
/** Messages in flight per direction. */
const MAX_IN_FLIGHT = 50;
/**
 * A sender may run at most this many messages ahead of the newest one its peer has received:
 * libsignal-node refuses to derive more than 2,000 keys in one go ("Over 2000 messages into the
 * future!"), both within a chain and when it completes the previous chain up to previous_counter.
 */
const MAX_AHEAD = 1_500;
/** parley (like libsignal) keeps this many receiving chains; older chains' messages are undecryptable. */
const RECEIVER_CHAINS = DEFAULT_LIMITS.maxReceiverChains;
const MAX = DEFAULT_LIMITS.maxMessageBytes;

let restoreConsole: () => void;
beforeAll(() => {
  restoreConsole = silenceLibsignalNodeLogs();
});
afterAll(() => restoreConsole());

interface Flight {
  readonly message: CiphertextMessage;
  readonly plaintext: string;
  /** Index of the sender's ratchet key (its sending chain) in the order the sender used them. */
  readonly generation: number;
  /** Position in the sender's send order. */
  readonly seq: number;
}

/** One direction of the conversation: a sender, a receiver and the network between them. */
class Lane {
  readonly queue: Flight[] = [];
  readonly delivered: Flight[] = [];
  readonly ratchetKeys: string[] = [];
  nextSeq = 0;
  newestSeqDelivered = -1;
  newestGenerationDelivered = -1;
  canSend: boolean;
  readonly stats = { sent: 0, delivered: 0, dropped: 0, duplicates: 0, reordered: 0, staleRejected: 0 };
  readonly name: string;
  readonly sender: Endpoint;
  readonly receiver: Endpoint;

  constructor(name: string, sender: Endpoint, receiver: Endpoint, canSend: boolean) {
    this.name = name;
    this.sender = sender;
    this.receiver = receiver;
    this.canSend = canSend;
  }

  mayStillSend(): boolean {
    return this.canSend && this.queue.length < MAX_IN_FLIGHT && this.nextSeq - this.newestSeqDelivered <= MAX_AHEAD;
  }

  /**
   * Whether parley, as receiver, has already pruned this message's receiving chain: it keeps the
   * newest RECEIVER_CHAINS chains (MAX_RECEIVER_CHAINS in libsignal). libsignal-node never prunes.
   */
  isPruned(flight: Flight): boolean {
    return this.receiver.label === 'parley' && flight.generation <= this.newestGenerationDelivered - RECEIVER_CHAINS;
  }
}

function ratchetKeyOf(message: CiphertextMessage): string {
  const parsed = message.type === 'prekey' ? decodePreKeySignalMessage(message.body, MAX).message : decodeSignalMessage(message.body, MAX);
  return Buffer.from(parsed.ratchetKey).toString('hex');
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${value instanceof Uint8Array ? JSON.stringify(str(value)) : String(value)}`);
    },
    (e: unknown) => e,
  );
}

type Action = 'sendA' | 'sendB' | 'deliver' | 'drop' | 'duplicate' | 'reorder';
type Profile = 'balanced' | 'bursty' | 'lossy';
const PROFILES: Record<Profile, ReadonlyArray<[Action, number]>> = {
  balanced: [
    ['sendA', 3],
    ['sendB', 3],
    ['deliver', 5],
    ['drop', 0.6],
    ['duplicate', 0.6],
    ['reorder', 1],
  ],
  // Sends outpace deliveries: queues stay near the in-flight cap and arrive far out of order.
  bursty: [
    ['sendA', 5],
    ['sendB', 4],
    ['deliver', 6],
    ['drop', 0.5],
    ['duplicate', 0.5],
    ['reorder', 3],
  ],
  lossy: [
    ['sendA', 3],
    ['sendB', 3],
    ['deliver', 4],
    ['drop', 2],
    ['duplicate', 1],
    ['reorder', 1],
  ],
};

async function runWalk(seed: number, initiator: InitiatorKind, profile: Profile): Promise<Lane[]> {
  const rng = seededRandom(seed);
  const pair = await createPair(initiator, { withPreKey: rng.next() < 0.75, persistRecords: true });
  const ab = new Lane('A→B', pair.initiator, pair.responder, true);
  const ba = new Lane('B→A', pair.responder, pair.initiator, false);
  const reverse = (lane: Lane) => (lane === ab ? ba : ab);
  const lanes = [ab, ba];

  const send = async (lane: Lane) => {
    const seq = lane.nextSeq++;
    const plaintext = `seed ${seed} ${lane.name} #${seq} ${'~'.repeat(rng.int(48))}`;
    const message = await lane.sender.encrypt(text(plaintext));
    const key = ratchetKeyOf(message);
    if (lane.ratchetKeys.at(-1) !== key) {
      expect(lane.ratchetKeys.includes(key), `${lane.name} reused an old ratchet key`).toBe(false);
      lane.ratchetKeys.push(key);
    }
    lane.queue.push({ message, plaintext, generation: lane.ratchetKeys.length - 1, seq });
    lane.stats.sent++;
  };

  const deliver = async (lane: Lane, index: number) => {
    const [flight] = lane.queue.splice(index, 1);
    if (lane.isPruned(flight!)) {
      // Protocol limit, not a failure: the chain is gone, the message fails its MAC and changes nothing.
      const before = lane.receiver.snapshot();
      const error = await rejection(lane.receiver.decrypt(flight!.message));
      expect(ProtocolError.is(error, 'BadMac'), `pruned-chain message: expected BadMac, got ${String(error)}`).toBe(true);
      expect(lane.receiver.snapshot()).toBe(before);
      lane.stats.staleRejected++;
      return;
    }
    const plaintext = await lane.receiver.decrypt(flight!.message);
    expect(str(plaintext)).toBe(flight!.plaintext);
    lane.delivered.push(flight!);
    lane.stats.delivered++;
    lane.newestSeqDelivered = Math.max(lane.newestSeqDelivered, flight!.seq);
    lane.newestGenerationDelivered = Math.max(lane.newestGenerationDelivered, flight!.generation);
    reverse(lane).canSend = true;
  };

  const duplicate = async (lane: Lane) => {
    const flight = rng.pick(lane.delivered);
    const before = lane.receiver.snapshot();
    const error = await rejection(lane.receiver.decrypt(flight.message));
    if (lane.receiver.label === 'parley') {
      const expected = lane.isPruned(flight) ? 'BadMac' : 'DuplicateMessage';
      expect(ProtocolError.is(error, expected), `duplicate at parley: expected ${expected}, got ${String(error)}`).toBe(true);
    } else {
      // libsignal-node: MessageCounterError ("Key used already or never filled"), or SessionError
      // ("No matching sessions found for message") wrapping it for a SignalMessage.
      expect(error).toBeInstanceOf(Error);
      expect(['MessageCounterError', 'SessionError']).toContain((error as Error).name);
    }
    expect(lane.receiver.snapshot(), 'a rejected duplicate changed the receiver state').toBe(before);
    lane.stats.duplicates++;
  };

  const weights = PROFILES[profile];
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  const chooseAction = (): Action => {
    let r = rng.next() * total;
    for (const [action, w] of weights) {
      if ((r -= w) < 0) return action;
    }
    return 'deliver';
  };
  const lanesWhere = (predicate: (lane: Lane) => boolean) => lanes.filter(predicate);

  for (let step = 0; step < STEPS; ) {
    const action = chooseAction();
    const queued = lanesWhere((l) => l.queue.length > 0);
    let run: (() => Promise<void>) | undefined;
    switch (action) {
      case 'sendA':
      case 'sendB': {
        const lane = action === 'sendA' ? ab : ba;
        if (lane.mayStillSend()) run = () => send(lane);
        break;
      }
      case 'deliver':
        if (queued.length > 0) {
          const lane = rng.pick(queued);
          // Any queued message may go next; the head (oldest) is the most likely.
          const index = Math.floor(rng.next() ** 2 * lane.queue.length);
          run = () => deliver(lane, index);
        }
        break;
      case 'drop':
        if (queued.length > 0) {
          const lane = rng.pick(queued);
          const index = rng.int(lane.queue.length);
          run = async () => {
            lane.queue.splice(index, 1);
            lane.stats.dropped++;
          };
        }
        break;
      case 'duplicate': {
        const candidates = lanesWhere((l) => l.delivered.length > 0);
        if (candidates.length > 0) {
          const lane = rng.pick(candidates);
          run = () => duplicate(lane);
        }
        break;
      }
      case 'reorder': {
        const candidates = lanesWhere((l) => l.queue.length > 1);
        if (candidates.length > 0) {
          const lane = rng.pick(candidates);
          const [moved] = lane.queue.splice(rng.int(lane.queue.length), 1);
          lane.queue.splice(rng.int(lane.queue.length + 1), 0, moved!);
          lane.stats.reordered++;
          run = async () => undefined;
        }
        break;
      }
    }
    if (run === undefined) continue;
    try {
      await run();
    } catch (e) {
      throw new Error(`random walk seed=${seed} (0x${seed.toString(16)}) initiator=${initiator} profile=${profile} failed at step ${step} (${action}): ${(e as Error).message}`, { cause: e });
    }
    step++;
  }

  // Drain both networks (oldest first), then prove the two sides converged.
  try {
    while (ab.queue.length + ba.queue.length > 0) {
      for (const lane of lanes) if (lane.queue.length > 0) await deliver(lane, 0);
    }
    for (let i = 0; i < 3; i++) {
      for (const lane of lanes) {
        const plaintext = `seed ${seed} final ${lane.name} ${i}`;
        expect(str(await lane.receiver.decrypt(await lane.sender.encrypt(text(plaintext))))).toBe(plaintext);
      }
    }
  } catch (e) {
    throw new Error(`random walk seed=${seed} (0x${seed.toString(16)}) initiator=${initiator} profile=${profile} failed while draining: ${(e as Error).message}`, { cause: e });
  }
  return lanes;
}

const replay = process.env.PARLEY_WALK_SEED;
const WALKS: ReadonlyArray<[number, InitiatorKind, Profile]> =
  replay !== undefined
    ? (['parley', 'libsignal-node'] as const).flatMap((initiator) =>
        (Object.keys(PROFILES) as Profile[]).map((profile): [number, InitiatorKind, Profile] => [Number(replay), initiator, profile]),
      )
    : [
        [0x5eed_0001, 'parley', 'balanced'],
        [0x5eed_0002, 'libsignal-node', 'balanced'],
        [0x00c0_ffee, 'parley', 'bursty'],
        [0x0bad_cafe, 'libsignal-node', 'bursty'],
        [0x0005_1ced, 'parley', 'lossy'],
        [0x0dec_0de5, 'libsignal-node', 'lossy'],
      ];

describe('random walk between parley and libsignal-node', () => {
  it.each(WALKS)(
    `seed %i (%s initiates, %s): ${STEPS} steps of send / deliver / drop / duplicate / reorder; every delivered message decrypts (unless parley has pruned its chain: then BadMac, no change), every duplicate is rejected, and both sides converge`,
    async (seed, initiator, profile) => {
      const lanes = await runWalk(seed, initiator, profile);
      for (const lane of lanes) {
        const s = lane.stats;
        const where = `seed=${seed} ${lane.name} ${JSON.stringify(s)}`;
        // The walk really exercised what it claims to (with these weights the counts are far larger).
        expect(s.sent, where).toBeGreaterThan(200);
        expect(s.delivered, where).toBeGreaterThan(150);
        expect(s.dropped, where).toBeGreaterThan(10);
        expect(s.duplicates, where).toBeGreaterThan(10);
        expect(s.reordered, where).toBeGreaterThan(10);
        expect(lane.ratchetKeys.length, `${where}: DH ratchet steps`).toBeGreaterThan(20);
      }
    },
  );
});
