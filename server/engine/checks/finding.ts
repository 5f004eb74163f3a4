import { typeConfidence } from './confidence';
import type { Finding, FindingLocation, FindingType, MqmCategory, Severity } from './types';

/** Span of a row's text, or the whole row when the span is unknown. */
export function at(row: number, start?: number, end?: number): FindingLocation {
  return start === undefined ? { row } : { row, start, end };
}

export interface FindingParts {
  type: FindingType;
  category: MqmCategory;
  severity: Severity;
  zh: FindingLocation | null;
  en: FindingLocation | null;
  evidence: { zh?: string; en?: string };
  message: { en: string; zh: string };
  suggestion?: string;
  related?: FindingLocation | null;
  /** Defaults to the type's calibrated confidence (confidence.ts). */
  confidence?: number;
}

/** Builds a finding with its keys in a fixed order, so serialised findings compare stably. */
export function finding(p: FindingParts): Finding {
  const f: Finding = {
    type: p.type,
    category: p.category,
    severity: p.severity,
    zh: p.zh,
    en: p.en,
    evidence: p.evidence,
    message: p.message,
    confidence: p.confidence ?? typeConfidence(p.type),
  };
  if (p.related) f.related = p.related;
  if (p.suggestion) f.suggestion = p.suggestion;
  return f;
}

/** A short piece of text around a span, for evidence. */
export function snippet(text: string, start: number, end: number, pad = 12): string {
  const a = Math.max(0, start - pad);
  const b = Math.min(text.length, end + pad);
  return `${a > 0 ? '…' : ''}${text.slice(a, b)}${b < text.length ? '…' : ''}`;
}
