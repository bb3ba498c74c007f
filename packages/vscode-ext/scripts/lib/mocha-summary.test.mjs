import { describe, expect, it } from 'vitest';
import { summarizeMocha } from './mocha-summary.mjs';

describe('summarizeMocha', () => {
  it('reads the spec reporter summary, colors and all', () => {
    const lines = ['  \u001b[32m  ✔\u001b[0m hover', '\u001b[92m \u001b[0m\u001b[32m 12 passing\u001b[0m\u001b[90m (3s)\u001b[0m', '  1 pending', '\u001b[31m  2 failing\u001b[0m'];
    expect(summarizeMocha(lines)).toEqual({ found: true, passed: 12, failed: 2, pending: 1 });
  });

  it('takes the last summary when a suite printed several', () => {
    expect(summarizeMocha(['  3 passing (1s)', '  1 failing', '  5 passing (2s)'])).toMatchObject({ passed: 5, failed: 1 });
  });

  it('reports no summary when there is none, even if a test title mentions passing', () => {
    expect(summarizeMocha(['  ✔ counts 3 passing tests in the title', 'Error: boom'])).toEqual({ found: false, passed: 0, failed: 0, pending: 0 });
  });
});
