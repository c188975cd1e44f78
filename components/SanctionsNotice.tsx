import type { Annotation } from '@/lib/schema';
import { describeFlag, SCREENING_LIMITS } from '@/lib/sanctions/describe';
import { sanctionsNotice, type FlaggedFact } from '@/lib/glance';
import type { FactHandlers } from './FactMenu';

/** "1 name", "2 addresses and 1 name": what the list names, counted by kind. */
function howMany(facts: readonly FlaggedFact[]): { text: string; one: boolean } {
  const addresses = facts.filter((f) => f.target.type === 'address').length;
  const names = facts.length - addresses;
  const parts = [
    ...(addresses ? [`${addresses} address${addresses === 1 ? '' : 'es'}`] : []),
    ...(names ? [`${names} name${names === 1 ? '' : 's'}`] : []),
  ];
  return { text: parts.join(' and '), one: facts.length === 1 };
}

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
            {howMany(listed).text} in this article {howMany(listed).one ? 'is' : 'are'} on a sanctions list
          </>
        )}
        {listed.length === 0 && <>{howMany(formerly).text} in this article {howMany(formerly).one ? 'was' : 'were'} formerly on a sanctions list</>}
      </h2>
      {listed.length > 0 && <Jumps facts={listed} handlers={handlers} />}
      {listed.length > 0 && formerly.length > 0 && <p class="formerly-title">Formerly listed, no longer:</p>}
      {formerly.length > 0 && <Jumps facts={formerly} handlers={handlers} />}
      <p class="limits small">{SCREENING_LIMITS}</p>
    </section>
  );
}
