/**
 * node scripts/run-bundled.mjs ENTRY.ts [ARGS...]: runs a TypeScript script as one prebuilt ES module,
 * bundled by esbuild, with ARGS as its own arguments. tsx transpiles every module of the engine at every
 * start (about a second of CPU per CLI run, issue 14); a bundle starts in little more than Node's own time.
 *
 * The bundle is rebuilt whenever it is missing or any file it was built from (sources, data, packages,
 * this launcher) has changed since its build began, so it is never stale and needs no build step of its
 * own. Plain JavaScript, as it must run before anything is transpiled.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const CACHE = join(ROOT, 'node_modules/.cache/hashmark-bundles');
const SELF = relative(ROOT, fileURLToPath(import.meta.url));

const mtime = (file) => {
  try {
    return statSync(join(ROOT, file)).mtimeMs;
  } catch {
    return Infinity; // a file that is gone: rebuild
  }
};

/** Whether the bundle's record lists inputs all older than the build's start. */
function fresh(recordFile) {
  try {
    const { startedAt, inputs } = JSON.parse(readFileSync(recordFile, 'utf8'));
    return [...inputs, SELF].every((file) => mtime(file) < startedAt);
  } catch {
    return false;
  }
}

/** The path of an up-to-date bundle of `entry`, built first if need be. */
async function bundleOf(entry) {
  const name = relative(ROOT, resolve(entry)).replace(/[\\/]/g, '__').replace(/\.ts$/, '');
  const out = join(CACHE, `${name}.mjs`);
  const record = join(CACHE, `${name}.inputs.json`);
  if (fresh(record)) return out;
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  mkdirSync(CACHE, { recursive: true });
  // written aside and renamed, so a run started meanwhile never loads half a file
  const tmp = `${out}.${process.pid}.tmp`;
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    // packages written as CommonJS call require() for Node's own modules
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    metafile: true,
    logLevel: 'warning',
  });
  renameSync(tmp, out);
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes(':'));
  writeFileSync(`${record}.${process.pid}.tmp`, JSON.stringify({ startedAt, inputs }));
  renameSync(`${record}.${process.pid}.tmp`, record);
  return out;
}

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-bundled.mjs ENTRY.ts [ARGS...]\n');
  process.exit(2);
}
const bundle = await bundleOf(entry);
process.argv = [process.argv[0], resolve(entry), ...args];
await import(pathToFileURL(bundle).href);
