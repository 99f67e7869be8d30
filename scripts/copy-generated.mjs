// tsc does not emit the generated protobufjs .js/.d.ts pairs (allowJs is off): copy them to dist.
import { cpSync } from 'node:fs';

cpSync('src/wire/generated', 'dist/wire/generated', { recursive: true });
