// The benches' shared measuring helpers (this package's, the language service's and the language server's benches).

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Median wall time (ms) of `runs` calls after `warmup` unmeasured ones. */
export function time(fn, runs, warmup = 2) {
  for (let index = 0; index < warmup; index++) fn();
  const times = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export const log = (message) => process.stderr.write(`${message}\n`);
