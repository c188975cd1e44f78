import type { Annotation, SpanType } from '@/lib/schema';
import { summarize, type Fact } from '@/lib/summary';
import { CopyButton } from './CopyButton';

interface Props {
  annotation: Annotation;
  onReveal: (type: SpanType, ref: number) => void;
  /** "Cite this fact" for a figure or a name: the text to copy, as a Markdown line or as JSON */
  citeFact?: (target: { type: SpanType; ref: number }, as: 'markdown' | 'json') => Promise<string>;
}

/** What happened, who, how much, where, when: each fact jumps to its first highlight. */
export function StorySummary({ annotation, onReveal, citeFact }: Props) {
  const s = summarize(annotation);
  const rows: [string, Fact[]][] = [['What', s.what], ['Who', s.who], ['How much', s.howMuch], ['Where', s.where], ['When', s.when]];
  return (
    <section class="summary" aria-label="The story at a glance">
      <dl>
        {rows.map(([label, facts]) => (
          <div class="fact-row" key={label}>
            <dt>{label}</dt>
            <dd>
              {facts.length === 0 && <span class="muted">not stated</span>}
              {facts.map((f, i) => (
                <span class="fact" key={i}>
                  {f.target ? (
                    <button type="button" class="link" onClick={() => onReveal(f.target!.type, f.target!.ref)} title="Show in the page">
                      {f.text}
                    </button>
                  ) : (
                    <span>{f.text}</span>
                  )}
                  {f.detail && f.detail !== f.text && label === 'How much' && <span class="muted"> = {f.detail}</span>}
                  {citeFact && f.target && (
                    <span class="cite-buttons">
                      <CopyButton label="Cite this fact" class="small" text={() => citeFact(f.target!, 'markdown')} />
                      <CopyButton label="JSON" class="small" text={() => citeFact(f.target!, 'json')} />
                    </span>
                  )}
                  {i < facts.length - 1 && <span aria-hidden="true">, </span>}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
