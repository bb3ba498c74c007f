// Citation keys: what a draft writes to cite a source page (Pandoc [@nato-un], BibTeX \cite{nato-un}, CSL-JSON id).
// Plain JavaScript so that the data lint rule (run by the build on bare Node) and the query API share one scheme.
//
// The scheme: "<author>-<page>", lower-case ASCII letters, digits and hyphens.
// - author: the first author; an institutional name of several capitalised words gives its initials
//   ("North Atlantic Treaty Organization" → "nato"), any other name its slug (a person's family name: "doe");
//   no author, no prefix.
// - page: the source id without its "source." prefix, dots as hyphens ("source.un" → "un").
// Keys are unique in a lexicon: a later source whose key is taken gets "-2", "-3"… in document order. The
// stable-citation-keys lint rule keeps the bundled corpus's keys from changing across versions.

const LOWER_WORDS = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'the', 'to']);

/** Lower-case ASCII slug: accents dropped, anything else a hyphen, no leading/trailing/double hyphens. */
export function slug(text) {
  return String(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function authorPart(source) {
  const first = Array.isArray(source.author) ? source.author[0] : undefined;
  if (first === undefined || first === null || typeof first !== 'object') return '';
  if (typeof first.literal === 'string') {
    const words = first.literal.split(/\s+/).filter(Boolean);
    const capitalised = words.filter((word) => !LOWER_WORDS.has(word.toLowerCase()));
    if (capitalised.length >= 2 && capitalised.every((word) => /^\p{Lu}/u.test(word))) {
      return slug(capitalised.map((word) => String.fromCodePoint(word.codePointAt(0))).join(''));
    }
    return slug(first.literal);
  }
  return slug(first.family ?? first.given ?? '');
}

/** The key a source would have on its own (before making keys unique in a lexicon). */
export function baseCitationKey(source) {
  const page = slug(String(source.id).replace(/^source\./, ''));
  const author = authorPart(source);
  return [author, page].filter(Boolean).join('-') || 'source';
}

/** Keys of all sources, in order: source id → unique key. */
export function citationKeys(sources) {
  const keys = new Map();
  const taken = new Set();
  for (const source of sources) {
    const base = baseCitationKey(source);
    let key = base;
    for (let suffix = 2; taken.has(key); suffix++) key = `${base}-${suffix}`;
    taken.add(key);
    keys.set(source.id, key);
  }
  return keys;
}
