import type { Annotation } from '@/lib/schema';
import type { Incident } from '@/lib/incidents/schema';
import { glance, type GlanceFact } from '@/lib/glance';
import { FactMenu, factActions, type FactHandlers } from './FactMenu';

interface Props {
  annotation: Annotation;
  incidents: Incident[];
  handlers: FactHandlers;
}

/** At most this many names on one line of the glance; the rest are in "Names". */
const NAMES_PER_ROW = 3;

function Facts({ facts, handlers }: { facts: readonly GlanceFact[]; handlers: FactHandlers }) {
  if (!facts.length) return <span class="muted">not stated</span>;
  const shown = facts.slice(0, NAMES_PER_ROW);
  return (
    <>
      {shown.map((f, i) => (
        <span class="fact-item" key={i}>
          {f.target ? <FactMenu label={f.text} actions={factActions(f.target, handlers)} /> : <span>{f.text}</span>}
          {f.detail && <span class="muted detail"> = {f.detail}</span>}
          {i < shown.length - 1 && <span aria-hidden="true">, </span>}
        </span>
      ))}
      {facts.length > shown.length && <span class="muted"> and {facts.length - shown.length} more</span>}
    </>
  );
}

/** The story at a glance: how much, who was hit, by whom, when, what crime, which indexed incident. */
export function StorySummary({ annotation, incidents, handlers }: Props) {
  const g = glance(annotation, incidents);
  const rows: { label: string; id: string; body: preact.ComponentChildren }[] = [
    { label: 'Amount', id: 'amount', body: <Facts facts={g.amount ? [g.amount] : []} handlers={handlers} /> },
    ...(g.from === 'engine'
      ? [
          { label: 'Victims', id: 'victims', body: <Facts facts={g.victims} handlers={handlers} /> },
          { label: 'Actors', id: 'actors', body: <Facts facts={g.actors} handlers={handlers} /> },
          ...(g.agencies.length ? [{ label: 'Authorities', id: 'agencies', body: <Facts facts={g.agencies} handlers={handlers} /> }] : []),
        ]
      : [{ label: 'Who', id: 'who', body: <Facts facts={g.who} handlers={handlers} /> }]),
    { label: 'When', id: 'date', body: <Facts facts={g.date ? [g.date] : []} handlers={handlers} /> },
    { label: 'Crime', id: 'crime', body: g.crimes.length ? <span>{g.crimes.join(', ')}</span> : <span class="muted">not recognised</span> },
    {
      label: 'Incident',
      id: 'incident',
      body: g.incident ? (
        <span>
          <strong>{g.incident.name}</strong>
          {(g.incident.date || g.incident.amount) && <span class="muted"> · {[g.incident.date, g.incident.amount].filter(Boolean).join(' · ')}</span>}
        </span>
      ) : (
        <span class="muted">none in the index</span>
      ),
    },
  ];
  return (
    <section class="summary" aria-labelledby="glance-title">
      <h2 id="glance-title" class="sr-only">The story at a glance</h2>
      <dl>
        {rows.map((r) => (
          <div class="fact-row" key={r.id} data-row={r.id}>
            <dt>{r.label}</dt>
            <dd>{r.body}</dd>
          </div>
        ))}
      </dl>
      {g.from === 'heuristic' && <p class="muted small">Amount and names are best guesses: the headline's amount, the most mentioned names.</p>}
    </section>
  );
}
