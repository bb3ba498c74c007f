import { createLexicon } from '@natolex/data';
import { describe, expect, it } from 'vitest';
import { entryDocument, passageDocument } from './documents.js';
import { childrenOf, eventPassage, insertionTextFor, searchFilter, type LexiconNode } from './tree.js';

const lexicon = createLexicon();

function find(nodes: LexiconNode[], label: string) {
  const node = nodes.find((candidate) => candidate.label === label);
  if (!node) throw new Error(`no node "${label}" among ${nodes.map((candidate) => candidate.label).join(', ')}`);
  return node;
}

describe('childrenOf', () => {
  it('has topics, concepts, acronyms and events at the root', () => {
    const root = childrenOf(lexicon, undefined, undefined);
    expect(root.map((node) => node.label)).toEqual(['Topics', 'Concepts', 'Acronyms', 'Events']);
    expect(root.find((node) => node.label === 'Concepts')).toMatchObject({ count: lexicon.concepts.length });
  });

  it('lists each concept once under its preferred term, with its acronyms and subject field', () => {
    const concepts = childrenOf(lexicon, find(childrenOf(lexicon, undefined, undefined), 'Concepts'), undefined);
    expect(find(concepts, 'Kosovo Force')).toMatchObject({ kind: 'concept', id: 'concept.kosovo-force', description: 'KFOR · operation' });
    expect(concepts.filter((node) => node.kind === 'concept' && node.id === 'concept.kosovo-force')).toHaveLength(1);
  });

  it('nests topics › sections › subsections and passages', () => {
    const topics = childrenOf(lexicon, find(childrenOf(lexicon, undefined, undefined), 'Topics'), undefined);
    const un = find(topics, 'NATO’s relations with the United Nations');
    const keyAreas = find(childrenOf(lexicon, un, undefined), 'Key areas of cooperation');
    const counterTerrorism = find(childrenOf(lexicon, keyAreas, undefined), 'Counter-terrorism');
    const passages = childrenOf(lexicon, counterTerrorism, undefined);
    expect(passages[0]).toMatchObject({ kind: 'passage', id: 'snippet.un.p12' });
    expect(passages[0]!.label.length).toBeLessThanOrEqual(80);
  });

  it('lists acronyms sorted, with their full form, each opening its concept', () => {
    const acronyms = childrenOf(lexicon, find(childrenOf(lexicon, undefined, undefined), 'Acronyms'), undefined);
    expect(find(acronyms, 'NUC')).toMatchObject({ kind: 'acronym', id: 'concept.nato-ukraine-commission', description: 'NATO-Ukraine Commission' });
    const labels = acronyms.map((node) => node.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('narrows every level to the hits of a typo-tolerant search', () => {
    const filter = searchFilter(lexicon, 'counter terorism');
    const root = childrenOf(lexicon, undefined, filter);
    const topics = childrenOf(lexicon, find(root, 'Topics'), filter);
    expect(topics.length).toBeLessThan(lexicon.topics.length);
    const un = find(topics, 'NATO’s relations with the United Nations');
    const sections = childrenOf(lexicon, un, filter);
    expect(sections.length).toBeLessThan(lexicon.topics.find((topic) => topic.id === 'topic.un')!.sections.length);
    expect(childrenOf(lexicon, undefined, new Set())).toEqual([]);
  });
});

describe('insertion and documents', () => {
  it('inserts acronyms defined and terms as written; events map to their passage', () => {
    expect(insertionTextFor(lexicon, 'concept.partnership-for-peace', 'PfP')).toBe('Partnership for Peace (PfP)');
    expect(insertionTextFor(lexicon, 'acronym.pfp')).toBe('Partnership for Peace (PfP)');
    expect(insertionTextFor(lexicon, 'concept.operation-unified-protector', 'Operation Unified Protector')).toBe('Operation Unified Protector');
    expect(insertionTextFor(lexicon, 'concept.kosovo-force')).toBe('Kosovo Force');
    expect(eventPassage(lexicon, 'event.un.1945-06-26')).toBe('snippet.un.p40');
  });

  it('writes passage and entry documents with the citation and provenance', () => {
    const passage = passageDocument(lexicon, 'snippet.un.p12', 'apa')!;
    expect(passage.split('\n')[0]).toBe('NATO’s relations with the United Nations › Counter-terrorism');
    expect(passage).toContain(lexicon.cite('snippet.un.p12', { style: 'apa' }));
    const entry = entryDocument(lexicon, 'term.north-atlantic-cooperation-council')!;
    expect(entry).toContain('Status: superseded — Use instead: Euro-Atlantic Partnership Council');
    expect(entry).toContain('Replaced by: EAPC — Euro-Atlantic Partnership Council');
    expect(entry).toContain('Entry id: concept.north-atlantic-cooperation-council');
    // The concept whichever term opens it: the KFOR entry has the Kosovo Force definition.
    const kfor = entryDocument(lexicon, 'acronym.kfor')!;
    expect(kfor.split('\n').slice(0, 2)).toEqual(['KFOR — Kosovo Force', 'acronym · operation']);
    expect(kfor).toContain('to provide an international security presence as the prerequisite for peace and reconstruction of Kosovo');
    expect(kfor).toContain('  KFOR (acronym, preferred)');
    expect(passageDocument(lexicon, 'acronym.nuc', 'apa')).toBeUndefined();
    expect(entryDocument(lexicon, 'snippet.un.p12')).toBeUndefined();
  });
});
