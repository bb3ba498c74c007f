// The natolex.* editor settings, read from what a client sends (workspace/configuration's `natolex` section, or
// VS Code's getConfiguration('natolex')) and checked: settings come from workspace files anyone can write, so a wrong
// value falls back to its default instead of breaking a feature. Both nested ({ diagnostics: { severity } }) and
// dotted ({ 'diagnostics.severity': … }) shapes are read.
import type { DocumentCheckOptions } from '../check.js';
import { DEFAULT_SEVERITIES, RULE_IDS, isRuleId, type RuleId, type RuleSeverities } from '../rules/index.js';
import { DEFAULT_WELL_KNOWN } from '../rules/well-known.js';
import type { ConfigFile } from '../workspace/config.js';
import { DEFAULT_LIMITS } from '../workspace/policy.js';
import { CITATION_FORMATS, CITATION_STYLES, type CitationFormat, type CitationStyleName } from './citation.js';
import { languageTag } from './language.js';

/** How an editor shows a finding (the editors' four levels), or not at all. */
export type DisplaySeverity = 'error' | 'warning' | 'information' | 'hint' | 'off';
export const DISPLAY_SEVERITIES: readonly DisplaySeverity[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface EditorSettings {
  /** Language ids natolex checks (natolex.enabledLanguages). */
  enabledLanguages: string[];
  /** How each rule's findings are shown (natolex.rules and natolex.diagnostics.severity, see severitiesFrom). */
  severities: Record<RuleId, DisplaySeverity>;
  citation: {
    format: CitationFormat;
    style: CitationStyleName;
    /** A workspace CSL style file, relative to the folder; '' for none. */
    styleFile: string;
    /** Ask for the format each time (editors with a picker). */
    askFormat: boolean;
  };
  /** Glossary paths relative to the folder (natolex.glossaries), besides every *.natolex.json. */
  glossaries: string[];
  maxFileSize: number;
  maxGlossarySize: number;
  /**
   * The writer's language (natolex.language, a BCP 47 tag such as "en" or "fr"): hovers and completion details show
   * it first. '' (the default, or a value that is not a tag): the editor's locale, else the lexicon's language.
   */
  language: string;
  /** Acronyms (as written) or entry ids that need no first-use definition (natolex.wellKnown; [] turns it off). */
  wellKnown: string[];
  /** Whether "Long Form (ABBR)" in a heading defines the acronym for the text below it (natolex.headingDefinitions). */
  headingDefinitions: boolean;
  /** Acronyms or entry ids never reported: natolex.config.json's `ignore` (no editor setting of its own). */
  ignore: string[];
}

/** Milliseconds between the last keystroke and the check, so typing is never slowed down by it. */
export const DIAGNOSTICS_DEBOUNCE_MS = 200;

const fromRule = (severity: string): DisplaySeverity => (severity === 'info' ? 'information' : (severity as DisplaySeverity));

export const DEFAULT_EDITOR_SETTINGS: Readonly<EditorSettings> = Object.freeze<EditorSettings>({
  enabledLanguages: ['markdown', 'plaintext'],
  severities: Object.fromEntries(RULE_IDS.map((id) => [id, fromRule(DEFAULT_SEVERITIES[id])])) as Record<RuleId, DisplaySeverity>,
  citation: { format: 'footnote', style: 'chicago-note', styleFile: '', askFormat: false },
  glossaries: [],
  maxFileSize: DEFAULT_LIMITS.maxFileSize,
  maxGlossarySize: DEFAULT_LIMITS.maxGlossarySize,
  language: '',
  wellKnown: [...DEFAULT_WELL_KNOWN],
  headingDefinitions: false,
  ignore: [],
});

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A setting by dotted key: `a.b` nested or written as one key. Own properties only. */
function get(raw: Record<string, unknown>, key: string): unknown {
  if (Object.hasOwn(raw, key)) return raw[key];
  let value: unknown = raw;
  for (const part of key.split('.')) {
    if (!isObject(value) || !Object.hasOwn(value, part)) return undefined;
    value = value[part];
  }
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Strings only, blank ones dropped, at most `max` (a hostile setting could list millions). */
function stringList(value: unknown, fallback: readonly string[], max = 1000): string[] {
  return Array.isArray(value) ? value.slice(0, max).filter((item): item is string => typeof item === 'string' && item.trim() !== '') : [...fallback];
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

const RUN_SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'off'];

/**
 * How each rule is shown, from natolex.rules (a severity by rule id, the CLI config's vocabulary: error, warning,
 * info, off) and natolex.diagnostics.severity ('default' keeps each rule's own level; another level forces it on
 * every rule that is not off; 'off' turns every rule off; an object by rule id sets levels one by one).
 */
function severitiesFrom(rules: unknown, shown: unknown, base: Readonly<Record<RuleId, DisplaySeverity>>): Record<RuleId, DisplaySeverity> {
  const severities = { ...base };
  if (isObject(rules)) {
    for (const [id, level] of Object.entries(rules)) if (isRuleId(id) && RUN_SEVERITIES.includes(level as string)) severities[id] = fromRule(level as string);
  }
  if (typeof shown === 'string' && (DISPLAY_SEVERITIES as readonly string[]).includes(shown)) {
    for (const id of RULE_IDS) if (shown === 'off' || severities[id] !== 'off') severities[id] = shown as DisplaySeverity;
  } else if (isObject(shown)) {
    for (const [id, level] of Object.entries(shown)) {
      if (isRuleId(id) && (DISPLAY_SEVERITIES as readonly string[]).includes(level as string)) severities[id] = level as DisplaySeverity;
    }
  }
  return severities;
}

/**
 * The settings from a client's `natolex` section (anything: undefined, null, a wrong type all give the defaults).
 * `base` is what a value the section does not give falls back to: the defaults, or a workspace's natolex.config.json
 * (settingsOfConfig), so editor settings a client sends win over the file.
 */
export function readEditorSettings(raw: unknown, base: Readonly<EditorSettings> = DEFAULT_EDITOR_SETTINGS): EditorSettings {
  const section = isObject(raw) ? raw : {};
  const styleFile = get(section, 'citation.styleFile');
  const headingDefinitions = get(section, 'headingDefinitions');
  return {
    enabledLanguages: stringList(get(section, 'enabledLanguages'), base.enabledLanguages),
    severities: severitiesFrom(get(section, 'rules'), get(section, 'diagnostics.severity'), base.severities),
    citation: {
      format: oneOf(get(section, 'citation.format'), CITATION_FORMATS, base.citation.format),
      style: oneOf(get(section, 'citation.style'), CITATION_STYLES, base.citation.style),
      styleFile: typeof styleFile === 'string' ? styleFile.trim() : base.citation.styleFile,
      askFormat: typeof get(section, 'citation.askFormat') === 'boolean' ? get(section, 'citation.askFormat') === true : base.citation.askFormat,
    },
    glossaries: stringList(get(section, 'glossaries'), base.glossaries),
    maxFileSize: positive(get(section, 'maxFileSize'), base.maxFileSize),
    maxGlossarySize: positive(get(section, 'maxGlossarySize'), base.maxGlossarySize),
    wellKnown: stringList(get(section, 'wellKnown'), base.wellKnown),
    headingDefinitions: typeof headingDefinitions === 'boolean' ? headingDefinitions : base.headingDefinitions,
    ignore: [...base.ignore],
    language: languageTag(get(section, 'language')) ?? base.language,
  };
}

/** The settings a workspace's natolex.config.json gives (the CLI's keys), over the defaults. */
export function settingsOfConfig(config: ConfigFile): EditorSettings {
  const defaults = DEFAULT_EDITOR_SETTINGS;
  return {
    ...defaults,
    citation: { ...defaults.citation },
    severities: severitiesFrom(config.rules, undefined, defaults.severities),
    glossaries: [...(config.glossaries ?? defaults.glossaries)],
    wellKnown: [...(config.wellKnown ?? defaults.wellKnown)],
    headingDefinitions: config.headingDefinitions ?? defaults.headingDefinitions,
    ignore: [...(config.ignore ?? defaults.ignore)],
  };
}

/** The check options the settings ask for (severities, well-known acronyms, heading definitions, ignored ones). */
export function checkOptionsOf(settings: EditorSettings): DocumentCheckOptions {
  return { severities: ruleSeveritiesOf(settings), wellKnown: settings.wellKnown, headingDefinitions: settings.headingDefinitions, ignore: settings.ignore };
}

/** The severities to run the rules with: shown as information or hint, a rule runs at 'info'; 'off' does not run. */
export function ruleSeveritiesOf(settings: Pick<EditorSettings, 'severities'>): RuleSeverities {
  return Object.fromEntries(
    RULE_IDS.map((id) => {
      const shown = settings.severities[id];
      return [id, shown === 'information' || shown === 'hint' ? 'info' : shown];
    }),
  ) as RuleSeverities;
}
