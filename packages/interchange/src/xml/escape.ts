// XML 1.0 escaping for the TBX writer. Characters XML 1.0 cannot carry at all (C0 controls other than tab, line
// feed and carriage return; lone surrogates; U+FFFE, U+FFFF) are replaced by U+FFFD and counted, so the export is
// always well-formed and the caller can say what changed.

const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// The same classes without the global flag, to test a text before copying it (most texts need no change).
const NEEDS_CLEANING = new RegExp(NOT_XML_CHAR.source);
const TEXT_SPECIAL = /[&<>\r]/;
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/;

export interface EscapeCounter {
  replaced: number;
}

function clean(value: string, counter?: EscapeCounter): string {
  if (!NEEDS_CLEANING.test(value)) return value;
  return value.replace(NOT_XML_CHAR, () => {
    if (counter) counter.replaced++;
    return '\uFFFD';
  });
}

/** Element content: &, <, > escaped; a carriage return as a character reference so a parser keeps it. */
export function escapeText(value: string, counter?: EscapeCounter): string {
  const cleaned = clean(value, counter);
  if (!TEXT_SPECIAL.test(cleaned)) return cleaned;
  return cleaned.replace(/[&<>\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;'));
}

/** A double-quoted attribute value: also ", and tab/newline/CR as references (attribute normalisation would eat them). */
export function escapeAttribute(value: string, counter?: EscapeCounter): string {
  const cleaned = clean(value, counter);
  if (!ATTRIBUTE_SPECIAL.test(cleaned)) return cleaned;
  return cleaned.replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** True when the value can be an XML ID (an NCName, as TBX's id attributes require). */
export function isNcName(value: string): boolean {
  return /^[\p{L}_][\p{L}\p{N}._\-\u00B7\u0300-\u036F\u203F-\u2040]*$/u.test(value);
}
