// Text from a draft, glossary or configuration made safe to show as one line in a terminal, a CI log or an editor's
// message (moved here from the CLI so the configuration reader, shared by the CLI and the language server, can use it).

// C0 and C1 controls (ESC starts terminal sequences, CR overwrites a CI log line), DEL, bidi overrides and isolates
// (they reorder what a reviewer reads), and the Unicode line and paragraph separators.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * Text from a glossary, a draft or a file name made safe for a terminal or a CI log, as one line: every control,
 * bidi override or line separator becomes a visible \u{..} escape, and a leading "::" (a GitHub Actions workflow
 * command such as ::error or ::add-mask::) is broken up. Every text formatter and every message that carries data
 * goes through it; JSON and SARIF output escape on their own.
 */
export function printable(text: string): string {
  const escaped = text.replace(UNPRINTABLE, (ch) => `\\u{${ch.charCodeAt(0).toString(16)}}`);
  return /^\s*::/.test(escaped) ? escaped.replace(':', '\\u{3a}') : escaped;
}

/** `printable` for each line of a multi-line text: its line feeds stay, everything else is escaped. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

/** The longest echo of user input in a message, in characters. */
export const ECHO_LIMIT = 80;

/** User input echoed in a message: cut to ECHO_LIMIT characters (never through a surrogate pair) and escaped. */
export function echo(text: string, limit = ECHO_LIMIT): string {
  if (text.length <= limit) return printable(text);
  const cut = /[\ud800-\udbff]/.test(text[limit - 1] ?? '') ? limit - 1 : limit;
  return `${printable(text.slice(0, cut))}…`;
}

