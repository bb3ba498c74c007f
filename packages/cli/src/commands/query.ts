// natolex lookup, search and cite: read-only queries of the lexicon.
import { isLexiconError, type Entry, type Lexicon, type SearchHitKind, type Topic } from '@natolex/data';
import { UsageError, type CliIo } from '../context.js';
import { CITE_FORMS, CITE_STYLES, citeFormOption, citeStyleOption } from './cite-style.js';
import { echo, printable, printableLines } from '../report.js';

export const LOOKUP_HELP = `Usage: natolex lookup [options] <term>

Shows an acronym (as written: "NUC", "PfP", "UN CTC") or a term ("Operation Ocean Shield"), or any entry by id:
expansion, definition, status, variants, related entries and where the corpus says it.

Options:
  --format <text|json>   output format (default text)`;

/** Bounds on a search query: a longer one is a usage error (search costs grow with the words of the query). */
export const MAX_QUERY_LENGTH = 1_000;
export const MAX_QUERY_WORDS = 64;

export const SEARCH_HELP = `Usage: natolex search [options] <query...>

Ranked, typo-tolerant search over acronyms, terms, passages, topics and events. A query may have at most
${MAX_QUERY_WORDS} words and ${MAX_QUERY_LENGTH.toLocaleString('en-US')} characters.

Options:
  --limit <n>            at most n results (default 10)
  --kind <kind>          only this kind: acronym, term, snippet, topic or event (repeatable)
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

export const LOOKUP_OPTIONS = { format: { type: 'string' } } as const;
export const SEARCH_OPTIONS = { limit: { type: 'string' }, kind: { type: 'string', multiple: true }, format: { type: 'string' } } as const;
export const CITE_OPTIONS = { style: { type: 'string' }, form: { type: 'string' } } as const;

const HIT_KINDS: readonly SearchHitKind[] = ['acronym', 'term', 'snippet', 'topic', 'event'];

function outputFormat(value: string | undefined): 'text' | 'json' {
  const format = value ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format ${echo(format)}: must be text or json`);
  return format;
}

function isEntry(record: unknown): record is Entry {
  return typeof record === 'object' && record !== null && ('expansion' in record || 'term' in record);
}

/** "Topic › Section" for a section id, if the lexicon has it. */
function sectionLabel(topics: readonly Topic[], sectionId: string): string | undefined {
  for (const topic of topics) {
    const section = topic.sections.find((s) => s.id === sectionId);
    if (section) return section.title === topic.title ? topic.title : `${topic.title} › ${section.title}`;
  }
  return undefined;
}

function describeEntry(lexicon: Lexicon, entry: Entry): string {
  const heading = 'expansion' in entry ? `${entry.form} — ${entry.expansion}` : entry.term;
  const rows: [string, string | undefined][] = [
    ['id', entry.id],
    ['kind', 'expansion' in entry ? 'acronym' : `term (${entry.category})`],
    ['status', entry.status ?? 'preferred'],
  ];
  if (entry.preferred) {
    const preferred = lexicon.get(entry.preferred);
    rows.push(['use instead', isEntry(preferred) ? ('expansion' in preferred ? preferred.form : preferred.term) : entry.preferred]);
  }
  rows.push(['definition', entry.definition]);
  if ('expansion' in entry && entry.variants?.length) {
    rows.push(['variants', entry.variants.map((v) => (v.status ? `${v.form} (${v.status})` : v.form)).join(', ')]);
  }
  if ('term' in entry && entry.aliases?.length) rows.push(['aliases', entry.aliases.join(', ')]);
  if (entry.related?.length) {
    const names = entry.related.map((id) => {
      const related = lexicon.get(id);
      if (isEntry(related)) return 'expansion' in related ? related.form : related.term;
      return related && 'title' in related ? related.title : id;
    });
    rows.push(['related', names.join(', ')]);
  }
  const origin = entry.provenance?.[0];
  if (origin) {
    const place = origin.section ? sectionLabel(lexicon.topics, origin.section) : undefined;
    const source = lexicon.get(origin.source);
    rows.push(['source', place ?? (source && 'title' in source ? source.title : origin.source)]);
    rows.push(['quote', `“${origin.quote}”`]);
  }
  const shown = rows.filter((row): row is [string, string] => row[1] !== undefined);
  const width = Math.max(...shown.map(([label]) => label.length)) + 1;
  const body = shown.map(([label, value]) => `  ${`${label}:`.padEnd(width)} ${printable(value)}`);
  return `${printable(heading)}\n${body.join('\n')}\n`;
}

export function runLookup(positionals: readonly string[], options: { format?: string }, lexicon: Lexicon, io: CliIo): number {
  const format = outputFormat(options.format);
  if (positionals.length === 0) throw new UsageError('lookup: which term? (natolex lookup <term>)');
  const query = positionals.join(' ');
  const byId = lexicon.get(query);
  const entry = lexicon.lookup(query) ?? (isEntry(byId) ? byId : undefined);
  if (!entry) {
    const suggestions = query.length <= MAX_QUERY_LENGTH ? lexicon.search(query, { limit: 3, kinds: ['acronym', 'term'] }) : [];
    const hint = suggestions.length > 0 ? `; did you mean: ${suggestions.map((hit) => echo(hit.label)).join(' | ')}` : '';
    io.stderr(`natolex: no acronym or term '${echo(query)}'${hint}\n`);
    return 1;
  }
  io.stdout(format === 'json' ? `${JSON.stringify(entry, null, 2)}\n` : describeEntry(lexicon, entry));
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
