import { useRef, useState } from 'preact/hooks';
import { CITATION_FORMATS, FORMAT_LABELS, isCitationFormat, type CitationFormat } from '@/lib/citation/format-names';
import type { WrittenCitation } from '@/lib/messages';
import { CopyButton } from './CopyButton';
import { useSetting, type Setting } from './useSetting';

/** Writes the article's citation in a format (the background does: its processor stays built). */
export type WriteCitation = (format: CitationFormat) => Promise<WrittenCitation | null>;

const PREPARING = 'Preparing the citation…';
const UNCITED = 'This article could not be cited.';

/**
 * The article's citation in the reader's format, `first` as the background wrote it when the popup
 * opened (null until it has: the format shown meanwhile is the remembered one); another format is
 * asked for when chosen, and remembered.
 */
export function CitationMenu({ first, write, remembered }: { first: WrittenCitation | null; write: WriteCitation; remembered: Setting<CitationFormat> }) {
  const [stored, remember] = useSetting<CitationFormat>(remembered, 'apa');
  // the reader's choice in this popup, its text null until written
  const [chosen, setChosen] = useState<{ format: CitationFormat; text: string | null } | null>(null);
  const latest = useRef<CitationFormat | null>(null);
  const writing = useRef(false);
  const format = chosen?.format ?? first?.format ?? (isCitationFormat(stored) ? stored : 'apa');
  const text = chosen ? chosen.text : (first?.text ?? null);
  const textOf = (f: CitationFormat) => write(f).then((c) => c?.text ?? UNCITED, () => UNCITED);
  // One format is written at a time, and then the one the reader is on: a format's first writing holds the
  // background for a second or more, so running the arrow keys down the list must not queue all eight.
  const writeLatest = () => {
    const f = latest.current!;
    writing.current = true;
    void textOf(f).then((t) => {
      writing.current = false;
      if (latest.current === f) setChosen({ format: f, text: t });
      else writeLatest();
    });
  };
  const choose = (f: CitationFormat) => {
    latest.current = f;
    setChosen({ format: f, text: null });
    remember(f);
    if (!writing.current) writeLatest();
  };
  return (
    <section class="citation" aria-label="Cite this article">
      <div class="citation-bar">
        <label for="citation-format">Cite as</label>
        <select id="citation-format" value={format} onChange={(e) => choose((e.currentTarget as HTMLSelectElement).value as CitationFormat)}>
          {CITATION_FORMATS.map((f) => (
            <option key={f} value={f}>{FORMAT_LABELS[f]}</option>
          ))}
        </select>
        {/* ready once the background has written the citation (building a format's processor takes a second, more on a slow machine) */}
        <CopyButton label="Copy citation" text={() => text ?? UNCITED} disabled={text === null} />
      </div>
      <pre class="citation-preview" aria-label="Citation preview">{text ?? PREPARING}</pre>
    </section>
  );
}
