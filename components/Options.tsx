import { useEffect, useState } from 'preact/hooks';
import type { SpanType } from '@/lib/schema';
import { DEFAULT_PALETTE, contrast, type Palette } from '@/lib/highlight/palette';
import { SUGGESTED_SITES, sitePattern } from '@/lib/sites';
import { CATEGORY_LABELS, type Category } from '@/lib/incidents/schema';
import type { HighlightSettings } from './HighlightControls';
import type { Permissions } from './SiteToggle';
import { SPAN_TYPES, kindOf } from '@/lib/kinds';
import { useSetting, type Setting } from './useSetting';

interface IndexInfo { count: number; from: string; to: string; byCategory: Record<string, number> }

interface Props {
  highlights: HighlightSettings;
  sites: Setting<string[]>;
  permissions: Permissions & { remove(origin: string): Promise<boolean> };
  indexInfo: () => Promise<IndexInfo>;
}


/** Types and colours, sites, the index, and what Hashmark does with your data. */
export function Options({ highlights, sites, permissions, indexInfo }: Props) {
  const [hidden, setHidden] = useSetting<SpanType[]>(highlights.hidden, []);
  const [overrides, setOverrides] = useSetting<Partial<Palette>>(highlights.palette, {});
  const [enabled, setEnabled] = useSetting<string[]>(sites, []);
  const [info, setInfo] = useState<IndexInfo | null>(null);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState('');
  useEffect(() => void indexInfo().then(setInfo), []);
  const palette = { ...DEFAULT_PALETTE, ...overrides };

  const setColour = (type: SpanType, key: 'background' | 'color', value: string) =>
    setOverrides({ ...overrides, [type]: { ...palette[type], [key]: value } });

  const enable = async (raw: string) => {
    const pattern = sitePattern(/^https?:\/\//.test(raw) ? raw : `https://${raw}`);
    if (!pattern) {
      setProblem(`“${raw}” is not a web address.`);
      return;
    }
    const ok = await permissions.request(pattern);
    if (!ok) {
      setProblem(`Permission for ${pattern} was not granted.`);
      return;
    }
    setProblem('');
    setEnabled([...new Set([...enabled, pattern])]);
    setDraft('');
  };
  const disable = (pattern: string) => {
    setEnabled(enabled.filter((p) => p !== pattern));
    void permissions.remove(pattern);
  };

  return (
    <main class="popup options">
      <header class="brand"><span class="logo" aria-hidden="true">#</span> Hashmark options</header>

      <section aria-labelledby="types-h">
        <h2 id="types-h">Highlight types and colours</h2>
        <table>
          <thead><tr><th scope="col">Show</th><th scope="col">Type</th><th scope="col">Background</th><th scope="col">Text</th><th scope="col">Contrast</th></tr></thead>
          <tbody>
            {SPAN_TYPES.map((t) => {
              const ratio = contrast(palette[t].background, palette[t].color);
              return (
                <tr key={t}>
                  <td><input type="checkbox" aria-label={`Show ${kindOf(t).plural}`} checked={!hidden.includes(t)} onChange={(e) => setHidden((e.currentTarget as HTMLInputElement).checked ? hidden.filter((x) => x !== t) : [...hidden, t])} /></td>
                  <td><span class="swatch" style={{ background: palette[t].background, color: palette[t].color }}>{kindOf(t).plural}</span></td>
                  <td><input type="color" aria-label={`${kindOf(t).plural} background`} value={palette[t].background} onInput={(e) => setColour(t, 'background', (e.currentTarget as HTMLInputElement).value)} /></td>
                  <td><input type="color" aria-label={`${kindOf(t).plural} text colour`} value={palette[t].color} onInput={(e) => setColour(t, 'color', (e.currentTarget as HTMLInputElement).value)} /></td>
                  <td class={ratio >= 4.5 ? 'ok' : 'bad'}>{ratio.toFixed(1)}:1 {ratio >= 4.5 ? 'AA' : 'too low'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <button type="button" onClick={() => setOverrides({})}>Reset colours</button>
      </section>

      <section aria-labelledby="sites-h">
        <h2 id="sites-h">Sites annotated automatically</h2>
        <p class="muted">Anywhere else, Hashmark reads a page only when you click its button, press Alt+Shift+A, or use the right-click menu.</p>
        {enabled.length === 0 ? <p>No site yet.</p> : (
          <ul class="site-list">
            {enabled.map((p) => (
              <li key={p}><span class="mono">{p}</span> <button type="button" onClick={() => disable(p)}>Remove</button></li>
            ))}
          </ul>
        )}
        <form class="add-site" onSubmit={(e) => { e.preventDefault(); void enable(draft); }}>
          <label for="site" class="sr-only">Site address</label>
          <input id="site" placeholder="news.example.com" value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit">Enable</button>
        </form>
        {problem && <p role="alert" class="bad">{problem}</p>}
        <h3 class="small">Suggested crypto and security news sites</h3>
        <ul>
          {SUGGESTED_SITES.filter((s) => !enabled.includes(s.pattern)).map((s) => (
            <li key={s.pattern}>{s.name} <span class="muted mono">{s.pattern}</span> <button type="button" onClick={() => void enable(s.pattern.replace('/*', '/'))}>Enable</button></li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="index-h">
        <h2 id="index-h">Incident index</h2>
        {info ? (
          <>
            <p>{info.count} incidents from {info.from} to {info.to}, each with its public sources.</p>
            <ul>
              {Object.entries(info.byCategory).map(([c, n]) => <li key={c}>{CATEGORY_LABELS[c as Category] ?? c}: {n}</li>)}
            </ul>
          </>
        ) : <p role="status">Loading…</p>}
      </section>

      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">Privacy</h2>
        <p class="privacy">
          Hashmark reads pages on your computer and nowhere else. No page text, address or setting ever leaves your browser,
          and the extension makes no network request of its own: the language analysis and the incident index ship inside it.
          It can read a page only when you ask (toolbar button, shortcut, right-click) or on the sites you list above, for which
          your browser asked your permission one site at a time. Block-explorer and source links open only when you click them.
        </p>
      </section>
    </main>
  );
}
