// The two extension hosts the suite runs in. VS Code runs an extension in the Node host (desktop, Remote, Codespaces)
// or, in vscode.dev / github.dev, in a web worker of the browser, from the manifest's `browser` entry. code-server
// puts an extension in its web-worker host when the user setting "remote.extensionKind" says ["web"] for it.
import { join } from 'node:path';

/** The line the suite prints first (test/suite/host.ts), naming the host it really runs in. */
const HOST_LINE = /^natolex suite host: (node|web-worker)$/m;

/** Each host: how the launcher names it, the suite entry it loads, and the user settings that put natolex there. */
export function extensionHosts(extensionDir, extensionId) {
  return {
    node: { name: 'node', label: 'Node extension host', testsEntry: join(extensionDir, 'dist', 'test', 'suite', 'index.cjs'), settings: {} },
    'web-worker': {
      name: 'web-worker',
      label: 'web-worker extension host',
      // One bundled file: the web-worker host's loader knows only `vscode` (see tsup.config.ts).
      testsEntry: join(extensionDir, 'dist', 'test', 'web', 'suite.cjs'),
      settings: { 'remote.extensionKind': { [extensionId]: ['web'] } },
    },
  };
}

/** The hosts a --host value asks for, in run order: "all" (the default) is the Node host, then the web worker. */
export function selectHosts(value, hosts) {
  if (value === undefined || value === 'all') return Object.values(hosts);
  if (!Object.hasOwn(hosts, value)) throw new Error(`--host takes ${[...Object.keys(hosts), 'all'].join(', ')}; got ${value}`);
  return [hosts[value]];
}

/** The host the suite said it ran in (from its console output), or undefined if it never said. */
export function reportedHost(lines) {
  return HOST_LINE.exec(lines.join('\n'))?.[1];
}
