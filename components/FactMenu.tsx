import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SpanType } from '@/lib/schema';

export interface FactTarget {
  type: SpanType;
  ref: number;
}

/** What the popup can do with a fact: the entry page's messages, passed down. */
export interface FactHandlers {
  reveal(target: FactTarget): void;
  /** the fact cited in the reader's style (Markdown) or as JSON; rejects when the page lost it */
  cite(target: FactTarget, as: 'markdown' | 'json'): Promise<string>;
}

/** One entry of a fact's menu: jump, copy some text, or open a link in a new tab. */
export type MenuAction =
  | { label: string; run: () => void }
  | { label: string; copy: () => string | Promise<string> }
  | { label: string; href: string };

/** The usual actions on a highlighted fact: show it, cite it, copy it as JSON. */
export function factActions(target: FactTarget, handlers: FactHandlers): MenuAction[] {
  return [
    { label: 'Show in the page', run: () => handlers.reveal(target) },
    { label: 'Cite this fact', copy: () => handlers.cite(target, 'markdown') },
    { label: 'Copy as JSON', copy: () => handlers.cite(target, 'json') },
  ];
}

/**
 * A fact as a menu button (WAI-ARIA menu button pattern): click, Enter, Space or an arrow opens its
 * actions; arrows, Home and End move; Escape closes and returns focus. Hand-written: no menu widget
 * in the project's dependencies works with Preact without pulling in React, and the pattern is small.
 */
export function FactMenu({ label, actions, class: className = '' }: { label: string; actions: MenuAction[]; class?: string }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const first = useRef<'first' | 'last'>('first');
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
  // focus moves into the menu as it appears (a layout effect: before the next key press is handled)
  useLayoutEffect(() => {
    if (!open) return;
    const all = items();
    (first.current === 'first' ? all[0] : all[all.length - 1])?.focus();
  }, [open]);
  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => setStatus(''), 2000);
    return () => clearTimeout(t);
  }, [status]);

  const openAt = (where: 'first' | 'last') => {
    first.current = where;
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const perform = async (action: MenuAction) => {
    close(true);
    if ('run' in action) action.run();
    else if ('copy' in action) {
      try {
        await navigator.clipboard.writeText(await action.copy());
        setStatus(`${action.label}: copied`);
      } catch (err) {
        setStatus(`${action.label}: failed${err instanceof Error && err.message ? ` (${err.message})` : ''}`);
      }
    }
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openAt('first');
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt('last');
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => all[(i + all.length) % all.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(all.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') close(false);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  // closes when focus leaves the button and its menu (a click elsewhere, Tab)
  const onFocusOut = (e: FocusEvent) => {
    const next = e.relatedTarget as Node | null;
    if (open && (!next || !(e.currentTarget as HTMLElement).contains(next))) setOpen(false);
  };

  return (
    <span class={`fact-menu ${className}`} onFocusOut={onFocusOut}>
      <button
        type="button"
        ref={button}
        class="fact"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onButtonKey}
      >{label}</button>
      {open && (
        <ul role="menu" id={id} ref={menu} aria-label={label} class="menu" onKeyDown={onMenuKey}>
          {actions.map((a) => (
            <li role="none" key={a.label}>
              {'href' in a ? (
                <a role="menuitem" tabIndex={-1} href={a.href} target="_blank" rel="noopener noreferrer" onClick={() => close(true)}>
                  {a.label}<span class="sr-only"> (opens a new tab)</span>
                </a>
              ) : (
                <button role="menuitem" type="button" tabIndex={-1} onClick={() => void perform(a)}>{a.label}</button>
              )}
            </li>
          ))}
        </ul>
      )}
      <span class="fact-status" role="status">{status && <span class="tag">{status.endsWith('copied') ? 'Copied' : 'Copy failed'}<span class="sr-only">: {status}</span></span>}</span>
    </span>
  );
}
