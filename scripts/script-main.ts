/**
 * How a script started by scripts/run-snapshot.mjs runs: everything at its top level happens once, when its
 * start-up snapshot is built (compromise's lexicon, the gazetteers, the incident search...), and `main`
 * at every start, given the command line's arguments. Run any other way (tsx), the same in one go.
 */
import { startupSnapshot } from 'node:v8';

export function runMain(main: (args: string[]) => number | Promise<number>): void {
  const run = async (args: string[]) => {
    process.exitCode = await main(args);
  };
  // a snapshot's process.argv has no script: [node, ...arguments]
  if (startupSnapshot.isBuildingSnapshot()) startupSnapshot.setDeserializeMainFunction(() => void run(process.argv.slice(1)));
  else void run(process.argv.slice(2));
}
