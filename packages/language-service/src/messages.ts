// User-facing text is l10n-ready: every message has a stable id, its arguments, and its English text. Adapters that
// translate look the id's English template up (MESSAGES) and pass it with the arguments to their own l10n function
// (vscode.l10n.t takes exactly this: the English template and {0}-style arguments); the others print `text`.

/** Fills `{0}`, `{1}`, ... of a template with its arguments, as vscode.l10n.t does. */
export type Translate = (template: string, ...args: string[]) => string;

export const english: Translate = (template, ...args) =>
  template.replace(/\{(\d+)\}/g, (placeholder, index: string) => args[Number(index)] ?? placeholder);

/** A message ready to print (`text`) and to translate (`id` + `args`). */
export interface Message {
  id: string;
  args: readonly string[];
  /** The English text. */
  text: string;
}

export function message(templates: Readonly<Record<string, string>>, id: string, args: readonly string[]): Message {
  const template = templates[id];
  if (template === undefined) throw new Error(`no message '${id}'`);
  return { id, args, text: english(template, ...args) };
}

/** A message in another language: `translate` gets the English template, as registered, and the arguments. */
export function translateMessage(templates: Readonly<Record<string, string>>, value: Message, translate: Translate): string {
  const template = templates[value.id];
  return template === undefined ? value.text : translate(template, ...value.args);
}
