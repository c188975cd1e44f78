/** Markdown output: one escaper for text and one for link targets, used by every export. */
import { collapseSpace } from './text';

/** Text on one line with Markdown's inline syntax (`\ [ ] * _ ` < > |`) backslash-escaped. */
export const escapeMarkdown = (s: string): string => collapseSpace(s).replace(/[\\[\]*_`<>|]/g, '\\$&');

/** A link target that survives Markdown: `(`, `)` and spaces percent-encoded (URL decoders undo it). */
export const escapeMarkdownUrl = (s: string): string => s.trim().replace(/[() ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
