// The README's bench table from several results files (node bench/ranges.mjs a.json b.json c.json): each figure as
// the range of the runs, and each target met in all, some or none of them.
import { readFileSync } from 'node:fs';

const runs = process.argv.slice(2).map((file) => JSON.parse(readFileSync(file, 'utf8')));
if (runs.length === 0) throw new Error('usage: node bench/ranges.mjs results-1.json results-2.json …');
const range = (pick) => {
  const values = runs.map(pick).filter((value) => typeof value === 'number');
  if (values.length === 0) return 'not measured';
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? String(low) : `${low}–${high}`;
};
console.log(`| Target (${runs.length} runs) | Measured | Met |`);
console.log('|---|---|---|');
for (const name of Object.keys(runs[0].targets)) {
  const met = runs.filter((run) => run.targets[name]?.met).length;
  console.log(`| ${name} | ${range((run) => run.targets[name]?.value)} | ${met === runs.length ? 'met' : met === 0 ? 'missed' : `met in ${met} of ${runs.length}`} |`);
}
