// Which documents natolex checks and how much of them: the same answer in every editor and in the CLI. Only the
// decisions live here (no file system): adapters ask, then read, watch and show in their own way.

/** A document as every adapter has it (LSP's TextDocumentItem without the ceremony). */
export interface TextDocument {
  uri: string;
  /** The editor's language id ("markdown", "plaintext"); may be '' when only the file name is known (the CLI). */
  languageId: string;
  text: string;
  version: number;
}

export type DraftKind = 'markdown' | 'plaintext';

/** Language ids of drafts natolex checks by default. */
export const DRAFT_LANGUAGES: Readonly<Record<string, DraftKind>> = Object.freeze({ markdown: 'markdown', plaintext: 'plaintext', mdx: 'markdown' });

/** File extensions of drafts (lower case), for adapters that only know the name. */
export const DRAFT_EXTENSIONS: Readonly<Record<string, DraftKind>> = Object.freeze({
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.mkd': 'markdown',
  '.mdx': 'markdown',
  '.txt': 'plaintext',
});

/** Extensions a folder walk picks up by default (the CLI's `check <folder>`). */
export const DEFAULT_DRAFT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

/** The extension of the last path segment of a URI or path, lower case, with its dot ('' when none). */
export function extensionOf(uriOrPath: string): string {
  const name = uriOrPath.replace(/[?#].*$/s, '').split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/**
 * What kind of draft a document is, or undefined when natolex does not check it: by its language id when it has
 * one natolex knows, else by its extension (an editor's "plaintext" for a .md file stays plain text: the user chose).
 */
export function draftKindOf(document: Pick<TextDocument, 'uri' | 'languageId'>, languages: readonly string[] = Object.keys(DRAFT_LANGUAGES)): DraftKind | undefined {
  if (document.languageId !== '') {
    if (!languages.includes(document.languageId)) return undefined;
    return DRAFT_LANGUAGES[document.languageId] ?? DRAFT_EXTENSIONS[extensionOf(document.uri)] ?? 'plaintext';
  }
  return DRAFT_EXTENSIONS[extensionOf(document.uri)];
}

/** Whether code, comments and front matter are skipped: the document is Markdown. */
export function isMarkdownDocument(document: Pick<TextDocument, 'uri' | 'languageId'>): boolean {
  if (document.languageId !== '') return DRAFT_LANGUAGES[document.languageId] === 'markdown';
  return DRAFT_EXTENSIONS[extensionOf(document.uri)] === 'markdown';
}

/** Sizes past which natolex does not read or check, in bytes (drafts) and bytes (glossaries). */
export interface WorkspaceLimits {
  maxFileSize: number;
  maxGlossarySize: number;
}

/** The editors' defaults (the natolex.maxFileSize and natolex.maxGlossarySize settings). */
export const DEFAULT_LIMITS: Readonly<WorkspaceLimits> = Object.freeze({ maxFileSize: 500_000, maxGlossarySize: 5_000_000 });

/** Like git and most editors: a NUL in the first 8 KiB makes a file binary. */
export const BINARY_SNIFF_LENGTH = 8 * 1024;

/** A NUL character in the first 8 Ki characters of a decoded text. */
export function looksBinary(text: string): boolean {
  return text.slice(0, BINARY_SNIFF_LENGTH).includes('\u0000');
}

/** A NUL byte in the first 8 KiB of a file's bytes. */
export function looksBinaryBytes(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_SNIFF_LENGTH).includes(0);
}

export type Checkability = { checkable: true } | { checkable: false; reason: 'not-a-draft' | 'binary' | 'too-large' };

/**
 * Whether a document is checked at all. Too large is measured in UTF-16 code units, which editors have at hand (an
 * upper bound of nothing, but the same order as bytes for the Latin text of drafts).
 */
export function checkabilityOf(document: TextDocument, limits: Pick<WorkspaceLimits, 'maxFileSize'> = DEFAULT_LIMITS, languages?: readonly string[]): Checkability {
  if (draftKindOf(document, languages) === undefined) return { checkable: false, reason: 'not-a-draft' };
  if (looksBinary(document.text)) return { checkable: false, reason: 'binary' };
  if (document.text.length > limits.maxFileSize) return { checkable: false, reason: 'too-large' };
  return { checkable: true };
}

/** Characters per step when a huge document is checked in steps (each step a few milliseconds). */
export const DEFAULT_CHUNK_SIZE = 32 * 1024;

const BLANK_LINE = /\r?\n[ \t]*\r?\n/;

/** Where to end a chunk at or after `from`: after a blank line nearby, else after the next line break. */
function cutPoint(text: string, from: number, size: number): number {
  const nearby = text.slice(from, from + Math.ceil(size / 4));
  const blank = BLANK_LINE.exec(nearby);
  if (blank) return from + blank.index + blank[0].length;
  const lineBreak = text.slice(from, from + size).indexOf('\n');
  if (lineBreak !== -1) return from + lineBreak + 1;
  // One enormous line: cut after a run of spaces (never inside a word).
  const space = text.slice(from, from + size).search(/[ \t]+\S/);
  return space === -1 ? Math.min(text.length, from + size) : from + space + 1;
}

/**
 * [start, end) offsets of consecutive chunks covering `text`, cut after a blank line where possible (no Markdown
 * inline construct crosses one), else after a line break. Each chunk is found in time proportional to its size.
 */
export function* chunkRanges(text: string, chunkSize: number = DEFAULT_CHUNK_SIZE): Generator<[number, number]> {
  const size = Math.max(1, Math.floor(chunkSize) || DEFAULT_CHUNK_SIZE);
  let start = 0;
  while (start < text.length) {
    const end = start + size >= text.length ? text.length : cutPoint(text, start + size, size);
    yield [start, end];
    start = end;
  }
}
