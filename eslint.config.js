import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const HTML_SINKS = 'Page and index text must never be parsed as HTML: build nodes and set textContent.';

/**
 * The engine's layers, lowest first: each folder of lib/ may import only the folders named here
 * (and lib/schema.ts and lib/kinds.ts, the core every folder shares). lib/base imports nothing of lib/.
 * The top-level modules of lib/ (annotate, summary, messages, …) may import any folder; no folder
 * imports them. ESLint's own no-restricted-imports does this without a plugin: the paths are relative.
 */
const LAYERS = {
  base: [],
  knowledge: ['base'],
  article: ['base'],
  citation: ['base', 'sanctions'],
  incidents: ['base'],
  extract: ['base', 'knowledge'],
  sanctions: ['base', 'extract'],
  highlight: ['base', 'article'],
};
// citation may import sanctions for lib/sanctions/describe.ts only (how a flag reads; no list data)
const CORE = ['schema', 'kinds'];
const TOP = readdirSync(`${import.meta.dirname}/lib`)
  .filter((f) => /\.ts$/.test(f))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((m) => !CORE.includes(m));

const OUTSIDE_THE_ENGINE = {
  group: ['@/entrypoints/*', '@/components/*', '@/utils/*', 'wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'],
  message: 'lib/ is the engine: no extension APIs, entry points, views or settings.',
};
const NO_EXTENSION_GLOBALS = [
  { name: 'browser', message: 'No extension API here: the entry points pass in what is needed.' },
  { name: 'chrome', message: 'No extension API here: the entry points pass in what is needed.' },
];

function layerRule(folder) {
  const allowed = new Set([folder, ...LAYERS[folder]]);
  const above = Object.keys(LAYERS).filter((f) => !allowed.has(f));
  const group = folder === 'base' ? ['../*', '../**'] : [...above.flatMap((f) => [`../${f}`, `../${f}/*`]), ...TOP.map((m) => `../${m}`)];
  return {
    files: [`lib/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [OUTSIDE_THE_ENGINE, { group, message: `lib/${folder} may import only ${[...LAYERS[folder], ...(folder === 'base' ? [] : CORE)].join(', ') || 'nothing of lib/'}: layers depend downward.` }] }],
      'no-restricted-globals': ['error', ...NO_EXTENSION_GLOBALS],
    },
  };
}

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'web-ext-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: HTML_SINKS },
        { property: 'outerHTML', message: HTML_SINKS },
        { property: 'insertAdjacentHTML', message: HTML_SINKS },
        { object: 'document', property: 'write', message: HTML_SINKS },
        { object: 'document', property: 'writeln', message: HTML_SINKS },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: HTML_SINKS },
        { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: HTML_SINKS },
      ],
    },
  },
  {
    // plain-JavaScript launchers run by Node before anything is transpiled
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    // the case file records whole annotations: it stands with the top level, above every folder
    files: ['lib/*.ts', 'lib/casefile/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [OUTSIDE_THE_ENGINE] }],
      'no-restricted-globals': ['error', ...NO_EXTENSION_GLOBALS],
    },
  },
  {
    files: [...CORE.map((m) => `lib/${m}.ts`)],
    rules: {
      'no-restricted-imports': ['error', { patterns: [OUTSIDE_THE_ENGINE, { group: [...Object.keys(LAYERS).filter((f) => f !== 'base').flatMap((f) => [`./${f}`, `./${f}/*`]), ...TOP.map((m) => `./${m}`)], message: 'The core (schema, kinds) imports only lib/base.' }] }],
    },
  },
  ...Object.keys(LAYERS).map(layerRule),
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/entrypoints/*', '@/utils/*', 'wxt/browser', 'webextension-polyfill', '#imports'], message: 'Views never call extension APIs: the entry page passes in what they need.' }] }],
      'no-restricted-globals': ['error', ...NO_EXTENSION_GLOBALS],
    },
  },
);
