// Every closed list the UI shows, in one place, with the i18n key of each member. Views call
// these helpers instead of building keys inline, and the locale test walks these lists to prove
// every label exists in both languages.
import type { TFunction } from 'i18next';
import { FINDING_TYPES, MQM_CATEGORIES, SEVERITIES } from '../../engine/checks/types';
import { EXPORT_FORMATS } from '../../engine/formats/export/types';
import { SEGMENT_KINDS } from '../../engine/types';
import { ARTICLE_STATUSES } from '../../services/articles.service';
import { FLAG_STATUSES, PERSON_FLAG_TYPES } from '../../services/flags.service';
import { FINDING_TITLE_KINDS } from './finding-titles';

export const FLAG_ORIGINS = ['person', 'check'] as const;
export {
  ARTICLE_STATUSES,
  EXPORT_FORMATS,
  FINDING_TYPES,
  FLAG_STATUSES,
  MQM_CATEGORIES,
  PERSON_FLAG_TYPES,
  SEGMENT_KINDS,
  SEVERITIES,
};

/** i18n keys cannot contain '/' (nor, by our convention, '-'), so list members are mapped. */
function keyPart(value: string): string {
  return value.replace(/[/-]/g, '_');
}

export const labelKeys = {
  kind: (k: string) => `kinds.${keyPart(k)}`,
  kindShort: (k: string) => `kinds_short.${keyPart(k)}`,
  articleStatus: (s: string) => `statuses.${keyPart(s)}`,
  flagStatus: (s: string) => `flag_statuses.${keyPart(s)}`,
  severity: (s: string) => `severities.${keyPart(s)}`,
  category: (c: string) => `categories.${keyPart(c)}`,
  findingType: (f: string) => `findings.${keyPart(f)}`,
  flagType: (f: string) => `flag_types.${keyPart(f)}`,
  origin: (o: string) => `origins.${keyPart(o)}`,
  format: (f: string) => `formats.${keyPart(f)}`,
};

/** Every label key the lists above produce; the locale test checks each exists. */
export function allLabelKeys(): string[] {
  return [
    ...SEGMENT_KINDS.flatMap((k) => [labelKeys.kind(k), labelKeys.kindShort(k)]),
    ...ARTICLE_STATUSES.map(labelKeys.articleStatus),
    ...FLAG_STATUSES.map(labelKeys.flagStatus),
    ...SEVERITIES.map(labelKeys.severity),
    ...MQM_CATEGORIES.map(labelKeys.category),
    ...FINDING_TYPES.map(labelKeys.findingType),
    labelKeys.flagType('other'),
    ...FLAG_ORIGINS.map(labelKeys.origin),
    ...EXPORT_FORMATS.map(labelKeys.format),
    ...FINDING_TITLE_KINDS.map((k) => `finding_titles.${k}`),
  ];
}

// Row numbers are the only values that change from row to row on the article page, and no
// translation nests or pluralises on them, so a label that takes only these is resolved once
// with stand-ins and filled in per row.
const ROW_VARS = new Set(['n', 'm', 's', 'percent']);
const mark = (name: string) => `\u0001${name}\u0001`;

/** Labels with other values (titles, counts) kept per language before that cache starts over. */
export const MAX_CACHED_LABELS = 5000;

/**
 * A translator that resolves each label once: i18next's t() costs tens of microseconds a call,
 * and an article page makes ~20 calls per row. Same answers as `t`. Past `max` labels with
 * values other than row numbers, that part of the cache starts over (its keys are unbounded).
 */
export function cachedTranslator(t: TFunction, max = MAX_CACHED_LABELS): TFunction {
  const exact = new Map<string, string>();
  const templates = new Map<string, string[]>();
  const translate = (key: string | string[], options?: Record<string, unknown>): string => {
    if (typeof key !== 'string' || (options !== undefined && typeof options !== 'object'))
      return (t as unknown as (...a: unknown[]) => string)(key, options);
    const names = options ? Object.keys(options) : [];
    const rowOnly =
      names.length > 0 &&
      names.every(
        (k) => ROW_VARS.has(k) && (typeof options![k] === 'number' || typeof options![k] === 'string'),
      );
    if (rowOnly) {
      const id = `${key}\u0000${names.sort().join(',')}`;
      let parts = templates.get(id);
      if (!parts) {
        const stand = t(key, Object.fromEntries(names.map((k) => [k, mark(k)]))) as string;
        parts = stand.split('\u0001');
        templates.set(id, parts);
      }
      // odd entries are variable names between the stand-in markers
      return parts.map((p, i) => (i % 2 ? String(options![p]) : p)).join('');
    }
    const id = options ? `${key}\u0000${JSON.stringify(options)}` : key;
    let value = exact.get(id);
    if (value === undefined) {
      value = (t as unknown as (...a: unknown[]) => string)(key, options);
      if (exact.size >= max) exact.clear();
      exact.set(id, value);
    }
    return value;
  };
  return translate as unknown as TFunction;
}

const perLanguage = new WeakMap<TFunction, TFunction>();

/**
 * The cached translator for a language's t(), shared by every request in that language: the
 * middleware gives each request its language's one fixed t() (server/i18n), so the labels a page
 * resolved stay resolved for the next page instead of being looked up again per request.
 */
export function sharedTranslator(t: TFunction): TFunction {
  let cached = perLanguage.get(t);
  if (!cached) {
    cached = cachedTranslator(t);
    perLanguage.set(t, cached);
  }
  return cached;
}
