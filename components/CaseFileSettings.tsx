import { useState } from 'preact/hooks';
import type { RecordingMode } from '@/lib/casefile/policy';
import { useSetting, type Setting } from './useSetting';

export interface CaseFileSettingItems {
  mode: Setting<RecordingMode>;
  paused: Setting<boolean>;
  inPrivate: Setting<boolean>;
  excludedSites: Setting<string[]>;
  keepText: Setting<boolean>;
}

/** What the case file records, and when: the reader's recording settings. */
export function CaseFileSettings({ settings }: { settings: CaseFileSettingItems }) {
  const [mode, setMode] = useSetting(settings.mode, 'automatic');
  const [paused, setPaused] = useSetting(settings.paused, false);
  const [inPrivate, setInPrivate] = useSetting(settings.inPrivate, false);
  const [keepText, setKeepText] = useSetting(settings.keepText, true);
  const [sites, setSites] = useSetting(settings.excludedSites, []);
  const [newSite, setNewSite] = useState('');
  return (
    <section class="casefile-settings" aria-label="Recording settings">
      <fieldset>
        <legend>Record</legend>
        <label><input type="radio" name="mode" checked={mode === 'automatic'} onChange={() => setMode('automatic')} /> every article Hashmark annotates</label>
        <label><input type="radio" name="mode" checked={mode === 'on-request'} onChange={() => setMode('on-request')} /> only when I choose “Add to case file”</label>
      </fieldset>
      <label><input type="checkbox" checked={paused} onChange={(e) => setPaused(e.currentTarget.checked)} /> Pause recording</label>
      <label><input type="checkbox" checked={inPrivate} onChange={(e) => setInPrivate(e.currentTarget.checked)} /> Also record in private windows</label>
      <label><input type="checkbox" checked={keepText} onChange={(e) => setKeepText(e.currentTarget.checked)} /> Keep article text (for search, and facts that survive page edits)</label>
      <fieldset>
        <legend>Never record these sites</legend>
        <ul class="sites">
          {sites.map((s) => (
            <li key={s}>
              {s} <button type="button" class="link" aria-label={`Record ${s} again`} onClick={() => setSites(sites.filter((x) => x !== s))}>remove</button>
            </li>
          ))}
        </ul>
        <form
          class="add-site"
          onSubmit={(e) => {
            e.preventDefault();
            const site = newSite.trim();
            if (site && !sites.includes(site)) setSites([...sites, site]);
            setNewSite('');
          }}
        >
          <label>
            <span class="sr-only">Site to never record</span>
            <input type="text" placeholder="example.com" value={newSite} onInput={(e) => setNewSite(e.currentTarget.value)} />
          </label>
          <button type="submit" class="secondary">Add</button>
        </form>
      </fieldset>
      <p class="muted small">The case file is stored only in this browser (IndexedDB, database “hashmark-casefile”); nothing is sent anywhere.</p>
    </section>
  );
}
