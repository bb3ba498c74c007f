import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Concept, Match, TextEdit } from './api.js';
import { acronymsOf, expansionOf } from './concepts.js';
import { createLexicon } from './create-lexicon.js';
import { LexiconError } from './errors.js';
import {
  expandFirstUses,
  findFirstUseIssues,
  findMarkdownNonProse,
  firstUseEdit,
  type FirstUseIssue,
  type FirstUseLexicon,
  type FirstUseOptions,
  type NonProseRange,
} from './first-use.js';

// A small stand-in for the engine's scan (whole words, case-sensitive, longest match wins), so these tests pin the
// checker's rules independently of the corpus. Expansions are the seed's own.
interface AcronymSpec {
  id: string;
  form: string;
  expansion: string;
  variants?: { form: string }[];
}
const ACRONYMS: AcronymSpec[] = [
  { id: 'acronym.nuc', form: 'NUC', expansion: 'NATO-Ukraine Commission' },
  { id: 'acronym.eadrcc', form: 'EADRCC', expansion: 'Euro-Atlantic Disaster Response Coordination Centre' },
  { id: 'acronym.pfp', form: 'PfP', expansion: 'Partnership for Peace', variants: [{ form: 'PFP' }] },
  { id: 'acronym.ntm-i', form: 'NTM-I', expansion: 'NATO Training Mission-Iraq' },
  { id: 'acronym.un-ctc', form: 'UN CTC', expansion: 'UN Counter-Terrorism Committee' },
  { id: 'acronym.un', form: 'UN', expansion: 'United Nations' },
];

/** The concept of an acronym spec: its acronym and variants, and the expansion as its full form (the id is the spec's). */
function conceptOf({ id, form, expansion, variants = [] }: AcronymSpec): Concept {
  return {
    id,
    subjectField: 'concept',
    terms: [
      { text: form, type: 'acronym', status: 'preferred' },
      ...variants.map((variant) => ({ text: variant.form, type: 'acronym' as const, status: 'admitted' as const })),
      { text: expansion, type: 'fullForm', status: 'preferred' },
    ],
  };
}
const CONCEPTS = ACRONYMS.map(conceptOf);

function fakeLexicon(acronyms: AcronymSpec[] = ACRONYMS): FirstUseLexicon {
  const concepts = acronyms.map(conceptOf);
  const byId = new Map(concepts.map((concept) => [concept.id, concept]));
  return {
    get: (id) => byId.get(id),
    scan(text) {
      const found: Match[] = [];
      for (const concept of concepts) {
        for (const term of acronymsOf(concept)) {
          const form = term.text;
          for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
            const before = text[at - 1] ?? ' ';
            const after = text[at + form.length] ?? ' ';
            if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
            found.push({ start: at, end: at + form.length, text: form, id: concept.id, term, kind: 'acronym' });
          }
        }
      }
      found.sort((a, b) => a.start - b.start || b.end - a.end);
      const kept: Match[] = [];
      for (const match of found) if (!kept.length || match.start >= (kept[kept.length - 1] as Match).end) kept.push(match);
      return kept;
    },
  };
}

function apply(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

const lexicon = fakeLexicon();
const forms = (text: string, options = {}) => findFirstUseIssues(lexicon, text, options).map((issue) => issue.form);

describe('findFirstUseIssues', () => {
  it('reports an acronym used before it is defined, at its first use, once', () => {
    const text = 'The NUC met. The NUC met again. Later the NATO-Ukraine Commission (NUC) was named.';
    const issues = findFirstUseIssues(lexicon, text);
    expect(issues).toEqual([
      { start: 4, end: 7, form: 'NUC', id: 'acronym.nuc', expansion: 'NATO-Ukraine Commission' },
    ]);
  });

  it('accepts "Long Form (ABBR)" at the first use, with the corpus expansion or other words', () => {
    expect(forms('The NATO-Ukraine Commission (NUC) met; the NUC agreed.')).toEqual([]);
    expect(forms('The Ukraine commission of NATO (NUC) met; the NUC agreed.')).toEqual([]);
    expect(forms('**Partnership for Peace** (PfP) grew; PfP members met.')).toEqual([]);
  });

  it('accepts "ABBR (Expansion)" only when the parenthesis is the expansion', () => {
    expect(forms('The NUC (NATO-Ukraine  commission) met.')).toEqual([]);
    expect(forms('The NUC (since 1997) met.')).toEqual(['NUC']);
  });

  it('looks for the ")" of "ABBR (Expansion)" only as far as the expansion can reach', () => {
    // Wrapped and indented, with room to spare: still a definition.
    expect(forms(`The NUC (NATO-Ukraine\n${' '.repeat(60)}Commission) met.`)).toEqual([]);
    // Uses that open a parenthesis closed only much later (each used to search the rest of the text for it).
    const text = `${Array.from({ length: 50 }, () => 'NUC ( PfP ( UN (').join(' ')} ${'x '.repeat(200)})`;
    expect(forms(text)).toEqual(['NUC', 'PfP', 'UN']);
    expect(forms(`The NUC (${' '.repeat(500)}NATO-Ukraine Commission) met.`)).toEqual(['NUC']);
  });

  it('accepts a definition wrapped onto the next line, but not across a blank line', () => {
    expect(forms('The Euro-Atlantic Disaster Response Coordination Centre\n  (EADRCC) met; the EADRCC agreed.')).toEqual([]);
    expect(forms('Coordination Centre\r\n(EADRCC) met.')).toEqual([]);
    expect(forms('Coordination Centre \r(EADRCC) met.')).toEqual([]);
    expect(forms('The NUC\n(NATO-Ukraine Commission) met.')).toEqual([]);
    expect(forms('Coordination Centre\n\n(EADRCC) met.')).toEqual(['EADRCC']);
    expect(forms('Coordination Centre\n \t\n(EADRCC) met.')).toEqual(['EADRCC']);
    expect(forms('Coordination Centre\r\n\r\n(EADRCC) met.')).toEqual(['EADRCC']);
    expect(forms('Coordination Centre\n\r(EADRCC) met.')).toEqual(['EADRCC']);
    expect(forms('The NUC\n\n(NATO-Ukraine Commission) met.')).toEqual(['NUC']);
  });

  it('does not take a bare parenthesis for a definition', () => {
    expect(forms('(NUC) met.')).toEqual(['NUC']);
    expect(forms('Members:\n(NUC) met.')).toEqual(['NUC']);
    expect(forms('Members (NUC, PfP) met.')).toEqual(['NUC', 'PfP']);
  });

  it('counts a definition in a Markdown heading', () => {
    const text = '# Euro-Atlantic Disaster Response Coordination Centre (EADRCC)\n\nThe EADRCC coordinates.\n';
    expect(forms(text)).toEqual([]);
  });

  it('handles 6+ letter, mixed-case, hyphenated and spaced acronyms', () => {
    const text = 'EADRCC, PfP, NTM-I and UN CTC were mentioned.';
    expect(findFirstUseIssues(lexicon, text)).toEqual([
      { start: 0, end: 6, form: 'EADRCC', id: 'acronym.eadrcc', expansion: 'Euro-Atlantic Disaster Response Coordination Centre' },
      { start: 8, end: 11, form: 'PfP', id: 'acronym.pfp', expansion: 'Partnership for Peace' },
      { start: 13, end: 18, form: 'NTM-I', id: 'acronym.ntm-i', expansion: 'NATO Training Mission-Iraq' },
      { start: 23, end: 29, form: 'UN CTC', id: 'acronym.un-ctc', expansion: 'UN Counter-Terrorism Committee' },
    ]);
    expect(forms('The UN Counter-Terrorism Committee (UN CTC) and the NATO Training Mission-Iraq (NTM-I).', { ignore: ['UN'] })).toEqual([]);
  });

  it('treats variants as the same acronym, reported as written', () => {
    expect(forms('Partnership for Peace (PfP); the PFP grew.')).toEqual([]);
    expect(findFirstUseIssues(lexicon, 'The PFP grew.')).toMatchObject([{ form: 'PFP', id: 'acronym.pfp', start: 4 }]);
  });

  it('reports a use before a later definition', () => {
    expect(forms('PfP first. Then Partnership for Peace (PfP).')).toEqual(['PfP']);
  });

  it('ignores fenced code blocks, inline code, comments and front matter in Markdown', () => {
    const text = [
      '---',
      'title: NUC review',
      '---',
      'Use `NUC` or ``a `PfP` b`` in code.',
      '```text',
      'EADRCC',
      '```',
      '~~~~',
      'NTM-I',
      '~~~',
      '~~~~',
      '<!-- UN CTC -->',
      'Now the NUC.',
    ].join('\n');
    expect(forms(text)).toEqual(['NUC']);
    expect(findFirstUseIssues(lexicon, text)[0]?.start).toBe(text.lastIndexOf('NUC'));
    expect(forms(text, { markdown: false })).toEqual(['NUC', 'PfP', 'EADRCC', 'NTM-I', 'UN CTC']);
  });

  it('does not count a definition inside code', () => {
    expect(forms('`Partnership for Peace (PfP)` then PfP.')).toEqual(['PfP']);
  });

  it('treats an unclosed fence as running to the end, and an unmatched backtick as text', () => {
    expect(forms('```\nNUC\n')).toEqual([]);
    expect(forms('a ` NUC')).toEqual(['NUC']);
    expect(forms('`a\n\nNUC`')).toEqual(['NUC']);
  });

  it('skips ignored forms and ids', () => {
    expect(forms('UN and NUC.', { ignore: ['UN', 'acronym.nuc'] })).toEqual([]);
  });

  it('works with CRLF line breaks', () => {
    const text = '# Partnership for Peace (PfP)\r\n\r\n```\r\nNUC\r\n```\r\nPfP and NUC.\r\n';
    expect(findFirstUseIssues(lexicon, text)).toMatchObject([{ form: 'NUC', start: text.lastIndexOf('NUC') }]);
  });
});

describe('expandFirstUses', () => {
  it('rewrites each offending first use as "Expansion (ABBR)"', () => {
    const text = 'The NUC and PfP met. The NUC again. Partnership for Peace (PfP).';
    const edits = expandFirstUses(lexicon, text);
    expect(edits).toEqual([
      { start: 4, end: 7, text: 'NATO-Ukraine Commission (NUC)' },
      { start: 12, end: 15, text: 'Partnership for Peace (PfP)' },
    ]);
    const fixed = apply(text, edits);
    expect(fixed).toBe('The NATO-Ukraine Commission (NUC) and Partnership for Peace (PfP) met. The NUC again. Partnership for Peace (PfP).');
    expect(expandFirstUses(lexicon, fixed)).toEqual([]);
  });

  it('reaches a fixed point for spaced and hyphenated forms', () => {
    const text = 'UN CTC and NTM-I.';
    const fixed = apply(text, expandFirstUses(lexicon, text, { ignore: ['UN'] }));
    expect(fixed).toBe('UN Counter-Terrorism Committee (UN CTC) and NATO Training Mission-Iraq (NTM-I).');
    expect(findFirstUseIssues(lexicon, fixed, { ignore: ['UN'] })).toEqual([]);
  });
});

describe('findMarkdownNonProse', () => {
  it('returns sorted, non-overlapping ranges', () => {
    const text = 'a `b` c\n```\nx `y`\n```\n<!-- ``` -->\n`z`';
    const ranges = findMarkdownNonProse(text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['`b`', '```\nx `y`\n```\n', '<!-- ``` -->', '`z`']);
  });
});

describe('findMarkdownNonProse: inline code spans', () => {
  // The rule, stated naively: an opening run of N backticks closes at the next run of exactly N within its paragraph.
  function naiveCodeSpans(text: string): NonProseRange[] {
    const spans: NonProseRange[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== '`' || /(^|[^\\])(\\\\)*\\$/.test(text.slice(0, i))) continue;
      let run = 0;
      while (text[i + run] === '`') run++;
      const paragraph = text.slice(i + run).search(/\n[ \t]*\r?\n/);
      const rest = text.slice(i + run, paragraph === -1 ? text.length : i + run + paragraph);
      const close = new RegExp(`(^|[^\`])\`{${run}}(?!\`)`).exec(rest);
      if (!close) {
        i += run - 1;
        continue;
      }
      const end = i + run + close.index + close[0].length;
      spans.push({ start: i, end });
      i = end - 1;
    }
    return spans;
  }

  it('property: matches the naive rule on texts without blocks or comments', () => {
    // Every line starts with a letter, so no run of backticks is a fence.
    const piece = fc.constantFrom('`', '`', '``', '```', 'a', ' ', '\na', '\n\na', '\n \t\na', '\r\na', '\\', 'x`y');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80, size: 'max' }), (parts) => {
        const text = `a${parts.join('')}`;
        expect(findMarkdownNonProse(text)).toEqual(naiveCodeSpans(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('scans a text a bounded number of times, however many backtick runs stay unmatched in a paragraph', () => {
    // No blank line anywhere: one paragraph. Runs of 1..80 backticks that never close, then many that do.
    const unmatched = Array.from({ length: 80 }, (_, k) => `w ${'`'.repeat(k + 1)} w`);
    const matched = Array.from({ length: 2000 }, (_, k) => (k % 2 ? 'a `b` c' : 'a ``b`` \\` c'));
    const text = [...unmatched, ...matched, 'end `'].join('\n');
    const scanned = countCharactersSearched(() => findMarkdownNonProse(text));
    expect(scanned.result).toHaveLength(2000);
    // Every character is searched a few times at most (line splitting, fences, backticks, blank lines). Searching
    // from each opening run to the end of the paragraph, as before, costs about 1000 times the text's length here.
    expect(scanned.characters).toBeLessThan(8 * text.length);
  });
});

/**
 * Runs `work` while counting the characters that `String#indexOf` and `RegExp#exec` walk over (from the start
 * position to the match, or to the end when nothing matches): a measure of work that does not depend on timing.
 */
function countCharactersSearched<T>(work: () => T): { result: T; characters: number } {
  const indexOf = String.prototype.indexOf;
  const exec = RegExp.prototype.exec;
  let characters = 0;
  String.prototype.indexOf = function (this: string, search: string, position?: number) {
    const at = indexOf.call(this, search, position);
    characters += (at === -1 ? this.length : at) - Math.max(0, position ?? 0);
    return at;
  };
  RegExp.prototype.exec = function (this: RegExp, subject: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = exec.call(this, subject);
    characters += (match ? match.index : subject.length) - from;
    return match;
  };
  try {
    return { result: work(), characters };
  } finally {
    String.prototype.indexOf = indexOf;
    RegExp.prototype.exec = exec;
  }
}

describe('with the bundled corpus and the real scanner', () => {
  const corpus = createLexicon();

  it('finds 6+ letter, mixed-case, hyphenated and spaced acronyms, and accepts their definitions', () => {
    const text = 'EADRCC, PfP, NTM-I and UN CTC.';
    expect(findFirstUseIssues(corpus, text, { ignore: ['UN'] })).toEqual([
      { start: 0, end: 6, form: 'EADRCC', id: 'concept.euro-atlantic-disaster-response-coordination-centre', expansion: 'Euro-Atlantic Disaster Response Coordination Centre' },
      { start: 8, end: 11, form: 'PfP', id: 'concept.partnership-for-peace', expansion: 'Partnership for Peace' },
      { start: 13, end: 18, form: 'NTM-I', id: 'concept.nato-training-mission-iraq', expansion: 'NATO Training Mission-Iraq' },
      { start: 23, end: 29, form: 'UN CTC', id: 'concept.un-counter-terrorism-committee', expansion: 'UN Counter-Terrorism Committee' },
    ]);
    // A schema 1 acronym id (now the acronym term's id) and the concept id both silence it.
    expect(findFirstUseIssues(corpus, text, { ignore: ['UN', 'acronym.eadrcc', 'concept.partnership-for-peace'] }).map((issue) => issue.form)).toEqual(['NTM-I', 'UN CTC']);
    const fixed = apply(text, expandFirstUses(corpus, text, { ignore: ['UN'] }));
    expect(fixed).toBe(
      'Euro-Atlantic Disaster Response Coordination Centre (EADRCC), Partnership for Peace (PfP), ' +
        'NATO Training Mission-Iraq (NTM-I) and UN Counter-Terrorism Committee (UN CTC).',
    );
    expect(findFirstUseIssues(corpus, fixed, { ignore: ['UN', 'NATO'] })).toEqual([]);
  });

  it('accepts a definition in a heading', () => {
    const text = '## Euro-Atlantic Disaster Response Coordination Centre (EADRCC)\n\nThe EADRCC coordinates.';
    expect(findFirstUseIssues(corpus, text)).toEqual([]);
  });

  it('property: issues are ordered, one per acronym, at a written form; after the fix none of them remains', () => {
    const acronyms = corpus.concepts.flatMap((concept) => acronymsOf(concept).map((term) => ({ form: term.text, expansion: expansionOf(concept, term)! })));
    const pieces = fc.oneof(
      fc.constantFrom(...acronyms.map((a) => a.form)),
      fc.constantFrom(...acronyms.map((a) => a.expansion)),
      fc.constantFrom(' ', ' ', '\n', '\r\n', '\n\n', '(', ')', '`', '```\n', '# ', '<!-- ', ' -->', 'the', 'and', '.', ','),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const issues = findFirstUseIssues(corpus, text);
        const ids = issues.map((issue) => issue.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const [index, issue] of issues.entries()) {
          expect(text.slice(issue.start, issue.end)).toBe(issue.form);
          if (index > 0) expect(issue.start).toBeGreaterThanOrEqual((issues[index - 1] as FirstUseIssue).end);
        }
        const fixed = apply(text, expandFirstUses(corpus, text));
        const remaining = new Set(findFirstUseIssues(corpus, fixed).map((issue) => issue.id));
        expect(ids.filter((id) => remaining.has(id))).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('arguments', () => {
  it('refuses what is not a lexicon or not a string with a LexiconError, and ignores options it cannot use', () => {
    const lexicon = fakeLexicon();
    for (const call of [
      () => findFirstUseIssues(lexicon, null as unknown as string),
      () => findFirstUseIssues({} as FirstUseLexicon, 'NUC'),
      () => findFirstUseIssues({ scan: () => 'NUC', get: () => undefined } as unknown as FirstUseLexicon, 'NUC'),
      () => findMarkdownNonProse(5 as unknown as string),
      () => firstUseEdit(null as unknown as FirstUseIssue),
      () => firstUseEdit({ start: 0, end: 3 } as FirstUseIssue),
    ]) {
      expect(call).toThrow(LexiconError);
    }
    expect(findFirstUseIssues(lexicon, 'The NUC met.', null as unknown as FirstUseOptions).map((issue) => issue.form)).toEqual(['NUC']);
    expect(findFirstUseIssues(lexicon, 'The NUC met.', { ignore: 'NUC' as unknown as string[] }).map((issue) => issue.form)).toEqual(['NUC']);
  });

  it('skips what a stand-in lexicon returns that is no match of the text', () => {
    const odd = { get: () => CONCEPTS[0], scan: () => [null, { start: 'x' }, { start: 4, end: 99, text: 'NUC', id: 'acronym.nuc', kind: 'acronym' }, { start: 4, end: 7, text: 'NUC', id: 'acronym.nuc', kind: 'acronym' }] };
    expect(findFirstUseIssues(odd as unknown as FirstUseLexicon, 'The NUC met.')).toEqual([{ start: 4, end: 7, form: 'NUC', id: 'acronym.nuc', expansion: 'NATO-Ukraine Commission' }]);
  });
});

describe('caller-provided matches, excluded ranges and quotations', () => {
  const lexicon = fakeLexicon();
  const forms = (text: string, options: FirstUseOptions) => findFirstUseIssues(lexicon, text, options).map((issue) => `${issue.form}@${issue.start}`);

  it('checks the matches it is given instead of scanning', () => {
    const text = 'NUC and PfP';
    const only: Match[] = [{ start: 8, end: 11, text: 'PfP', id: 'acronym.pfp', term: CONCEPTS[2]!.terms[0]!, kind: 'acronym' }];
    expect(forms(text, { matches: only })).toEqual(['PfP@8']);
  });

  it('excluded ranges replace the built-in Markdown detection: uses there are neither uses nor definitions', () => {
    const text = '`NUC` then NUC; Partnership for Peace (PfP) in a heading, then PfP';
    expect(forms(text, { excluded: [] })).toEqual(['NUC@1']);
    expect(forms(text, { excluded: [{ start: 0, end: 5 }] })).toEqual(['NUC@11']);
    const heading = { start: 16, end: 43 };
    expect(forms(text, { excluded: [{ start: 0, end: 5 }, heading] })).toEqual(['NUC@11', 'PfP@63']);
  });

  it('a use inside a quotation is never reported and is not the first use; a definition there counts', () => {
    const text = '"NUC said so" and NUC. "the Partnership for Peace (PfP)" and PfP.';
    const quoted = [
      { start: 0, end: 13 },
      { start: 23, end: 56 },
    ];
    expect(forms(text, { excluded: [], quoted })).toEqual(['NUC@18']);
    expect(forms(text, { excluded: [] })).toEqual(['NUC@1']);
  });
});
