/** The case file's IndexedDB database (through Dexie): its name, tables and indexes. */
import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { CaseArticle, CaseQuote, CaseText } from './types';

export const DATABASE_NAME = 'hashmark-casefile';

export class CaseDatabase extends Dexie {
  articles!: Table<CaseArticle, string>;
  texts!: Table<CaseText, string>;
  quotes!: Table<CaseQuote, number>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      articles: 'url, readAt, updatedAt, publisher, incidentId, *crimeTypes, *tags, *nameKeys, *addressKeys',
      texts: 'url',
      quotes: '++id, url',
    });
  }
}
