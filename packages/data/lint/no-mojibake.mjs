// Rule: no mojibake is left, in the cleaned text or in any string of the lexicon. A "?" that stands for a lost
// character looks like "??", " ? " or a "?" inside a word ("NATO?s"); a real question mark ends a word and is
// followed by a space, a closing quote or the end. Also caught: U+FFFD, UTF-8 read as Latin-1 ("â€™", "Ã©"), and
// no-break spaces (which the cleaner turns into spaces).

const SUSPECTS = [
  { pattern: /\?{2,}/g, reason: 'repeated "?" (a lost multi-byte character)' },
  { pattern: /(?:^|[\s\u00a0])\?(?=[\s\u00a0]|$)/gm, reason: 'a lone "?" between spaces (a lost glyph)' },
  { pattern: /(?<=[\p{L}\p{N}])\?(?=[\p{L}\p{N}])/gu, reason: '"?" inside a word (a lost character)' },
  { pattern: /(?:^|[\s\u00a0(])\?(?=[\p{L}\p{N}])/gmu, reason: '"?" before a word (a lost opening character)' },
  { pattern: /\uFFFD/g, reason: 'U+FFFD replacement character' },
  { pattern: /â€|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]/g, reason: 'UTF-8 decoded as Latin-1' },
  { pattern: /\u00a0/g, reason: 'U+00A0 no-break space' },
];

/** Issues for one string; `where` names it. */
export function findMojibake(text, where) {
  const issues = [];
  for (const { pattern, reason } of SUSPECTS) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index + match[0].indexOf(match[0].trim() || match[0]);
      const context = text.slice(Math.max(0, at - 25), at + 25).replace(/\n/g, '⏎');
      issues.push({ where, message: `${reason} at offset ${at}: …${context}…` });
    }
  }
  return issues;
}

function walkStrings(value, pointer, visit) {
  if (typeof value === 'string') visit(value, pointer);
  else if (Array.isArray(value)) value.forEach((item, index) => walkStrings(item, `${pointer}/${index}`, visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walkStrings(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, visit);
  }
}

export default {
  id: 'no-mojibake',
  description: 'no ?-mojibake, replacement characters, Latin-1 misreadings or no-break spaces remain',
  check({ lexicon, cleanedText }) {
    const issues = findMojibake(cleanedText, 'cleaned text');
    walkStrings(lexicon, '', (text, pointer) => issues.push(...findMojibake(text, `lexicon ${pointer}`)));
    return issues;
  },
};
