import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export const SHORT_LIST_LENGTH = 5;

/**
 * The first five rows, then "Show all N": rows are given already in order of importance. The rows
 * beyond five are rendered hidden, so that showing them keeps focus and order where they were.
 */
export function ShortList<T>({ rows, label, render, class: className = '' }: {
  rows: readonly T[];
  /** what the rows are, for the button: "people" → "Show all 12 people" */
  label: string;
  render: (row: T, hidden: boolean) => ComponentChildren;
  class?: string;
}) {
  const [all, setAll] = useState(false);
  const longer = rows.length > SHORT_LIST_LENGTH;
  return (
    <>
      <ul class={className}>{rows.map((row, i) => render(row, !all && i >= SHORT_LIST_LENGTH))}</ul>
      {longer && (
        <button type="button" class="link more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show the first ${SHORT_LIST_LENGTH}` : `Show all ${rows.length} ${label}`}
        </button>
      )}
    </>
  );
}
