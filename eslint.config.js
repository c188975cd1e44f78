import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const HTML_SINKS = 'Page and index text must never be parsed as HTML: build nodes and set textContent.';

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
);
