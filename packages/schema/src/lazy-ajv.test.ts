// ajv is loaded on the first validator, not on import (src/ajv.ts): checked on the built package as Node's ESM and
// CommonJS loaders and a browser bundler see it. `npm test` runs after the build (turbo: test depends on build).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const esmEntry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const cjsEntry = fileURLToPath(new URL('../dist/index.cjs', import.meta.url));
const invalid = '{"concepts":[{"id":"concept.x","subjectField":"body"}]}';

/** Runs `script` as an ES module in a fresh Node; it prints JSON. `ajvLoaded()` says whether any ajv file was required. */
function inNode(script: string): unknown {
  const prelude = `import { createRequire } from 'node:module';\nconst ajvLoaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => /[\\\\/]ajv(-formats)?[\\\\/]/.test(file));\n`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', prelude + script], { encoding: 'utf8', timeout: 60_000 });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as unknown;
}

describe('ajv is loaded on the first validation', () => {
  beforeAll(() => {
    if (!existsSync(esmEntry) || !existsSync(cjsEntry)) throw new Error('dist/ is missing: run `npm run build -w @natolex/schema` first');
  });

  it('not on import of the ESM entry, and then once a document is validated', () => {
    const script = `const schema = await import(${JSON.stringify(esmEntry)});
const before = ajvLoaded();
const message = schema.validateLexiconText(${JSON.stringify(invalid)}).errors[0].message;
console.log(JSON.stringify({ before, after: ajvLoaded(), message, names: Object.keys(schema).length }));`;
    expect(inNode(script)).toEqual({ before: false, after: true, message: "must have required property 'terms'", names: 25 });
  });

  it('not on require of the CommonJS entry; createAjv loads it', () => {
    const script = `const schema = createRequire(import.meta.url)(${JSON.stringify(cjsEntry)});
const before = ajvLoaded();
const compiled = typeof schema.createAjv().getSchema(schema.SCHEMA_ID);
console.log(JSON.stringify({ before, after: ajvLoaded(), compiled }));`;
    expect(inNode(script)).toEqual({ before: false, after: true, compiled: 'function' });
  });

  it('the ESM entry bundles for a web worker (ajv inlined) and validates there', async () => {
    const output = await build({ entryPoints: [esmEntry], bundle: true, platform: 'browser', format: 'iife', globalName: 'natolexSchema', write: false, logLevel: 'silent' });
    const code = output.outputFiles[0]?.text ?? '';
    const context: Record<string, unknown> = { text: invalid };
    runInNewContext(`${code}\nglobalThis.result = natolexSchema.validateLexiconText(text).errors.map((issue) => issue.message);`, context, { timeout: 10_000 });
    expect(context.result).toEqual(["must have required property 'terms'"]);
  }, 30_000);
});
