/**
 * The page's JSON-LD, read leniently: CDATA and comment wrappers, raw line breaks inside
 * strings and trailing commas are repaired; a block that still fails to parse gives up
 * only its unreadable part — its plain "key": "value" pairs are still read.
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function repaired(raw: string): string {
  return raw
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>\s*$/, '')
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '')
    .replace(/\p{Cc}+/gu, ' ') // raw line breaks and tabs inside strings
    .replace(/,\s*([}\]])/g, '$1')
    .trim();
}

/** The string-valued "key": "value" pairs of a block JSON.parse refuses, as one flat object. */
function salvage(raw: string): JsonObject | null {
  const out: JsonObject = {};
  for (const m of raw.matchAll(/"(@type|headline|name|datePublished|dateCreated|dateModified|uploadDate)"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
    const key = m[1]!;
    if (key in out) continue;
    try {
      out[key] = JSON.parse(`"${m[2]!}"`) as string;
    } catch {
      out[key] = m[2]!;
    }
  }
  return Object.keys(out).length ? out : null;
}

/** Every JSON-LD object on the page, flattening arrays and `@graph`, in document order. */
export function jsonLdNodes(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: Json | undefined): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      out.push(value);
      if (value['@graph']) visit(value['@graph']);
    }
  };
  for (const script of doc.getElementsByTagName('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const raw = script.textContent ?? '';
    let parsed: Json | undefined;
    try {
      parsed = JSON.parse(raw) as Json;
    } catch {
      try {
        parsed = JSON.parse(repaired(raw)) as Json;
      } catch {
        parsed = salvage(raw) ?? undefined;
      }
    }
    visit(parsed);
  }
  return out;
}

export function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}
