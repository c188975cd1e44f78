import type { Flag } from '@/lib/schema';
import { describeFlag, flagVerdict } from '@/lib/sanctions/describe';

/** "Sanctioned" or "Formerly sanctioned", in words and an outline (not colour alone); each listing in its title. */
export function FlagTag({ flags }: { flags: readonly Flag[] }) {
  const verdict = flagVerdict(flags);
  if (!verdict) return null;
  return (
    <span class={verdict === 'sanctioned' ? 'tag flag listed' : 'tag flag formerly'} title={flags.map(describeFlag).join('\n')}>
      {verdict === 'sanctioned' ? '⚠ Sanctioned' : 'Formerly sanctioned'}
    </span>
  );
}
