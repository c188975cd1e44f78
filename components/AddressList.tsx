import type { Address } from '@/lib/schema';
import { explorerUrl } from '@/lib/explorers';
import { CopyButton } from './CopyButton';

/** Addresses with chain, checksum validity, copy, and an explorer link that opens only when clicked. */
export function AddressList({ addresses, onReveal }: { addresses: Address[]; onReveal: (ref: number) => void }) {
  if (!addresses.length) return null;
  return (
    <section aria-label="Addresses" class="addresses">
      <h2>Addresses</h2>
      <ul>
        {addresses.map((a, i) => {
          const url = explorerUrl(a.chain, a.text);
          return (
            <li key={a.text}>
              <button type="button" class="link mono" onClick={() => onReveal(i)} title="Show in the page">{a.text}</button>
              <span class="tag">{a.chain}</span>
              <span class={a.valid ? 'tag ok' : 'tag bad'}>{a.valid ? 'checksum valid' : 'checksum invalid'}</span>
              <CopyButton label="Copy address" text={() => a.text} class="small" />
              {url && (
                <a href={url} target="_blank" rel="noopener noreferrer" class="small-link">
                  Explorer<span class="sr-only"> for {a.text} (opens a new tab)</span>
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
