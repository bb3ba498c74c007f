// Rule: the curation log is complete and true. The generated block of CURATION.md must be exactly what the
// cleaner's rules and changes render to now: a change the cleaner makes but the log does not list (or the other
// way round) fails.
import { existsSync, readFileSync } from 'node:fs';
import { CURATION_PATH, extractGeneratedBlock, renderCleaningLog } from '../scripts/curation-log.mjs';
import { readRawSeed } from '../scripts/clean.mjs';

export default {
  id: 'curation-log',
  description: 'CURATION.md lists exactly the changes the cleaner makes',
  check({ curationMarkdown = existsSync(CURATION_PATH) ? readFileSync(CURATION_PATH, 'utf8') : undefined, raw = readRawSeed() }) {
    if (curationMarkdown === undefined) return [{ where: 'CURATION.md', message: 'is missing' }];
    const block = extractGeneratedBlock(curationMarkdown);
    if (block === undefined) return [{ where: 'CURATION.md', message: 'has no generated cleaning-log block' }];
    const expected = renderCleaningLog(raw);
    if (block === expected) return [];
    const actualLines = block.split('\n');
    const expectedLines = expected.split('\n');
    const line = expectedLines.findIndex((text, index) => text !== actualLines[index]);
    return [{
      where: 'CURATION.md',
      message: `the cleaning log differs from what the cleaner does (first at generated line ${line + 1}: expected ${JSON.stringify(expectedLines[line] ?? '')}); run node scripts/curation-log.mjs --write`,
    }];
  },
};
