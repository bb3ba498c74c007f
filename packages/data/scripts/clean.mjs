// Deterministic cleaning of the raw seed (raw/nato-topics-u.txt, never edited) into the cleaned text that every
// snippet, quote and definition of the corpus is a verbatim span of. Each rule says where it applies, what it
// changes and why, and how many changes it expects: if the seed ever differs, the cleaner fails instead of guessing.
//
//   node scripts/clean.mjs            prints the cleaned text
//   node scripts/clean.mjs --changes  prints the change list as JSON
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const RAW_PATH = fileURLToPath(new URL('../raw/nato-topics-u.txt', import.meta.url));

/**
 * The cleaning rules. All patterns run on the raw text (global, multiline); their matches must not overlap, so every
 * change can be reported at its position in the raw text and the result does not depend on rule order.
 */
export const RULES = [
  {
    id: 'title-separator',
    reason: 'mojibake title separator → the seed’s own " - "',
    where: 'Ukraine topic heading, between "NATO-Ukraine relations" and "NATO’s relations with Ukraine"',
    pattern: /(?<=^ *NATO-Ukraine relations) \?\? (?=NATO’s relations with Ukraine )/gm,
    replacement: ' - ',
    what: '"??" → "-"',
    why:
      'Mojibake: "??" stands for one lost non-ASCII glyph separating the kicker "NATO-Ukraine relations" from the ' +
      'page title. Its original glyph is not recoverable, so it becomes the separator the seed itself uses in the ' +
      'same position elsewhere ("NATO and Libya - Operation Unified Protector", "NATO - North Atlantic Treaty ' +
      'Organization"). No word is added or removed.',
    expect: 1,
  },
  {
    id: 'more-news-boilerplate',
    reason: 'navigation link, not topic text',
    where: 'end of the Ukraine topic text',
    pattern: / \? more News$/gm,
    replacement: '',
    what: '" ? more News" removed',
    why:
      'Web-page boilerplate: a "more News" link whose arrow glyph was lost as "?". It is navigation, not part of the ' +
      'topic text.',
    expect: 1,
  },
  {
    id: 'space-before-full-stop',
    reason: 'space left by a stripped hyperlink',
    where: '"for these issues ." (UN topic) and "please click here ." (UNSCR 1325 stub)',
    pattern: /(?<=[a-z]) \.(?=[\s\u00a0]|$)/gm,
    replacement: '.',
    what: '" ." → "."',
    why:
      'A space left before a full stop where a hyperlink was stripped from the page ("these issues", "here" were ' +
      'links). The link targets are not in the seed and are not restored.',
    expect: 2,
  },
  {
    id: 'non-breaking-space',
    reason: 'layout double spacing, not text',
    where: 'between sentences (UN, Uzbekistan topics) and between items of a year in Uzbekistan’s "Key milestones"',
    pattern: / ?\u00a0 ?/g,
    replacement: ' ',
    what: 'a run of U+00A0 NO-BREAK SPACE with its neighbouring spaces → one space',
    why:
      'Layout spacing, not text: U+00A0 followed or preceded by a space is the page’s double spacing. It would ' +
      'also make "whole word" and verbatim-span matching depend on an invisible character. In "Key milestones" ' +
      'the runs mark where a year lists a second item; that boundary is kept in the curated list items.',
    expect: 13,
  },
  {
    id: 'typographic-apostrophe',
    reason: 'one apostrophe style (’) throughout',
    where: 'straight apostrophes inside words ("NATO\'s", "Alliance\'s", "country\'s", "you\'re")',
    pattern: /(?<=[A-Za-z])'(?=[A-Za-z])/g,
    replacement: '’',
    what: "U+0027 ' → U+2019 ’",
    why:
      'Consistent apostrophes: the seed writes the apostrophe as ’ 35 times and as \' 5 times. The typographic ' +
      'form is kept and the straight ones follow it, so "NATO’s" is one spelling for search, scan and quotes.',
    expect: 5,
  },
  {
    id: 'typographic-double-quotes',
    reason: 'one quotation style (“ ”) throughout',
    where: 'UN topic, "Safe Areas"',
    pattern: /"([^"\n]+)"/g,
    replacement: '“$1”',
    what: 'U+0022 "…" → U+201C “…” U+201D',
    why: 'Consistent quotation marks: the typographic quotes are the house style of the seed (’), straight ones follow it.',
    expect: 1,
  },
];

/** Characters that must not survive cleaning, with the reason shown when one does. */
const FORBIDDEN = [
  { pattern: /\?/g, reason: 'question mark: every "?" of the seed is mojibake, none is a real question' },
  { pattern: /\uFFFD/g, reason: 'U+FFFD replacement character (mojibake)' },
  { pattern: /\u00a0/g, reason: 'U+00A0 no-break space' },
  { pattern: /["']/g, reason: 'straight quote (the cleaned text uses typographic quotes)' },
];

/** 1-based line and column (in UTF-16 code units) of `offset` in `text`. */
export function positionOf(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function findMatches(raw, rules) {
  const matches = [];
  for (const rule of rules) {
    const found = [...raw.matchAll(rule.pattern)];
    if (found.length !== rule.expect) {
      throw new Error(`clean: rule "${rule.id}" matched ${found.length} time(s), expected ${rule.expect} (${rule.where})`);
    }
    for (const match of found) {
      // Expand $1…$9 by hand: lookbehinds see the whole text, so re-running the pattern on match[0] alone would fail.
      const after = rule.replacement.replace(/\$(\d)/g, (_, group) => match[Number(group)] ?? '');
      matches.push({ rule: rule.id, start: match.index, end: match.index + match[0].length, before: match[0], after });
    }
  }
  matches.sort((a, b) => a.start - b.start);
  for (let i = 1; i < matches.length; i += 1) {
    const previous = matches[i - 1];
    const current = matches[i];
    if (current.start < previous.end) {
      throw new Error(`clean: rules "${previous.rule}" and "${current.rule}" overlap at offset ${current.start}`);
    }
  }
  return matches;
}

/**
 * Cleans the raw seed. Returns the cleaned text and one change record per edit, with positions in the raw and in the
 * cleaned text. Throws when a rule does not match as expected or when a forbidden character remains.
 */
export function cleanSeed(raw, rules = RULES) {
  const matches = findMatches(raw, rules);
  let text = '';
  let cursor = 0;
  const changes = [];
  for (const match of matches) {
    text += raw.slice(cursor, match.start);
    const cleanedOffset = text.length;
    text += match.after;
    cursor = match.end;
    changes.push({ ...match, cleanedOffset });
  }
  text += raw.slice(cursor);

  const problems = [];
  for (const { pattern, reason } of FORBIDDEN) {
    for (const found of text.matchAll(pattern)) {
      const { line, column } = positionOf(text, found.index);
      problems.push(`  ${line}:${column}  ${reason}: …${text.slice(Math.max(0, found.index - 20), found.index + 20)}…`);
    }
  }
  if (problems.length > 0) throw new Error(`clean: the cleaned text still has problems:\n${problems.join('\n')}`);

  return {
    text,
    changes: changes.map((change) => ({
      rule: change.rule,
      raw: { offset: change.start, ...positionOf(raw, change.start) },
      cleaned: { offset: change.cleanedOffset, ...positionOf(text, change.cleanedOffset) },
      before: change.before,
      after: change.after,
    })),
  };
}

export function readRawSeed() {
  return readFileSync(RAW_PATH, 'utf8');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { text, changes } = cleanSeed(readRawSeed());
  process.stdout.write(process.argv.includes('--changes') ? `${JSON.stringify(changes, null, 2)}\n` : text);
}
