// index.ts must run where there is no Node (vscode.dev web workers, browsers): bundle it for the browser platform,
// which fails on any Node built-in import, and run the bundle in a bare context without require, process or Buffer.
import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

describe('browser build', () => {
  it('bundles without Node built-ins and validates in a context that has none', async () => {
    const output = await build({
      entryPoints: [new URL('./index.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'natolexSchema',
      write: false,
      logLevel: 'silent',
    });
    const code = output.outputFiles[0]?.text ?? '';
    const context: Record<string, unknown> = { text: '{\n  "concepts": [{ "id": "concept.x", "subjectField": "body" }]\n}' };
    runInNewContext(`${code}\nglobalThis.result = natolexSchema.validateLexiconText(text, 'g.json');`, context, { timeout: 10_000 });
    expect(context.require).toBeUndefined();
    expect(context.result).toEqual({
      valid: false,
      omitted: 0,
      errors: [
        { file: 'g.json', line: 2, column: 16, offset: 17, length: 1, pointer: '/concepts/0', keyword: 'required', message: "must have required property 'terms'" },
      ],
    });
  }, 30_000);

  it('decodes bytes with the Web APIs alone', async () => {
    const output = await build({ entryPoints: [new URL('./index.ts', import.meta.url).pathname], bundle: true, platform: 'browser', format: 'iife', globalName: 'natolexSchema', write: false, logLevel: 'silent' });
    const context: Record<string, unknown> = { TextDecoder, TextEncoder, bytes: new Uint8Array([0x7b, 0xff, 0x7d]) };
    runInNewContext(`${output.outputFiles[0]?.text ?? ''}\nglobalThis.result = natolexSchema.decodeJsonBytes(bytes, 'glossary').issue.message;`, context, { timeout: 10_000 });
    expect(context.result).toBe('glossary is not valid UTF-8 (byte 0xFF at offset 1); save it as UTF-8');
  }, 30_000);

  it('upgrades a schema 1 document with nothing but the language', async () => {
    const output = await build({ entryPoints: [new URL('./index.ts', import.meta.url).pathname], bundle: true, platform: 'browser', format: 'iife', globalName: 'natolexSchema', write: false, logLevel: 'silent' });
    const context: Record<string, unknown> = { v1: { sources: [{ id: 'source.s', type: 'webpage', title: 'S' }], acronyms: [{ id: 'acronym.x', form: 'X', expansion: 'Ex', variants: [{ form: 'x' }], provenance: [{ source: 'source.s', quote: 'Ex (X)' }] }] } };
    runInNewContext(`${output.outputFiles[0]?.text ?? ''}\nconst up = natolexSchema.upgradeLexicon(v1); globalThis.result = [natolexSchema.isLexiconV1(v1), natolexSchema.validateLexicon(up).valid, up.concepts[0].id];`, context, { timeout: 10_000 });
    expect(context.result).toEqual([true, true, 'concept.x']);
  }, 30_000);
});
