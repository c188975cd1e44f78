import { useState } from 'preact/hooks';
import type { ArticleWithText } from '@/lib/casefile/exports';
import { CITATION_FORMATS, FORMAT_LABELS, type CitationFormat } from '@/lib/citation/format-names';

export type ExportKind = 'bibliography' | 'facts-csv' | 'articles-csv' | 'memo' | 'backup';

export interface ExportSource {
  /** the articles the current filter shows (all of them, not one page), with their kept text */
  items(): Promise<ArticleWithText[]>;
  /** the whole case file as JSON */
  backup(): Promise<string>;
  restore(json: string): Promise<string>;
  /** the reader's citation style */
  citationFormat(): Promise<CitationFormat>;
  download(filename: string, text: string, type: string): void;
}

const EXTENSIONS: Record<CitationFormat, [string, string]> = {
  apa: ['txt', 'text/plain'], mla: ['txt', 'text/plain'], chicago: ['txt', 'text/plain'], harvard: ['txt', 'text/plain'],
  bibtex: ['bib', 'application/x-bibtex'], ris: ['ris', 'application/x-research-info-systems'], 'csl-json': ['json', 'application/json'], markdown: ['md', 'text/markdown'],
};

/** Exports of the articles shown (bibliography, CSV, memo), the whole case file as JSON, and its import. */
export function ExportMenu({ source, shown, now }: { source: ExportSource; shown: number; now: () => Date }) {
  const [format, setFormat] = useState<CitationFormat | 'reader'>('reader');
  const [status, setStatus] = useState('');
  const day = () => now().toISOString().slice(0, 10);

  const run = async (kind: ExportKind) => {
    setStatus('Preparing…');
    try {
      if (kind === 'backup') {
        source.download(`hashmark-case-file-${day()}.json`, await source.backup(), 'application/json');
      } else {
        // the citation formatter is large: loaded on the first export only
        const exports = await import('@/lib/casefile/exports');
        const items = await source.items();
        if (kind === 'bibliography') {
          const chosen = format === 'reader' ? await source.citationFormat() : format;
          const [ext, type] = EXTENSIONS[chosen];
          source.download(`hashmark-bibliography-${day()}.${ext}`, exports.bibliography(items.map((i) => i.article), chosen), type);
        } else if (kind === 'facts-csv') {
          source.download(`hashmark-facts-${day()}.csv`, exports.caseFactsCsv(items), 'text/csv');
        } else if (kind === 'articles-csv') {
          source.download(`hashmark-articles-${day()}.csv`, exports.articlesCsv(items.map((i) => i.article)), 'text/csv');
        } else {
          source.download(`hashmark-case-memo-${day()}.md`, exports.caseMemo(items, now()), 'text/markdown');
        }
      }
      setStatus('Downloaded.');
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  const restore = async (file: File | undefined) => {
    if (!file) return;
    setStatus('Importing…');
    try {
      setStatus(await source.restore(await file.text()));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section class="export-menu" aria-label="Export and backup">
      <h2>Export the {shown.toLocaleString('en-US')} article{shown === 1 ? '' : 's'} shown</h2>
      <div class="export-row">
        <label class="field inline">
          <span>Bibliography as</span>
          <select value={format} onChange={(e) => setFormat(e.currentTarget.value as CitationFormat | 'reader')}>
            <option value="reader">my citation style</option>
            {CITATION_FORMATS.map((f) => (
              <option key={f} value={f}>{FORMAT_LABELS[f]}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => run('bibliography')} disabled={!shown}>Bibliography</button>
        <button type="button" class="secondary" onClick={() => run('facts-csv')} disabled={!shown}>Facts (CSV)</button>
        <button type="button" class="secondary" onClick={() => run('articles-csv')} disabled={!shown}>Articles (CSV)</button>
        <button type="button" class="secondary" onClick={() => run('memo')} disabled={!shown}>Case memo (Markdown)</button>
      </div>
      <h2>Backup</h2>
      <div class="export-row">
        <button type="button" class="secondary" onClick={() => run('backup')}>Back up everything (JSON)</button>
        <label class="file-button">
          <span>Import a backup…</span>
          <input type="file" accept="application/json,.json" onChange={(e) => void restore(e.currentTarget.files?.[0])} />
        </label>
      </div>
      <p class="muted" role="status">{status}</p>
    </section>
  );
}
