/** npm run --silent incidents: the whole incident index as one JSON array of records. */
import { loadIndex } from '../lib/incidents/load';

process.stdout.write(`${JSON.stringify(loadIndex(), null, 2)}\n`);
