// natolex cite through the built binary: built-in styles, forms, exports and a CSL style file the test writes.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, natolex } from './run-cli.js';

let dir: string;
beforeAll(async () => {
  assertBuilt();
  dir = await mkdtemp(path.join(tmpdir(), 'natolex-cite-'));
  await writeFile(
    path.join(dir, 'house.csl'),
    `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><title>House style</title><id>house</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout suffix="."><group delimiter=" — "><text variable="title" text-case="uppercase"/><group delimiter=" "><label variable="locator" form="short"/><text variable="locator"/></group></group></layout></citation>
</style>
`,
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('natolex cite', () => {
  it('cites a passage as its page with the section as the locator (Chicago note by default)', () => {
    expect(natolex(['cite', 'snippet.un.p23'], dir)).toEqual({
      code: 0,
      stdout: 'North Atlantic Treaty Organization, “NATO’s Relations with the United Nations,” n.d., sec. “Disaster relief.”\n',
      stderr: '',
    });
  });

  it('--style apa --form citation, and the pandoc, bibtex and ris exports', () => {
    expect(natolex(['cite', 'snippet.un.p23', '--style', 'apa', '--form', 'citation'], dir).stdout).toBe('(North Atlantic Treaty Organization, n.d., Disaster relief section)\n');
    expect(natolex(['cite', 'snippet.un.p23', '--style', 'pandoc'], dir).stdout).toBe('[@nato-un, sec. {Disaster relief}]\n');
    expect(natolex(['cite', 'snippet.un.p23', '--style', 'bibtex'], dir).stdout).toMatch(/^@misc\{nato-un,\n/);
    expect(natolex(['cite', 'source.un', '--style', 'ris'], dir).stdout).toMatch(/^TY {2}- ELEC\nID {2}- nato-un\n[\s\S]*ER {2}- \n$/);
  });

  it('--style path/to/style.csl renders with that style', () => {
    expect(natolex(['cite', 'snippet.un.p23', '--style', 'house.csl'], dir)).toEqual({
      code: 0,
      stdout: 'NATO’S RELATIONS WITH THE UNITED NATIONS — sec. Disaster relief.\n',
      stderr: '',
    });
  });

  it('usage errors (exit 2) and lexicon errors (exit 1)', () => {
    expect(natolex(['cite', 'source.un', '--style', 'missing.csl'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('no such CSL style file') });
    expect(natolex(['cite', 'source.un', '--form', 'footnote'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--form footnote') });
    expect(natolex(['cite', 'snippet.unscr-1325.stub'], dir)).toMatchObject({ code: 1, stderr: expect.stringContaining('has moved') });
  });
});
