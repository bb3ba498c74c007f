// The import-boundary rule of the repository's eslint config (no-restricted-imports), run through eslint's Node API
// on deliberate violations at paths where they would live: each must be an error, and the allowed imports must not.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const eslint = new ESLint({ cwd: ROOT });

/** The no-restricted-imports messages eslint gives `code` as if it were the file at `file` (relative to the root). */
async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => `${m.severity === 2 ? 'error' : 'warn'}: ${m.message}`);
}

describe('import boundaries', () => {
  it('refuses vscode outside the extension adapter files', async () => {
    for (const file of ['packages/language-service/src/hover.ts', 'packages/vscode-ext/src/core/hover.ts', 'packages/cli/src/x.ts', 'packages/data/src/x.ts']) {
      expect(await restricted(file, "import * as vscode from 'vscode';\nexport const v = vscode;\n"), file).toEqual([expect.stringMatching(/^error: 'vscode' import is restricted/)]);
    }
    expect(await restricted('packages/vscode-ext/src/core/x.ts', "import type { Uri } from 'vscode';\nexport type U = Uri;\n")).toHaveLength(1);
  });

  it('allows vscode in providers, extension.ts and the extension tests', async () => {
    for (const file of ['packages/vscode-ext/src/providers/hover.ts', 'packages/vscode-ext/src/extension.ts', 'packages/vscode-ext/test/suite/hover.test.ts', 'packages/vscode-ext/src/test-support/vscode-fake.ts']) {
      expect(await restricted(file, "import * as vscode from 'vscode';\nexport const v = vscode;\n"), file).toEqual([]);
    }
  });

  it('refuses adapters in the core packages', async () => {
    for (const file of ['packages/schema/src/x.ts', 'packages/data/src/x.ts', 'packages/language-service/src/x.ts']) {
      for (const adapter of ['@natolex/cli', 'natolex', '@natolex/language-server', '@natolex/cli/config.schema.json']) {
        expect(await restricted(file, `export * from '${adapter}';\n`), `${file} ${adapter}`).toEqual([expect.stringMatching(/^error: .*Core packages/)]);
      }
    }
  });

  it('refuses adapters importing each other, and allows the core packages', async () => {
    expect(await restricted('packages/cli/src/x.ts', "export * from '@natolex/language-server';\n")).toEqual([expect.stringMatching(/Adapters must not import each other/)]);
    expect(await restricted('packages/vscode-ext/src/providers/x.ts', "export * from '@natolex/cli';\n")).toHaveLength(1);
    expect(await restricted('packages/language-server/src/server.ts', "export * from 'natolex';\n")).toHaveLength(1);
    expect(await restricted('packages/cli/src/x.ts', "export * from '@natolex/language-service';\nexport * from '@natolex/data';\n")).toEqual([]);
  });
});
