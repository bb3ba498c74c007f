// The natolex command: argument parsing and dispatch. The commands are thin: checking is done by rules.ts over the
// data package's API, output by report.ts. Each command's module is imported when that command runs: a pre-commit
// `natolex check` must not load what export, import or diff need.
import { parseArgs } from 'node:util';
import packageJson from '../package.json' with { type: 'json' };
import { ConfigError } from './config.js';
import { COMMON_HELP, COMMON_OPTIONS, UsageError, glossaryFiles, lexiconFor, loadConfiguration, type CliIo, type CommonOptions } from './context.js';
import { FileArgumentError } from './glob.js';
import { GlossaryError } from './lexicon-loader.js';
import { echo, printableLines } from './report.js';

export const VERSION: string = packageJson.version;

export const HELP = `Usage: natolex <command> [options]

Checks policy drafts for acronyms used before they are defined, and looks up, searches and cites the
NATO A–Z topics corpus (letter U) bundled with @natolex/data, plus your workspace glossaries.

Commands:
  check <files...>      check Markdown and text drafts (define on first use, deprecated terms, unknown acronyms)
  lookup <term>         show the concept an acronym or term names
  search <query>        search concepts, passages, topics and events
  cite <id>             print a citation for a passage or source
  validate <files...>   validate glossary files
  migrate <glossary>    rewrite a schema 1 glossary in schema 2 (concepts)
  export --format <f>   write the corpus and glossaries as TBX, SKOS, CSV or CSL-JSON
  import <file>         turn a TBX termbase or a CSV sheet into a glossary
  diff <old> <new>      compare two lexicon files and say which version bump they need

Run 'natolex <command> --help' for a command's options.

${COMMON_HELP}
  -v, --version       show the version

Configuration: natolex.config.json, or a "natolex" key in package.json, in the working folder or above it
(keys: glossaries, files, ignore, rules, wellKnown, headingDefinitions; schema: @natolex/cli/config.schema.json).
Its paths are relative to its folder and must stay inside it, symlinks resolved; version-control folders are
refused.

Exit status: 0 no problems; 1 errors found (check), invalid glossary (validate), a schema 1 glossary
(migrate --check) or nothing found (lookup, search, cite); 2 usage, configuration, glossary or file error.`;

type Options = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

interface Command {
  help: string;
  options: Options;
  run: (positionals: string[], values: Record<string, unknown>, io: CliIo) => Promise<number>;
}

/** A command that answers from the corpus plus the configured glossaries (lookup, search, cite). */
function queryCommand(
  help: string,
  options: Options,
  answer: (positionals: string[], values: Record<string, unknown>, lexicon: Awaited<ReturnType<typeof lexiconFor>>, io: CliIo) => number,
): Command {
  return {
    help,
    options,
    async run(positionals, values, io) {
      const loaded = await loadConfiguration(values, io);
      return answer(positionals, values, await lexiconFor(values, loaded, io), io);
    },
  };
}

// A Map, not an object literal: `natolex constructor` must not find Object.prototype's. Each entry imports its module.
const COMMANDS = new Map<string, () => Promise<Command>>(Object.entries({
  async check() {
    const { CHECK_HELP, CHECK_OPTIONS, runCheck } = await import('./commands/check.js');
    return {
      help: CHECK_HELP,
      options: CHECK_OPTIONS,
      async run(positionals, values, io) {
        const loaded = await loadConfiguration(values, io);
        return runCheck(positionals, values, loaded, await lexiconFor(values, loaded, io, { warnSchemaOne: true }), io, VERSION);
      },
    };
  },
  async lookup() {
    const { LOOKUP_HELP, LOOKUP_OPTIONS, runLookup } = await import('./commands/query.js');
    return queryCommand(LOOKUP_HELP, LOOKUP_OPTIONS, runLookup);
  },
  async search() {
    const { SEARCH_HELP, SEARCH_OPTIONS, runSearch } = await import('./commands/query.js');
    return queryCommand(SEARCH_HELP, SEARCH_OPTIONS, runSearch);
  },
  async cite() {
    const { CITE_HELP, CITE_OPTIONS, runCite } = await import('./commands/query.js');
    return queryCommand(CITE_HELP, CITE_OPTIONS, runCite);
  },
  async validate() {
    const { VALIDATE_HELP, VALIDATE_OPTIONS, runValidate } = await import('./commands/validate.js');
    return {
      help: VALIDATE_HELP,
      options: VALIDATE_OPTIONS,
      async run(positionals, values, io) {
        // With files given, the configuration is not needed (and a broken one must not stop validation).
        const configured = positionals.length > 0 ? [] : await glossaryFiles(values, await loadConfiguration(values, io), io);
        return runValidate(positionals, values, configured, io);
      },
    };
  },
  async migrate() {
    const { MIGRATE_HELP, MIGRATE_OPTIONS, runMigrate } = await import('./commands/migrate.js');
    return { help: MIGRATE_HELP, options: MIGRATE_OPTIONS, run: (positionals, values, io) => runMigrate(positionals, values, io) };
  },
  async export() {
    const { EXPORT_HELP, EXPORT_OPTIONS, runExport } = await import('./commands/export.js');
    return {
      help: EXPORT_HELP,
      options: EXPORT_OPTIONS,
      async run(_positionals, values, io) {
        return runExport(values, await lexiconFor(values, await loadConfiguration(values, io), io), io);
      },
    };
  },
  async import() {
    const { IMPORT_HELP, IMPORT_OPTIONS, runImport } = await import('./commands/import.js');
    return { help: IMPORT_HELP, options: IMPORT_OPTIONS, run: (positionals, values, io) => runImport(positionals, values, io) };
  },
  async diff() {
    const { DIFF_HELP, DIFF_OPTIONS, runDiff } = await import('./commands/diff.js');
    return { help: DIFF_HELP, options: DIFF_OPTIONS, run: (positionals, values, io) => runDiff(positionals, values, io) };
  },
} satisfies Record<string, () => Promise<Command>>));

/** Longest line natolex writes to stderr, in characters; echoes are capped where they are made, this is the backstop. */
export const MAX_MESSAGE_LINE = 1_000;

function capLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.length > MAX_MESSAGE_LINE ? `${line.slice(0, MAX_MESSAGE_LINE)}…` : line))
    .join('\n');
}

/** parseArgs quotes the offending argument in full, twice; a 100 kB one must not become a 200 kB message. */
function echoOptionError(message: string): string {
  return message.replace(/[^\s'"]{81,}/g, (run) => echo(run));
}

/**
 * Runs natolex with `argv` (without the node and script paths); resolves to the exit status. Never throws. Every
 * message on stderr is escaped (file names and glossary text may carry terminal or CI-log commands).
 */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io: CliIo = { ...rawIo, stderr: (text) => rawIo.stderr(printableLines(capLines(text))) };
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(`${HELP}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const loadCommand = COMMANDS.get(name);
  if (!loadCommand) {
    // Not the whole help: it has grown with the commands, and a hostile name must give a short message.
    io.stderr(`natolex: unknown command '${echo(name)}'\nRun 'natolex --help' for the commands.\n`);
    return 2;
  }
  let command: Command;
  try {
    command = await loadCommand();
  } catch (error) {
    io.stderr(`natolex ${name}: unexpected error: ${describeError(error)}\n`);
    return 2;
  }
  const usage = `${command.help}\n\n${COMMON_HELP}\n`;
  let parsed;
  try {
    parsed = parseArgs({ args: [...rest], options: { ...COMMON_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`natolex ${name}: ${echoOptionError((error as Error).message)}\nRun 'natolex ${name} --help' for usage.\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout(usage);
    return 0;
  }
  try {
    return await command.run(parsed.positionals, parsed.values as CommonOptions & Record<string, unknown>, io);
  } catch (error) {
    if (error instanceof GlossaryError) {
      io.stderr(`${error.problems.join('\n')}\nnatolex: a glossary could not be loaded; nothing was checked\n`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof FileArgumentError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`natolex ${name}: ${error.message}\nRun 'natolex ${name} --help' for usage.\n`);
      return 2;
    }
    io.stderr(`natolex ${name}: unexpected error: ${describeError(error)}\n`);
    return 2;
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
