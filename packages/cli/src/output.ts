// Standard output of the executable. A reader that closes the pipe early (`natolex search x | head -1`) ends the run
// quietly; any other failed write (`> /dev/full`: ENOSPC, a closed terminal: EIO) is one line on stderr and exit
// status 2, never a stack trace. Writes to a file or a terminal are synchronous in Node and throw; writes to a pipe
// fail later, as an 'error' event: both come here.
let failed = false;

export function reportOutputError(error: NodeJS.ErrnoException): void {
  if (failed) return;
  failed = true;
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  try {
    process.stderr.write(`natolex: cannot write to standard output (${error.code ?? error.message})\n`);
  } catch {
    // stderr is gone too: the exit status is all that is left
  }
  process.exit(2);
}

export function writeOutput(text: string): void {
  if (failed) return;
  try {
    process.stdout.write(text);
  } catch (error) {
    reportOutputError(error as NodeJS.ErrnoException);
  }
}
