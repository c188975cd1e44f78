import type { RelatedIncident, IncidentRef } from '@/lib/schema';
import type { Incident } from '@/lib/incidents/schema';
import { amountText } from '@/lib/incidents/amount';
import { sourcesInOrder } from '@/lib/incidents/source-hosts';
import { Timeline } from './Timeline';


interface Props {
  incident: IncidentRef | null;
  related: RelatedIncident[];
  incidents: Incident[];
  storyDate: string | null;
}

/** The indexed incident this story is about, and the past incidents it relates to, with why and where from. */
export function RelatedIncidents({ incident, related, incidents, storyDate }: Props) {
  const byId = new Map(incidents.map((x) => [x.id, x]));
  const own = incident ? byId.get(incident.id) : undefined;
  return (
    <div class="related">
      {own && (
        <p class="own">
          This story is about <strong>{own.name}</strong> ({own.date}
          {amountText(own) ? `, ${amountText(own)}` : ''}). <a href={sourcesInOrder(own.sources)[0]?.url} target="_blank" rel="noopener noreferrer">Source</a>
        </p>
      )}
      {related.length === 0 ? (
        <p class="muted">No related incidents in the index.</p>
      ) : (
        <>
          <Timeline storyDate={storyDate ?? own?.date ?? null} storyLabel="This story" related={related} />
          <ol>
            {related.map((r) => {
              const x = byId.get(r.id);
              return (
                <li key={r.id}>
                  <div>
                    <strong>{r.name}</strong> <span class="muted">{r.date}{x && amountText(x) ? ` · ${amountText(x)}` : ''}</span>
                  </div>
                  {x && <p class="incident-summary">{x.summary}</p>}
                  <p class="why">{r.why.join(' · ')}</p>
                  {x && (
                    <p class="sources">
                      {sourcesInOrder(x.sources).map((s, i) => (
                        <a key={s.url} href={s.url} target="_blank" rel="noopener noreferrer">
                          Source {i + 1} ({s.kind})<span class="sr-only">: {new URL(s.url).hostname}</span>
                        </a>
                      ))}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
