/** Parses HTML into a DOM the engine accepts, the way the CLI does. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

export function htmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export const FIXTURES = 'tests/fixtures/articles';

export function fixture(name: string): Document {
  return htmlDocument(readFileSync(`${FIXTURES}/${name}`, 'utf8'));
}

export interface Gold {
  meta: { title: string | null; publisher: string | null; authors: string[]; publishedAt: string | null; url: string | null };
  entities: { type: string; name: string; aliases: string[] }[];
  optional?: { type: string; name: string }[];
  figures: { kind: string; text: string; value: number | string; unit?: string; currency?: string; asset?: string }[];
  addresses: { chain: string; text: string }[];
  crimeTypes: string[];
  incident: string | null;
  related: string[];
}

export function gold(name: string, dir = FIXTURES): Gold {
  return JSON.parse(readFileSync(`${dir}/${name}.gold.json`, 'utf8')) as Gold;
}

/** A browser-faithful DOM (happy-dom) for tests that mutate the page, as painting does. */
export async function browserDocument(html: string): Promise<Document> {
  const { Window } = await import('happy-dom');
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
}
