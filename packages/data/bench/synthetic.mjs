// Deterministic synthetic data for the benchmark: lexicons of N acronyms/terms and a Markdown draft that uses them,
// all derived from one seed number (same seed, same bytes).

import { existsSync, readFileSync } from 'node:fs';

/** The seed text (the package's raw copy, else the shared original): real policy prose for the drafts. */
export function seedText() {
  for (const candidate of ['../raw/nato-topics-u.txt', '../../../../shared/seed/nato-topics-u.txt']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url)) return readFileSync(url, 'utf8');
  }
  throw new Error('bench: the seed text (raw/nato-topics-u.txt) is missing');
}

export function loadProse() {
  return proseWords(seedText());
}

/** mulberry32: a tiny seeded PRNG, good enough to spread words around. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ter', 'san', 'dor', 'vel', 'qui', 'ra', 'ne', 'tos', 'bri', 'an', 'el', 'or', 'gal', 'fen', 'mar', 'sti', 'pol', 'ur', 'ven', 'cas', 'dri'];
const TERM_HEADS = ['Operation', 'Mission', 'Programme', 'Council', 'Agreement', 'Initiative', 'Partnership', 'Centre', 'Resolution', 'Committee'];
/** Lowercase twins of acronyms and prefixes of them, which must not match (deep ≠ DEEP, understanding ≠ UN). */
const FALSE_FRIENDS = ['deep', 'sofa', 'amis', 'au', 'un', 'nato', 'understanding', 'Au', 'Un'];

/** The words of a real text, in order, as the prose vocabulary (so word frequencies are natural). */
export function proseWords(text) {
  return text.match(/[\p{L}\p{N}]+(?:[’'][\p{L}]+)?/gu) ?? [];
}

function pick(next, list) {
  return list[Math.floor(next() * list.length)];
}

function pseudoWord(next, capitalise) {
  const count = 2 + Math.floor(next() * 3);
  let word = '';
  for (let index = 0; index < count; index++) word += pick(next, SYLLABLES);
  return capitalise ? word[0].toUpperCase() + word.slice(1) : word;
}

function acronymForm(next) {
  const letters = 2 + Math.floor(next() * 5);
  let form = '';
  for (let index = 0; index < letters; index++) form += String.fromCharCode(65 + Math.floor(next() * 26));
  const style = next();
  if (style < 0.08 && form.length >= 3) return form[0] + form.slice(1, -1).toLowerCase() + form.at(-1); // PfP-like
  if (style < 0.13) return `${form}-${String.fromCharCode(65 + Math.floor(next() * 26))}`; // NTM-I-like
  if (style < 0.18) return `${form.slice(0, 2)} ${form.slice(2) || 'X'}`; // UN CTC-like
  return form;
}


/**
 * A schema-valid lexicon document with `size` entries, shaped like a terminology base: 50% acronyms (some mixed case,
 * hyphenated or spaced), 35% lowercase multi-word terms ("joint logistics support"), 15% named terms
 * ("Operation Velmar").
 */
export function syntheticLexicon(size, seed, prose) {
  const next = random(seed);
  // Terms are made of the prose's own content words (and pseudo-words), as terminology is made of ordinary words.
  const termWords = [...new Set(prose.map((word) => word.toLowerCase()).filter((word) => word.length > 3 && /^\p{L}+$/u.test(word)))].sort();
  const used = new Set();
  const acronyms = [];
  const terms = [];
  const unique = (make) => {
    for (;;) {
      const form = make();
      if (!used.has(form)) {
        used.add(form);
        return form;
      }
    }
  };
  for (let index = 0; index < size; index++) {
    const roll = next();
    if (roll < 0.5) {
      const form = unique(() => acronymForm(next));
      const expansion = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pseudoWord(next, true)).join(' ');
      acronyms.push({ id: `acronym.s${index}`, form, expansion, definition: `The ${expansion}.` });
    } else if (roll < 0.85) {
      const term = unique(() =>
        Array.from({ length: 2 + Math.floor(next() * 3) }, () => (next() < 0.6 ? pick(next, termWords) : pseudoWord(next, false))).join(' '),
      );
      terms.push({ id: `term.s${index}`, term, category: 'concept', definition: `A ${term} is a synthetic entry.` });
    } else {
      const term = unique(() => `${pick(next, TERM_HEADS)} ${Array.from({ length: 1 + Math.floor(next() * 3) }, () => pseudoWord(next, true)).join(' ')}`);
      const entry = { id: `term.s${index}`, term, category: 'concept', definition: `${term} is a synthetic entry.` };
      if (next() < 0.2) entry.aliases = [term.split(' ').slice(1).join(' ')];
      if (entry.aliases && used.has(entry.aliases[0])) delete entry.aliases;
      else if (entry.aliases) used.add(entry.aliases[0]);
      terms.push(entry);
    }
  }
  return { $schema: 'urn:natolex:schema:lexicon:1', name: `synthetic ${size} (seed ${seed})`, acronyms, terms };
}

/** Written forms of a lexicon document (see entryForms). */
export function formsOf(document) {
  return entryForms(document).map(({ form }) => form);
}

/** Every written form of a document, schema 2 (concepts' terms) or schema 1 (acronyms, variants, terms, aliases), with its id. */
export function entryForms(document) {
  return [
    ...(document.concepts ?? []).flatMap((concept) => concept.terms.map((term) => ({ form: term.text, id: concept.id }))),
    ...(document.acronyms ?? []).flatMap((acronym) => [acronym.form, ...(acronym.variants ?? []).map((variant) => variant.form)].map((form) => ({ form, id: acronym.id }))),
    ...(document.terms ?? []).flatMap((term) => [term.term, ...(term.aliases ?? [])].map((form) => ({ form, id: term.id }))),
  ];
}

/**
 * A Markdown draft of about `bytes` UTF-8 bytes: headings, paragraphs and lists whose prose is drawn word by word
 * from a real text (`prose`, so word frequencies are natural and many words begin a term), in which about one word
 * slot in twelve is a lexicon form (acronyms sometimes possessive, in parentheses or bold), with false friends of
 * acronyms (deep, sofa, understanding) sprinkled in.
 */
export function syntheticDraft(document, bytes, seed, prose) {
  const next = random(seed);
  const acronyms = (document.acronyms ?? []).map((acronym) => acronym.form);
  const terms = (document.terms ?? []).map((term) => term.term);
  const parts = [];
  let size = 0;
  const push = (text) => {
    parts.push(text);
    size += Buffer.byteLength(text);
  };
  const sentence = () => {
    const words = [];
    const length = 10 + Math.floor(next() * 16);
    for (let index = 0; index < length; index++) {
      const roll = next();
      if (roll < 0.05 && acronyms.length > 0) {
        const form = pick(next, acronyms);
        const decoration = next();
        words.push(decoration < 0.1 ? `${form}’s` : decoration < 0.2 ? `(${form})` : decoration < 0.25 ? `**${form}**` : form);
      } else if (roll < 0.08 && terms.length > 0) words.push(pick(next, terms));
      else words.push(next() < 0.01 ? pick(next, FALSE_FRIENDS) : pick(next, prose));
    }
    const text = words.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}${pick(next, ['.', '.', '.', ';', '?'])}`;
  };
  let section = 0;
  while (size < bytes) {
    push(`## ${section++}. ${sentence().slice(0, 60)}\n\n`);
    const paragraphs = 2 + Math.floor(next() * 4);
    for (let index = 0; index < paragraphs; index++) {
      if (next() < 0.2) {
        for (let item = 0; item < 3; item++) push(`- ${sentence()}\n`);
        push('\n');
      } else {
        // Hard-wrapped paragraph lines, as many Markdown drafts are.
        const sentences = Array.from({ length: 2 + Math.floor(next() * 5) }, sentence).join(' ');
        push(`${sentences.replace(/(.{60,100}?) /g, '$1\n')}\n\n`);
      }
    }
  }
  return parts.join('').slice(0, bytes);
}
