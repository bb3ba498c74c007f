// natolex check: read drafts, report findings, optionally expand first uses in place.
import type { Lexicon, TextEdit } from '@natolex/data';
import {
  DEFAULT_SEVERITIES,
  LineIndex,
  RULE_IDS,
  SEVERITIES,
  applyEdits,
  checkText,
  fixAllEdits,
  isMarkdownDocument,
  isRuleId,
  type CheckOptions as RuleOptions,
  type Finding,
  type RuleSeverities,
  type Severity,
} from '@natolex/language-service';
import { appendAll } from '../append-all.js';
import type { LoadedConfig } from '../config.js';
import { UsageError, draftFiles, type CliIo } from '../context.js';
import { displayPath } from '../glob.js';
import { DEFAULT_MAX_FILE_SIZE, MAX_FILE_SIZE_CEILING, readDraft, type DraftText } from '../read-draft.js';
import { formatJson, formatSarif, formatText, printable, summarize, type Diagnostic } from '../report.js';
import { WriteRefusedError, replaceFile } from '../safe-write.js';
import { StaleTemporarySweeper, removeTemporariesOnSignals } from '../temp-files.js';
import { checkWriteTarget, type WritePolicy } from '../write-gate.js';

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
                               what remains; files are rewritten atomically, line endings, owner and mode kept
  --max-file-size <bytes>      skip (and report) drafts larger than this (default ${DEFAULT_MAX_FILE_SIZE})
  --rule <rule>=<severity>     set a rule's severity: error, warning, info or off (repeatable)
  --ignore <acronym>           never report this acronym (as written, or an entry id); repeatable`;

export interface CheckOptions {
  format?: string;
  fix?: boolean;
  rule?: string[];
  ignore?: string[];
  'max-file-size'?: string;
}

export const CHECK_OPTIONS = {
  format: { type: 'string' },
  fix: { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  ignore: { type: 'string', multiple: true },
  'max-file-size': { type: 'string' },
} as const;

const FORMATS = ['text', 'json', 'sarif'];

function severitiesFrom(loaded: LoadedConfig, flags: readonly string[]): RuleSeverities {
  const severities: RuleSeverities = { ...DEFAULT_SEVERITIES, ...loaded.config.rules };
  for (const flag of flags) {
    const [rule, severity] = flag.split('=');
    if (!isRuleId(rule)) throw new UsageError(`--rule ${flag}: unknown rule '${rule}' (rules: ${RULE_IDS.join(', ')})`);
    if (!SEVERITIES.includes(severity as Severity)) {
      throw new UsageError(`--rule ${flag}: severity must be one of ${SEVERITIES.join(', ')}`);
    }
    severities[rule] = severity as Severity;
  }
  return severities;
}

function maxFileSizeFrom(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  const bytes = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!(bytes >= 1 && bytes <= MAX_FILE_SIZE_CEILING)) {
    throw new UsageError(`--max-file-size ${printable(value)}: must be a number of bytes from 1 to ${MAX_FILE_SIZE_CEILING}`);
  }
  return bytes;
}

// Line breaks as editors, Unicode and git's config parser see them. A fix never adds one: a glossary expansion
// with a line break could start a new line in a file natolex rewrites, and would be a bare LF in a CRLF draft.
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;

/** The first edit that would insert a line break, if any. */
export function lineBreakingEdit(edits: readonly TextEdit[]): TextEdit | undefined {
  return edits.find((edit) => LINE_BREAK.test(edit.text));
}

/** A file as named in messages: relative to the working folder, escaped for the terminal. */
function fileLabel(file: string, cwd: string): string {
  return printable(displayPath(file, cwd));
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
  const files = await draftFiles(positionals, loaded, io);
  if (files.length === 0) {
    throw new UsageError(positionals.length > 0 ? 'no files to check' : 'no files given (name them, or set "files" in natolex.config.json)');
  }

  const maxFileSize = maxFileSizeFrom(options['max-file-size']);
  const sweeper = new StaleTemporarySweeper();
  const diagnostics: Diagnostic[] = [];
  let checked = 0;
  let fixed = 0;
  let problems = 0;
  const stopCleanup = options.fix ? removeTemporariesOnSignals(io.stderr) : () => undefined;
  try {
    for (const { path: file, fromConfig } of files) {
      const draft = await readDraft(file, maxFileSize);
      if (draft.kind === 'skipped') {
        io.stderr(`${fileLabel(file, io.cwd)}: not checked: ${draft.reason}\n`);
        problems++;
        continue;
      }
      checked++;
      const checkOptions: RuleOptions = {
        markdown: isMarkdownDocument({ uri: file, languageId: '' }),
        severities,
        ignore,
        ...(loaded.config.wellKnown === undefined ? {} : { wellKnown: loaded.config.wellKnown }),
        ...(loaded.config.headingDefinitions === undefined ? {} : { headingDefinitions: loaded.config.headingDefinitions }),
      };
      let text = draft.text;
      let findings = checkText(lexicon, text, checkOptions);
      // The fixes that apply without a person's choice, none overlapping (the rest are left for the next run).
      const edits = options.fix ? fixAllEdits(findings).edits : [];
      if (edits.length > 0) {
        // The write gate decides again on its own (defence in depth); the project root is the configuration's folder.
        const policy: WritePolicy = { projectRoot: loaded.directory, fromConfig };
        const outcome = await fixDraft(file, draft, edits, policy, sweeper);
        if (outcome.fixed !== undefined) {
          text = outcome.fixed;
          fixed += edits.length;
          findings = checkText(lexicon, text, checkOptions);
        } else {
          io.stderr(`${fileLabel(file, io.cwd)}: not fixed: ${outcome.reason}\n`);
          problems++;
        }
      }
      appendAll(diagnostics, toDiagnostics(findings, text, file, io.cwd));
    }
  } finally {
    stopCleanup();
  }

  const summary = summarize(diagnostics, checked, fixed);
  if (format === 'json') io.stdout(formatJson(diagnostics, summary, version));
  else if (format === 'sarif') io.stdout(formatSarif(diagnostics, severities, version, io.cwd));
  else io.stdout(formatText(diagnostics, summary));
  // A file not checked or not fixed is a failure of the run: CI must not pass for drafts nobody looked at.
  if (problems > 0) return 2;
  return summary.errors > 0 ? 1 : 0;
}

type FixOutcome = { fixed: string; reason?: undefined } | { fixed?: undefined; reason: string };

/** Applies the fixes to one draft and writes it, if every safety rule allows; otherwise says why not. */
async function fixDraft(file: string, draft: DraftText, edits: readonly TextEdit[], policy: WritePolicy, sweeper: StaleTemporarySweeper): Promise<FixOutcome> {
  // Decoding replaced invalid bytes; writing the text back would lose them.
  if (!draft.lossless) return { reason: 'not valid UTF-8; writing it back would change other bytes' };
  const breaking = lineBreakingEdit(edits);
  if (breaking) {
    const { line, column } = new LineIndex(draft.text).position(breaking.start);
    return { reason: `the fix at ${line}:${column} would insert a line break (from a glossary expansion)` };
  }
  const target = await checkWriteTarget(file, policy);
  if (!target.ok) return { reason: target.reason };
  const text = applyEdits(draft.text, edits);
  const bytes = Buffer.from(draft.bom ? `\uFEFF${text}` : text, 'utf8');
  try {
    await sweeper.sweepBeside(target.real);
    await replaceFile(target.real, bytes, draft.fingerprint, target.info);
  } catch (error) {
    if (error instanceof WriteRefusedError) return { reason: error.message };
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: `cannot write it (${printable(code ?? (error instanceof Error ? error.message : String(error)))})` };
  }
  return { fixed: text };
}
