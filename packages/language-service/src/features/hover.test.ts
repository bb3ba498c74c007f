import { createLexicon, type LexiconDocument } from '@natolex/data';
import bilingual from '../test-support/fixtures/bilingual.natolex.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { doc, positionOf } from '../test-support/documents.js';
import hostile from '../test-support/fixtures/hostile.natolex.json' with { type: 'json' };
import { commandUri } from './escape.js';
import { doHover, type HoverOptions } from './hover.js';
import type { ServiceState } from './state.js';

const corpus: ServiceState = { lexicon: createLexicon() };
const vscodeLinks: HoverOptions = { passageLink: (id) => commandUri('natolex.openPassage', [id]) };

function hoverOn(text: string, word: string, state = corpus, options: HoverOptions = vscodeLinks) {
  return doHover(state, doc(text), positionOf(text, word), options);
}

/** Links in Markdown: [label](target ...). */
function links(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\]\(([^)\s]*)/g)].map((match) => match[1]!);
}

describe('doHover', () => {
  it('describes an acronym: expansion, its LSP range, and its source passage (topic › section) as the adapter link', () => {
    const text = 'Intro.\nThe NUC met.';
    const hover = hoverOn(text, 'NUC')!;
    expect(hover).toMatchObject({ start: 11, end: 14, id: 'concept.nato-ukraine-commission', range: { start: { line: 1, character: 4 }, end: { line: 1, character: 7 } } });
    expect(hover.markdown).toContain('**NUC** — NATO\\-Ukraine Commission');
    expect(hover.markdown).toContain('Source\\: [NATO\\-Ukraine relations');
    const found = links(hover.markdown);
    expect(found).toHaveLength(1);
    expect(JSON.parse(decodeURIComponent(found[0]!.split('?')[1]!))).toEqual(['snippet.ukraine.p1']);
  });

  it('shows the place as text when the adapter makes no link', () => {
    const markdown = hoverOn('The NUC met.', 'NUC', corpus, {})!.markdown;
    expect(links(markdown)).toEqual([]);
    expect(markdown).toContain('Source\\: NATO\\-Ukraine relations');
  });

  it('handles mixed-case, hyphenated and spaced acronyms', () => {
    expect(hoverOn('We joined PfP.', 'PfP')?.markdown).toContain('Partnership for Peace');
    expect(hoverOn('The NTM-I ended.', 'NTM-I')?.markdown).toContain('NATO Training Mission\\-Iraq');
    expect(hoverOn('The UN CTC met.', 'UN CTC')?.markdown).toContain('UN Counter\\-Terrorism Committee');
  });

  it('describes a term with its subject field', () => {
    const hover = hoverOn('It joined Operation Unified Protector.', 'Operation Unified Protector')!;
    expect(hover.id).toBe('concept.operation-unified-protector');
    expect(hover.markdown).toContain('_operation_');
  });

  it('shows the concept whichever term is hovered: KFOR has the Kosovo Force definition', () => {
    const acronym = hoverOn('KFOR was deployed.', 'KFOR')!;
    const fullForm = hoverOn('The Kosovo Force was deployed.', 'Kosovo Force')!;
    expect(acronym.id).toBe('concept.kosovo-force');
    expect(fullForm.id).toBe(acronym.id);
    expect(acronym.markdown).toContain('**KFOR** — Kosovo Force  \n_acronym · operation_');
    expect(acronym.markdown).toContain('to provide an international security presence as the prerequisite for peace and reconstruction of Kosovo');
    // Hovering the full form names the concept's acronym, and gives the same description.
    expect(fullForm.markdown).toContain('**Kosovo Force** \\(KFOR\\)');
    expect(fullForm.markdown).toContain('to provide an international security presence');
    expect(acronym.markdown).toContain('Terms\\: Kosovo Force \\(full form\\, preferred\\) · KFOR \\(acronym\\, preferred\\)');
    expect(acronym.markdown).toMatch(/\n\nRelated\\: .*Resolution 1244/);
  });

  it('marks a context as such when the concept has no definition', () => {
    const markdown = hoverOn('The NUC met.', 'NUC')!.markdown;
    expect(markdown).toMatch(/\n\n_Context\\:_ \S/);
  });

  it("shows the writer's language first and the other languages' equivalents after it", () => {
    const lexicon = createLexicon([bilingual as unknown as LexiconDocument], { bundled: false });
    const english = hoverOn('The TWG met.', 'TWG', { lexicon, language: 'en-GB' })!.markdown;
    expect(english).toContain('**TWG** — Team Writing Group');
    expect(english).toContain("In other languages\\:  \nfr: Groupe de rédaction de l\\'équipe \\(full form\\, preferred\\) · GRE \\(acronym\\, preferred\\)");
    const french = hoverOn('The TWG met.', 'TWG', { lexicon, language: 'fr' })!.markdown;
    expect(french).toContain("**TWG** — Groupe de rédaction de l\\'équipe");
    expect(french).toContain('In other languages\\:  \nen: Team Writing Group \\(full form\\, preferred\\) · TWG \\(acronym\\, preferred\\)');
    // A language the concept has no terms in: the lexicon's own first.
    expect(hoverOn('The GRE met.', 'GRE', { lexicon, language: 'de' })!.markdown).toContain("**GRE** — Groupe de rédaction de l\\'équipe");
  });

  it('says what to use instead of a superseded entry', () => {
    const hover = hoverOn('It joined the North Atlantic Cooperation Council.', 'North Atlantic Cooperation Council')!;
    expect(hover.markdown).toContain('⚠ **Superseded.**');
    expect(hover.markdown).toMatch(/Use instead: \*\*Euro\\-Atlantic Partnership Council/);
  });

  it("gives the deprecated rule's advice: the entry's status wins over its variant's", () => {
    const team = createLexicon(
      {
        name: 'team',
        acronyms: [
          { id: 'acronym.new', form: 'NEWX', expansion: 'New Thing' },
          { id: 'acronym.old', form: 'OLDX', expansion: 'Old Thing', status: 'deprecated', preferred: 'acronym.new', variants: [{ form: 'OLDY', status: 'deprecated' }] },
          { id: 'acronym.pfp', form: 'PfP', expansion: 'Partnership for Peace', variants: [{ form: 'PFP', status: 'deprecated' }] },
        ],
      },
      { bundled: false },
    );
    const state = { lexicon: team };
    expect(hoverOn('An OLDY here.', 'OLDY', state)!.markdown).toContain('Use instead: **New Thing \\(NEWX\\)**');
    expect(hoverOn('The PFP here.', 'PFP', state)!.markdown).toContain('⚠ **Deprecated.** Use instead: **Partnership for Peace \\(PfP\\)**');
    expect(hoverOn('The PfP here.', 'PfP', state)!.markdown).not.toContain('⚠');
  });

  it('returns nothing away from entries', () => {
    expect(doHover(corpus, doc('plain words only'), { line: 0, character: 3 })).toBeUndefined();
    expect(doHover(corpus, doc('plain'), { line: 9, character: 0 })).toBeUndefined();
  });

  it('names the glossary an entry comes from, and translates labels', () => {
    const team = createLexicon([{ name: 'Team', acronyms: [{ id: 'acronym.team.drt', form: 'DRT', expansion: 'Drafting Review Team' }] }]);
    const state: ServiceState = { lexicon: team, originOf: (id) => (id === 'concept.team.drt' ? 'team.natolex.json' : undefined), translate: (m) => m.toUpperCase() };
    const markdown = hoverOn('The DRT met.', 'DRT', state)!.markdown;
    expect(markdown).toContain('FROM GLOSSARY\\: team\\.natolex\\.json');
    expect(markdown).toContain('_ACRONYM · CONCEPT_');
  });

  it('describes a schema 1 entry with a definition and no provenance (upgraded on load): no source line', () => {
    const team = createLexicon([{ name: 'Team', acronyms: [{ id: 'acronym.team.drt', form: 'DRT', expansion: 'Drafting Review Team', definition: 'The team that reviews drafts.' }] }], { bundled: false });
    const markdown = hoverOn('The DRT met.', 'DRT', { lexicon: team })!.markdown;
    expect(markdown).toContain('The team that reviews drafts\\.');
    expect(markdown).not.toContain('Source');
  });

  it('renders hostile glossary text as text: no HTML, no links but the adapter one, no code, one paragraph per field', () => {
    const state = { lexicon: createLexicon([hostile as unknown as LexiconDocument]) };
    for (const [text, word] of [
      ['The HSTL is here.', 'HSTL'],
      ['A Hostile Term here.', 'Hostile Term'],
    ] as const) {
      const markdown = hoverOn(text, word, state)!.markdown;
      expect(markdown).not.toMatch(/(?<!\\)[<`]/);
      expect(markdown).not.toMatch(/(?<!\\)\]\((?!command:natolex\.openPassage\?)/);
      expect(markdown).not.toMatch(/\n#|\n```/);
      for (const link of links(markdown)) expect(link).toMatch(/^command:natolex\.openPassage\?%5B%22snippet\.[a-z0-9.-]+%22%5D$/);
    }
  });

  it('refuses an adapter link that could end the Markdown link early', () => {
    const markdown = hoverOn('The NUC met.', 'NUC', corpus, { passageLink: () => 'x) [y](z' })!.markdown;
    expect(links(markdown)).toEqual([]);
  });
});
