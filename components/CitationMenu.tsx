import { useEffect, useState } from 'preact/hooks';
import type { CslItem } from '@/lib/schema';
import { CITATION_FORMATS, FORMAT_LABELS, type CitationFormat } from '@/lib/citation/format-names';
import { CopyButton } from './CopyButton';

type Formatter = typeof import('@/lib/citation/formats').formatCitation;
/** The CSL processor is large: load it after the summary has painted. */
export const loadFormatter = (): Promise<Formatter> => import('@/lib/citation/formats').then((m) => m.formatCitation);

export interface FormatStore {
  get(): Promise<CitationFormat>;
  set(format: CitationFormat): Promise<void>;
}

/** The article's citation in the reader's format; the last format used is remembered. */
export function CitationMenu({ csl, store }: { csl: CslItem; store: FormatStore }) {
  const [format, setFormat] = useState<CitationFormat>('apa');
  const [formatter, setFormatter] = useState<Formatter | null>(null);
  useEffect(() => {
    void store.get().then(setFormat);
    // The processor is large: compile it once the summary is on screen and the popup is idle.
    const load = () => void loadFormatter().then((f) => setFormatter(() => f));
    const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number }).requestIdleCallback;
    if (idle) idle(load, { timeout: 400 });
    else setTimeout(load, 100);
  }, []);
  const choose = (f: CitationFormat) => {
    setFormat(f);
    void store.set(f);
  };
  const text = formatter ? formatter(csl, format) : 'Preparing the citation…';
  return (
    <section class="citation" aria-label="Cite this article">
      <div class="citation-bar">
        <label for="citation-format">Cite as</label>
        <select id="citation-format" value={format} onChange={(e) => choose((e.currentTarget as HTMLSelectElement).value as CitationFormat)}>
          {CITATION_FORMATS.map((f) => (
            <option key={f} value={f}>{FORMAT_LABELS[f]}</option>
          ))}
        </select>
        <CopyButton label="Copy citation" text={async () => (await loadFormatter())(csl, format)} />
      </div>
      <pre class="citation-preview" aria-label="Citation preview">{text}</pre>
    </section>
  );
}
