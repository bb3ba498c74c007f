// The output channel and the status-bar item against the `vscode` stand-in: what was loaded, entry counts, errors.
import { beforeEach, describe, expect, it } from 'vitest';
import { english } from '../core/translate.js';
import { Uri, fake, shown } from '../test-support/vscode-fake.js';
import { LexiconService } from './lexicon-service.js';
import { extensionHostKind, registerLoadStatus } from './load-status.js';

const team = JSON.stringify({ name: 'Team', acronyms: [{ id: 'acronym.team.drt', form: 'DRT', expansion: 'Drafting Review Team' }] });

describe('load status', () => {
  beforeEach(() => {
    fake.reset();
    shown.reset();
    fake.addFolder('/ws/a');
    fake.files.set('/ws/a/team.natolex.json', team);
    fake.files.set('/ws/a/broken.natolex.json', '{\n  "acronyms": [\n    { "id": "acronym.x", "form": "X" }\n  ]\n}\n');
  });

  it('reports the corpus, each glossary with its entries, and problems at file:line:col; the status bar counts them', async () => {
    const service = new LexiconService(english);
    const registration = registerLoadStatus(service, english);
    const [item] = shown.statusItems;
    expect(item).toMatchObject({ text: '$(sync~spin) natolex', command: 'natolex.lexicon.focus', visible: true });
    await service.ready;
    await new Promise((resolve) => setTimeout(resolve, 0));

    const bundled = service.bundled.concepts.length;
    const lines = shown.output.get('natolex')!.join('\n').split('\n');
    expect(lines[0]).toBe(`natolex in the node extension host; bundled corpus "NATO A–Z topics: U" version 0.1.0: ${bundled} entries`);
    expect(lines[1]).toBe(`a: ${bundled + 1} entries (${bundled} from the bundled corpus, 1 from 2 glossaries)`);
    expect(lines).toContain('  team.natolex.json: 1 entries');
    expect(lines).toContain('  broken.natolex.json: 0 entries, 1 entries left out for their errors');
    expect(lines.some((line) => line.startsWith('  broken.natolex.json:3:5: Entry not loaded'))).toBe(true);

    expect(item!.text).toBe(`$(warning) ${bundled} · 1 glossary errors`); // no editor open: the bundled corpus
    expect(item!.backgroundColor).toMatchObject({ id: 'statusBarItem.warningBackground' });
    const result = registration.showOutput();
    expect(result.host).toBe('node');
    expect(result.lines[0]).toMatch(/^a: /);
    registration.dispose();
    service.dispose();
  });

  it('says which host it runs in: no Node `process` means the web worker', () => {
    expect(extensionHostKind()).toBe('node');
    const saved = globalThis.process;
    try {
      // @ts-expect-error: the web worker's global scope has no process
      delete globalThis.process;
      expect(extensionHostKind()).toBe('web-worker');
    } finally {
      globalThis.process = saved;
    }
  });

  it('shows the active folder’s entries without a warning when every glossary loads', async () => {
    fake.files.delete('/ws/a/broken.natolex.json');
    const service = new LexiconService(english);
    registerLoadStatus(service, english);
    await service.ready;
    await new Promise((resolve) => setTimeout(resolve, 0));
    const entries = service.bundled.concepts.length;
    expect(shown.statusItems[0]).toMatchObject({ text: `$(book) ${entries}`, backgroundColor: undefined });
    void Uri;
    service.dispose();
  });
});
