/**
 * Reading an exported case file back: the shape is checked field by field, since the file comes from
 * outside (another machine, an edited backup). Written by hand: valibot is only a dev dependency here,
 * and the check is a few lines per record.
 */
import { CHAINS, CRIME_TYPES, ENTITY_TYPES, FIGURE_KINDS } from '../schema';
import { CaseFileImportError } from './errors';
import { EXPORT_FORMAT, type CaseFileExport, type ExportedArticle } from './types';

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const isNullableString = (x: unknown): x is string | null => x === null || isString(x);
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);
const isHttpUrl = (x: unknown): x is string => isString(x) && /^https?:\/\//i.test(x);

const isHttpsUrl = (x: unknown): x is string => isString(x) && /^https:\/\//i.test(x);
const isFlag = (x: unknown): boolean =>
  isObject(x) && isString(x.list) && isString(x.name) && isNullableString(x.listedOn) && isNullableString(x.removedOn) && isHttpsUrl(x.source);
/** Sanctions flags, absent in files exported before they were kept: [] then. */
const isOptionalFlags = (x: unknown): boolean => x === undefined || (Array.isArray(x) && x.every(isFlag));

function fail(where: string, what: string): never {
  throw new CaseFileImportError(`This file is not a Hashmark case file: ${where} ${what}.`);
}

function checkArticle(a: unknown, i: number): ExportedArticle {
  const where = `article ${i + 1}`;
  if (!isObject(a)) fail(where, 'is not an object');
  if (!isHttpUrl(a.url)) fail(where, 'has no http(s) URL');
  for (const key of ['title', 'publisher', 'publishedAt'] as const) if (!isNullableString(a[key])) fail(where, `has a bad ${key}`);
  if (!isString(a.readAt) || Number.isNaN(Date.parse(a.readAt))) fail(where, 'has no readAt date');
  if (!isStrings(a.authors) || !isStrings(a.tags) || !isString(a.note) || !isString(a.summary) || !isString(a.textHash)) fail(where, 'lacks authors, tags, note, summary or textHash');
  if (!Array.isArray(a.crimeTypes) || !a.crimeTypes.every((c) => (CRIME_TYPES as readonly unknown[]).includes(c))) fail(where, 'has unknown crime types');
  if (!Array.isArray(a.names) || !a.names.every((n) => isObject(n) && (ENTITY_TYPES as readonly unknown[]).includes(n.type) && isString(n.name) && isStrings(n.aliases) && typeof n.mentions === 'number' && isOptionalFlags(n.sanctions))) fail(where, 'has malformed names');
  if (!Array.isArray(a.addresses) || !a.addresses.every((x) => isObject(x) && (CHAINS as readonly unknown[]).includes(x.chain) && isString(x.text) && isStrings(x.flags) && isOptionalFlags(x.sanctions))) fail(where, 'has malformed addresses');
  if (!Array.isArray(a.facts) || !a.facts.every((f) => isObject(f) && isString(f.sentence) && isObject(f.figure) && (FIGURE_KINDS as readonly unknown[]).includes(f.figure.kind) && isString(f.figure.text))) fail(where, 'has malformed facts');
  if (a.incident !== null && !(isObject(a.incident) && isString(a.incident.id) && isString(a.incident.name) && isNullableString(a.incident.date))) fail(where, 'has a malformed incident');
  if (a.headline !== null && !(isObject(a.headline) && isString(a.headline.label) && typeof a.headline.value === 'number')) fail(where, 'has a malformed amount');
  if (!isObject(a.csl) || a.csl.type !== 'article-newspaper') fail(where, 'has no citation');
  if (a.text !== undefined && !isString(a.text)) fail(where, 'has a text that is not a string');
  const { url, title, publisher, authors, publishedAt, readAt, names, facts, addresses, crimeTypes, incident, summary, headline, csl, textHash, tags, note, text } = a as unknown as ExportedArticle;
  const article: ExportedArticle = {
    url, title, publisher, authors, publishedAt, readAt,
    names: names.map((n) => ({ ...n, sanctions: n.sanctions ?? [] })),
    facts,
    addresses: addresses.map((x) => ({ ...x, sanctions: x.sanctions ?? [] })),
    crimeTypes, incident, summary, headline, csl, textHash, tags, note,
  };
  if (text !== undefined) article.text = text;
  return article;
}

/** The export, checked; throws CaseFileImportError saying what is wrong. */
export function parseExport(data: unknown): CaseFileExport {
  if (!isObject(data) || data.format !== EXPORT_FORMAT) fail('the file', `does not say it is ${EXPORT_FORMAT}`);
  if (!Array.isArray(data.articles) || !Array.isArray(data.quotes)) fail('the file', 'has no articles or quotes list');
  const articles = data.articles.map(checkArticle);
  const quotes = data.quotes.map((q, i) => {
    if (!isObject(q) || !isHttpUrl(q.url) || !isString(q.text) || !isString(q.fragmentUrl) || !isString(q.createdAt)) fail(`quote ${i + 1}`, 'is malformed');
    return { url: q.url, text: q.text, fragmentUrl: q.fragmentUrl, createdAt: q.createdAt };
  });
  return { format: EXPORT_FORMAT, exportedAt: isString(data.exportedAt) ? data.exportedAt : '', articles, quotes };
}
