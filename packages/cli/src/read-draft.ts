// Reading one draft for `natolex check`: bounded in size, never blocking on a special file, binary files and byte
// order marks recognised, and a fingerprint of what was read so that --fix can tell whether the file changed since.
import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/** Drafts above this size are not checked unless --max-file-size says otherwise (a huge file would exhaust memory). */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
/** The largest --max-file-size: JavaScript strings hold at most about 512 M characters, and a check needs several. */
export const MAX_FILE_SIZE_CEILING = 256 * 1024 * 1024;
/** Like git and most editors: a NUL byte in the first 8 KiB makes a file binary. */
const BINARY_SNIFF_BYTES = 8 * 1024;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const CHUNK_BYTES = 1024 * 1024;

/** What identifies the content natolex read: compared again just before --fix replaces the file. */
export interface FileFingerprint {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  sha256: string;
}

export interface DraftText {
  kind: 'text';
  /** The text without its byte order mark, so offsets and columns are those an editor shows. */
  text: string;
  /** The file starts with a UTF-8 byte order mark (written back by --fix). */
  bom: boolean;
  /** The bytes are valid UTF-8, so writing `text` back changes nothing but the fixes. */
  lossless: boolean;
  fingerprint: FileFingerprint;
}

export interface SkippedDraft {
  kind: 'skipped';
  reason: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads at most `limit` + 1 bytes: a file that grew past the limit since it was measured is not read whole. */
export async function readBounded(handle: FileHandle, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= limit) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limit + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(size: number, limit: number): SkippedDraft {
  return { kind: 'skipped', reason: `${size} bytes, more than the limit of ${limit} bytes (--max-file-size)` };
}

/** Reads a draft, or says why it is not checked. */
export async function readDraft(file: string, maxBytes: number = DEFAULT_MAX_FILE_SIZE): Promise<DraftText | SkippedDraft> {
  let handle: FileHandle;
  try {
    // O_NONBLOCK: a file swapped for a FIFO after it was listed must not hang the run (it is refused below).
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { kind: 'skipped', reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { kind: 'skipped', reason: 'not a regular file' };
    if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
    const bytes = await readBounded(handle, maxBytes);
    if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
    if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { kind: 'skipped', reason: 'a binary file (it has a NUL byte)' };
    const bom = bytes.subarray(0, UTF8_BOM.length).equals(UTF8_BOM);
    const body = bom ? bytes.subarray(UTF8_BOM.length) : bytes;
    return {
      kind: 'text',
      text: body.toString('utf8'),
      bom,
      lossless: isUtf8(body),
      fingerprint: { dev: info.dev, ino: info.ino, size: bytes.length, mtimeMs: info.mtimeMs, sha256: sha256(bytes) },
    };
  } catch (error) {
    return { kind: 'skipped', reason: `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  } finally {
    await handle.close();
  }
}
