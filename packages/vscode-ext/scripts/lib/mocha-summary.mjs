// Counts from Mocha's spec/dot reporter output ("  12 passing (3s)", "  1 pending", "  2 failing").
const ANSI_ESCAPES = /\u001b\[[0-9;]*m/g;

/** Reads the last summary in lines (strings, possibly colored); found is false when there is none. */
export function summarizeMocha(lines) {
  const text = lines.join('\n').replace(ANSI_ESCAPES, '');
  const last = (pattern) => {
    const matches = [...text.matchAll(pattern)];
    return matches.length ? Number(matches[matches.length - 1][1]) : undefined;
  };
  const passed = last(/^\s*(\d+) passing\b/gm);
  return {
    found: passed !== undefined,
    passed: passed ?? 0,
    failed: last(/^\s*(\d+) failing\b/gm) ?? 0,
    pending: last(/^\s*(\d+) pending\b/gm) ?? 0,
  };
}
