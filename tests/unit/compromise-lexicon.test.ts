/**
 * The extension is built with compromise's lexicon expanded ahead of time (scripts/compromise-lexicon.ts):
 * the model the built compromise ends up with must be the very model compromise builds for itself, or names
 * and figures would be tagged differently in the browser than here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { build } from 'vite';
import nlp from 'compromise';
import { modelFile, precomputedCompromiseLexicon } from '../../scripts/compromise-lexicon';

const dir = mkdtempSync(join(tmpdir(), 'hashmark-lexicon-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('compromise built with the precomputed lexicon has the model compromise builds on import', async () => {
  const entry = join(dir, 'entry.js');
  const compromise = join(dirname(modelFile()), '../../../three.js');
  writeFileSync(entry, `import nlp from ${JSON.stringify(compromise)};\nexport default nlp.world().model;\n`);
  await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [precomputedCompromiseLexicon()],
    build: { outDir: join(dir, 'out'), minify: false, lib: { entry, formats: ['es'], fileName: 'model' } },
  });
  const { default: built } = (await import(pathToFileURL(join(dir, 'out/model.js')).href)) as { default: { one: { lexicon: object } } };
  expect(Object.keys(built.one.lexicon).length).toBeGreaterThan(20_000);
  expect(built).toEqual((nlp.world() as { model: object }).model);
}, 60_000);
