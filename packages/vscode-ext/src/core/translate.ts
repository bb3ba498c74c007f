// User-facing strings go through a `Translate` function: the adapter passes `vscode.l10n.t`, unit tests and other
// hosts get the English text with its {0} placeholders filled in. Keeping the core free of `vscode` means it runs
// under vitest and in any host.

export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

/** English: the message itself with `{n}` replaced by the n-th argument (as vscode.l10n.t does). */
export const english: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? placeholder : String(value);
  });
