/** The case file as the background feeds it: sanctions flags kept, the recording path's policy, the tab's URL. */
import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CaseFile } from '../../lib/casefile/store';
import { addressesIndex, namesIndex } from '../../lib/casefile/connections';
import { notRecordedMessage, recordAnnotatedTab, type AnnotatedTab } from '../../lib/casefile/tab-recording';
import type { RecorderSettings } from '../../lib/casefile/recorder';
import { flagVerdict } from '../../lib/sanctions/describe';
import { SETTING_KEYS } from '../../utils/setting-keys';
import { FLAGGED_ARTICLE as flagged, LISTED_FLAG as LISTED, REMOVED_FLAG as REMOVED, THREE_ARTICLES, sampleInput, type SampleArticle } from '../fixtures/casefile-articles';

const open: CaseFile[] = [];
const fresh = () => {
  const file = new CaseFile({ dexie: { indexedDB: new IDBFactory(), IDBKeyRange } });
  open.push(file);
  return file;
};
afterEach(() => {
  for (const f of open.splice(0)) f.close();
});

const [harbor, , quinn] = THREE_ARTICLES as [SampleArticle, SampleArticle, SampleArticle];

/** The reader's settings as they are before the reader changes any. */
const DEFAULTS: RecorderSettings = {
  mode: SETTING_KEYS.caseFileRecording.fallback,
  paused: SETTING_KEYS.caseFilePaused.fallback,
  inPrivate: SETTING_KEYS.caseFileInPrivate.fallback,
  excludedSites: SETTING_KEYS.caseFileExcludedSites.fallback,
  keepText: SETTING_KEYS.caseFileKeepText.fallback,
};

function tabOf(article: SampleArticle, extra: Partial<AnnotatedTab> = {}): AnnotatedTab {
  const input = sampleInput(article);
  return { url: article.url, incognito: false, annotation: input.annotation, spans: input.spans, blocks: input.blocks, incidents: [], ...extra };
}

describe('sanctions flags in the case file', () => {
  it('keeps the lists naming a name or an address, and says sanctioned or formerly sanctioned', async () => {
    const file = fresh();
    await file.recordArticle(sampleInput(flagged));
    await file.recordArticle(sampleInput(quinn));
    const stored = (await file.get(flagged.url))!;
    expect(stored.names.find((n) => n.name === 'Mara Quinn')!.sanctions).toEqual([LISTED]);
    expect(stored.addresses[0]).toMatchObject({ flags: [], sanctions: [REMOVED] });

    const all = await file.all();
    const quinnEntry = namesIndex(all).find((n) => n.name === 'Mara Quinn')!;
    expect(quinnEntry.urls).toHaveLength(2);
    expect(flagVerdict(quinnEntry.sanctions)).toBe('sanctioned');
    const address = addressesIndex(all).find((a) => a.text.startsWith('0x5290'))!;
    expect(flagVerdict(address.sanctions)).toBe('formerly sanctioned');
    expect(flagVerdict(addressesIndex(all).find((a) => a.text.startsWith('1Boat'))!.sanctions)).toBeNull();
  });

  it('survives export and import, and reads files exported before flags were kept', async () => {
    const file = fresh();
    await file.recordArticle(sampleInput(flagged));
    const json = JSON.stringify(await file.exportData());
    const copy = fresh();
    await copy.importData(json);
    expect((await copy.get(flagged.url))!.addresses[0]!.sanctions).toEqual([REMOVED]);

    const old = JSON.parse(json) as { articles: { names: { sanctions?: unknown }[]; addresses: { sanctions?: unknown }[] }[] };
    for (const a of old.articles) for (const x of [...a.names, ...a.addresses]) delete x.sanctions;
    const older = fresh();
    await older.importData(JSON.stringify(old));
    const restored = (await older.get(flagged.url))!;
    expect(restored.addresses[0]!.sanctions).toEqual([]);
    expect(restored.names.every((n) => n.sanctions.length === 0)).toBe(true);
  });

  it('refuses an import whose flag has no https source', async () => {
    const file = fresh();
    await file.recordArticle(sampleInput(flagged));
    const json = JSON.stringify(await file.exportData()).replace('https://list.example.gov/notice/2', 'javascript:alert(1)');
    await expect(fresh().importData(json)).rejects.toThrow(/malformed addresses/);
  });
});

describe('recording a tab as the background does', () => {
  it('records nothing from a private window with the default settings', async () => {
    const file = fresh();
    const result = await recordAnnotatedTab(file, tabOf(harbor, { incognito: true }), DEFAULTS, 'annotated');
    expect(result).toEqual({ recorded: false, reason: 'private' });
    expect(notRecordedMessage(result as Extract<typeof result, { recorded: false }>)).toMatch(/private windows/);
    // not even when the reader asks: private windows need the setting
    expect(await recordAnnotatedTab(file, tabOf(harbor, { incognito: true }), DEFAULTS, 'requested')).toMatchObject({ recorded: false });
    expect(await file.count()).toBe(0);
  });

  it('records a normal tab under its address without the fragment, with the matched incident’s date', async () => {
    const file = fresh();
    const tab = tabOf(harbor, { url: `${harbor.url}#comments`, incidents: [{ id: 'harbor-bridge-2025', date: '2025-03-01' }, { id: 'other', date: '2020-01-01' }] });
    const result = await recordAnnotatedTab(file, tab, DEFAULTS, 'annotated');
    expect(result.recorded).toBe(true);
    const stored = (await file.get(harbor.url))!;
    expect(stored.incident).toEqual({ id: 'harbor-bridge-2025', name: 'Harbor Bridge exploit', date: '2025-03-01' });
    expect(await file.text(harbor.url)).toContain('Attackers drained $600 million');
    expect(await file.count()).toBe(1);
  });

  it('in "only on request" mode, records only when asked', async () => {
    const file = fresh();
    const onRequest = { ...DEFAULTS, mode: 'on-request' as const };
    expect(await recordAnnotatedTab(file, tabOf(harbor), onRequest, 'annotated')).toEqual({ recorded: false, reason: 'on-request' });
    expect((await recordAnnotatedTab(file, tabOf(harbor), onRequest, 'requested')).recorded).toBe(true);
  });
});
