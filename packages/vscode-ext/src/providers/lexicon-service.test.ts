// The glossary service against an in-memory `vscode` (src/test-support/vscode-fake.ts): multi-root folders each get
// their own glossaries, the setting's paths load, broken files get diagnostics, watchers trigger reloads.
import { beforeEach, describe, expect, it } from 'vitest';
import { english } from '../core/translate.js';
import { DiagnosticSeverity, Uri, fake } from '../test-support/vscode-fake.js';
import { LexiconService } from './lexicon-service.js';

const team = JSON.stringify({ name: 'Team', acronyms: [{ id: 'acronym.team.drt', form: 'DRT', expansion: 'Drafting Review Team' }] });
const terms = JSON.stringify({ name: 'Terms', acronyms: [{ id: 'acronym.second.ptf', form: 'PTF', expansion: 'Partner Task Force' }] });

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 250)); // past the reload debounce
}

function glossaryDiagnostics(path: string) {
  return fake.diagnostics.get('natolex-glossaries')?.get(Uri.file(path).toString()) ?? [];
}

describe('LexiconService', () => {
  beforeEach(() => {
    fake.reset();
    fake.addFolder('/ws/a');
    fake.addFolder('/ws/b');
    fake.files.set('/ws/a/glossary/team.natolex.json', team);
    fake.files.set('/ws/b/extra/terms.json', terms);
    fake.files.set('/ws/b/broken.natolex.json', '{\n  "acronyms": [\n    { "id": "acronym.x", "form": "X" }\n  ]\n}\n');
    fake.settings.set(Uri.file('/ws/b').toString(), { 'natolex.glossaries': ['extra/terms.json'] });
  });

  it('gives each workspace folder its own glossaries over the bundled corpus', async () => {
    const service = new LexiconService(english);
    await service.ready;
    const a = service.lexiconFor(Uri.file('/ws/a/draft.md') as never);
    const b = service.lexiconFor(Uri.file('/ws/b/notes/draft.md') as never);
    expect(a.expand('DRT')).toBe('Drafting Review Team');
    expect(a.expand('PTF')).toBeUndefined();
    expect(b.expand('PTF')).toBe('Partner Task Force');
    expect(b.expand('DRT')).toBeUndefined();
    for (const lexicon of [a, b, service.lexiconFor(Uri.file('/elsewhere/x.md') as never)]) expect(lexicon.expand('NUC')).toBe('NATO-Ukraine Commission');
    expect(service.originOf(Uri.file('/ws/a/draft.md') as never, 'acronym.team.drt')).toBe('glossary/team.natolex.json');
    service.dispose();
  });

  it('puts diagnostics on broken glossaries and clears them when fixed, reloading on file events', async () => {
    const service = new LexiconService(english);
    await service.ready;
    const [problem] = glossaryDiagnostics('/ws/b/broken.natolex.json');
    expect(problem).toMatchObject({ source: 'natolex', code: 'schema' });
    expect(problem!.range.start.line).toBe(2);

    fake.write('/ws/b/broken.natolex.json', JSON.stringify({ acronyms: [{ id: 'acronym.b.xyz', form: 'XYZ', expansion: 'Fixed entry' }] }));
    await settle();
    // It loads now: only the hint that it is a schema 1 glossary (information, not an error) is left.
    expect(glossaryDiagnostics('/ws/b/broken.natolex.json').map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([['schema-1', DiagnosticSeverity.Information]]);
    expect(glossaryDiagnostics('/ws/b/broken.natolex.json')[0]!.message).toContain('Run `natolex migrate broken.natolex.json`');
    expect(service.lexiconFor(Uri.file('/ws/b/d.md') as never).expand('XYZ')).toBe('Fixed entry');

    fake.write('/ws/a/glossary/team.natolex.json', '{ "acronyms": [ }');
    await settle();
    expect(glossaryDiagnostics('/ws/a/glossary/team.natolex.json')[0]).toMatchObject({ code: 'syntax' });
    const a = service.lexiconFor(Uri.file('/ws/a/draft.md') as never);
    expect(a.expand('DRT')).toBe('Drafting Review Team'); // its last good version
    expect(a.expand('NUC')).toBe('NATO-Ukraine Commission');
    service.dispose();
  });

  it('keeps serving the last good version of a glossary a typo broke, saying so on the file and in hovers', async () => {
    const service = new LexiconService(english);
    await service.ready;
    fake.write('/ws/a/glossary/team.natolex.json', team.replace('"form":"DRT",', '"form":"DRT"'));
    await settle();
    const a = service.lexiconFor(Uri.file('/ws/a/draft.md') as never);
    expect(a.expand('DRT')).toBe('Drafting Review Team');
    const [problem] = glossaryDiagnostics('/ws/a/glossary/team.natolex.json');
    expect(problem).toMatchObject({ code: 'syntax' });
    expect(problem!.message).toMatch(/natolex keeps serving the last good version of this file \(1 entries\)/);
    expect(service.originOf(Uri.file('/ws/a/draft.md') as never, 'acronym.team.drt')).toBe('glossary/team.natolex.json (its last good version: the file has errors)');

    // A schema error in one entry drops that entry only, and the misspelt name's rename is offered.
    const two = { name: 'Team', acronyms: [{ id: 'acronym.team.drt', form: 'DRT', expansion: 'Drafting Review Team' }, { id: 'acronym.team.qrt', form: 'QRT', expansoin: 'Quick Review Team' }] };
    fake.write('/ws/a/glossary/team.natolex.json', JSON.stringify(two, null, 2));
    await settle();
    const now = service.lexiconFor(Uri.file('/ws/a/draft.md') as never);
    expect([now.expand('DRT'), now.expand('QRT')]).toEqual(['Drafting Review Team', undefined]);
    expect(service.originOf(Uri.file('/ws/a/draft.md') as never, 'acronym.team.drt')).toBe('glossary/team.natolex.json');
    const fixes = service.glossaryProblems(Uri.file('/ws/a/glossary/team.natolex.json') as never).filter((candidate) => candidate.fix);
    expect(fixes.map((candidate) => candidate.fix)).toEqual([{ title: "Rename to 'expansion'", text: '"expansion"' }]);

    // A deleted glossary leaves nothing behind to fall back on.
    fake.files.delete('/ws/a/glossary/team.natolex.json');
    await service.reloadAll();
    fake.files.set('/ws/a/glossary/team.natolex.json', '{ "acronyms": [ }');
    await service.reloadAll();
    expect(service.lexiconFor(Uri.file('/ws/a/draft.md') as never).expand('DRT')).toBeUndefined();
    service.dispose();
  });

  it('refuses glossaries over natolex.maxGlossarySize without reading them', async () => {
    fake.settings.set('', { 'natolex.maxGlossarySize': 10 });
    const service = new LexiconService(english);
    await service.ready;
    expect(glossaryDiagnostics('/ws/a/glossary/team.natolex.json')[0]).toMatchObject({ code: 'too-large' });
    expect(service.lexiconFor(Uri.file('/ws/a/draft.md') as never).expand('DRT')).toBeUndefined();
    service.dispose();
  });
});
