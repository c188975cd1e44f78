/** The background's one call: record an annotated article if the reader's settings allow it. */
import type { CaseFile } from './store';
import { CaseFileFullError } from './errors';
import { shouldRecord, type RecordingContext, type RecordingDecision, type RecordingSettings } from './policy';
import type { ArticleInput, CaseArticle } from './types';

export interface RecorderSettings extends RecordingSettings {
  keepText: boolean;
}

export type RecordingResult =
  | { recorded: true; article: CaseArticle }
  | { recorded: false; reason: Extract<RecordingDecision, { record: false }>['reason'] }
  | { recorded: false; reason: 'full'; message: string };

/**
 * Checks the settings (private window, excluded site, pause, mode), then records. A full disk is
 * reported, not thrown: the page was annotated all the same, and the message can be shown.
 */
export async function recordIfAllowed(
  file: Pick<CaseFile, 'recordArticle'>,
  context: RecordingContext,
  settings: RecorderSettings,
  input: Omit<ArticleInput, 'keepText'>,
): Promise<RecordingResult> {
  const decision = shouldRecord(context, settings);
  if (!decision.record) return { recorded: false, reason: decision.reason };
  try {
    return { recorded: true, article: await file.recordArticle({ ...input, keepText: settings.keepText }) };
  } catch (error) {
    if (error instanceof CaseFileFullError) return { recorded: false, reason: 'full', message: error.message };
    throw error;
  }
}
