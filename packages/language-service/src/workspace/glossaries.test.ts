import { describe, expect, it } from 'vitest';
import type { WorkspaceHost } from './host.js';
import { glossaryUrisFor, isGlossaryUri, labelFor, loadFolderGlossaries, resolveInFolder } from './glossaries.js';

const FOLDER = 'file:///work/team';

/** A host over an in-memory folder. */
function memoryHost(files: Record<string, string>): WorkspaceHost & { reads: string[] } {
  const reads: string[] = [];
  const uri = (name: string) => `${FOLDER}/${name}`;
  return {
    reads,
    async readFile(target) {
      reads.push(target);
      const name = Object.keys(files).find((candidate) => uri(candidate) === target);
      if (name === undefined) throw new Error('ENOENT');
      return new TextEncoder().encode(files[name]);
    },
    async listFiles(folder, glob) {
      expect(glob).toBe('**/*.natolex.json');
      return Object.keys(files).filter((name) => name.endsWith('.natolex.json')).map((name) => `${folder}/${name}`);
    },
    async stat(target) {
      const name = Object.keys(files).find((candidate) => uri(candidate) === target);
      return name === undefined ? undefined : { size: new TextEncoder().encode(files[name]).length };
    },
  };
}

const team = JSON.stringify({ name: 'Team', acronyms: [{ id: 'acronym.twg', form: 'TWG', expansion: 'Team Writing Group' }] });

describe('glossaries of a folder', () => {
  it('resolves configured paths inside the folder only', () => {
    expect(resolveInFolder(FOLDER, 'terms/our glossary.json')).toBe(`${FOLDER}/terms/our%20glossary.json`);
    expect(resolveInFolder(FOLDER, 'a\\..\\b.json')).toBe(`${FOLDER}/b.json`);
    for (const outside of ['../x.json', 'a/../../x.json', '/etc/passwd', 'C:\\x.json', 'file:///etc/passwd', '', '.']) {
      expect(resolveInFolder(FOLDER, outside)).toBeUndefined();
    }
  });

  it('finds *.natolex.json files and configured paths, once each', async () => {
    const host = memoryHost({ 'g/team.natolex.json': team, 'terms.json': team });
    expect(await glossaryUrisFor(host, FOLDER, ['terms.json', './terms.json', '../elsewhere.json'])).toEqual([`${FOLDER}/g/team.natolex.json`, `${FOLDER}/terms.json`]);
    expect(isGlossaryUri(`${FOLDER}/terms.json`, FOLDER, ['terms.json'])).toBe(true);
    expect(isGlossaryUri(`${FOLDER}/draft.md`, FOLDER, ['terms.json'])).toBe(false);
    expect(labelFor(FOLDER, `${FOLDER}/a%20b.json`)).toBe('a b.json');
  });

  it('loads them editor-style: a broken or too large one is left out, the rest serve', async () => {
    const host = memoryHost({ 'team.natolex.json': team, 'broken.natolex.json': '{', 'huge.natolex.json': team.padEnd(5000) });
    const load = await loadFolderGlossaries(host, FOLDER, { limits: { maxGlossarySize: 1000 }, configured: ['missing.json'] });
    expect(load.lexicon?.expand('TWG')).toBe('Team Writing Group');
    expect(load.files.filter((f) => !f.valid).map((f) => f.file)).toEqual(['broken.natolex.json', 'huge.natolex.json']);
    expect(load.files.find((f) => f.file === 'huge.natolex.json')?.errors[0]?.message).toMatch(/more than the limit of 1000 bytes/);
    expect(host.reads).not.toContain(`${FOLDER}/huge.natolex.json`);
    expect(load.uris).toContain(`${FOLDER}/missing.json`);
  });

  it('prefers the text of an open editor over the file', async () => {
    const host = memoryHost({ 'team.natolex.json': '{' });
    const load = await loadFolderGlossaries(host, FOLDER, { openTexts: new Map([[`${FOLDER}/team.natolex.json`, team]]) });
    expect(load.lexicon?.expand('TWG')).toBe('Team Writing Group');
  });
});
