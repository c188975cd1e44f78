import type { SpanType } from '@/lib/schema';
import { DEFAULT_PALETTE, type Palette } from '@/lib/highlight/palette';
import { SPAN_TYPES, kindOf } from '@/lib/kinds';
import { useSetting, type Setting } from './useSetting';

export interface HighlightSettings {
  visible: Setting<boolean>;
  hidden: Setting<SpanType[]>;
  palette: Setting<Partial<Palette>>;
}


/** The switch for all highlights, and a legend whose entries turn each type on and off. */
export function HighlightControls({ settings }: { settings: HighlightSettings }) {
  const [visible, setVisible] = useSetting(settings.visible, true);
  const [hidden, setHidden] = useSetting<SpanType[]>(settings.hidden, []);
  const [overrides] = useSetting<Partial<Palette>>(settings.palette, {});
  const palette = { ...DEFAULT_PALETTE, ...overrides };
  return (
    <section class="controls" aria-label="Highlights">
      <div class="switch-row">
        <button type="button" role="switch" aria-checked={visible} class={visible ? 'switch on' : 'switch'} onClick={() => setVisible(!visible)}>
          <span class="knob" aria-hidden="true" />
          <span>Highlights {visible ? 'on' : 'off'}</span>
        </button>
        <span class="muted small">Alt+Shift+H</span>
      </div>
      <details class="legend">
        <summary>Legend and types</summary>
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
      </details>
    </section>
  );
}
