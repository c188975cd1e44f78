import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useSetting, type Setting } from './useSetting';

/**
 * A section one click away (a native <details>: keyboard and screen readers know it), open or closed
 * as the reader last left it: `remembered` holds the ids of the open sections. Its body is drawn the
 * first time it opens, so that a popup with long closed sections shows its summary sooner.
 */
export function Disclosure({ id, title, count, remembered, children }: {
  id: string;
  title: string;
  /** shown after the title: how many things are inside */
  count?: number;
  remembered: Setting<string[]>;
  children: ComponentChildren;
}) {
  const [openIds, setOpenIds] = useSetting<string[]>(remembered, []);
  const open = openIds.includes(id);
  // once drawn, a body stays: closing a section keeps what the reader did inside it
  const drawn = useRef(false);
  if (open) drawn.current = true;
  const onToggle = (e: Event) => {
    const now = (e.currentTarget as HTMLDetailsElement).open;
    if (now !== open) setOpenIds(now ? [...openIds, id] : openIds.filter((x) => x !== id));
  };
  return (
    <details class="section" data-section={id} open={open} onToggle={onToggle}>
      <summary>
        <span class="section-title">{title}</span>
        {count !== undefined && <span class="count">{count}</span>}
      </summary>
      {drawn.current && <div class="section-body">{children}</div>}
    </details>
  );
}
