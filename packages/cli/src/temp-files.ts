// The temporary files --fix writes beside a draft before renaming them over it (.NAME.<pid>.<8 hex>.tmp), as big
// as the draft: removed when natolex is interrupted (SIGINT, SIGTERM, SIGHUP), and swept when a later run writes
// the same draft after an earlier one was killed outright (SIGKILL, power loss) and could not clean up.
import { randomBytes } from 'node:crypto';
import { lstat, readdir, unlink } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';

const live = new Set<string>();

/** A fresh temporary name beside `file`, for this process. */
export function temporaryNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Marks a temporary file as ours until `forget`: an interruption removes it. */
export function track(temporary: string): void {
  live.add(temporary);
}

export function forget(temporary: string): void {
  live.delete(temporary);
}

const CLEANUP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Until the returned function is called, an interrupting signal removes the live temporary files and exits with
 * 128 + the signal number (130 for SIGINT, 143 for SIGTERM), as shells report a command stopped by that signal.
 * Removing a temporary file that a rename is moving at that moment is harmless: the draft is then either the old
 * or the new text, never a part of either.
 */
export function removeTemporariesOnSignals(stderr: (text: string) => void): () => void {
  const handlers = CLEANUP_SIGNALS.map((signal) => {
    const handler = () => {
      for (const temporary of live) {
        try {
          unlinkSync(temporary);
        } catch {
          // already renamed or removed
        }
      }
      live.clear();
      stderr(`natolex: interrupted (${signal}); no draft was left half written\n`);
      process.exit(128 + constants.signals[signal]);
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => {
    for (const remove of handlers) remove();
  };
}

// The largest pid any system hands out (Linux's pid_max ceiling is 2^22; others are lower); above it, no process.
const PID_CEILING = 2 ** 22;

/** Whether a process with this pid may be running (on doubt: yes, so its file is kept). */
function mayBeAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid > PID_CEILING) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

const TEMPORARY_NAME = /^\.(.+)\.(\d{1,10})\.[0-9a-f]{8}\.tmp$/;

/**
 * Removes leftovers of dead runs beside drafts natolex writes. Each folder is listed once per run (a run that fixes
 * thousands of drafts in one folder stays linear); a draft's leftovers are removed when that draft is written.
 */
export class StaleTemporarySweeper {
  private readonly folders = new Map<string, Promise<Map<string, string[]>>>();

  async sweepBeside(file: string): Promise<void> {
    const folder = path.dirname(file);
    let listing = this.folders.get(folder);
    if (!listing) {
      listing = staleTemporariesIn(folder);
      this.folders.set(folder, listing);
    }
    const byDraft = await listing;
    const stale = byDraft.get(path.basename(file)) ?? [];
    byDraft.delete(path.basename(file));
    for (const name of stale) {
      const leftover = path.join(folder, name);
      try {
        if ((await lstat(leftover)).isFile()) await unlink(leftover);
      } catch {
        // gone already, or not ours to remove
      }
    }
  }
}

async function staleTemporariesIn(folder: string): Promise<Map<string, string[]>> {
  const byDraft = new Map<string, string[]>();
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return byDraft;
  }
  for (const name of names) {
    const match = TEMPORARY_NAME.exec(name);
    if (!match) continue;
    const [, draft, pid] = match as unknown as [string, string, string];
    if (Number(pid) === process.pid || mayBeAlive(Number(pid))) continue;
    const list = byDraft.get(draft) ?? [];
    list.push(name);
    byDraft.set(draft, list);
  }
  return byDraft;
}
