// natolex check: read drafts, report findings, optionally expand first uses in place.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lexicon, TextEdit } from '@natolex/data';
import { writeFileAtomic } from '../atomic-write.js';
import { RULE_IDS, SEVERITIES, type LoadedConfig, type RuleId, type Severity } from '../config.js';
import { UsageError, draftFiles, type CliIo } from '../context.js';
import { displayPath } from '../glob.js';
import { LineIndex } from '../positions.js';
import { formatJson, formatSarif, formatText, summarize, type Diagnostic } from '../report.js';
import { DEFAULT_SEVERITIES, checkText, type Finding, type RuleSeverities } from '../rules.js';

export const CHECK_HELP = `Usage: natolex check [options] [<file|folder|glob>...]

Checks Markdown and plain-text drafts. Rules (and default severity):
  first-use        error    an acronym used before it is defined as "Long Form (ABBR)"
  deprecated       warning  a deprecated or superseded acronym or term (the preferred one is named)
  unknown-acronym  info     an ALL-CAPS token no lexicon knows and the draft does not define
Folders are searched for *.md, *.markdown and *.txt; globs support *, **, ?, [...] and {a,b} (at most 3
wildcards and 3 brace groups). Walks never enter VCS folders or node_modules, and follow symlinks only inside the
project (others are skipped with a warning). Configured "files" must stay inside the configuration's folder.
Without files, the "files" of the configuration are checked. In Markdown, code and comments are skipped.

Options:
  --format <text|json|sarif>   output format (default text)
  --fix                        expand each offending first use in place ("Long Form (ABBR)"), then report
                               what remains; files are rewritten atomically, line endings kept
  --rule <rule>=<severity>     set a rule's severity: error, warning, info or off (repeatable)
  --ignore <acronym>           never report this acronym (as written, or an entry id); repeatable`;

export interface CheckOptions {
  format?: string;
  fix?: boolean;
  rule?: string[];
  ignore?: string[];
}

export const CHECK_OPTIONS = {
  format: { type: 'string' },
  fix: { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  ignore: { type: 'string', multiple: true },
} as const;

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mdx']);
const FORMATS = ['text', 'json', 'sarif'];

function severitiesFrom(loaded: LoadedConfig, flags: readonly string[]): RuleSeverities {
  const severities: RuleSeverities = { ...DEFAULT_SEVERITIES, ...loaded.config.rules };
  for (const flag of flags) {
    const [rule, severity] = flag.split('=');
    if (!RULE_IDS.includes(rule as RuleId)) throw new UsageError(`--rule ${flag}: unknown rule '${rule}' (rules: ${RULE_IDS.join(', ')})`);
    if (!SEVERITIES.includes(severity as Severity)) {
      throw new UsageError(`--rule ${flag}: severity must be one of ${SEVERITIES.join(', ')}`);
    }
    severities[rule as RuleId] = severity as Severity;
  }
  return severities;
}

/** Applies non-overlapping edits (any order) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

function toDiagnostics(finding: readonly Finding[], text: string, file: string, cwd: string): Diagnostic[] {
  const lines = new LineIndex(text);
  return finding.map((f) => {
    const start = lines.position(f.start);
    const end = lines.position(f.end);
    return {
      file: displayPath(file, cwd),
      path: file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      severity: f.severity,
      rule: f.rule,
      message: f.message,
      ...(f.entry === undefined ? {} : { entry: f.entry }),
    };
  });
}

export async function runCheck(
  positionals: readonly string[],
  options: CheckOptions,
  loaded: LoadedConfig,
  lexicon: Lexicon,
  io: CliIo,
  version: string,
): Promise<number> {
  const format = options.format ?? 'text';
  if (!FORMATS.includes(format)) throw new UsageError(`--format ${format}: must be one of ${FORMATS.join(', ')}`);
  const severities = severitiesFrom(loaded, options.rule ?? []);
  const ignore = [...(loaded.config.ignore ?? []), ...(options.ignore ?? [])];
  // Each target also says whether it came from the configuration, and its project root (ResolvedFile).
  const files = (await draftFiles(positionals, loaded, io)).map((target) => target.path);
  if (files.length === 0) {
    throw new UsageError(positionals.length > 0 ? 'no files to check' : 'no files given (name them, or set "files" in natolex.config.json)');
  }

  const diagnostics: Diagnostic[] = [];
  let fixed = 0;
  let unreadable = 0;
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      io.stderr(`${displayPath(file, io.cwd)}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
      unreadable++;
      continue;
    }
    let text = bytes.toString('utf8');
    const markdown = MARKDOWN_EXTENSIONS.has(path.extname(file).toLowerCase());
    const checkOptions = { markdown, severities, ignore };
    let findings = checkText(lexicon, text, checkOptions);
    const edits = options.fix ? findings.flatMap((f) => (f.fix ? [f.fix] : [])) : [];
    if (edits.length > 0) {
      if (!Buffer.from(text, 'utf8').equals(bytes)) {
        // Decoding replaced invalid bytes; writing the text back would lose them.
        io.stderr(`${displayPath(file, io.cwd)}: not valid UTF-8, not fixed\n`);
        unreadable++;
      } else {
        text = applyEdits(text, edits);
        await writeFileAtomic(file, text);
        fixed += edits.length;
        findings = checkText(lexicon, text, checkOptions);
      }
    }
    diagnostics.push(...toDiagnostics(findings, text, file, io.cwd));
  }

  const summary = summarize(diagnostics, files.length, fixed);
  if (format === 'json') io.stdout(formatJson(diagnostics, summary, version));
  else if (format === 'sarif') io.stdout(formatSarif(diagnostics, severities, version, io.cwd));
  else io.stdout(formatText(diagnostics, summary));
  if (unreadable > 0) return 2;
  return summary.errors > 0 ? 1 : 0;
}
