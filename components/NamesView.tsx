import { useMemo, useState } from 'preact/hooks';
import type { CaseArticle } from '@/lib/casefile/types';
import { namesIndex } from '@/lib/casefile/connections';
import { ENTITY_KINDS } from '@/lib/kinds';
import { ArticleLinks, Connection } from './ArticleLinks';
import { SanctionsListings, SanctionsTag } from './SanctionsNote';

const PAGE = 100;

/** Every name in the case file with the articles that mention it; the most connected first. */
export function NamesView({ articles, byUrl }: { articles: readonly CaseArticle[]; byUrl: ReadonlyMap<string, CaseArticle> }) {
  const names = useMemo(() => namesIndex(articles), [articles]);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const q = query.trim().toLowerCase();
  const matching = q ? names.filter((n) => n.key.includes(q)) : names;
  return (
    <section aria-label="Names">
      <label class="search">
        <span class="sr-only">Find a name</span>
        <input type="search" placeholder={`Find among ${names.length.toLocaleString('en-US')} names`} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </label>
      <ul class="entries">
        {matching.slice(0, shown).map((n) => (
          <Connection
            key={n.key}
            articles={n.urls.length}
            head={<><strong>{n.name}</strong> <span class="tag">{ENTITY_KINDS[n.type].singular}</span> <SanctionsTag flags={n.sanctions} /></>}
          >
            <SanctionsListings flags={n.sanctions} />
            <ArticleLinks urls={n.urls} byUrl={byUrl} />
          </Connection>
        ))}
      </ul>
      {matching.length > shown && <button type="button" class="more" onClick={() => setShown(shown + PAGE)}>Show more</button>}
      {!matching.length && <p class="empty">No names{q ? ' match' : ' yet'}.</p>}
    </section>
  );
}
