import { useEffect, useState } from 'preact/hooks';
import { sitePattern } from '@/lib/sites';
import { useSetting, type Setting } from './useSetting';

export interface Permissions {
  contains(origin: string): Promise<boolean>;
  /** must run inside the click handler: browsers ask only from a user gesture */
  request(origin: string): Promise<boolean>;
}

/** "Annotate this site automatically": asks for that one site's permission, from the click. */
export function SiteToggle({ pageUrl, sites, permissions }: { pageUrl: string | null; sites: Setting<string[]>; permissions: Permissions }) {
  const pattern = pageUrl ? sitePattern(pageUrl) : null;
  const [enabled, setEnabled] = useSetting<string[]>(sites, []);
  const [granted, setGranted] = useState(false);
  useEffect(() => {
    if (pattern) void permissions.contains(pattern).then(setGranted);
  }, [pattern]);
  if (!pattern) return null;
  const on = enabled.includes(pattern) && granted;
  const toggle = async () => {
    if (on) {
      setEnabled(enabled.filter((p) => p !== pattern));
      return;
    }
    const ok = await permissions.request(pattern);
    setGranted(ok);
    if (ok) setEnabled([...new Set([...enabled, pattern])]);
  };
  return (
    <label class="site-toggle">
      <input type="checkbox" checked={on} onChange={() => void toggle()} />
      Annotate {new URL(pattern.replace('/*', '/')).hostname} automatically
    </label>
  );
}
