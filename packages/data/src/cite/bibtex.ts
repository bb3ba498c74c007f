// BibTeX export of a source page. ASCII (non-ASCII as LaTeX commands, so bibtex8 and biber read it alike; only
// scripts without a LaTeX command stay UTF-8, braced),
// every BibTeX special escaped, and the title's capitals brace-protected word by word, so that styles which
// lower-case titles (plain.bst: "Nato’s relations with the united nations") keep "NATO" and "United Nations".
import type { Citable } from './citable.js';

/** Non-ASCII characters of the corpus and of common glossaries, as LaTeX (braced, so case changes leave them be). */
const LATEX: Record<string, string> = {
  '’': '{\\textquoteright}',
  '‘': '{\\textquoteleft}',
  '“': '{\\textquotedblleft}',
  '”': '{\\textquotedblright}',
  '–': '--',
  '—': '---',
  '…': '{\\ldots}',
  '\u00a0': '~',
  '«': '{\\guillemotleft}',
  '»': '{\\guillemotright}',
  '€': '{\\texteuro}',
  '£': '{\\pounds}',
  '§': '{\\S}',
  '©': '{\\textcopyright}',
  '°': '{\\textdegree}',
  '¹': '{\\textsuperscript{1}}',
  '²': '{\\textsuperscript{2}}',
  '³': '{\\textsuperscript{3}}',
  'ß': '{\\ss}',
  'æ': '{\\ae}',
  'Æ': '{\\AE}',
  'ø': '{\\o}',
  'Ø': '{\\O}',
  'å': '{\\aa}',
  'Å': '{\\AA}',
  'ł': '{\\l}',
  'Ł': '{\\L}',
  'ı': '{\\i}',
};

/** Combining accents (after NFD) as LaTeX accent commands. */
const ACCENTS: Record<string, string> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0308': '"',
  '\u0304': '=',
  '\u0307': '.',
  '\u0327': 'c',
  '\u030c': 'v',
  '\u0306': 'u',
  '\u030b': 'H',
  '\u0328': 'k',
  '\u030a': 'r',
};

const SPECIALS: Record<string, string> = {
  '\\': '{\\textbackslash}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '{\\textasciitilde}',
  '^': '{\\textasciicircum}',
};

/** One character (a base letter with its combining accents, after NFD) as ASCII TeX. */
function texChar(cluster: string): string {
  const [base = '', ...marks] = [...cluster];
  if (marks.length > 0 && /^[A-Za-z]$/.test(base) && marks.every((mark) => ACCENTS[mark] !== undefined)) {
    const accent = (letter: string) => marks.reduce((inner, mark) => `\\${ACCENTS[mark]}${/^[A-Za-z]$/.test(ACCENTS[mark]!) ? ' ' : ''}${inner}`, letter);
    return `{${accent(base === 'i' ? '\\i' : base)}}`;
  }
  const composed = cluster.normalize('NFC');
  if (SPECIALS[composed] !== undefined) return SPECIALS[composed]!;
  if (LATEX[composed] !== undefined) return LATEX[composed]!;
  if (/^[\x20-\x7e]$/.test(composed)) return composed;
  if (/^\s+$/u.test(composed)) return ' ';
  // A script LaTeX has no ASCII command for (Greek, Cyrillic, CJK…): kept as UTF-8 but braced, so that bibtex8
  // treats it as one unit (no case change, no split) and biber reads it as it is.
  return `{${composed}}`;
}

/** Escapes BibTeX specials and writes non-ASCII as LaTeX; the result is printable ASCII with balanced braces. */
export function escapeBibtex(text: string): string {
  return (text.normalize('NFD').match(/\P{M}\p{M}*|\p{M}+/gu) ?? []).map(texChar).join('');
}

/** Escapes a title and braces every word with a capital letter, so no style can lower-case it. */
export function protectTitle(text: string): string {
  return (text.match(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu) ?? [])
    .map((piece) => (/\p{Lu}/u.test(piece) && /[\p{L}\p{N}]/u.test(piece) ? `{${escapeBibtex(piece)}}` : escapeBibtex(piece)))
    .join('');
}

function isoDate(parts: readonly number[] | undefined): string | undefined {
  const [year, month, day] = parts ?? [];
  if (year === undefined) return undefined;
  return [year, month, day]
    .filter((part) => part !== undefined)
    .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join('-');
}

/** url is read verbatim (biblatex, hyperref): percent-encode what could break the entry instead of escaping it. */
function safeUrl(url: string): string {
  const bytes = new TextEncoder();
  return url.replace(/[{}\\\s]|[^\x20-\x7e]/gu, (char) => [...bytes.encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}

export function bibtexEntry(citable: Citable): string {
  const { key, source } = citable;
  const fields: [string, string][] = [];
  const authors = (source.author ?? []).map((name) =>
    name.literal !== undefined ? `{${escapeBibtex(name.literal)}}` : escapeBibtex([name.family, name.given].filter(Boolean).join(', ')),
  );
  if (authors.length > 0) fields.push(['author', authors.join(' and ')]);
  fields.push(['title', protectTitle(source.title)]);
  if (source['container-title']) fields.push(['howpublished', escapeBibtex(source['container-title'])]);
  if (source.publisher) fields.push(['publisher', escapeBibtex(source.publisher)]);
  const issued = source.issued?.['date-parts'][0];
  if (issued?.[0] !== undefined) {
    fields.push(['year', String(issued[0])]);
    if (issued[1] !== undefined && issued[1] >= 1 && issued[1] <= 12) fields.push(['month', String(issued[1])]);
  } else {
    fields.push(['note', 'n.d.']);
  }
  if (source.URL) fields.push(['url', safeUrl(source.URL)]);
  const accessed = isoDate(source.accessed?.['date-parts'][0]);
  if (accessed !== undefined) fields.push(['urldate', accessed]);
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}`;
}
