import { useEffect, useState } from 'preact/hooks';
import type { CaseFileStatus } from '@/lib/messages';
import type { Send } from './Popup';

/**
 * The popup's case-file line: what the case file already has about this article's incident, "Add to
 * case file" while the article is not in it, and "Open case file". Asks again when the tab's status changes.
 */
export function CaseFileNote({ tabId, send, status }: { tabId: number | null; send: Send; status: string }) {
  // each answer is kept with the tab status it was asked in: an answer from before the tab was ready is not shown as final
  const [answer, setAnswer] = useState<{ status: string; note: CaseFileStatus } | null>(null);
  const note = answer?.status === status ? answer.note : null;
  const setNote = (n: CaseFileStatus) => setAnswer({ status, note: n });
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (tabId !== null) void send('popup:case-file', { tabId }).then(setNote, () => setAnswer(null));
  }, [tabId, status]);

  const add = async () => {
    if (tabId === null) return;
    const result = await send('popup:add-to-case-file', { tabId }).catch((e: unknown) => ({ added: false, message: String(e) }));
    setMessage(result.message);
    if (result.added) setNote(await send('popup:case-file', { tabId }));
  };

  return (
    <section class="case-file" aria-label="Case file" data-recorded={note && status === 'ready' ? String(note.recorded) : undefined}>
      {note?.incidentLine && <p>{note.incidentLine}.</p>}
      {note?.problem && <p role="alert">{note.problem}</p>}
      {message && <p role="status">{message}</p>}
      {status === 'ready' && note && !note.recorded && <button type="button" onClick={() => void add()}>Add to case file</button>}{' '}
      <button type="button" onClick={() => void send('ui:open-research', note?.incidentLine ? { tab: 'incidents' } : {})}>Open case file</button>
    </section>
  );
}
