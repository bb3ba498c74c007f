// Escaping of text that comes from lexicon data (the bundled corpus or a workspace glossary, which anyone can write)
// before it goes into Markdown or a link. Data is always shown as text, never interpreted. (Insertions use plain
// text edits, never snippets, so `$`, `}` and `\` in passages are inserted as they are, with nothing to escape.)

const LINE_BREAK = /[\r\n\u2028\u2029]/;
/** CommonMark lets a backslash escape any ASCII punctuation character; escaping all of them is always safe. */
const MARKDOWN_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/**
 * Markdown-escapes `text` so that it renders literally: no emphasis, links, autolinks, code spans, HTML, headings or
 * list markers. Line breaks become spaces, since a hover line break could start a new block (a heading, a fence).
 */
export function escapeMarkdown(text: string): string {
  return String(text)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    // One match per whitespace run (linear): a run holding a line break folds to one space, other runs stay.
    .replace(/\s+/g, (run) => (LINE_BREAK.test(run) ? ' ' : run))
    .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`);
}

/** A `command:` URI with JSON arguments (VS Code's hover command links): the one kind of link an adapter may add. */
export function commandUri(command: string, args: readonly unknown[]): string {
  // encodeURIComponent leaves ( ) ' ! * alone, and a ")" would end the Markdown link early.
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[()'!*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${encoded}`;
}
