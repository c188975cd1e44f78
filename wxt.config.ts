import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { precomputedCompromiseLexicon } from './scripts/compromise-lexicon';

// The e2e build is the production build plus one thing: it annotates pages served on
// 127.0.0.1 without a click, so browser tests can drive it. Everything else is identical.
const E2E_MATCHES = ['http://127.0.0.1/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // compromise's lexicon is expanded as the extension is built, not as each of its pages or workers starts
  vite: () => ({ plugins: [preact(), precomputedCompromiseLexicon()] }),
  manifest: ({ mode }) => ({
    name: 'Hashmark',
    description: 'Highlights who, what and how much in crypto-crime news. Runs entirely on your machine.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // Sites the reader enables for automatic annotation are asked for one by one, from a click.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Hashmark: summarize this article' },
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Show or hide all Hashmark highlights' },
      'annotate-page': { suggested_key: { default: 'Alt+Shift+A' }, description: 'Annotate this page with Hashmark' },
      'open-case-file': { suggested_key: { default: 'Alt+Shift+F' }, description: 'Open your Hashmark case file' },
    },
    browser_specific_settings: {
      gecko: {
        id: 'hashmark@hashmark.example',
        data_collection_permissions: { required: ['none'] },
      },
    },
    // e2e: 127.0.0.1 annotates by itself; localhost stands in for any site, annotated only on request
    ...(mode === 'e2e' ? { host_permissions: [...E2E_MATCHES, 'http://localhost/*'] } : {}),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: E2E_MATCHES, js: ['content-scripts/content.js'], run_at: 'document_idle' },
      ];
    },
  },
});
