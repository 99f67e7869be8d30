// parley's own session benchmarks (mitata, run via tsx: `npm run bench`).
// Setup is outside the timed closures; every result goes through do_not_optimize.
import { bench, do_not_optimize, group, run } from 'mitata';
import { processPreKeyBundle, type SessionCipher } from '../src/index.js';
import { createParty, type Party } from '../test/support/parties.js';

const payload = new Uint8Array(100).fill(7);

async function connectedPair(): Promise<{ alice: Party; bob: Party; a: SessionCipher; b: SessionCipher }> {
  const alice = await createParty('alice');
  const bob = await createParty('bob');
  await processPreKeyBundle(alice.store, bob.address, await bob.bundle());
  const a = alice.cipherFor(bob);
  const b = bob.cipherFor(alice);
  await b.decrypt(await a.encrypt(payload));
  await a.decrypt(await b.encrypt(payload));
  return { alice, bob, a, b };
}

const encryptOnly = await connectedPair();
const sameChain = await connectedPair();
const pingpong = await connectedPair();

group('session (pure @noble backend)', () => {
  bench('setup: bundle → first message decrypted', async function* () {
    yield {
      async [0]() {
        const alice = await createParty('alice');
        const bob = await createParty('bob');
        const bundle = await bob.bundle();
        return { alice, bob, bundle };
      },
      async bench(ctx: { alice: Party; bob: Party; bundle: Awaited<ReturnType<Party['bundle']>> }) {
        await processPreKeyBundle(ctx.alice.store, ctx.bob.address, ctx.bundle);
        const first = await ctx.alice.cipherFor(ctx.bob).encrypt(payload);
        do_not_optimize(await ctx.bob.cipherFor(ctx.alice).decrypt(first));
      },
    };
  });
  bench('encrypt 100 B (steady state)', async () => {
    do_not_optimize(await encryptOnly.a.encrypt(payload));
  });
  bench('encrypt + decrypt 100 B (same chain)', async () => {
    do_not_optimize(await sameChain.b.decrypt(await sameChain.a.encrypt(payload)));
  });
  bench('ping-pong: encrypt + decrypt with a DH ratchet step', async () => {
    do_not_optimize(await pingpong.b.decrypt(await pingpong.a.encrypt(payload)));
    do_not_optimize(await pingpong.a.decrypt(await pingpong.b.encrypt(payload)));
  });
});

await run();
