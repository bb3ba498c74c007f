// One flat config for every workspace; each package runs `eslint .` from its own folder.
import tseslint from 'typescript-eslint';

// Import boundaries (packages/language-service/test/boundaries.test.ts pins them): the editor API only in the VS Code
// extension's adapter files; the core packages (schema, data, language-service) never import an adapter; adapters
// never import each other. Each file gets one no-restricted-imports setting (flat config does not merge a rule's
// options), so every block below lists all the bans that apply to its files.
const ADAPTERS = [
  { name: '@natolex/cli', dir: 'packages/cli' },
  { name: 'natolex', dir: 'packages/vscode-ext' },
  { name: '@natolex/language-server', dir: 'packages/language-server' },
];
const CORE_PACKAGES = ['packages/schema', 'packages/interchange', 'packages/data', 'packages/language-service'];
const VSCODE_ADAPTER_FILES = [
  'packages/vscode-ext/src/providers/**',
  'packages/vscode-ext/src/extension.ts',
  'packages/vscode-ext/src/test-support/**',
  'packages/vscode-ext/test/**',
];
const SOURCE_FILES = '**/*.{ts,tsx,mts,cts,js,mjs,cjs}';

const VSCODE_BAN = {
  name: 'vscode',
  message: 'The editor API belongs in packages/vscode-ext/src/providers/** and extension.ts; put editor-neutral logic in @natolex/language-service.',
};

function adapterBans(adapters, why) {
  return {
    paths: adapters.map(({ name }) => ({ name, message: why })),
    patterns: adapters.map(({ name }) => ({ group: [`${name}/*`], message: why })),
  };
}

function restrictedImports({ vscode, adapters, why }) {
  const bans = adapterBans(adapters, why);
  return { 'no-restricted-imports': ['error', { paths: [...(vscode ? [VSCODE_BAN] : []), ...bans.paths], patterns: bans.patterns }] };
}

const CORE_WHY = 'Core packages (schema, interchange, data, language-service) must not depend on an adapter (CLI, language server, VS Code extension).';
const ADAPTER_WHY = 'Adapters must not import each other: share code through @natolex/language-service.';

const boundaries = [
  { files: [SOURCE_FILES], rules: restrictedImports({ vscode: true, adapters: [] }) },
  { files: CORE_PACKAGES.map((dir) => `${dir}/${SOURCE_FILES}`), rules: restrictedImports({ vscode: true, adapters: ADAPTERS, why: CORE_WHY }) },
  ...ADAPTERS.map((adapter) => ({
    files: [`${adapter.dir}/${SOURCE_FILES}`],
    rules: restrictedImports({ vscode: true, adapters: ADAPTERS.filter((other) => other !== adapter), why: ADAPTER_WHY }),
  })),
  {
    files: VSCODE_ADAPTER_FILES,
    rules: restrictedImports({ vscode: false, adapters: ADAPTERS.filter((other) => other.name !== 'natolex'), why: ADAPTER_WHY }),
  },
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.cache/**', '**/*.generated.ts', '**/out/**', '**/.vscode-test/**'],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { sourceType: 'commonjs' },
  },
  ...boundaries,
);
