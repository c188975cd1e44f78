// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CaseFile } from '../../lib/casefile/store';
import { ResearchPage, type Tab } from '../../components/ResearchPage';
import type { Setting } from '../../components/useSetting';
import { THREE_ARTICLES, sampleInput } from '../fixtures/casefile-articles';

function memorySetting<T>(value: T): Setting<T> {
  return { getValue: async () => value, setValue: async (v) => void (value = v), watch: () => () => undefined };
}

const files: CaseFile[] = [];
afterEach(() => {
  render(null, document.body);
  for (const f of files.splice(0)) f.close();
});

async function openPage(tab: Tab = 'articles') {
  const caseFile = new CaseFile({ dexie: { indexedDB: new IDBFactory(), IDBKeyRange } });
  files.push(caseFile);
  for (const a of THREE_ARTICLES) await caseFile.recordArticle(sampleInput(a));
  const downloads: { name: string; text: string }[] = [];
  render(
    <ResearchPage
      caseFile={caseFile}
      settings={{ mode: memorySetting('automatic'), paused: memorySetting(false), inPrivate: memorySetting(false), excludedSites: memorySetting<string[]>([]), keepText: memorySetting(true) }}
      citationFormat={async () => 'apa'}
      download={(name, text) => downloads.push({ name, text })}
      initialTab={tab}
      now={() => new Date('2026-01-06T00:00:00Z')}
    />,
    document.body,
  );
  return { caseFile, downloads };
}

const titles = () => [...document.querySelectorAll('table.articles tbody tr:not(.details) .expand')].map((b) => b.textContent);
const button = (name: string | RegExp) => {
  const found = [...document.querySelectorAll('button')].find((b) => (typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? '')));
  if (!found) throw new Error(`no button ${name}`);
  return found as HTMLButtonElement;
};

describe('the case-file page', () => {
  it('lists the articles read, and a search narrows them', async () => {
    await openPage();
    await vi.waitFor(() => expect(titles()).toEqual(THREE_ARTICLES.map((a) => a.title).reverse()));
    const search = document.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'ransom';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(titles()).toEqual([THREE_ARTICLES[2]!.title]));
    expect(document.querySelector('.count-line')!.textContent).toMatch(/^1 article match/);
  });

  it('deletes an article, and Undo brings it back', async () => {
    const { caseFile } = await openPage();
    await vi.waitFor(() => expect(titles()).toHaveLength(3));
    button(THREE_ARTICLES[0]!.title).click();
    await vi.waitFor(() => button('Delete this article'));
    button('Delete this article').click();
    await vi.waitFor(() => expect(titles()).toHaveLength(2));
    expect(await caseFile.get(THREE_ARTICLES[0]!.url)).toBeUndefined();
    expect(document.querySelector('.toast')!.textContent).toMatch(/Deleted “Harbor Bridge drained/);
    button('Undo').click();
    await vi.waitFor(() => expect(titles()).toHaveLength(3));
    expect(await caseFile.get(THREE_ARTICLES[0]!.url)).toBeDefined();
  });

  it('saves tags and a note', async () => {
    const { caseFile } = await openPage();
    await vi.waitFor(() => expect(titles()).toHaveLength(3));
    button(THREE_ARTICLES[1]!.title).click();
    await vi.waitFor(() => button('Save tags and note'));
    const tags = document.querySelector<HTMLInputElement>('.edit-grid input[type=text]')!;
    const note = document.querySelector<HTMLTextAreaElement>('.edit-grid textarea')!;
    tags.value = 'bridge, follow-up';
    tags.dispatchEvent(new Event('input', { bubbles: true }));
    note.value = 'Ask about the revision.';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve(); // Preact re-renders after the input, before anyone can click
    button('Save tags and note').click();
    await vi.waitFor(async () => expect(await caseFile.get(THREE_ARTICLES[1]!.url)).toMatchObject({ tags: ['bridge', 'follow-up'], note: 'Ask about the revision.' }));
  });

  it('shows an incident\'s disagreeing amounts side by side', async () => {
    await openPage('incidents');
    await vi.waitFor(() => expect(document.querySelector('.amounts')?.textContent).toBe('The articles disagree:$600m in 1 article$625m in 1 article'));
  });

  it('moves through the timeline with the arrow keys', async () => {
    await openPage('timeline');
    await vi.waitFor(() => expect(document.querySelector('.timeline-details h3')?.textContent).toBe('June 2025: 1 article'));
    const svg = document.querySelector('.case-timeline svg')!;
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await vi.waitFor(() => expect(document.querySelector('.timeline-details h3')?.textContent).toBe('March 2025: 2 articles; incident: Harbor Bridge exploit'));
    expect(document.querySelector('.bucket.active')!.getAttribute('tabindex')).toBe('0');
    svg.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await vi.waitFor(() => expect(document.querySelector('.timeline-details h3')?.textContent).toBe('June 2025: 1 article'));
  });

  it('exports the articles shown as a case memo', async () => {
    await import('../../lib/casefile/exports'); // the page loads the formatter on the first export: not timed here
    const { downloads } = await openPage();
    await vi.waitFor(() => expect(titles()).toHaveLength(3));
    button('Case memo (Markdown)').click();
    await vi.waitFor(() => expect(document.querySelector('.export-menu [role=status]')?.textContent).toBe('Downloaded.'), { timeout: 4000 });
    expect(downloads.map((d) => d.name)).toEqual(['hashmark-case-memo-2026-01-06.md']);
    expect(downloads[0]!.text).toMatch(/^# Case file\n\n3 articles, written 2026-01-06\./);
  });
});
