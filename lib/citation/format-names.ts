/** The citation formats the reader can pick, kept apart from the (large) formatter so the popup loads fast. */
export const CITATION_FORMATS = ['apa', 'mla', 'chicago', 'harvard', 'bibtex', 'ris', 'csl-json', 'markdown'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export const FORMAT_LABELS: Record<CitationFormat, string> = {
  apa: 'APA 7',
  mla: 'MLA 9',
  chicago: 'Chicago (author-date)',
  harvard: 'Harvard',
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
  markdown: 'Markdown link',
};

/** Whether a stored value is still one of the formats (a setting may hold a name from another version). */
export const isCitationFormat = (value: unknown): value is CitationFormat => (CITATION_FORMATS as readonly unknown[]).includes(value);
