// The writer's language: which language a hover, a completion detail or a lookup shows first. It comes from the
// natolex.language setting (CLI: --language), else the editor's locale (CLI: the LANG environment variable), else the
// lexicon's own language. Tags are BCP 47; "en-GB" asks for the English terms of a lexicon tagged "en".

/** Longest tag accepted from a setting or the environment (BCP 47 tags are short; a hostile setting may be anything). */
const MAX_TAG_LENGTH = 35;
const TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** A well-formed BCP 47-looking tag, or undefined (empty, too long, not a tag). */
export function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const tag = value.trim();
  return tag.length <= MAX_TAG_LENGTH && TAG.test(tag) ? tag : undefined;
}

/** The language of a POSIX locale such as "fr_BE.UTF-8" or "en_US@euro" ("fr-BE"); undefined for C, POSIX or none. */
export function languageFromLocale(locale: string | undefined): string | undefined {
  if (locale === undefined) return undefined;
  const base = locale.split(/[.@]/)[0]!.replace(/_/g, '-');
  if (base === 'C' || base === 'POSIX') return undefined;
  return languageTag(base);
}

/** The primary language subtag, lower-cased ("en" for "en-GB"). */
function primary(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** Whether two tags name the same language (their primary subtags agree: "en-GB" and "en"). */
export function sameLanguage(a: string, b: string): boolean {
  return primary(a) === primary(b);
}

/** `languages` (unique tags) with those of `first` at the front, the others in their order. */
export function languagesInOrder(languages: readonly string[], first: string | undefined): string[] {
  const unique = [...new Set(languages)];
  if (first === undefined) return unique;
  return [...unique.filter((tag) => sameLanguage(tag, first)), ...unique.filter((tag) => !sameLanguage(tag, first))];
}
