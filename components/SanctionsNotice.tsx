import type { Annotation } from '@/lib/schema';
import { describeFlag, SCREENING_LIMITS } from '@/lib/sanctions/describe';
import { sanctionsNotice, type FlaggedFact } from '@/lib/glance';
import type { FactHandlers } from './FactMenu';

const things = (n: number) => (n === 1 ? 'name or address' : 'names or addresses');

function Jumps({ facts, handlers }: { facts: FlaggedFact[]; handlers: FactHandlers }) {
  return (
    <ul class="flagged">
      {facts.map((f) => (
        <li key={`${f.target.type}:${f.target.ref}`}>
          <button type="button" class="link" onClick={() => handlers.reveal(f.target)} title="Show in the page">
            {f.text}
          </button>
          <span class="muted"> {f.flags.map(describeFlag).join('; ')}</span>
        </li>
      ))}
    </ul>
  );
}

/** The line at the very top when the article names anything an official list names: how many, and each one jumps to its highlight. */
export function SanctionsNotice({ annotation, handlers }: { annotation: Annotation; handlers: FactHandlers }) {
  const { listed, formerly } = sanctionsNotice(annotation);
  if (!listed.length && !formerly.length) return null;
  return (
    <section class={listed.length ? 'sanctions listed' : 'sanctions formerly'} aria-labelledby="sanctions-title">
      <h2 id="sanctions-title" class="sanctions-title">
        {listed.length > 0 && (
          <>
            <span aria-hidden="true">⚠ </span>
            {listed.length} {things(listed.length)} in this article {listed.length === 1 ? 'is' : 'are'} on a sanctions list
          </>
        )}
        {listed.length === 0 && <>{formerly.length} {things(formerly.length)} in this article {formerly.length === 1 ? 'was' : 'were'} formerly on a sanctions list</>}
      </h2>
      {listed.length > 0 && <Jumps facts={listed} handlers={handlers} />}
      {listed.length > 0 && formerly.length > 0 && <p class="formerly-title">Formerly listed, no longer:</p>}
      {formerly.length > 0 && <Jumps facts={formerly} handlers={handlers} />}
      <p class="limits muted small">{SCREENING_LIMITS}</p>
    </section>
  );
}
