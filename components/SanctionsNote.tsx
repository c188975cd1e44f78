import type { Flag } from '@/lib/schema';
import { describeFlag, flagVerdict } from '@/lib/sanctions/describe';

/** "sanctioned" / "formerly sanctioned" beside a name or an address of the case file (nothing when unlisted). */
export function SanctionsTag({ flags }: { flags: readonly Flag[] }) {
  const verdict = flagVerdict(flags);
  return verdict ? <span class={verdict === 'sanctioned' ? 'tag bad' : 'tag'}>{verdict}</span> : null;
}

/** Each listing in words, with its official source (opened only when clicked). */
export function SanctionsListings({ flags }: { flags: readonly Flag[] }) {
  if (!flags.length) return null;
  return (
    <ul class="listings">
      {flags.map((f) => (
        <li key={`${f.list} ${f.name} ${f.listedOn ?? ''}`}>
          {describeFlag(f)}.{' '}
          {/^https:\/\//.test(f.source) && <a href={f.source} target="_blank" rel="noreferrer">Official source</a>}
        </li>
      ))}
    </ul>
  );
}
