import { createLexicon, type LexiconDocument } from '@natolex/data';
import { describe, expect, it } from 'vitest';
import hostile from './test-fixtures/hostile.natolex.json' with { type: 'json' };
import { hoverAt } from './hover.js';

const lexicon = createLexicon();

function hoverOn(text: string, word: string, options = {}, source = lexicon) {
  return hoverAt(source, text, text.indexOf(word) + 1, options);
}

/** Command links in Markdown: [label](command:...). */
function commandLinks(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\]\((command:[^)\s]*)/g)].map((match) => match[1]!);
}

describe('hoverAt', () => {
  it('describes an acronym: expansion, related entries and its source passage as a command link', () => {
    const text = 'The NUC met.';
    const hover = hoverOn(text, 'NUC')!;
    expect(hover).toMatchObject({ start: 4, end: 7, id: 'acronym.nuc' });
    expect(hover.markdown).toContain('**NUC** — NATO\\-Ukraine Commission');
    expect(hover.markdown).toContain('Source\\: [NATO\\-Ukraine relations');
    const links = commandLinks(hover.markdown);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/^command:natolex\.openPassage\?/);
    expect(JSON.parse(decodeURIComponent(links[0]!.split('?')[1]!))).toEqual(['snippet.ukraine.p1']);
  });

  it('handles mixed-case, hyphenated and spaced acronyms', () => {
    expect(hoverOn('We joined PfP.', 'PfP')?.markdown).toContain('Partnership for Peace');
    expect(hoverOn('The NTM-I ended.', 'NTM-I')?.markdown).toContain('NATO Training Mission\\-Iraq');
    expect(hoverOn('The UN CTC met.', 'UN CTC')?.markdown).toContain('UN Counter\\-Terrorism Committee');
    expect(hoverOn('See EADRCC.', 'EADRCC')?.markdown).toContain('Euro\\-Atlantic Disaster Response Coordination Centre');
  });

  it('describes a term with its category and definition', () => {
    const hover = hoverOn('It joined Operation Unified Protector.', 'Operation Unified Protector')!;
    expect(hover.id).toBe('term.operation-unified-protector');
    expect(hover.markdown).toContain('_operation_');
  });

  it('shows superseded entries clearly with the preferred form', () => {
    const hover = hoverOn('It joined the North Atlantic Cooperation Council.', 'North Atlantic Cooperation Council')!;
    expect(hover.markdown).toContain('⚠ **Superseded.**');
    expect(hover.markdown).toContain('Use instead: **Euro\\-Atlantic Partnership Council**');
  });

  it('returns nothing away from entries', () => {
    expect(hoverAt(lexicon, 'plain words only', 3)).toBeUndefined();
  });

  it('names the glossary an entry comes from, and translates labels', () => {
    const team = createLexicon([{ name: 'Team', acronyms: [{ id: 'acronym.team.drt', form: 'DRT', expansion: 'Drafting Review Team' }] }]);
    const hover = hoverOn('The DRT met.', 'DRT', { originOf: (id: string) => (id === 'acronym.team.drt' ? 'team.natolex.json' : undefined), t: (m: string) => m.toUpperCase() }, team)!;
    expect(hover.markdown).toContain('FROM GLOSSARY\\: team\\.natolex\\.json');
    expect(hover.markdown).toContain('_ACRONYM_');
  });

  it('renders hostile glossary text as text: no HTML, no links but its own, no code, one paragraph per field', () => {
    const withHostile = createLexicon([hostile as unknown as LexiconDocument]);
    for (const [text, word] of [
      ['The HSTL is here.', 'HSTL'],
      ['A Hostile Term here.', 'Hostile Term'],
    ] as const) {
      const markdown = hoverOn(text, word, {}, withHostile)!.markdown;
      expect(markdown).not.toMatch(/(?<!\\)[<`]/);
      expect(markdown).not.toMatch(/(?<!\\)\]\((?!command:natolex\.openPassage\?)/);
      expect(markdown).not.toMatch(/(?<!\\)\$\{/);
      expect(markdown).not.toMatch(/\n#|\n```/);
      for (const link of commandLinks(markdown)) expect(link).toMatch(/^command:natolex\.openPassage\?%5B%22snippet\.[a-z0-9.-]+%22%5D$/);
    }
  });

  it('leaves the link out when asked', () => {
    expect(commandLinks(hoverOn('The NUC met.', 'NUC', { noLinks: true })!.markdown)).toEqual([]);
  });
});
