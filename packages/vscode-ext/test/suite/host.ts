// Which extension host runs the suite. The web-worker host (vscode.dev, github.dev, code-server with
// "remote.extensionKind": {"natolex.natolex": ["web"]}) has no Node `process` global and is a worker scope; the
// Node host has `process`. Tests that need Node skip themselves with `nodeOnlyTest` (see the README for which).
export type ExtensionHostKind = 'node' | 'web-worker';

export const HOST: ExtensionHostKind = typeof process === 'undefined' && typeof (globalThis as { importScripts?: unknown }).importScripts === 'function' ? 'web-worker' : 'node';

/** The line the launcher looks for to check that the suite ran in the host it asked for. */
export const HOST_LINE = `natolex suite host: ${HOST}`;

/** Mocha's settings, the same in both hosts. */
export const MOCHA_OPTIONS = { ui: 'tdd', color: false, timeout: 20_000, reporter: 'spec' } as const;
