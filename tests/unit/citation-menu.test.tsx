// @vitest-environment happy-dom
/**
 * The popup's citation: its copy button waits for the citation, so that a click always copies at once (a
 * browser lets a page write to the clipboard only for seconds after a click, and a slow machine can take
 * longer than that to build a format's processor).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { CitationMenu, type WriteCitation } from '../../components/CitationMenu';
import type { Setting } from '../../components/useSetting';
import type { CitationFormat } from '../../lib/citation/format-names';

afterEach(() => render(null, document.body));

const remembered: Setting<CitationFormat> = { getValue: async () => 'apa', setValue: async () => undefined, watch: () => () => undefined };
const button = () => document.querySelector<HTMLButtonElement>('button[data-copy="Copy citation"]')!;
const preview = () => document.querySelector('.citation-preview')!.textContent;

describe('the citation menu', () => {
  it('keeps "Copy citation" disabled while the citation is being written, and enables it with the text', async () => {
    let written: (text: string) => void = () => undefined;
    const calls: CitationFormat[] = [];
    const write: WriteCitation = (format) => (calls.push(format), new Promise((resolve) => (written = (text) => resolve({ format, text }))));
    await act(async () => render(<CitationMenu first={null} write={write} remembered={remembered} />, document.body));
    expect(button().disabled).toBe(true);
    expect(preview()).toBe('Preparing the citation…');

    // the reader picks another format: disabled again until that one is written
    const select = document.querySelector<HTMLSelectElement>('#citation-format')!;
    await act(async () => {
      select.value = 'mla';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(button().disabled).toBe(true);
    expect(calls).toEqual(['mla']);
    await act(async () => {
      written('Raman, Priya. "A Story." Example News, 18 Feb. 2021.');
      await new Promise((settled) => setTimeout(settled, 0)); // (the written text's promise chain settles)
    });
    expect(button().disabled).toBe(false);
    expect(preview()).toBe('Raman, Priya. "A Story." Example News, 18 Feb. 2021.');
  });

  it('is ready at once when the popup opened with the citation written', async () => {
    await act(async () => render(<CitationMenu first={{ format: 'apa', text: 'Raman, P. (2021). A story.' }} write={() => new Promise(() => undefined)} remembered={remembered} />, document.body));
    expect(button().disabled).toBe(false);
    expect(preview()).toBe('Raman, P. (2021). A story.');
  });
});

describe('choosing formats in quick succession', () => {
  it('writes one at a time, then only the format the reader stopped on', async () => {
    const asked: CitationFormat[] = [];
    const pending: ((text: string) => void)[] = [];
    const write: WriteCitation = (format) => (asked.push(format), new Promise((resolve) => pending.push((text) => resolve({ format, text }))));
    await act(async () => render(<CitationMenu first={{ format: 'apa', text: 'APA text' }} write={write} remembered={remembered} />, document.body));
    const select = document.querySelector<HTMLSelectElement>('#citation-format')!;
    for (const f of ['mla', 'chicago', 'harvard', 'bibtex'] as const) {
      await act(async () => {
        select.value = f;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }
    expect(asked).toEqual(['mla']);
    await act(async () => {
      pending.shift()!('MLA text');
      await new Promise((settled) => setTimeout(settled, 0));
    });
    // the reader is on the last one now: that is the next written, and the ones between never are
    expect(asked).toEqual(['mla', 'bibtex']);
    expect(button().disabled).toBe(true);
    await act(async () => {
      pending.shift()!('BibTeX text');
      await new Promise((settled) => setTimeout(settled, 0));
    });
    expect(preview()).toBe('BibTeX text');
    expect(button().disabled).toBe(false);
  });
});
