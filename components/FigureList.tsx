import type { Figure } from '@/lib/schema';
import { FIGURE_KINDS_SPEC, figureValue } from '@/lib/kinds';

/** Figures as written, beside what they mean. */
export function FigureList({ figures, onReveal }: { figures: Figure[]; onReveal: (index: number) => void }) {
  if (!figures.length) return <p class="empty">No figures found.</p>;
  return (
    <section aria-label="Figures" class="figures">
      <h2>Figures</h2>
      <table>
        <thead>
          <tr><th scope="col">Kind</th><th scope="col">As written</th><th scope="col">Means</th></tr>
        </thead>
        <tbody>
          {figures.map((f, i) => (
            <tr key={i} data-kind={f.kind}>
              <td>{FIGURE_KINDS_SPEC[f.kind].singular}</td>
              <td>
                <button type="button" class="link" onClick={() => onReveal(i)} title="Show in the page">{f.text}</button>
              </td>
              <td>{figureValue(f)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
