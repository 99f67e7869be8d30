// Regenerates the protobufjs static modules under src/wire/generated/ from proto/*.proto.
// The output is checked in; CI runs this and fails on any diff (scripts/check-generated.sh).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const protoDir = 'proto';
// An optional argument writes elsewhere (the freshness test regenerates into a temp folder).
const outDir = process.argv[2] ?? 'src/wire/generated';
const pbjs = join('node_modules', '.bin', 'pbjs');
const pbts = join('node_modules', '.bin', 'pbts');

for (const file of readdirSync(protoDir).filter((f) => f.endsWith('.proto')).sort()) {
  const name = basename(file, '.proto');
  const js = join(outDir, `${name}.js`);
  execFileSync(pbjs, [
    '-t', 'static-module', '-w', 'es6', '--es6', '--force-number',
    '--no-verify', '--no-convert', '--no-delimited', '--no-typeurl', '--no-service', '--no-create',
    '-r', `parley_${name}_v1`, '-o', js, join(protoDir, file),
  ], { stdio: 'inherit' });
  // Import the minimal runtime with an explicit extension so Node's ESM resolver accepts it.
  const code = readFileSync(js, 'utf8').replace(/from "protobufjs\/minimal"/g, 'from "protobufjs/minimal.js"');
  writeFileSync(js, code);
  const dts = join(outDir, `${name}.d.ts`);
  execFileSync(pbts, ['--no-comments', '-o', dts, js], { stdio: 'inherit' });
  // --force-number means no Long values; drop the CommonJS-style import that ESM typing rejects.
  writeFileSync(dts, readFileSync(dts, 'utf8').replace('import Long = require("long");\n', ''));
}
