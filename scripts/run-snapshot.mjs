/**
 * node scripts/run-snapshot.mjs ENTRY.ts [ARGS...]: runs a TypeScript script from a start-up snapshot of it,
 * with ARGS as its arguments. The script is bundled by esbuild and run once by `node --build-snapshot`,
 * so whatever its top level builds (compromise's lexicon and rules, the gazetteers, the incident search) is
 * built then, not at every start; each start runs only the `main` it gives scripts/script-main.ts. tsx,
 * by contrast, transpiles every module and the engine builds all of that at every start (issue 14).
 *
 * The snapshot is rebuilt whenever it is missing, was made by another Node or NODE_OPTIONS, or any
 * file it was built from (sources, data, packages, this launcher) has changed since its build began, so
 * it is never stale and needs no build step of its own. Plain JavaScript, as it must run before anything
 * is transpiled.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const CACHE = join(ROOT, 'node_modules/.cache/hashmark-snapshots');
const SELF = relative(ROOT, fileURLToPath(import.meta.url));
/** a snapshot loads only in the Node, and with the V8 options, that made it */
const NODE = `${process.execPath} ${process.version} ${process.env.NODE_OPTIONS ?? ''}`;

const mtime = (file) => {
  try {
    return statSync(join(ROOT, file)).mtimeMs;
  } catch {
    return Infinity; // a file that is gone: rebuild
  }
};

/** Whether the snapshot's record is this Node's and lists inputs all older than the build's start. */
function fresh(recordFile) {
  try {
    const { startedAt, node, inputs } = JSON.parse(readFileSync(recordFile, 'utf8'));
    return node === NODE && [...inputs, SELF].every((file) => mtime(file) < startedAt);
  } catch {
    return false;
  }
}

/** The path of an up-to-date start-up snapshot of `entry`, built first if need be. */
async function snapshotOf(entry) {
  const name = relative(ROOT, resolve(entry)).replace(/[\\/]/g, '__').replace(/\.ts$/, '');
  const blob = join(CACHE, `${name}.blob`);
  const record = join(CACHE, `${name}.inputs.json`);
  if (fresh(record)) return blob;
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  mkdirSync(CACHE, { recursive: true });
  // made aside and renamed, so a run started meanwhile never loads half a file
  const tmp = join(CACHE, `${name}.${process.pid}`);
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile: `${tmp}.cjs`,
    bundle: true,
    platform: 'node',
    format: 'cjs', // what --build-snapshot runs
    target: `node${process.versions.node.split('.')[0]}`,
    metafile: true,
    logLevel: 'warning',
  });
  const made = spawnSync(process.execPath, ['--snapshot-blob', `${tmp}.blob`, '--build-snapshot', `${tmp}.cjs`], { stdio: 'inherit' });
  rmSync(`${tmp}.cjs`, { force: true });
  if (made.status !== 0) {
    rmSync(`${tmp}.blob`, { force: true });
    throw new Error(`could not build the start-up snapshot of ${entry}`);
  }
  renameSync(`${tmp}.blob`, blob);
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes(':'));
  writeFileSync(`${tmp}.json`, JSON.stringify({ startedAt, node: NODE, inputs }));
  renameSync(`${tmp}.json`, record);
  return blob;
}

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-snapshot.mjs ENTRY.ts [ARGS...]\n');
  process.exit(2);
}
const run = spawnSync(process.execPath, ['--snapshot-blob', await snapshotOf(entry), '--', ...args], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
