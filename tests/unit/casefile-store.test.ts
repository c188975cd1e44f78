import { describe, expect, it, afterEach } from 'vitest';
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { CaseFile } from '../../lib/casefile/store';
import { CaseFileFullError, CaseFileImportError } from '../../lib/casefile/errors';
import { textHash, joinBlocks } from '../../lib/casefile/record';
import { THREE_ARTICLES, sampleInput, type SampleArticle } from '../fixtures/casefile-articles';

const open: CaseFile[] = [];
function freshCaseFile(): CaseFile {
  const file = new CaseFile({ dexie: { indexedDB: new IDBFactory(), IDBKeyRange } });
  open.push(file);
  return file;
}
afterEach(() => {
  for (const f of open.splice(0)) f.close();
});

const [harbor, revised, quinn] = THREE_ARTICLES as [SampleArticle, SampleArticle, SampleArticle];

async function withThree(): Promise<CaseFile> {
  const file = freshCaseFile();
  for (const a of THREE_ARTICLES) await file.recordArticle(sampleInput(a));
  return file;
}

describe('recording', () => {
  it('lists the articles read, most recent first, with their annotation and a hash of their text', async () => {
    const file = await withThree();
    const page = await file.list();
    expect(page.total).toBe(3);
    expect(page.rows.map((a) => a.url)).toEqual([quinn.url, revised.url, harbor.url]);
    const first = (await file.get(harbor.url))!;
    expect(first).toMatchObject({ title: harbor.title, publisher: 'Example News', authors: ['Jane Doe'], publishedAt: '2025-03-02', crimeTypes: ['defi-exploit'] });
    expect(first.incident).toEqual({ id: 'harbor-bridge-2025', name: 'Harbor Bridge exploit', date: '2025-03-01' });
    expect(first.headline).toEqual({ label: '$600m', kind: 'money', value: 600_000_000, unit: 'USD' });
    expect(first.facts[0]!.sentence).toBe('Attackers drained $600 million from the Harbor Bridge on Saturday.');
    expect(first.textHash).toBe(textHash(joinBlocks(harbor.sentences)));
    expect(first.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await file.text(harbor.url)).toBe(joinBlocks(harbor.sentences));
    const third = (await file.get(quinn.url))!;
    expect(third.addresses).toEqual([{ chain: 'bitcoin', text: '1BoatSLRHtKNngkdXEeobR76b53LETtpyT', flags: ['invalid-checksum'], sanctions: [] }]);
  });

  it('keeps no text when the reader turned text-keeping off, but still hashes it', async () => {
    const file = freshCaseFile();
    const stored = await file.recordArticle(sampleInput({ ...harbor, keepText: false }));
    expect(stored.hasText).toBe(false);
    expect(await file.text(harbor.url)).toBeUndefined();
    expect(stored.textHash).toBe(textHash(joinBlocks(harbor.sentences)));
  });

  it('reading an article again updates it and keeps its tags, note and quotes', async () => {
    const file = await withThree();
    await file.setTags(harbor.url, ['bridge', ' bridge ', 'lazarus?', '']);
    await file.setNote(harbor.url, 'Check the second wallet.');
    await file.addQuote({ url: harbor.url, text: 'drained $600 million', fragmentUrl: `${harbor.url}#:~:text=drained%20%24600%20million` });
    await file.recordArticle(sampleInput({ ...harbor, title: 'Harbor Bridge drained (updated)', readAt: new Date('2026-02-01T00:00:00Z') }));
    const again = (await file.get(harbor.url))!;
    expect(again.title).toBe('Harbor Bridge drained (updated)');
    expect(again.tags).toEqual(['bridge', 'lazarus?']);
    expect(again.note).toBe('Check the second wallet.');
    expect((await file.quotes(harbor.url)).map((q) => q.text)).toEqual(['drained $600 million']);
    expect(await file.count()).toBe(3);
  });

  it('refuses tags or a note for an article it does not have', async () => {
    const file = freshCaseFile();
    await expect(file.setNote('https://nowhere.example.com/', 'x')).rejects.toThrow(/No article/);
  });
});

describe('connections', () => {
  it('counts the other articles that mention a name, an alias or an address, in any case', async () => {
    const file = await withThree();
    expect(await file.countArticlesMentioning('Mara Quinn')).toBe(2);
    expect(await file.countArticlesMentioning('mara  QUINN', quinn.url)).toBe(1);
    expect(await file.countArticlesMentioning('Harbor')).toBe(1);
    expect(await file.countArticlesMentioning('Nobody Known')).toBe(0);
    // an EVM address is found whatever its checksum casing
    expect(await file.countArticlesMentioning('0x52908400098527886e0f7030069857d2e4169ee7')).toBe(1);
    expect((await file.articlesMentioning('Mara Quinn')).map((a) => a.url)).toEqual([quinn.url, harbor.url]);
  });

  it('finds the other articles about an incident', async () => {
    const file = await withThree();
    expect((await file.articlesAboutIncident('harbor-bridge-2025', harbor.url)).map((a) => a.url)).toEqual([revised.url]);
  });
});

describe('listing', () => {
  it('filters by crime type, incident, publisher, tag and date range, and sorts', async () => {
    const file = await withThree();
    await file.setTags(revised.url, ['follow-up']);
    const urls = async (o: Parameters<CaseFile['list']>[0]) => (await file.list(o)).rows.map((a) => a.url);
    expect(await urls({ crimeType: 'ransomware' })).toEqual([quinn.url]);
    expect(await urls({ incidentId: 'harbor-bridge-2025', sort: 'publishedAt', descending: false })).toEqual([harbor.url, revised.url]);
    expect(await urls({ publisher: 'Example Daily' })).toEqual([revised.url]);
    expect(await urls({ tag: 'follow-up' })).toEqual([revised.url]);
    expect(await urls({ from: '2025-03-03', to: '2025-03-31' })).toEqual([revised.url]);
    expect(await urls({ from: '2025-03', to: '2025-03', sort: 'title', descending: false })).toEqual([harbor.url, revised.url]);
    expect(await urls({ from: '2025-03', to: '2025-03', sort: 'title', descending: true })).toEqual([revised.url, harbor.url]);
    expect(await urls({ sort: 'amount' })).toEqual([revised.url, harbor.url, quinn.url]);
    expect((await file.list({ limit: 2, offset: 2 })).rows.map((a) => a.url)).toEqual([harbor.url]);
    expect(await file.facets()).toEqual({ publishers: ['Example Daily', 'Example News', 'Example Wire'], tags: ['follow-up'] });
  });

  it('searches titles, names and text, and keeps up with new and deleted articles', async () => {
    const file = await withThree();
    const search = async (q: string) => (await file.list({ search: q })).rows.map((a) => a.url);
    expect(await search('ransomware')).toEqual([quinn.url]);
    expect((await search('quinn')).sort()).toEqual([harbor.url, quinn.url].sort());
    expect(await search('caveats')).toEqual([revised.url]);
    expect(await search('ransom')).toEqual([quinn.url]);
    const fourth = { ...quinn, url: 'https://wire.example.net/ledger-seizure', title: 'Ledger seizure follows caveats', sentences: ['Nothing else.'] };
    await file.recordArticle(sampleInput(fourth));
    expect((await search('caveats')).sort()).toEqual([fourth.url, revised.url].sort());
    await file.deleteArticles([revised.url]);
    expect(await search('caveats')).toEqual([fourth.url]);
  });

  it('sees what another page of the extension recorded or deleted', async () => {
    const factory = new IDBFactory();
    const background = new CaseFile({ dexie: { indexedDB: factory, IDBKeyRange } });
    const page = new CaseFile({ dexie: { indexedDB: factory, IDBKeyRange } });
    open.push(background, page);
    await background.recordArticle(sampleInput(harbor));
    expect(await page.searchUrls('drained')).toEqual([harbor.url]);
    await background.recordArticle(sampleInput(revised));
    expect(await page.searchUrls('revised')).toEqual([revised.url]);
    const { undo } = await background.deleteArticles([harbor.url]);
    expect(await page.searchUrls('drained')).toEqual([]);
    await undo();
    expect(await page.searchUrls('drained')).toEqual([harbor.url]);
  });
});

describe('deleting', () => {
  it('deletes one article with its text and quotes, and undo puts them back', async () => {
    const file = await withThree();
    await file.addQuote({ url: quinn.url, text: '120 BTC', fragmentUrl: `${quinn.url}#:~:text=120%20BTC`, createdAt: '2026-01-05T10:00:00.000Z' });
    const before = await file.exportData(new Date(0));
    const deleted = await file.deleteArticles([quinn.url, 'https://not-there.example.com/']);
    expect(deleted.count).toBe(1);
    expect(await file.get(quinn.url)).toBeUndefined();
    expect(await file.text(quinn.url)).toBeUndefined();
    expect(await file.quotes(quinn.url)).toEqual([]);
    expect(await file.countArticlesMentioning('Mara Quinn')).toBe(1);
    await deleted.undo();
    expect(await file.exportData(new Date(0))).toEqual(before);
  });

  it('deletes everything, and undo restores the same case file', async () => {
    const file = await withThree();
    const before = await file.exportData(new Date(0));
    const deleted = await file.deleteAll();
    expect(deleted.count).toBe(3);
    expect(await file.count()).toBe(0);
    expect(await file.list({ search: 'quinn' })).toEqual({ rows: [], total: 0 });
    await deleted.undo();
    expect(await file.exportData(new Date(0))).toEqual(before);
    expect((await file.list({ search: 'quinn' })).total).toBe(2);
  });
});

describe('backup', () => {
  it('export → delete all → import restores the same case file', async () => {
    const file = await withThree();
    await file.setTags(harbor.url, ['bridge']);
    await file.setNote(revised.url, 'Loss "revised" upward.\nAsk the team.');
    await file.addQuote({ url: harbor.url, text: 'drained $600 million', fragmentUrl: `${harbor.url}#:~:text=drained`, createdAt: '2026-01-03T10:00:00.000Z' });
    const exported = JSON.stringify(await file.exportData(new Date(0)));
    await file.deleteAll();
    expect(await file.importData(exported)).toEqual({ added: 3, merged: 0, quotes: 1 });
    expect(JSON.stringify(await file.exportData(new Date(0)))).toBe(exported);
    expect(await file.countArticlesMentioning('Mara Quinn')).toBe(2);
    expect(await file.searchUrls('caveats')).toEqual([revised.url]);
  });

  it('importing merges by URL and never duplicates', async () => {
    const file = await withThree();
    await file.addQuote({ url: harbor.url, text: 'drained', fragmentUrl: `${harbor.url}#:~:text=drained`, createdAt: '2026-01-03T10:00:00.000Z' });
    await file.setTags(harbor.url, ['mine']);
    await file.setNote(harbor.url, 'My note.');
    const backup = await file.exportData();
    const theirs = backup.articles.find((a) => a.url === harbor.url)!;
    theirs.tags = ['theirs'];
    theirs.note = 'Their note.';
    const json = JSON.stringify(backup);
    expect(await file.importData(json)).toEqual({ added: 0, merged: 3, quotes: 0 });
    expect(await file.importData(json)).toEqual({ added: 0, merged: 3, quotes: 0 });
    expect(await file.count()).toBe(3);
    expect(await file.quotes()).toHaveLength(1);
    const merged = (await file.get(harbor.url))!;
    expect(merged.tags).toEqual(['mine', 'theirs']);
    expect(merged.note).toBe('My note.\n\nTheir note.');
  });

  it('an imported article read later replaces the older annotation', async () => {
    const file = await withThree();
    const backup = await file.exportData();
    const later = backup.articles.find((a) => a.url === harbor.url)!;
    later.title = 'Newer title';
    later.readAt = '2026-06-01T00:00:00.000Z';
    await file.importData(JSON.stringify(backup));
    expect((await file.get(harbor.url))!.title).toBe('Newer title');
  });

  it('refuses a file that is not a case file, and changes nothing', async () => {
    const file = await withThree();
    await expect(file.importData('{"format":"something-else","articles":[],"quotes":[]}')).rejects.toThrow(CaseFileImportError);
    await expect(file.importData('not json')).rejects.toThrow(/not a Hashmark case file/);
    const bad = await file.exportData();
    (bad.articles[1] as { url: unknown }).url = 'javascript:alert(1)';
    await expect(file.importData(JSON.stringify(bad))).rejects.toThrow(/article 2 has no http\(s\) URL/);
    expect(await file.count()).toBe(3);
  });
});

describe('a full disk', () => {
  it('gives a clear, typed error and loses nothing already stored', async () => {
    const file = await withThree();
    const before = await file.exportData(new Date(0));
    const { put, add } = IDBObjectStore.prototype;
    const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    try {
      // the disk fills between the article and its text: the article's write is rolled back too
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'texts') throw quotaError();
        return put.apply(this, args);
      };
      const error = await file.recordArticle(sampleInput({ ...quinn, url: 'https://wire.example.net/another' })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CaseFileFullError);
      expect((error as Error).message).toMatch(/case file is full.*Nothing already in the case file was lost/);
      await expect(file.recordArticle(sampleInput({ ...harbor, title: 'Overwritten?' }))).rejects.toThrow(CaseFileFullError);
      // then every write fails
      IDBObjectStore.prototype.put = () => { throw quotaError(); };
      IDBObjectStore.prototype.add = () => { throw quotaError(); };
      await expect(file.setTags(harbor.url, ['x'])).rejects.toThrow(CaseFileFullError);
      await expect(file.addQuote({ url: harbor.url, text: 'q', fragmentUrl: harbor.url })).rejects.toThrow(CaseFileFullError);
      await expect(file.importData(JSON.stringify(before))).rejects.toThrow(CaseFileFullError);
    } finally {
      IDBObjectStore.prototype.put = put;
      IDBObjectStore.prototype.add = add;
    }
    expect(await file.get('https://wire.example.net/another')).toBeUndefined();
    expect(await file.exportData(new Date(0))).toEqual(before);
  });
});

describe('listing everything', () => {
  it('lists every article when asked for no limit', async () => {
    const file = await withThree();
    expect((await file.list({ limit: Infinity })).rows).toHaveLength(3);
    expect((await file.list({ limit: Infinity, search: 'harbor' })).rows).toHaveLength(2);
  });
});

describe('recording from the background', async () => {
  const { recordIfAllowed } = await import('../../lib/casefile/recorder');
  const settings = { mode: 'automatic' as const, paused: false, inPrivate: false, excludedSites: [], keepText: false };
  it('records what the settings allow, with the text-keeping setting', async () => {
    const file = freshCaseFile();
    const { keepText: _, ...input } = sampleInput(harbor);
    const result = await recordIfAllowed(file, { url: harbor.url, incognito: false, trigger: 'annotated' }, settings, input);
    expect(result.recorded).toBe(true);
    expect(await file.text(harbor.url)).toBeUndefined();
  });
  it('records nothing from a private window by default', async () => {
    const file = freshCaseFile();
    const { keepText: _, ...input } = sampleInput(harbor);
    expect(await recordIfAllowed(file, { url: harbor.url, incognito: true, trigger: 'annotated' }, settings, input)).toEqual({ recorded: false, reason: 'private' });
    expect(await file.count()).toBe(0);
  });
  it('reports a full disk instead of throwing', async () => {
    const full = { recordArticle: () => Promise.reject(new CaseFileFullError()) };
    const { keepText: _, ...input } = sampleInput(harbor);
    const result = await recordIfAllowed(full, { url: harbor.url, incognito: false, trigger: 'annotated' }, settings, input);
    expect(result).toMatchObject({ recorded: false, reason: 'full', message: expect.stringMatching(/case file is full/) });
  });
});
