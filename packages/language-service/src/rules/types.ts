// What a rule is and what it reports. A rule is a pure function of the text and the lexicon; the registry
// (rules/index.ts) lists every rule once, and every adapter runs them through check.ts.
import type { Lexicon, Match, NonProseRange, TextEdit } from '@natolex/data';
import type { ProseModel } from '../markdown/prose.js';
import type { Message } from '../messages.js';

export type Severity = 'error' | 'warning' | 'info' | 'off';
export type ReportedSeverity = Exclude<Severity, 'off'>;

/** A fix a finding offers: a title (a quick fix's label) and the edits it makes, in offsets of the checked text. */
export interface Fix {
  title: Message;
  edits: readonly TextEdit[];
  /**
   * Applied only when a person picks it as a quick fix, never by `natolex check --fix` or a fix-all action: restoring
   * a quotation's words is the writer's call (an abridged quote may be deliberate).
   */
  manual?: boolean;
}

/** What a rule reports; the runner adds the rule id and the severity. Offsets are UTF-16 code units, `end` exclusive. */
export interface RuleFinding {
  start: number;
  end: number;
  message: Message;
  /** Id of the lexicon entry concerned, if any. */
  entry?: string;
  fixes?: readonly Fix[];
}

/** What every rule sees of one text, computed once per check. */
export interface RuleContext {
  readonly lexicon: Lexicon;
  readonly text: string;
  /** The text is Markdown: code, comments and front matter are not prose. */
  readonly markdown: boolean;
  /** Acronyms (as written) or entry ids never reported, as configured. */
  readonly ignore: readonly string[];
  /** Every match of the lexicon in the text, sorted by start. */
  readonly matches: readonly Match[];
  /**
   * Sorted, disjoint ranges where rules report nothing: what is not prose and the quotations (the source's words).
   * Empty unless Markdown.
   */
  readonly nonProse: readonly NonProseRange[];
  /** What a Markdown parser says is prose, not prose and quoted (undefined unless Markdown): see markdown/prose.ts. */
  readonly prose: ProseModel | undefined;
  /** Acronyms (as written) or entry ids that need no first-use definition for this audience (e.g. NATO). */
  readonly wellKnown: readonly string[];
  /** Whether a definition in a heading excuses the body (default false: define again in the text). */
  readonly headingDefinitions: boolean;
}

export interface Rule<Id extends string = string> {
  id: Id;
  defaultSeverity: ReportedSeverity;
  /** One sentence: what the rule reports (SARIF's shortDescription, the README's rule table, help texts). */
  summary: string;
  /** The English templates of the rule's messages, by message id ({0}-style placeholders). */
  messages: Readonly<Record<string, string>>;
  check(context: RuleContext): RuleFinding[];
}

/** A rule, typed so that the registry keeps each rule's literal id. */
export function defineRule<const Id extends string>(rule: Rule<Id>): Rule<Id> {
  return rule;
}
