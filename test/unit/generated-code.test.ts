import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const generatedDir = 'src/wire/generated';

describe('checked-in protobuf code', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'parley-proto-'));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('is exactly what proto/*.proto generates', () => {
    execFileSync(process.execPath, ['scripts/proto-gen.mjs', fresh], { stdio: 'pipe' });
    const checkedIn = readdirSync(generatedDir).sort();
    expect(readdirSync(fresh).sort()).toEqual(checkedIn);
    for (const file of checkedIn) {
      expect(readFileSync(join(fresh, file), 'utf8'), `${file} is stale: run npm run proto:gen`).toBe(
        readFileSync(join(generatedDir, file), 'utf8'),
      );
    }
  }, 120_000);

  it('has a generated module for every .proto file', () => {
    const protos = readdirSync('proto').filter((f) => f.endsWith('.proto')).map((f) => f.replace(/\.proto$/, ''));
    for (const name of protos) expect(readdirSync(generatedDir)).toContain(`${name}.js`);
  });
});
