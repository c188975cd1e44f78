/**
 * A Vite plugin that expands compromise's English lexicon at build time (issue 14).
 *
 * On import, compromise unpacks its compressed word list and then grows it by conjugating, pluralising
 * and comparing every ambiguous word (24,000-odd entries): about a third of the background's start-up,
 * paid again by every service worker that wakes for an article. The plugin replaces that one module of
 * compromise (its tagger's model) with one holding the finished lexicon as JSON, made here, in Node, by
 * running the installed compromise's own module: it can never drift from the compromise it ships with,
 * and there is no file to regenerate or edit. Everything in the model that is not the lexicon (rules,
 * patterns, regular expressions) is imported from compromise as before.
 */
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/** The model module's own imports that expansion never changes, as `[name, file relative to the model]`. */
const UNCHANGED = [
  ['irregularPlurals', './irregulars/plurals.js'],
  ['frozenLex', './lexicon/frozenLex.js'],
  ['clues', './clues/index.js'],
  ['suffixPatterns', './patterns/suffixes.js'],
  ['prefixPatterns', './patterns/prefixes.js'],
  ['endsWith', './patterns/endsWith.js'],
  ['neighbours', './patterns/neighbours.js'],
  ['models', './models/index.js'],
  ['regexNormal', './regex/regex-normal.js'],
  ['regexText', './regex/regex-text.js'],
  ['regexNumbers', './regex/regex-numbers.js'],
  ['orgWords', './orgWords.js'],
  ['placeWords', './placeWords.js'],
] as const;

/** What expansion makes: the only parts of the model that are data computed at import. */
export interface ExpandedLexicon {
  lexicon: Record<string, string | string[]>;
  multiCache: Record<string, number>;
  switches: Record<string, string>;
  uncountable: Record<string, boolean>;
}

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]>; _multiCache: Record<string, number> };
  two: { switches: Record<string, string>; uncountable: Record<string, boolean> };
}

/** compromise's tagger model module, in the installed package. */
export function modelFile(): string {
  // the package's exports name no file at its root: climb from its main build to the package's folder
  let dir = dirname(createRequire(import.meta.url).resolve('compromise'));
  while (basename(dir) !== 'compromise') dir = dirname(dir);
  return join(dir, 'src/2-two/preTagger/model/index.js');
}

/** The expanded lexicon, as the installed compromise builds it on import. */
export async function expandedLexicon(): Promise<ExpandedLexicon> {
  const { default: model } = (await import(pathToFileURL(modelFile()).href)) as { default: CompromiseModel };
  return { lexicon: model.one.lexicon, multiCache: model.one._multiCache, switches: model.two.switches, uncountable: model.two.uncountable };
}

/**
 * The replacement model module: the unchanged parts imported from compromise, the expanded parts parsed
 * from JSON and handed to compromise's world as they are. Exported as a plugin's model instead, they
 * would be merged into the world word by word (over 100,000 entries: ~50 ms at each start).
 */
export async function precomputedModelSource(): Promise<string> {
  const dir = dirname(modelFile());
  const data = await expandedLexicon();
  const imports = UNCHANGED.map(([name, file]) => `import ${name} from ${JSON.stringify(join(dir, file))};`).join('\n');
  // JSON.parse of one string literal: much quicker for the engine than the same data as an object literal
  return `${imports}
import world from ${JSON.stringify(join(dir, '../../../API/world.js'))};
const data = JSON.parse(${JSON.stringify(JSON.stringify(data))});
// what the plugins before this one put there stays, unless this one has the same key (as a merge would do)
const handOver = (part, key, value) => {
  const before = (world.model[part] ??= {})[key] ?? {};
  for (const k in before) if (!(k in value)) value[k] = before[k];
  world.model[part][key] = value;
};
handOver('one', 'lexicon', data.lexicon);
handOver('one', '_multiCache', data.multiCache);
handOver('two', 'switches', data.switches);
handOver('two', 'uncountable', data.uncountable);
export default {
  one: { frozenLex },
  two: { irregularPlurals, models, suffixPatterns, prefixPatterns, endsWith, neighbours, regexNormal, regexText, regexNumbers, clues, orgWords, placeWords },
};
`;
}

const VIRTUAL = '\0hashmark:compromise-model';

export function precomputedCompromiseLexicon(): Plugin {
  return {
    name: 'hashmark:compromise-lexicon',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromTagger = importer?.replace(/\\/g, '/').endsWith('compromise/src/2-two/preTagger/plugin.js');
      return fromTagger && source === './model/index.js' ? VIRTUAL : null;
    },
    load(id) {
      return id === VIRTUAL ? precomputedModelSource() : null;
    },
  };
}
