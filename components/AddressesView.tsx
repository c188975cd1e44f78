import { useMemo } from 'preact/hooks';
import type { CaseArticle } from '@/lib/casefile/types';
import { addressesIndex } from '@/lib/casefile/connections';
import { ArticleLinks, Connection } from './ArticleLinks';
import { SanctionsListings, SanctionsTag } from './SanctionsNote';

const FLAG_LABELS: Record<string, string> = { 'invalid-checksum': 'checksum invalid' };

/** Every wallet address in the case file, with its flags and the articles that give it. */
export function AddressesView({ articles, byUrl }: { articles: readonly CaseArticle[]; byUrl: ReadonlyMap<string, CaseArticle> }) {
  const addresses = useMemo(() => addressesIndex(articles), [articles]);
  if (!addresses.length) return <p class="empty">No wallet addresses in the case file yet.</p>;
  return (
    <section aria-label="Addresses">
      <ul class="entries">
        {addresses.map((a) => (
          <Connection
            key={a.key}
            articles={a.urls.length}
            head={
              <>
                <code class="mono">{a.text}</code> <span class="tag">{a.chain}</span>
                {a.flags.map((f) => (
                  <span key={f} class="tag bad">{FLAG_LABELS[f] ?? f}</span>
                ))}
                <SanctionsTag flags={a.sanctions} />
              </>
            }
          >
            <SanctionsListings flags={a.sanctions} />
            <ArticleLinks urls={a.urls} byUrl={byUrl} />
          </Connection>
        ))}
      </ul>
    </section>
  );
}
