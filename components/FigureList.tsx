import { FIGURE_KINDS, type Figure } from '@/lib/schema';
import { FIGURE_KINDS_SPEC, figureValue } from '@/lib/kinds';
import { FactMenu, factActions, type FactHandlers } from './FactMenu';
import { ShortList } from './ShortList';

/** Figures grouped by kind, as written beside what they mean; the largest amounts first, other kinds in page order. */
export function FigureList({ figures, handlers }: { figures: Figure[]; handlers: FactHandlers }) {
  if (!figures.length) return <p class="empty">No figures found.</p>;
  return (
    <div class="figures">
      {FIGURE_KINDS.map((kind) => {
        const rows = figures.map((f, i) => ({ f, i })).filter(({ f }) => f.kind === kind);
        if (!rows.length) return null;
        if (kind === 'money' || kind === 'crypto' || kind === 'count') rows.sort((a, b) => (b.f.value as number) - (a.f.value as number));
        const spec = FIGURE_KINDS_SPEC[kind];
        return (
          <div class="group" key={kind}>
            <h2 class="group-title">{spec.plural} <span class="count">{rows.length}</span></h2>
            <ShortList
              rows={rows}
              label={spec.plural.toLowerCase()}
              render={({ f, i }, hidden) => {
                const means = figureValue(f);
                return (
                  <li key={i} data-kind={kind} hidden={hidden}>
                    <FactMenu label={f.text} actions={factActions({ type: kind, ref: i }, handlers)} />
                    {means !== f.text && <span class="muted">= {means}</span>}
                  </li>
                );
              }}
            />
          </div>
        );
      })}
    </div>
  );
}
