// Activation against the built bundles (dist/extension.cjs with dist/engine.cjs, and the one-file web-worker build),
// with `vscode` the in-memory stand-in: activate() wires every contribution and loads no engine (no language service,
// no corpus); the engine starts on first use, or right after activation when an open draft or a glossary needs it.
// Needs the build (`npm run build -w natolex`; turbo builds before testing). bench/run.mjs measures how long it takes.
import { existsSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import * as vscode from './test-support/vscode-fake.js';
import { Position, Uri, fake, shown } from './test-support/vscode-fake.js';

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

interface Api {
  host: string;
  service: { ready: Promise<void> };
  testing: { engineStarted(): boolean };
}

/** Loads a CommonJS bundle of dist/ with `vscode` as the stand-in and dist/*.cjs loaded the same way; records the requires. */
function loadBundle(file: string, required: string[]): { activate(context: unknown): Api } {
  const path = new URL(file, dist);
  if (!existsSync(path)) throw new Error(`${path.pathname} is missing: build the extension first (npm run build -w natolex)`);
  const module = { exports: {} as Record<string, unknown> };
  const require = (name: string): unknown => {
    required.push(name);
    if (name === 'vscode') return vscode;
    const sibling = /^\.\/([\w-]+\.cjs)$/.exec(name);
    if (sibling) return loadBundle(new URL(sibling[1]!, path).pathname.slice(dist.pathname.length), required);
    throw new Error(`the bundle requires "${name}"`);
  };
  new Function('module', 'exports', 'require', readFileSync(path, 'utf8'))(module, module.exports, require);
  return module.exports as never;
}

function draft(path: string, text: string, languageId = 'markdown') {
  return { uri: Uri.file(path), languageId, version: 1, isClosed: false, isDirty: false, getText: () => text, lineAt: (line: number) => ({ text: text.split('\n')[line] ?? '' }) };
}

const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

for (const [host, file] of [
  ['Node', 'extension.cjs'],
  ['web-worker', 'web/extension.cjs'],
] as const) {
  describe(`activation (${host} bundle)`, () => {
    let required: string[];
    let context: { subscriptions: Array<{ dispose(): unknown }> };
    beforeEach(() => {
      fake.reset();
      shown.reset();
      vscode.workspace.textDocuments.length = 0;
      required = [];
      context = { subscriptions: [] };
    });
    const activate = () => loadBundle(file, required).activate(context);
    const deactivate = () => context.subscriptions.forEach((disposable) => disposable.dispose());

    it('wires every command, the providers, the passage documents and the Lexicon view, and loads no engine', async () => {
      const api = activate();
      expect([...shown.commands.keys()].sort()).toEqual(manifest.contributes.commands.map((command: { command: string }) => command.command).sort());
      expect(shown.providers.get('hover')).toHaveLength(1);
      expect(shown.providers.get('completion')![0]!.selector).toEqual([{ language: 'markdown' }, { language: 'plaintext' }]);
      expect(shown.providers.get('codeActions')).toHaveLength(2); // drafts and glossaries
      expect(shown.contentProviders.get('natolex')).toHaveLength(1);
      expect(shown.treeViews.has('natolex.lexicon')).toBe(true);
      await tick(); // nothing to check: no document, no folder
      expect(api.testing.engineStarted()).toBe(false);
      expect(fake.diagnostics.size).toBe(0); // no diagnostic collection: the engine makes them
      expect(new Set(required)).toEqual(new Set(['vscode']));
      deactivate();
    });

    it('loads the engine on the first hover, which answers from the bundled corpus', async () => {
      const api = activate();
      const line = 'The NUC met again.';
      const hover = (await (shown.providers.get('hover')![0]!.provider as { provideHover(document: unknown, position: Position): Promise<unknown> }).provideHover(draft('/d.md', line), new Position(0, line.indexOf('NUC') + 1))) as vscode.Hover;
      expect(api.testing.engineStarted()).toBe(true);
      expect(hover.contents[0]!.value).toMatch(/\*\*NUC\*\* — NATO\\-Ukraine Commission/); // Markdown-escaped
      if (host === 'Node') expect(required).toContain('./engine.cjs');
      deactivate();
    });

    it('starts the engine right after activation, not during it, when a draft is open, and checks it', async () => {
      vscode.workspace.textDocuments.push(draft('/ws/draft.md', 'The NUC met again.\n'));
      const api = activate();
      expect(api.testing.engineStarted()).toBe(false);
      await tick();
      expect(api.testing.engineStarted()).toBe(true);
      await tick();
      expect(fake.diagnostics.get('natolex')?.get(Uri.file('/ws/draft.md').toString())?.map((diagnostic) => diagnostic.code)).toContain('first-use');
      deactivate();
    });

    it('leaves documents of other languages alone, but checks a workspace with a glossary', async () => {
      vscode.workspace.textDocuments.push(draft('/ws/a/index.ts', 'const NUC = 1;', 'typescript'));
      fake.addFolder('/ws/a');
      let api = activate();
      await tick();
      expect(api.testing.engineStarted()).toBe(false);
      deactivate();

      fake.files.set('/ws/a/team.natolex.json', '{ "acronyms": [ }');
      api = activate();
      await tick();
      expect(api.testing.engineStarted()).toBe(true);
      await api.service.ready;
      expect(fake.diagnostics.get('natolex-glossaries')?.get(Uri.file('/ws/a/team.natolex.json').toString())?.[0]).toMatchObject({ code: 'syntax' });
      deactivate();
    });
  });
}

describe('the Node bundles', () => {
  it('split the wiring from the engine, and the VSIX ships every file they require', () => {
    const ignore = readFileSync(new URL('../.vscodeignore', import.meta.url), 'utf8');
    const thin = readFileSync(new URL('extension.cjs', dist), 'utf8');
    expect(thin.length).toBeLessThan(20_000); // the wiring alone: no language service, no corpus
    expect(thin).not.toContain('NATO-Ukraine Commission');
    for (const bundle of ['extension.cjs', 'engine.cjs']) {
      const text = readFileSync(new URL(bundle, dist), 'utf8');
      for (const [, sibling] of text.matchAll(/\brequire\("\.\/([^"]+)"\)/g)) expect(ignore, `${bundle} requires ${sibling}`).toContain(`!dist/${sibling}`);
    }
  });
});
