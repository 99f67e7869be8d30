// The per-business badge state machine (src/business/badge.ts): every state and transition, the
// retry schedule on an injected clock, replays, and the JSON-safe state.
import { describe, expect, it } from 'vitest';
import {
  type BadgeEnvironment,
  type BadgeEvent,
  type BadgeInput,
  type BadgeState,
  badgeView,
  initialBadgeState,
  isBadgeIdentity,
  isFetchDue,
  MAX_KNOWN_SERIALS,
  OTHER_ERROR_RETRY_MS,
  parseBadgeState,
  ProtocolError,
  SERVER_ERROR_RETRY_MS,
  updateBadge,
} from '../../src/index.js';
import { DAY, NOW, type World, world } from './helpers.js';

function machine(w: World, envExtra: Partial<BadgeEnvironment> = {}) {
  let state: BadgeState = initialBadgeState();
  let env: BadgeEnvironment = { trustStore: w.trustStore, context: w.context, ...envExtra };
  return {
    get state() {
      return state;
    },
    set state(s: BadgeState) {
      state = s;
    },
    setEnv(patch: Partial<BadgeEnvironment>) {
      env = { ...env, ...patch };
    },
    apply(input: BadgeInput): readonly BadgeEvent[] {
      const t = updateBadge(state, input, env);
      state = t.state;
      return t.events;
    },
    cert(certificate: Uint8Array, key: Uint8Array | undefined = w.business.publicKey) {
      return this.apply({ type: 'certificate', certificate, remoteIdentityKey: key });
    },
    view(locale?: { lg: string; lc?: string }) {
      return badgeView(state, locale);
    },
  };
}

const types = (events: readonly BadgeEvent[]) => events.map((e) => e.type);

describe('badge: from none', () => {
  it('none → verified on a certificate that verifies', () => {
    const w = world();
    const m = machine(w);
    expect(m.view()).toEqual({ status: 'none', official: false });
    const events = m.cert(w.issue({ localizedNames: [{ lg: 'pt', verifiedName: 'Padaria Acme' }] }));
    expect(events).toEqual([{ type: 'status-changed', from: 'none', to: 'verified' }]);
    expect(m.view()).toEqual({ status: 'verified', badge: '✅', name: 'Acme Bakery', level: 'high', official: false });
    expect(m.view({ lg: 'pt', lc: 'BR' }).name).toBe('Padaria Acme');
    expect(isBadgeIdentity(m.state, w.business.publicKey)).toBe(true);
  });

  it('none → pending when no identity key is known yet, then → verified once it is', () => {
    const w = world();
    const m = machine(w);
    const cert = w.issue();
    const events = m.apply({ type: 'certificate', certificate: cert, remoteIdentityKey: undefined });
    expect(events).toEqual([
      { type: 'certificate-rejected', reason: 'verification-failed', status: 'pending', reasons: ['identity-key-unknown'] },
      { type: 'status-changed', from: 'none', to: 'pending' },
    ]);
    expect(m.view().badge).toBeUndefined();
    expect(types(m.cert(cert))).toEqual(['status-changed']);
    expect(m.view().status).toBe('verified');
  });

  it('none → unverified on a certificate that does not verify', () => {
    const w = world();
    const m = machine(w);
    const forged = w.issue({}, { name: 'ent:wa', keyPair: w.identity() });
    expect(m.cert(forged)).toEqual([
      { type: 'certificate-rejected', reason: 'verification-failed', status: 'invalid', reasons: ['server-signature-invalid'] },
      { type: 'status-changed', from: 'none', to: 'unverified' },
    ]);
    expect(m.view()).toEqual({ status: 'unverified', official: false });
  });

  it('none → revoked / expired on an authentic certificate that is revoked / expired', () => {
    const w = world();
    const revokedMachine = machine(w, { trustStore: { ...w.trustStore, revocationLists: [w.revoke([1001n])] } });
    revokedMachine.cert(w.issue());
    expect(revokedMachine.view()).toEqual({ status: 'revoked', official: false });
    const expiredMachine = machine(w, { now: NOW + 400 * DAY });
    expiredMachine.cert(w.issue());
    expect(expiredMachine.view().status).toBe('expired');
  });
});

describe('badge: from verified', () => {
  it('the same certificate again changes nothing', () => {
    const w = world();
    const m = machine(w);
    const cert = w.issue();
    m.cert(cert);
    const before = m.state;
    expect(m.cert(cert)).toEqual([]);
    expect(m.state).toEqual(before);
  });

  it('identity-key change → pending, level high → low, certificate dropped, fetch due now', () => {
    const w = world();
    const m = machine(w);
    m.cert(w.issue());
    const newKey = w.identity();
    const events = m.apply({ type: 'identity-changed', remoteIdentityKey: newKey.publicKey });
    expect(events).toEqual([
      { type: 'identity-changed' },
      { type: 'status-changed', from: 'verified', to: 'pending' },
      { type: 'level-changed', from: 'high', to: 'low' },
      { type: 'fetch-scheduled', atMs: NOW, cause: 'identity-changed' },
    ]);
    expect(m.view()).toEqual({ status: 'pending', level: 'low', official: false, nextFetchAtMs: NOW });
    expect(m.state.certificate).toBeUndefined();
    expect(isFetchDue(m.state, NOW)).toBe(true);
    expect(isBadgeIdentity(m.state, newKey.publicKey)).toBe(true);
  });

  it('a certificate given with a different identity key applies the key change first', () => {
    const w = world();
    const m = machine(w);
    const oldCert = w.issue();
    m.cert(oldCert);
    const newKey = w.identity();
    const events = m.cert(oldCert, newKey.publicKey);
    expect(types(events)).toEqual(['identity-changed', 'status-changed', 'level-changed', 'fetch-scheduled', 'certificate-rejected', 'fetch-scheduled']);
    expect(events[4]).toMatchObject({ reason: 'verification-failed', reasons: ['business-signature-invalid'] });
    // The certificate was rejected while a fetch was due: the next attempt waits 24 hours.
    expect(events[5]).toEqual({ type: 'fetch-scheduled', atMs: NOW + OTHER_ERROR_RETRY_MS, cause: 'certificate-rejected' });
    expect(m.view().status).toBe('pending');
  });

  it('a new serial with a new name raises a visible name-changed event', () => {
    const w = world();
    const m = machine(w);
    m.cert(w.issue({ serial: 1n, verifiedName: 'Acme Bakery' }));
    w.context.advance(1000);
    const events = m.cert(w.issue({ serial: 2n, verifiedName: 'Acme Bread Company' }));
    expect(events).toEqual([{ type: 'name-changed', from: 'Acme Bakery', to: 'Acme Bread Company', serial: '2' }]);
    expect(m.view().name).toBe('Acme Bread Company');
  });

  it('a new serial with the same name (renewal) raises no name event; a level change does', () => {
    const w = world();
    const m = machine(w);
    m.cert(w.issue({ serial: 1n, level: 'low' }));
    expect(m.cert(w.issue({ serial: 2n, level: 'high' }))).toEqual([{ type: 'level-changed', from: 'low', to: 'high' }]);
  });

  it('a known serial with a different name is rejected, the badge stays', () => {
    const w = world();
    const m = machine(w);
    m.cert(w.issue({ serial: 1n, verifiedName: 'Acme Bakery' }));
    const events = m.cert(w.issue({ serial: 1n, verifiedName: 'Acme Bank' }));
    expect(events).toEqual([{ type: 'certificate-rejected', reason: 'serial-name-mismatch', status: 'verified', reasons: [] }]);
    expect(m.view()).toMatchObject({ status: 'verified', badge: '✅', name: 'Acme Bakery' });
  });

  it('an old certificate replayed after a name change is rejected as stale', () => {
    const w = world();
    const m = machine(w);
    const old = w.issue({ serial: 1n, verifiedName: 'Acme Bakery' });
    m.cert(old);
    w.context.advance(60_000);
    m.cert(w.issue({ serial: 2n, verifiedName: 'Acme Bread Company' }));
    expect(m.cert(old)).toEqual([{ type: 'certificate-rejected', reason: 'stale-certificate', status: 'verified', reasons: [] }]);
    expect(m.view().name).toBe('Acme Bread Company');
  });

  it('a certificate that does not verify never takes the badge away', () => {
    const w = world();
    const m = machine(w);
    m.cert(w.issue());
    for (const bad of [Uint8Array.of(1, 2, 3), w.issue({ serial: 5n }, { name: 'ent:wa', keyPair: w.identity() }), w.issue({ serial: 6n }, w.issuer, w.identity())]) {
      const events = m.cert(bad);
      expect(types(events)).toEqual(['certificate-rejected']);
      expect(m.view()).toMatchObject({ status: 'verified', badge: '✅' });
    }
  });

  it('recheck after expiry → expired, with a fetch due; a new certificate → verified again', () => {
    const w = world();
    const m = machine(w);
    m.cert(w.issue({ serial: 1n, expiresAtMs: NOW + DAY }));
    expect(m.apply({ type: 'recheck' })).toEqual([]);
    w.context.advance(DAY);
    expect(m.apply({ type: 'recheck' })).toEqual([
      { type: 'status-changed', from: 'verified', to: 'expired' },
      { type: 'fetch-scheduled', atMs: NOW + DAY, cause: 'certificate-ended' },
    ]);
    expect(m.view()).toEqual({ status: 'expired', official: false, nextFetchAtMs: NOW + DAY });
    expect(m.apply({ type: 'recheck' })).toEqual([]);
    expect(m.cert(w.issue({ serial: 2n, expiresAtMs: NOW + 30 * DAY }))).toEqual([{ type: 'status-changed', from: 'expired', to: 'verified' }]);
    expect(m.state.nextFetchAtMs).toBeUndefined();
  });

  it('recheck with a new revocation list → revoked; a new certificate → verified again', () => {
    const w = world();
    const m = machine(w);
    m.cert(w.issue({ serial: 1n }));
    m.setEnv({ trustStore: { ...w.trustStore, revocationLists: [w.revoke([1n])] } });
    expect(types(m.apply({ type: 'recheck' }))).toEqual(['status-changed', 'fetch-scheduled']);
    expect(m.view().status).toBe('revoked');
    // The revoked certificate replayed does not bring the badge back (and, as a fetch was due, the next waits 24 hours).
    expect(types(m.cert(w.issue({ serial: 1n })))).toEqual(['certificate-rejected', 'fetch-scheduled']);
    expect(m.state.nextFetchAtMs).toBe(NOW + OTHER_ERROR_RETRY_MS);
    w.context.advance(1000);
    m.cert(w.issue({ serial: 2n }));
    expect(m.view()).toMatchObject({ status: 'verified', badge: '✅' });
  });

  it('revocation is remembered: a later trust store without the list does not bring the badge back', () => {
    const w = world();
    const m = machine(w);
    const cert = w.issue({ serial: 1n });
    m.cert(cert);
    m.setEnv({ trustStore: { ...w.trustStore, revocationLists: [w.revoke([1n])] } });
    m.apply({ type: 'recheck' });
    expect(m.view().status).toBe('revoked');
    expect(m.state.knownSerials).toEqual([{ issuer: 'ent:wa', serial: '1', verifiedName: 'Acme Bakery', issueTimeSeconds: NOW / 1000, revoked: true }]);
    m.setEnv({ trustStore: w.trustStore }); // the list is gone (cache evicted, fetch failed…)
    expect(m.apply({ type: 'recheck' })).toEqual([]);
    expect(m.view().status).toBe('revoked');
    const events = m.cert(cert); // replayed, and it verifies on its own now
    expect(events[0]).toEqual({ type: 'certificate-rejected', reason: 'revoked-serial', status: 'verified', reasons: [] });
    expect(m.view().status).toBe('revoked');
    expect(parseBadgeState(JSON.parse(JSON.stringify(m.state)))).toEqual(m.state);
  });

  it('the accepted serial arriving again, now revoked, moves to revoked directly', () => {
    const w = world();
    const m = machine(w);
    const cert = w.issue({ serial: 1n });
    m.cert(cert);
    m.setEnv({ trustStore: { ...w.trustStore, revocationLists: [w.revoke([1n])] } });
    expect(types(m.cert(cert))).toEqual(['status-changed', 'fetch-scheduled']);
    expect(m.view().status).toBe('revoked');
  });

  it('recheck after the issuer is unpinned → unverified, certificate forgotten', () => {
    const w = world();
    const m = machine(w);
    m.cert(w.issue());
    m.setEnv({ trustStore: { ...w.trustStore, issuers: { 'root:parley': w.trustStore.issuers['root:parley']! } } });
    expect(m.apply({ type: 'recheck' })).toEqual([{ type: 'status-changed', from: 'verified', to: 'unverified' }]);
    expect(m.state.certificate).toBeUndefined();
    expect(m.apply({ type: 'recheck' })).toEqual([]);
  });
});

describe('badge: from pending', () => {
  function pendingAfterKeyChange() {
    const w = world();
    const m = machine(w);
    m.cert(w.issue({ serial: 1n, verifiedName: 'Acme Bakery' }));
    const newKey = w.identity();
    m.apply({ type: 'identity-changed', remoteIdentityKey: newKey.publicKey });
    return { w, m, newKey };
  }

  it('the old certificate (old key) is rejected; pending stays', () => {
    const { w, m, newKey } = pendingAfterKeyChange();
    const old = w.issue({ serial: 1n });
    expect(types(m.cert(old, newKey.publicKey))).toEqual(['certificate-rejected', 'fetch-scheduled']);
    expect(m.view()).toMatchObject({ status: 'pending', level: 'low' });
  });

  it('the same details re-signed by the new key → verified, level back to high, no name event', () => {
    const { w, m, newKey } = pendingAfterKeyChange();
    const events = m.cert(w.issue({ serial: 1n, verifiedName: 'Acme Bakery' }, w.issuer, newKey), newKey.publicKey);
    expect(events).toEqual([
      { type: 'status-changed', from: 'pending', to: 'verified' },
      { type: 'level-changed', from: 'low', to: 'high' },
    ]);
    expect(m.state.nextFetchAtMs).toBeUndefined();
  });

  it('a new certificate with a new name → verified with name-changed', () => {
    const { w, m, newKey } = pendingAfterKeyChange();
    w.context.advance(1000);
    const events = m.cert(w.issue({ serial: 2n, verifiedName: 'Acme Breads' }, w.issuer, newKey), newKey.publicKey);
    expect(events).toContainEqual({ type: 'name-changed', from: 'Acme Bakery', to: 'Acme Breads', serial: '2' });
    expect(m.view()).toMatchObject({ status: 'verified', name: 'Acme Breads' });
  });

  it('a second key change while pending stays pending and schedules another fetch', () => {
    const { w, m } = pendingAfterKeyChange();
    w.context.advance(5000);
    const events = m.apply({ type: 'identity-changed', remoteIdentityKey: w.identity().publicKey });
    expect(events).toEqual([{ type: 'identity-changed' }, { type: 'fetch-scheduled', atMs: NOW + 5000, cause: 'identity-changed' }]);
    expect(m.view().level).toBe('low');
  });

  it('recheck while pending does nothing', () => {
    const { m } = pendingAfterKeyChange();
    expect(m.apply({ type: 'recheck' })).toEqual([]);
  });
});

describe('badge: from unverified, revoked and expired', () => {
  it('unverified stays unverified on another bad certificate, → verified on a good one', () => {
    const w = world();
    const m = machine(w);
    m.cert(Uint8Array.of(9));
    expect(types(m.cert(Uint8Array.of(8)))).toEqual(['certificate-rejected']);
    expect(m.view().status).toBe('unverified');
    expect(types(m.cert(w.issue()))).toEqual(['status-changed']);
    expect(m.view().status).toBe('verified');
  });

  it('an identity-key change outside verified/pending keeps the status and schedules nothing', () => {
    const w = world();
    const m = machine(w);
    m.cert(Uint8Array.of(9));
    expect(m.apply({ type: 'identity-changed', remoteIdentityKey: w.identity().publicKey })).toEqual([{ type: 'identity-changed' }]);
    expect(m.view().status).toBe('unverified');
    // From none, the first key is just recorded.
    const fresh = machine(w);
    expect(fresh.apply({ type: 'identity-changed', remoteIdentityKey: w.business.publicKey })).toEqual([]);
    expect(fresh.apply({ type: 'identity-changed', remoteIdentityKey: w.business.publicKey })).toEqual([]);
    expect(fresh.view().status).toBe('none');
  });

  it('revoked → verified, expired → verified on a new certificate (covered above); revoked stays on a bad one', () => {
    const w = world();
    const m = machine(w, { trustStore: { ...w.trustStore, revocationLists: [w.revoke([1n])] } });
    m.cert(w.issue({ serial: 1n }));
    expect(m.view().status).toBe('revoked');
    expect(types(m.cert(Uint8Array.of(1)))).toEqual(['certificate-rejected']);
    expect(m.view().status).toBe('revoked');
  });
});

describe('badge: failed fetches and the retry schedule', () => {
  it('retries 10 minutes after a server error, 24 hours after any other failure', () => {
    const w = world();
    const m = machine(w);
    expect(m.apply({ type: 'fetch-failed', httpStatus: 503 })).toEqual([{ type: 'fetch-scheduled', atMs: NOW + SERVER_ERROR_RETRY_MS, cause: 'server-error' }]);
    expect(SERVER_ERROR_RETRY_MS).toBe(10 * 60 * 1000);
    expect(m.view().nextFetchAtMs).toBe(NOW + 10 * 60 * 1000);
    expect(isFetchDue(m.state, NOW + 10 * 60 * 1000 - 1)).toBe(false);
    w.context.advance(10 * 60 * 1000);
    expect(isFetchDue(m.state, w.context.now())).toBe(true);
    expect(m.apply({ type: 'fetch-failed', httpStatus: 500 })[0]).toMatchObject({ atMs: w.context.now() + SERVER_ERROR_RETRY_MS });
    expect(m.apply({ type: 'fetch-failed', httpStatus: 404 })).toEqual([
      { type: 'fetch-scheduled', atMs: w.context.now() + OTHER_ERROR_RETRY_MS, cause: 'other-error' },
    ]);
    expect(OTHER_ERROR_RETRY_MS).toBe(24 * 60 * 60 * 1000);
    expect(m.apply({ type: 'fetch-failed', httpStatus: 0 })[0]).toMatchObject({ cause: 'other-error' });
    expect(m.apply({ type: 'fetch-failed', httpStatus: 499 })[0]).toMatchObject({ cause: 'other-error' });
    expect(m.state.failedFetches).toBe(5);
    expect(m.view().status).toBe('none');
  });

  it('a verified certificate clears the schedule and the failure count', () => {
    const w = world();
    const m = machine(w);
    m.cert(w.issue());
    m.apply({ type: 'identity-changed', remoteIdentityKey: w.identity().publicKey });
    m.apply({ type: 'fetch-failed', httpStatus: 502 });
    expect(m.state).toMatchObject({ status: 'pending', failedFetches: 1, nextFetchAtMs: NOW + SERVER_ERROR_RETRY_MS });
    m.cert(w.issue({ serial: 1001n }, w.issuer, w.business), w.business.publicKey); // the old key came back
    expect(m.state.failedFetches).toBe(0);
    expect(m.state.nextFetchAtMs).toBeUndefined();
    expect(m.view().status).toBe('verified');
  });

  it('rejects an impossible HTTP status or input type', () => {
    const w = world();
    const m = machine(w);
    expect(() => m.apply({ type: 'fetch-failed', httpStatus: 1.5 })).toThrow(ProtocolError);
    expect(() => m.apply({ type: 'fetch-failed', httpStatus: -1 })).toThrow(ProtocolError);
    expect(() => m.apply({ type: 'nope' } as never)).toThrow(ProtocolError);
    expect(() => m.apply({ type: 'identity-changed', remoteIdentityKey: new Uint8Array(32) })).toThrow(ProtocolError);
    expect(() => m.apply({ type: 'certificate', certificate: w.issue(), remoteIdentityKey: new Uint8Array(33) })).toThrow(ProtocolError);
    expect(() => m.apply({ type: 'certificate', certificate: 'x' as never, remoteIdentityKey: undefined })).toThrow(ProtocolError);
  });
});

describe('badge: state', () => {
  it('is JSON-safe: a stored and reloaded state continues identically', () => {
    const w = world();
    const m = machine(w);
    m.cert(w.issue({ serial: (1n << 64n) - 1n, localizedNames: [{ lg: 'pt', lc: 'BR', verifiedName: 'Padaria Acme' }] }));
    m.apply({ type: 'fetch-failed', httpStatus: 500 });
    const json = JSON.stringify(m.state);
    const reloaded = parseBadgeState(JSON.parse(json));
    expect(reloaded).toEqual(m.state);
    expect(reloaded.certificate?.serial).toBe('18446744073709551615');
    const copy = machine(w);
    copy.state = reloaded;
    const newKey = w.identity();
    expect(copy.apply({ type: 'identity-changed', remoteIdentityKey: newKey.publicKey })).toEqual(
      m.apply({ type: 'identity-changed', remoteIdentityKey: newKey.publicKey }),
    );
    expect(copy.state).toEqual(m.state);
  });

  it('updateBadge never modifies the state it is given', () => {
    const w = world();
    const start = initialBadgeState();
    const snapshot = JSON.stringify(start);
    const t = updateBadge(start, { type: 'certificate', certificate: w.issue(), remoteIdentityKey: w.business.publicKey }, { trustStore: w.trustStore, context: w.context });
    expect(JSON.stringify(start)).toBe(snapshot);
    expect(Object.isFrozen(t.state)).toBe(true);
  });

  it('parseBadgeState refuses malformed states', () => {
    const w = world();
    const good = updateBadge(initialBadgeState(), { type: 'certificate', certificate: w.issue(), remoteIdentityKey: w.business.publicKey }, { trustStore: w.trustStore, context: w.context }).state;
    const bad = (patch: object) => () => parseBadgeState({ ...JSON.parse(JSON.stringify(good)), ...patch });
    expect(bad({ formatVersion: 2 })).toThrow(ProtocolError);
    expect(bad({ status: 'great' })).toThrow(ProtocolError);
    expect(bad({ identityKey: 'zz' })).toThrow(ProtocolError);
    expect(bad({ certificate: undefined })).toThrow(ProtocolError); // verified needs a certificate
    expect(bad({ certificate: { ...good.certificate, serial: '0' } })).toThrow(ProtocolError);
    expect(bad({ knownSerials: [{ issuer: 'x' }] })).toThrow(ProtocolError);
    expect(bad({ failedFetches: -1 })).toThrow(ProtocolError);
    expect(() => parseBadgeState(null)).toThrow(ProtocolError);
  });

  it(`remembers at most ${MAX_KNOWN_SERIALS} serials, newest kept`, () => {
    const w = world();
    const m = machine(w);
    for (let i = 1; i <= MAX_KNOWN_SERIALS + 3; i++) m.cert(w.issue({ serial: BigInt(i) }));
    expect(m.state.knownSerials).toHaveLength(MAX_KNOWN_SERIALS);
    expect(m.state.knownSerials[0]?.serial).toBe('4');
    expect(m.state.knownSerials.at(-1)?.serial).toBe(String(MAX_KNOWN_SERIALS + 3));
  });

  it("the platform's own account shows as official", () => {
    const w = world();
    const m = machine(w);
    m.cert(w.issue({ verifiedName: 'Parley', officialPlatform: true }, w.root, w.business, { nameRules: { platformName: 'Parley' } }));
    expect(m.view()).toEqual({ status: 'verified', badge: '✅', name: 'Parley', level: 'high', official: true });
  });
});
