import { useState } from 'preact/hooks';

/** Copies text on click and says so, visibly and to screen readers. */
export function CopyButton({ label, text, class: className = '' }: { label: string; text: () => string | Promise<string>; class?: string }) {
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
    <button type="button" class={`copy ${className}`} onClick={copy} data-copy={label}>
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label}
      <span class="sr-only" aria-live="polite">{state === 'copied' ? `${label}: copied to the clipboard` : state === 'failed' ? `${label}: copy failed` : ''}</span>
    </button>
  );
}
