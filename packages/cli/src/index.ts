// @natolex/cli as a library: run the command in-process, or use its checks and report formats directly.
export { runCli, HELP, VERSION } from './run.js';
export type { CliIo } from './context.js';
// The checks are the language service's rule registry, re-exported so existing users of the CLI library keep working.
export { checkText, RULES, DEFAULT_SEVERITIES, type Finding, type CheckOptions, type RuleSeverities } from '@natolex/language-service';
export { formatText, formatJson, formatSarif, summarize, type Diagnostic, type CheckSummary } from './report.js';
export { discoverConfig, loadConfigFile, parseConfig, ConfigError, RULE_IDS, type ConfigFile, type LoadedConfig, type RuleId, type Severity } from './config.js';
export { resolveFileArguments, resolveFiles, type ResolvedFile, type ResolveOptions } from './glob.js';
export { printable } from './report.js';
