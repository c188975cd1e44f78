/**
 * The layer rules in eslint.config.js: a wrong-way import fails the lint, the right way passes.
 * Each case is linted as if it were a file at that path, with the project's own configuration.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('the engine layers', () => {
  it.each([
    ['lib/base/x.ts', "import { ENTITY_KINDS } from '../kinds';"],
    ['lib/base/x.ts', "import { gazetteer } from '../knowledge';"],
    ['lib/knowledge/x.ts', "import { tokenize } from '../extract/tokens';"],
    ['lib/article/x.ts', "import { paint } from '../highlight/paint';"],
    ['lib/extract/x.ts', "import { annotateBlocks } from '../annotate';"],
    ['lib/citation/x.ts', "import { loadIndex } from '../incidents/load';"],
    ['lib/kinds.ts', "import { gazetteer } from './knowledge';"],
    ['lib/annotate.ts', "import { browser } from 'wxt/browser';"],
    ['lib/summary.ts', "import { citationFormat } from '@/utils/settings';"],
    ['lib/highlight/x.ts', "import { Popup } from '@/components/Popup';"],
    ['components/X.tsx', "import { browser } from 'wxt/browser';"],
    ['components/X.tsx', "import { citationFormat } from '@/utils/settings';"],
  ])('%s: %s fails the lint', async (file, code) => {
    expect(await importErrors(file, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ['lib/extract/x.ts', "import { gazetteer } from '../knowledge';"],
    ['lib/highlight/x.ts', "import type { TextBlock } from '../article/blocks';"],
    ['lib/citation/x.ts', "import { escapeMarkdown } from '../base/markdown';"],
    ['lib/knowledge/x.ts', "import { ENTITY_KINDS } from '../kinds';"],
    ['lib/annotate.ts', "import { findFigures } from './extract/figures';"],
    ['components/X.tsx', "import { ENTITY_KINDS } from '@/lib/kinds';"],
    ['entrypoints/x.ts', "import { browser } from 'wxt/browser';"],
  ])('%s: %s passes', async (file, code) => {
    expect(await importErrors(file, `${code}\nexport {};\n`)).toEqual([]);
  });

  it('an extension global in the engine or a view fails the lint', async () => {
    expect(await importErrors('lib/extract/x.ts', 'export const id = browser.runtime.id;\n')).not.toEqual([]);
    expect(await importErrors('components/X.tsx', 'export const id = chrome.runtime.id;\n')).not.toEqual([]);
  });
});
