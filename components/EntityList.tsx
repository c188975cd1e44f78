import { ENTITY_TYPES, type Entity } from '@/lib/schema';
import { ENTITY_KINDS } from '@/lib/kinds';
import { flagVerdict } from '@/lib/sanctions/describe';
import { FactMenu, factActions, type FactHandlers } from './FactMenu';
import { ShortList } from './ShortList';
import { FlagTag } from './FlagTag';

/** Names grouped by type, most mentioned first: five of each, then all. */
export function EntityList({ entities, handlers }: { entities: Entity[]; handlers: FactHandlers }) {
  if (!entities.length) return <p class="empty">No names found.</p>;
  return (
    <div class="entities">
      {ENTITY_TYPES.map((type) => {
        const rows = entities.map((e, i) => ({ e, i })).filter(({ e }) => e.type === type).sort((a, b) => b.e.mentions - a.e.mentions);
        if (!rows.length) return null;
        const kind = ENTITY_KINDS[type];
        return (
          <div class="group" key={type}>
            <h2 class="group-title">{kind.plural} <span class="count">{rows.length}</span></h2>
            <ShortList
              rows={rows}
              label={kind.plural.toLowerCase()}
              render={({ e, i }, hidden) => (
                <li key={i} data-type={type} hidden={hidden}>
                  <FactMenu label={e.name} actions={factActions({ type, ref: i }, handlers)} />
                  {e.aliases.length > 0 && <span class="aliases"> ({e.aliases.join(', ')})</span>}
                  {flagVerdict(e.flags) && <FlagTag flags={e.flags} />}
                  <span class="count">
                    <span aria-hidden="true">×{e.mentions}</span>
                    <span class="sr-only">{e.mentions} mention{e.mentions === 1 ? '' : 's'}</span>
                  </span>
                </li>
              )}
            />
          </div>
        );
      })}
    </div>
  );
}
