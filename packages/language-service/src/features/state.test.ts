import { createLexicon } from '@natolex/data';
import { describe, expect, it } from 'vitest';
import { checkGlossaries } from '../glossary/load.js';
import { folderFor, stateOf } from './state.js';

describe('stateOf', () => {
  it('names the glossary each entry comes from, the later one for an id both have', () => {
    const team = { acronyms: [{ id: 'acronym.team.drt', form: 'DRT', expansion: 'Drafting Review Team' }] };
    const check = checkGlossaries([{ key: 'file:///w/team.natolex.json', label: 'team.natolex.json', text: JSON.stringify(team) }], { mode: 'partial' });
    const state = stateOf(check, createLexicon());
    expect(state.lexicon.expand('DRT')).toBe('Drafting Review Team');
    // The concept the schema 1 entry became, and the entry's id (now its term's).
    expect(state.originOf?.('concept.team.drt')).toBe('team.natolex.json');
    expect(state.originOf?.('acronym.team.drt')).toBe('team.natolex.json');
    expect(state.originOf?.('concept.nato-ukraine-commission')).toBeUndefined();
  });

  it('carries the writer language', () => {
    expect(stateOf({ loaded: [] }, createLexicon(), undefined, 'fr').language).toBe('fr');
    expect(stateOf({ loaded: [] }, createLexicon()).language).toBeUndefined();
  });

  it('falls back to the given lexicon when nothing could be built', () => {
    const fallback = createLexicon();
    expect(stateOf({ loaded: [] }, fallback).lexicon).toBe(fallback);
  });
});

describe('folderFor', () => {
  it('picks the innermost folder holding the document, never a name prefix', () => {
    const folders = ['file:///w', 'file:///w/docs', 'file:///w2'];
    expect(folderFor('file:///w/docs/a.md', folders)).toBe('file:///w/docs');
    expect(folderFor('file:///w/a.md', folders)).toBe('file:///w');
    expect(folderFor('file:///w2x/a.md', folders)).toBeUndefined();
  });
});
