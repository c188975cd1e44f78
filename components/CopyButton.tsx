import { useState } from 'preact/hooks';

/**
 * Copies text on click and says so, visibly and to screen readers. A text that takes a while should be
 * waited for with `disabled`, not in `text`: a browser lets a page write to the clipboard only for a few
 * seconds after the click (Firefox: 5), and a slow machine can take longer than that.
 */
export function CopyButton({ label, text, disabled = false, class: className = '' }: { label: string; text: () => string | Promise<string>; disabled?: boolean; class?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(await text());
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 1500);
  };
  return (
    <button type="button" class={`copy ${className}`} onClick={copy} data-copy={label} disabled={disabled}>
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}
      <span class="sr-only" aria-live="polite">{state === 'copied' ? `${label}: copied to the clipboard` : state === 'failed' ? `${label}: copy failed` : ''}</span>
    </button>
  );
}
