import { describe, expect, it } from 'vitest';
import type { AcronymV1, LexiconV1, TermV1 } from './index.js';
import { SCHEMA_ID, isLexiconV1, upgradeLexicon, validateLexicon, validateLexiconV1, type UpgradeNotice } from './index.js';

const prov = (quote: string) => ({ source: 'source.t', quote });
const acronym = (id: string, form: string, expansion: string, fields: Partial<AcronymV1> = {}): AcronymV1 => ({ id, form, expansion, ...fields });
const term = (id: string, text: string, fields: Partial<TermV1> = {}): TermV1 => ({ id, term: text, category: 'body', ...fields });

/** Upgrades, checks that the input was a valid v1 document and the output is a valid v2 one, and collects notices. */
function upgrade(v1: LexiconV1) {
  expect(validateLexiconV1(v1).errors).toEqual([]);
  const notices: UpgradeNotice[] = [];
  const lexicon = upgradeLexicon(v1, { onNotice: (notice) => notices.push(notice) });
  expect(validateLexicon(lexicon).errors).toEqual([]);
  return { lexicon, concepts: lexicon.concepts ?? [], notices };
}

describe('upgradeLexicon: which entries become one concept', () => {
  it('joins an acronym and a term linked by related (either direction) whose expansion is the term or an alias', () => {
    const { concepts } = upgrade({
      acronyms: [
        acronym('acronym.kfor', 'KFOR', 'Kosovo Force', { related: ['term.kosovo-force'] }),
        acronym('acronym.pfp', 'PfP', 'PfP programme'),
      ],
      terms: [term('term.kosovo-force', 'Kosovo Force', { category: 'operation' }), term('term.partnership-for-peace', 'Partnership for Peace', { aliases: ['PfP programme'], related: ['acronym.pfp'] })],
    });
    expect(concepts.map((concept) => [concept.id, concept.terms.map((t) => `${t.type}:${t.text}`)])).toEqual([
      ['concept.kosovo-force', ['fullForm:Kosovo Force', 'acronym:KFOR']],
      ['concept.partnership-for-peace', ['fullForm:Partnership for Peace', 'variant:PfP programme', 'acronym:PfP']],
    ]);
    expect(concepts[0]?.subjectField).toBe('operation');
    // The link inside the concept is not a relation of the concept to itself.
    expect(concepts.every((concept) => concept.related === undefined)).toBe(true);
  });

  it('keeps them apart when they are linked but the expansion differs, or match but are not linked', () => {
    const { concepts } = upgrade({
      acronyms: [acronym('acronym.unscr', 'UNSCR', 'UN Security Council Resolution', { related: ['term.unscr-1325'] }), acronym('acronym.nuc', 'NUC', 'NATO-Ukraine Commission')],
      terms: [term('term.unscr-1325', 'UNSCR 1325', { category: 'resolution' }), term('term.nato-ukraine-commission', 'NATO-Ukraine Commission')],
    });
    expect(concepts.map((concept) => concept.id)).toEqual(['concept.unscr-1325', 'concept.nato-ukraine-commission', 'concept.unscr', 'concept.nuc']);
    expect(concepts[2]).toMatchObject({
      subjectField: 'concept',
      terms: [
        { id: 'acronym.unscr', text: 'UNSCR', type: 'acronym', status: 'preferred' },
        { text: 'UN Security Council Resolution', type: 'fullForm', status: 'preferred' },
      ],
      related: [{ type: 'related', target: 'concept.unscr-1325' }],
    });
  });

  it('joins an acronym to the first qualifying term, and several acronyms to one term', () => {
    const { concepts } = upgrade({
      acronyms: [
        acronym('acronym.eapc', 'EAPC', 'Euro-Atlantic Partnership Council', { related: ['term.b', 'term.a'] }),
        acronym('acronym.eapc-2', 'E.A.P.C.', 'Euro-Atlantic Partnership Council', { related: ['term.a'] }),
      ],
      terms: [term('term.a', 'Euro-Atlantic Partnership Council'), term('term.b', 'Euro-Atlantic Partnership Council')],
    });
    expect(concepts.map((concept) => [concept.id, concept.terms.map((t) => t.id ?? t.text)])).toEqual([
      ['concept.a', ['term.a', 'acronym.eapc', 'acronym.eapc-2']],
      ['concept.b', ['term.b']],
    ]);
    expect(concepts[0]?.related).toEqual([{ type: 'related', target: 'concept.b' }]);
  });
});

describe('upgradeLexicon: concept ids', () => {
  it('maps term.x, acronym.y and any other id z to concept.x, concept.y, concept.z, with -2, -3 on a clash', () => {
    const { concepts } = upgrade({
      topics: [{ id: 'concept.taken', title: 'T', indexLabel: 'T', source: 'source.t', kind: 'moved', sections: [] }],
      acronyms: [acronym('acronym.nuc', 'NUC', 'N U C'), acronym('team.nuc', 'TNUC', 'T N U C'), acronym('acronym.taken', 'TK', 'T K')],
      terms: [term('term.nuc', 'Nuc'), term('nuc', 'Nuc too')],
    });
    expect(concepts.map((concept) => concept.id)).toEqual(['concept.nuc', 'concept.nuc-2', 'concept.nuc-3', 'concept.team.nuc', 'concept.taken-2']);
  });

  it('shortens a concept id made from a long v1 id to the 200 characters an id may have', () => {
    const long = `term.${'a'.repeat(150)}-${'b'.repeat(44)}`;
    expect(long).toHaveLength(200);
    const alsoLong = `acronym.${'a'.repeat(150)}-${'b'.repeat(41)}`;
    expect(alsoLong).toHaveLength(200);
    const { concepts } = upgrade({ terms: [term(long, 'One')], acronyms: [acronym(alsoLong, 'TWO', 'Two')] });
    const ids = concepts.map((concept) => concept.id);
    expect(ids.every((id) => id.length <= 200 && /^concept\.a+(-b+)?(-2)?$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(2);
  });

  it('keeps ids of entries in other documents (term ids resolve to their concept), and of topics', () => {
    const { concepts, lexicon } = upgrade({
      acronyms: [acronym('acronym.x', 'X', 'Ex', { related: ['acronym.nato', 'topic.un', 'acronym.y'] }), acronym('acronym.y', 'Y', 'Why')],
      events: [{ id: 'event.e', date: '1994', text: 'E.', topic: 'topic.un', related: ['acronym.y', 'topic.un', 'acronym.x', 'concept.y'] }],
    });
    expect(concepts[0]?.related).toEqual([
      { type: 'related', target: 'acronym.nato' },
      { type: 'related', target: 'concept.y' },
      { type: 'related', target: 'topic.un' },
    ]);
    // Sorted and without repeats: acronym.y and concept.y are the same concept now.
    expect(lexicon.events?.[0]?.related).toEqual(['concept.x', 'concept.y', 'topic.un']);
  });
});

describe('upgradeLexicon: terms, statuses and replacements', () => {
  it('turns forms, variants and aliases into terms with their statuses, ids, notes and provenance', () => {
    const { concepts } = upgrade({
      acronyms: [
        acronym('acronym.ntm-i', 'NTM-I', 'NATO Training Mission-Iraq', {
          definedInSource: true,
          provenance: [prov('NATO Training Mission-Iraq (NTM-I)')],
          variants: [{ form: 'NTMI', status: 'deprecated', note: 'Team style.' }, { form: 'NTM–I' }],
        }),
      ],
    });
    expect(concepts[0]?.terms).toEqual([
      { id: 'acronym.ntm-i', text: 'NTM-I', type: 'acronym', status: 'preferred', definedInSource: true, provenance: [prov('NATO Training Mission-Iraq (NTM-I)')] },
      { text: 'NTMI', type: 'acronym', status: 'deprecated', note: 'Team style.' },
      { text: 'NTM–I', type: 'acronym', status: 'admitted' },
      { text: 'NATO Training Mission-Iraq', type: 'fullForm', status: 'preferred' },
    ]);
  });

  it('makes preferred on a deprecated or superseded entry a replacedBy relation, and the entry status its terms\'', () => {
    const { concepts, notices } = upgrade({
      acronyms: [
        acronym('acronym.un-ctc', 'UN CTC', 'UN Counter-Terrorism Committee'),
        acronym('acronym.unctc', 'UNCTC', 'UN Counter-Terrorism Committee', { status: 'superseded', preferred: 'acronym.un-ctc', variants: [{ form: 'U.N.C.T.C.' }] }),
        acronym('acronym.odd', 'ODD', 'Odd', { preferred: 'acronym.un-ctc' }),
      ],
    });
    expect(concepts[1]).toMatchObject({
      id: 'concept.unctc',
      terms: [
        { text: 'UNCTC', status: 'superseded' },
        { text: 'U.N.C.T.C.', status: 'superseded' },
        { text: 'UN Counter-Terrorism Committee', type: 'fullForm', status: 'superseded' },
      ],
      related: [{ type: 'replacedBy', target: 'concept.un-ctc' }],
    });
    expect(concepts[2]?.related).toBeUndefined();
    expect(notices).toEqual([{ pointer: '/acronyms/2/preferred', message: expect.stringContaining("'preferred' is only meaningful on a deprecated or superseded entry") }]);
  });
});

describe('upgradeLexicon: definitions, notes, topics', () => {
  it('makes the definition the concept\'s, with the entry\'s first provenance', () => {
    const { concepts } = upgrade({
      terms: [term('term.kosovo-force', 'Kosovo Force', { definition: 'The Kosovo Force was deployed.', provenance: [prov('first'), prov('second')], topics: ['topic.un', 'topic.kfor'], usedIn: ['snippet.b', 'snippet.a'] })],
    });
    expect(concepts[0]).toMatchObject({
      definitions: [{ text: 'The Kosovo Force was deployed.', provenance: [prov('first')] }],
      topics: ['topic.kfor', 'topic.un'],
      usedIn: ['snippet.a', 'snippet.b'],
    });
    expect(concepts[0]?.terms[0]?.provenance).toEqual([prov('first'), prov('second')]);
  });

  it('keeps a definition without provenance as the definition (a team glossary\'s own words), and a second different one word for word as a note, and says so', () => {
    const { concepts, notices } = upgrade({
      acronyms: [acronym('acronym.x', 'X', 'Ex thing', { related: ['term.x'], definition: 'A second view.', provenance: [prov('X')], notes: ['Acronym note.'] })],
      terms: [term('term.x', 'Ex thing', { definition: 'What it is.', notes: ['Term note.'] }), term('term.y', 'Why', { definition: 'Same text.', provenance: [prov('Y')] })],
    });
    expect(concepts[0]?.definitions).toEqual([{ text: 'What it is.' }]);
    expect(concepts[0]?.notes).toEqual(['Term note.', 'Acronym note.', 'Definition in schema 1 (acronym.x): A second view.']);
    expect(concepts[1]?.definitions).toEqual([{ text: 'Same text.', provenance: [prov('Y')] }]);
    expect(notices).toEqual([{ pointer: '/acronyms/0/definition', message: 'the definition is a second definition of the same concept; it is kept as a note of the concept' }]);
  });

  it('keeps the first definition when the joined entries both have one', () => {
    const { concepts, notices } = upgrade({
      acronyms: [acronym('acronym.x', 'X', 'Ex', { related: ['term.x'], definition: 'Second.', provenance: [prov('X')] })],
      terms: [term('term.x', 'Ex', { definition: 'First.', provenance: [prov('T')] })],
    });
    expect(concepts[0]?.definitions).toEqual([{ text: 'First.', provenance: [prov('T')] }]);
    expect(concepts[0]?.notes).toEqual(['Definition in schema 1 (acronym.x): Second.']);
    expect(notices.map((notice) => notice.pointer)).toEqual(['/acronyms/0/definition']);
  });
});

describe('upgradeLexicon: the document', () => {
  it('keeps name, version, language, sources, topics, snippets and events, and says it is schema 2', () => {
    const v1: LexiconV1 = {
      $schema: 'urn:natolex:schema:lexicon:1',
      name: 'N',
      version: '1.0.0',
      language: 'en',
      sources: [{ id: 'source.t', type: 'webpage', title: 'T' }],
      snippets: [{ id: 'snippet.t.p1', topic: 'topic.t', section: 'section.t.lead', role: 'paragraph', text: 'Text.' }],
      events: [{ id: 'event.t.1994', date: '1994', dateText: 'in 1994', text: 'E.', topic: 'topic.t', provenance: prov('E.') }],
    };
    const { lexicon } = upgrade(v1);
    expect(lexicon).toEqual({ ...v1, $schema: SCHEMA_ID });
    expect(isLexiconV1(lexicon)).toBe(false);
    expect(upgrade({}).lexicon).toEqual({ $schema: SCHEMA_ID });
  });

  it('is pure: the input is not changed and the output shares nothing with it', () => {
    const v1: LexiconV1 = {
      sources: [{ id: 'source.t', type: 'webpage', title: 'T', author: [{ literal: 'A' }] }],
      acronyms: [acronym('acronym.x', 'X', 'Ex', { provenance: [prov('q')], variants: [{ form: 'x' }] })],
      events: [{ id: 'event.e', date: '1994', text: 'E.', topic: 'topic.t', provenance: prov('E.') }],
    };
    const before = JSON.stringify(v1);
    const frozen = deepFreeze(structuredClone(v1));
    const lexicon = upgradeLexicon(frozen);
    expect(JSON.stringify(frozen)).toBe(before);
    const out = JSON.parse(JSON.stringify(lexicon)) as unknown;
    mutateEverything(lexicon);
    expect(JSON.stringify(frozen)).toBe(before);
    expect(JSON.stringify(upgradeLexicon(frozen))).toBe(JSON.stringify(out));
  });

  it('gives the same bytes for the same input', () => {
    const v1: LexiconV1 = { acronyms: [acronym('acronym.b', 'B', 'Bee', { related: ['term.b', 'topic.z', 'topic.a'] })], terms: [term('term.b', 'Bee', { topics: ['topic.z', 'topic.a'] })] };
    expect(JSON.stringify(upgradeLexicon(structuredClone(v1)))).toBe(JSON.stringify(upgradeLexicon(structuredClone(v1))));
  });
});

// Complexity guards: each input below makes a quadratic version do 10^10 steps (well over a minute).
describe('upgradeLexicon stays linear', () => {
  const N = 100_000;

  it('joins 100k acronyms sharing one id with 100k terms that all name it', () => {
    const acronyms = Array.from({ length: N }, (_, i) => acronym('acronym.same', 'S', `Same ${i}`));
    const terms = Array.from({ length: N }, (_, i) => term(`term.t${i}`, `Same ${i}`, { related: ['acronym.same'] }));
    const lexicon = upgradeLexicon({ acronyms, terms });
    expect(lexicon.concepts).toHaveLength(2 * N - 1);
    expect(lexicon.concepts?.[0]?.terms.map((t) => t.text)).toEqual(['Same 0', 'S']);
  }, 30_000);

  it('numbers 100k entries with the same id', () => {
    const lexicon = upgradeLexicon({ terms: Array.from({ length: N }, () => term('term.same', 'Same')) });
    expect(lexicon.concepts?.at(-1)?.id).toBe(`concept.same-${N}`);
  }, 30_000);

  it('relates one acronym to 100k terms', () => {
    const terms = Array.from({ length: N }, (_, i) => term(`term.t${i}`, `T ${i}`));
    const lexicon = upgradeLexicon({ acronyms: [acronym('acronym.a', 'A', 'T 99999', { related: terms.map((t) => t.id) })], terms });
    expect(lexicon.concepts).toHaveLength(N);
    expect(lexicon.concepts?.at(-1)?.related).toHaveLength(N - 1);
  }, 30_000);
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function mutateEverything(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(mutateEverything);
    value.push('mutated');
  } else if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(mutateEverything);
    (value as Record<string, unknown>).mutated = true;
  }
}
