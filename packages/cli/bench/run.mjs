#!/usr/bin/env node
// npm run bench -w @natolex/cli: what `natolex check` costs per draft, as ratios against the baseline of the same run:
// one `lexicon.scan` of the same text (the matching every rule needs). A draft is built from the corpus's own
// passages (about 1 MB), so it has the density of acronyms a real policy draft has. Needs a build (dist/).
import { performance } from 'node:perf_hooks';
import { findFirstUseIssues, lexicon } from '@natolex/data';
import { DEFAULT_SEVERITIES, checkText } from '../dist/index.js';

const TARGET_CHARS = 1_000_000;
const passages = lexicon.snippets.map((snippet) => snippet.text);
const paragraphs = [];
for (let size = 0, i = 0; size < TARGET_CHARS; i++) {
  const paragraph = i % 25 === 0 ? `## Section ${i}\n\n\`\`\`\nNUC EADRCC code\n\`\`\`\n` : passages[i % passages.length];
  paragraphs.push(paragraph);
  size += paragraph.length + 2;
}
const draft = paragraphs.join('\n\n');

/** Median wall time of `runs` calls, after warm-up. */
function time(fn, runs = 15) {
  for (let i = 0; i < 3; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(runs / 2)];
}

const options = { markdown: true, severities: DEFAULT_SEVERITIES, ignore: [] };
const baseline = time(() => lexicon.scan(draft));
const cases = [
  ['first-use only (findFirstUseIssues)', () => findFirstUseIssues(lexicon, draft)],
  ['all rules, Markdown (checkText)', () => checkText(lexicon, draft, options)],
  ['all rules, plain text', () => checkText(lexicon, draft, { ...options, markdown: false })],
];
console.log(`draft: ${(draft.length / 1e6).toFixed(2)} M chars, ${lexicon.scan(draft).length} matches, ${checkText(lexicon, draft, options).length} findings`);
console.log(`baseline  lexicon.scan: ${baseline.toFixed(1)} ms (median of 15)`);
for (const [name, fn] of cases) {
  const ms = time(fn);
  console.log(`${name.padEnd(38)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / baseline).toFixed(2)}x baseline`);
}
