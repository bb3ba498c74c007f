// natolex lookup, search and cite: read-only queries of the lexicon.
import { isLexiconError, type Concept, type ConceptTerm, type Lexicon, type SearchHitKind } from '@natolex/data';
import {
  categoryLabel,
  conceptDescription,
  english,
  headingOf,
  isConcept,
  languageFromLocale,
  languageTag,
  lexiconLanguage,
  relationLabel,
  replacementName,
  termSummary,
} from '@natolex/language-service';
import { UsageError, type CliIo } from '../context.js';
import { CITE_FORMS, CITE_STYLES, citeFormOption, citeStyleOption } from './cite-style.js';
import { echo, printable, printableLines } from '../report.js';

export const LOOKUP_HELP = `Usage: natolex lookup [options] <term>

Shows the concept an acronym (as written: "NUC", "PfP", "UN CTC") or a term ("Operation Ocean Shield") names, or a
concept by id, the same whichever of its terms is given: preferred term and acronyms, definition (or a context,
marked as such), every term with its status and what to write instead of a retired one, other languages'
equivalents, related concepts by relation and where the corpus says it.

Options:
  --language <tag>       the language to show first, a BCP 47 tag such as en or fr (default: from the LANG
                         environment variable, else the lexicon's language)
  --format <text|json>   output format (default text; json is { concept, term })`;

/** Bounds on a search query: a longer one is a usage error (search costs grow with the words of the query). */
export const MAX_QUERY_LENGTH = 1_000;
export const MAX_QUERY_WORDS = 64;

export const SEARCH_HELP = `Usage: natolex search [options] <query...>

Ranked, typo-tolerant search over concepts (by any of their terms), passages, topics and events. A query may have at most
${MAX_QUERY_WORDS} words and ${MAX_QUERY_LENGTH.toLocaleString('en-US')} characters.

Options:
  --limit <n>            at most n results (default 10)
  --kind <kind>          only this kind: concept, snippet, topic or event (repeatable)
  --format <text|json>   output format (default text)`;

export { CITE_FORMS, CITE_STYLES };

export const CITE_HELP = `Usage: natolex cite [options] <id>

Prints a citation for a passage (snippet id, e.g. from 'natolex search') or a source id. A passage cites its source
page, with its section as the locator.

Options:
  --style <style>   a built-in style (chicago-note, apa, harvard), an export (csl-json, bibtex, ris, pandoc),
                    or the path of a CSL 1.0.2 style file (.csl) (default chicago-note)
  --form <form>     for CSL styles: ${CITE_FORMS.join(', ')} (default: citation for note styles,
                    bibliography for author-date styles)`;

export const LOOKUP_OPTIONS = { format: { type: 'string' }, language: { type: 'string' } } as const;
export const SEARCH_OPTIONS = { limit: { type: 'string' }, kind: { type: 'string', multiple: true }, format: { type: 'string' } } as const;
export const CITE_OPTIONS = { style: { type: 'string' }, form: { type: 'string' } } as const;

const HIT_KINDS: readonly SearchHitKind[] = ['concept', 'snippet', 'topic', 'event'];

function outputFormat(value: string | undefined): 'text' | 'json' {
  const format = value ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format ${echo(format)}: must be text or json`);
  return format;
}

/**
 * The writer's language: --language, else the LANG environment variable (a POSIX locale), else the lexicon's own. A
 * --language that is not a tag is a usage error; a LANG that is not one is passed over.
 */
export function writerLanguage(option: string | undefined, lexicon: Lexicon, env: NodeJS.ProcessEnv = process.env): string {
  if (option !== undefined) {
    const tag = languageTag(option);
    if (tag === undefined) throw new UsageError(`--language ${echo(option)}: must be a language tag such as en or fr-BE`);
    return tag;
  }
  return languageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG) ?? lexiconLanguage(lexicon);
}

function describeLookup(lexicon: Lexicon, concept: Concept, term: ConceptTerm | undefined, language: string): string {
  const t = english;
  const description = conceptDescription(lexicon, concept, { language, ...(term ? { term } : {}) });
  const { written: shown, rest } = headingOf(description);
  const rows: [string, string | undefined][] = [
    ['id', concept.id],
    ['subject field', categoryLabel(concept.subjectField, t)],
    ['preferred', description.name],
    ['acronyms', description.acronyms.length > 0 ? description.acronyms.join(', ') : undefined],
  ];
  if (description.retirement) {
    rows.push(['status', `${term?.text ?? shown} is ${description.retirement.status}`]);
    rows.push(['use instead', replacementName(description.retirement, language)]);
  }
  const shownDescription = description.description;
  if (shownDescription) {
    const other = shownDescription.language === description.language ? '' : ` (${shownDescription.language})`;
    rows.push([shownDescription.kind === 'context' ? 'context' : 'definition', `${shownDescription.text}${other}`]);
  }
  const [own, ...others] = description.terms;
  if (own) rows.push([`terms (${own.language})`, own.terms.map((described) => termSummary(described, t)).join('; ')]);
  for (const group of others) rows.push([`terms (${group.language})`, group.terms.map((described) => termSummary(described, t)).join('; ')]);
  for (const group of description.related) {
    const names = group.targets.map((target) => target.title);
    if (group.more > 0) names.push(`… ${group.more} more`);
    rows.push([relationLabel(group.type, t).replace(/:$/, '').toLowerCase(), names.join(', ')]);
  }
  for (const note of description.notes) rows.push(['note', note]);
  if (description.source) rows.push(['source', description.source.label]);
  for (const quote of description.quotes) rows.push(['quote', `“${quote}”`]);
  const shownRows = rows.filter((row): row is [string, string] => row[1] !== undefined);
  const width = Math.max(...shownRows.map(([label]) => label.length)) + 1;
  const body = shownRows.map(([label, value]) => `  ${`${label}:`.padEnd(width)} ${printable(value)}`);
  return `${printable(`${shown}${rest}`)}\n${body.join('\n')}\n`;
}

export function runLookup(positionals: readonly string[], options: { format?: string; language?: string }, lexicon: Lexicon, io: CliIo): number {
  const format = outputFormat(options.format);
  if (positionals.length === 0) throw new UsageError('lookup: which term? (natolex lookup <term>)');
  const language = writerLanguage(options.language, lexicon);
  const query = positionals.join(' ');
  const found = lexicon.lookup(query);
  const byId = found ? undefined : lexicon.get(query);
  const concept = found?.concept ?? (isConcept(byId) ? byId : undefined);
  if (!concept) {
    const suggestions = query.length <= MAX_QUERY_LENGTH ? lexicon.search(query, { limit: 3, kinds: ['concept'] }) : [];
    const hint = suggestions.length > 0 ? `; did you mean: ${suggestions.map((hit) => echo(hit.label)).join(' | ')}` : '';
    io.stderr(`natolex: no acronym or term '${echo(query)}'${hint}\n`);
    return 1;
  }
  // Looked up by a term id (a schema 1 entry id): that term, as if it had been written.
  const term = found?.term ?? concept.terms.find((candidate) => candidate.id === query);
  if (format === 'json') io.stdout(`${JSON.stringify({ concept, term: term ?? null }, null, 2)}\n`);
  else io.stdout(describeLookup(lexicon, concept, term, language));
  return 0;
}

export function runSearch(positionals: readonly string[], options: { limit?: string; kind?: string[]; format?: string }, lexicon: Lexicon, io: CliIo): number {
  const format = outputFormat(options.format);
  if (positionals.length === 0) throw new UsageError('search: what should be searched for? (natolex search <query>)');
  const limit = options.limit === undefined ? 10 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit ${echo(options.limit ?? '')}: must be a positive whole number`);
  const kinds = options.kind ?? [];
  for (const kind of kinds) if (!HIT_KINDS.includes(kind as SearchHitKind)) throw new UsageError(`--kind ${echo(kind)}: must be one of ${HIT_KINDS.join(', ')}`);
  const query = positionals.join(' ');
  const words = query.split(/\s+/).filter(Boolean).length;
  if (words > MAX_QUERY_WORDS) throw new UsageError(`search: the query has ${words} words; at most ${MAX_QUERY_WORDS} words`);
  if (query.length > MAX_QUERY_LENGTH) throw new UsageError(`search: the query is ${query.length.toLocaleString('en-US')} characters long; at most ${MAX_QUERY_LENGTH.toLocaleString('en-US')} characters`);
  const hits = lexicon.search(query, { limit, ...(kinds.length > 0 ? { kinds: kinds as SearchHitKind[] } : {}) });
  if (format === 'json') io.stdout(`${JSON.stringify(hits, null, 2)}\n`);
  else if (hits.length > 0) {
    io.stdout(hits.map((hit) => `${hit.kind.padEnd(8)} ${printable(hit.label)}  [${printable(hit.id)}]\n         ${printable(hit.excerpt)}\n`).join(''));
  }
  if (hits.length === 0) {
    io.stderr('natolex: no results\n');
    return 1;
  }
  return 0;
}

export function runCite(positionals: readonly string[], options: { style?: string; form?: string }, lexicon: Lexicon, io: CliIo): number {
  const style = citeStyleOption(options.style, io.cwd);
  const form = citeFormOption(options.form);
  if (positionals.length !== 1) throw new UsageError('cite: give one snippet or source id (natolex cite <id>)');
  try {
    const citation = lexicon.cite(positionals[0] as string, { style, form });
    // CSL-JSON is JSON (escaped by JSON.stringify); the other styles are text lines from glossary data.
    const shown = style === 'csl-json' ? citation : printableLines(citation.replace(/\r\n/g, '\n').replace(/\n$/, ''));
    io.stdout(shown.endsWith('\n') ? shown : `${shown}\n`);
    return 0;
  } catch (error) {
    if (!isLexiconError(error)) throw error;
    // The message quotes the id; it is capped and escaped on its way out.
    io.stderr(`natolex: ${echo(error.message, 200)}\n`);
    return 1;
  }
}
