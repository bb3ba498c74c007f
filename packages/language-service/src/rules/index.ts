// The rule registry: every rule natolex has, once. Adapters list, configure and run rules from here only; RuleId,
// the default severities and the message table are derived from it.
import { deprecated } from './deprecated.js';
import { firstUse } from './first-use.js';
import { inconsistentExpansion } from './inconsistent-expansion.js';
import { quotationDrift } from './quotation-drift.js';
import { redundantDefinition } from './redundant-definition.js';
import type { ReportedSeverity, Rule, Severity } from './types.js';
import { unknownAcronym } from './unknown-acronym.js';
import { wrongExpansion } from './wrong-expansion.js';

/** Every rule, in the order they are documented and listed (SARIF's rule index follows it). */
export const RULES = [firstUse, deprecated, unknownAcronym, wrongExpansion, inconsistentExpansion, quotationDrift, redundantDefinition] as const;

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

export type RuleSeverities = Record<RuleId, Severity>;

export const DEFAULT_SEVERITIES: Readonly<Record<RuleId, ReportedSeverity>> = Object.freeze(
  Object.fromEntries(RULES.map((rule) => [rule.id, rule.defaultSeverity])) as Record<RuleId, ReportedSeverity>,
);

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'off'];

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);
}

export function ruleById(id: RuleId): Rule<RuleId> {
  return RULES.find((rule) => rule.id === id) as Rule<RuleId>;
}

/** The English template of every message of every rule, by message id (for adapters that translate). */
export const MESSAGES: Readonly<Record<string, string>> = Object.freeze(Object.assign({}, ...RULES.map((rule) => rule.messages)));

export { deprecated, firstUse, inconsistentExpansion, quotationDrift, redundantDefinition, unknownAcronym, wrongExpansion };
