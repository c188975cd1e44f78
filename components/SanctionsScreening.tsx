import { useState } from 'preact/hooks';
import type { ScreenedLine, Verdict } from '@/lib/sanctions/screen';
import { SCREENING_LIMITS } from '@/lib/sanctions/describe';
import { CopyButton } from './CopyButton';

export interface Screening {
  /** one verdict per non-blank line */
  screen(text: string): ScreenedLine[];
  csv(lines: readonly ScreenedLine[]): string;
  /** YYYY-MM: the month the bundled lists were last checked */
  asOf: string;
}

const VERDICT_WORDS: Record<Verdict, string> = { listed: '⚠ Listed', 'formerly-listed': 'Formerly listed', 'not-listed': 'Not listed' };

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Paste addresses or names, one per line: each is answered listed (with the entry), formerly listed or not listed, offline. */
export function SanctionsScreening({ screening }: { screening: Screening }) {
  const [text, setText] = useState('');
  const [lines, setLines] = useState<ScreenedLine[] | null>(null);
  const run = (e: Event) => {
    e.preventDefault();
    setLines(screening.screen(text));
  };
  const count = (v: Verdict) => lines?.filter((l) => l.verdict === v).length ?? 0;
  return (
    <section class="screening" aria-labelledby="screening-title">
      <h2 id="screening-title">Screen addresses and names against sanctions lists</h2>
      <p class="limits">
        Lists as of {screening.asOf}. {SCREENING_LIMITS} Nothing you paste leaves this browser.
      </p>
      <form onSubmit={run}>
        <label for="screen-input">One address or name per line</label>
        <textarea
          id="screen-input"
          value={text}
          spellcheck={false}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(e);
          }}
        />
        <div class="screening-bar">
          <button type="submit">Screen</button>
          {lines && lines.length > 0 && (
            <>
              <CopyButton label="Copy CSV" text={() => screening.csv(lines)} />
              <button type="button" onClick={() => download(screening.csv(lines), `hashmark-screening-${new Date().toISOString().slice(0, 10)}.csv`)}>
                Download CSV
              </button>
            </>
          )}
        </div>
      </form>
      <p role="status" class="screening-count">
        {lines === null
          ? ''
          : lines.length === 0
            ? 'Nothing to screen: paste one address or name per line.'
            : `${lines.length} screened: ${count('listed')} listed, ${count('formerly-listed')} formerly listed, ${count('not-listed')} not listed.`}
      </p>
      {lines && lines.length > 0 && (
        <table>
          <thead>
            <tr><th scope="col">Pasted</th><th scope="col">Result</th><th scope="col">Entry</th></tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={i} data-verdict={l.verdict}>
                <td class="input">{l.input}<span class="sr-only"> ({l.kind})</span></td>
                <td><span class={`verdict ${l.verdict}`}>{VERDICT_WORDS[l.verdict]}</span></td>
                <td>
                  {l.flags.length === 0 && <span class="muted">on none of the bundled lists</span>}
                  {l.flags.map((f, j) => (
                    <p class="entry" key={j}>
                      <strong>{f.name}</strong> · {f.list}
                      {' · '}
                      <span class="nowrap">{f.removedOn ? `${f.listedOn ?? 'date unknown'} to ${f.removedOn}` : f.listedOn ? `since ${f.listedOn}` : 'date unknown'}</span>{' '}
                      <a href={f.source} target="_blank" rel="noopener noreferrer">
                        Official source<span class="sr-only"> for {f.name} (opens a new tab)</span>
                      </a>
                    </p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
