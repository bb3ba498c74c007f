// Progress lines for the launcher scripts: "[natolex 12.3s] message", elapsed since the script started.
const startedAt = Date.now();

export function elapsedSeconds() {
  return (Date.now() - startedAt) / 1000;
}

export function step(message) {
  console.log(`[natolex ${elapsedSeconds().toFixed(1)}s] ${message}`);
}

/** Prints the message (and the cause, if any) to stderr and exits with status 1. */
export function fail(message, cause) {
  console.error(`\n[natolex] ${message}`);
  if (cause) console.error(cause instanceof Error ? (cause.stack ?? cause.message) : String(cause));
  process.exit(1);
}
