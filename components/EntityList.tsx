import { ENTITY_TYPES, type Entity } from '@/lib/schema';
import { ENTITY_KINDS } from '@/lib/kinds';

/** Entities grouped by type, most mentioned first. */
export function EntityList({ entities, onReveal }: { entities: Entity[]; onReveal: (index: number) => void }) {
  if (!entities.length) return <p class="empty">No names found.</p>;
  return (
    <section aria-label="Who and what" class="entities">
      {ENTITY_TYPES.map((type) => {
        const rows = entities.map((e, i) => ({ e, i })).filter(({ e }) => e.type === type).sort((a, b) => b.e.mentions - a.e.mentions);
        if (!rows.length) return null;
        return (
          <div class="group" key={type}>
            <h2>{ENTITY_KINDS[type].plural}</h2>
            <ul>
              {rows.map(({ e, i }) => (
                <li key={i} data-type={type}>
                  <button type="button" class="link" onClick={() => onReveal(i)} title="Show in the page">
                    {e.name}
                  </button>
                  {e.aliases.length > 0 && <span class="aliases"> ({e.aliases.join(', ')})</span>}
                  <span class="count" aria-label={`${e.mentions} mentions`}>×{e.mentions}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
