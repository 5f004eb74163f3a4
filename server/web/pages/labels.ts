// Every closed list the UI shows, in one place, with the i18n key of each member. Views call
// these helpers instead of building keys inline, and the locale test walks these lists to prove
// every label exists in both languages.
import { FINDING_TYPES, MQM_CATEGORIES, SEVERITIES } from '../../engine/checks/types';
import { EXPORT_FORMATS } from '../../engine/formats/export/types';
import { SEGMENT_KINDS } from '../../engine/types';
import { ARTICLE_STATUSES } from '../../services/articles.service';
import { FLAG_STATUSES, PERSON_FLAG_TYPES } from '../../services/flags.service';

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
  ];
}
