import type { SpanType } from '@/lib/schema';
import { DEFAULT_PALETTE, type Palette } from '@/lib/highlight/palette';
import { SPAN_TYPES, kindOf } from '@/lib/kinds';
import { useSetting, type Setting } from './useSetting';

export interface HighlightSettings {
  visible: Setting<boolean>;
  hidden: Setting<SpanType[]>;
  palette: Setting<Partial<Palette>>;
}

/** The switch for all highlights (also Alt+Shift+H in the page). */
export function HighlightSwitch({ settings }: { settings: HighlightSettings }) {
  const [visible, setVisible] = useSetting(settings.visible, true);
  return (
    <button
      type="button"
      role="switch"
      aria-checked={visible}
      class={visible ? 'switch on' : 'switch'}
      onClick={() => setVisible(!visible)}
      title="Show or hide every highlight (Alt+Shift+H)"
    >
      <span class="knob" aria-hidden="true" />
      <span>Highlights {visible ? 'on' : 'off'}</span>
    </button>
  );
}

/** The legend, whose entries turn each type on and off. */
export function HighlightLegend({ settings }: { settings: HighlightSettings }) {
  const [hidden, setHidden] = useSetting<SpanType[]>(settings.hidden, []);
  const [overrides] = useSetting<Partial<Palette>>(settings.palette, {});
  const palette = { ...DEFAULT_PALETTE, ...overrides };
  return (
    <div class="legend" role="group" aria-labelledby="legend-title">
      <p id="legend-title" class="legend-title">Highlight these kinds</p>
      <ul>
        {SPAN_TYPES.map((t) => (
          <li key={t}>
            <label>
              <input
                type="checkbox"
                checked={!hidden.includes(t)}
                onChange={(e) => setHidden((e.currentTarget as HTMLInputElement).checked ? hidden.filter((x) => x !== t) : [...hidden, t])}
              />
              <span class="swatch" style={{ background: palette[t].background, color: palette[t].color }}>{kindOf(t).plural}</span>
            </label>
          </li>
        ))}
      </ul>
      <p class="muted small">Alt+Shift+H shows or hides every highlight in the page.</p>
    </div>
  );
}
