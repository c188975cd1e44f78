import type { Address } from '@/lib/schema';
import { explorerUrl } from '@/lib/explorers';
import { listedToday } from '@/lib/sanctions/describe';
import { FactMenu, factActions, type FactHandlers, type MenuAction } from './FactMenu';
import { ShortList } from './ShortList';
import { FlagTag } from './FlagTag';

/** Addresses, listed ones first, with chain and checksum; copy and the explorer link (opened only on click) in each one's menu. */
export function AddressList({ addresses, handlers }: { addresses: Address[]; handlers: FactHandlers }) {
  if (!addresses.length) return <p class="empty">No addresses found.</p>;
  const rank = (a: Address) => (listedToday(a.flags) ? 0 : a.flags.length ? 1 : 2);
  const rows = addresses.map((a, i) => ({ a, i })).sort((x, y) => rank(x.a) - rank(y.a));
  return (
    <div class="addresses">
      <ShortList
        rows={rows}
        label="addresses"
        render={({ a, i }, hidden) => {
          const url = explorerUrl(a.chain, a.text);
          const actions: MenuAction[] = [
            ...factActions({ type: 'address', ref: i }, handlers),
            { label: 'Copy address', copy: () => a.text },
            ...(url ? [{ label: 'Open in a block explorer', href: url }] : []),
          ];
          return (
            <li key={a.text} hidden={hidden}>
              <FactMenu label={a.text} class="mono" actions={actions} />
              <span class="tag">{a.chain}</span>
              <span class={a.valid ? 'tag ok' : 'tag bad'}>{a.valid ? 'checksum valid' : 'checksum invalid'}</span>
              <FlagTag flags={a.flags} />
            </li>
          );
        }}
      />
    </div>
  );
}
