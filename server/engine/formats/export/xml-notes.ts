// Human-readable note texts for flags and their comments, shared by the XLIFF writers.
// CAT tools show notes as plain text, so each note carries its own context line.
import { cleanText } from './text-safety';
import type { ExportArticle, ExportFlag } from './types';

export interface RowNote {
  id: string;
  category: 'flag' | 'comment';
  /** XLIFF priority 1 (highest) .. 10. */
  priority: number;
  author: string;
  text: string;
}

const PRIORITY: Record<string, number> = { critical: 1, major: 2, minor: 3 };
const DECIDED: Record<string, string> = {
  accepted: 'Accepted',
  resolved: 'Resolved',
  dismissed: 'Dismissed',
};

export function flagNoteText(flag: ExportFlag): string {
  const head = `[${flag.severity} · ${flag.category} · ${flag.type} · ${flag.status}] ${flag.author}:`;
  const lines = [`${head} ${cleanText(flag.note)}`];
  if (flag.quote) lines.push(`Quote: ${cleanText(flag.quote)}`);
  if (flag.evidence.zh || flag.evidence.en) {
    lines.push(`Evidence: ${cleanText(flag.evidence.zh ?? '')} ↔ ${cleanText(flag.evidence.en ?? '')}`);
  }
  if (flag.suggestion) lines.push(`Suggestion: ${cleanText(flag.suggestion)}`);
  if (flag.resolver && flag.status !== 'open')
    lines.push(`${DECIDED[flag.status]} by ${cleanText(flag.resolver)}`);
  if (flag.statusReason) lines.push(`Reason: ${cleanText(flag.statusReason)}`);
  return lines.join('\n');
}

/** Notes for one row: each flag on it, then each comment of that flag, in flag order. */
export function rowNotes(article: ExportArticle, position: number): RowNote[] {
  const notes: RowNote[] = [];
  const flags = article.flags.filter((f) => f.position === position).sort((a, b) => a.id - b.id);
  for (const flag of flags) {
    notes.push({
      id: `f${flag.id}`,
      category: 'flag',
      priority: PRIORITY[flag.severity] ?? 5,
      author: flag.author,
      text: flagNoteText(flag),
    });
    flag.comments.forEach((c, i) => {
      notes.push({
        id: `f${flag.id}c${i + 1}`,
        category: 'comment',
        priority: 5,
        author: c.author,
        text: `Re flag ${flag.id} — ${c.author} (${c.createdAt}): ${cleanText(c.body)}`,
      });
    });
  }
  return notes;
}

/** An NMTOKEN-safe id from any string (XLIFF ids must be NMTOKENs). */
export function nmtoken(s: string): string {
  return s.replace(/[^\p{L}\p{N}._:-]/gu, '_') || '_';
}

/**
 * A timestamp as xsd:dateTime / ISO 8601 UTC, or null when it cannot be read.
 * SQLite's CURRENT_TIMESTAMP format ('YYYY-MM-DD hh:mm:ss', no zone) is taken as UTC.
 */
export function isoUtc(value: string | null | undefined): Date | null {
  if (!value) return null;
  const s = value.trim();
  const m =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (!m) return null;
  const zone = m[8] ?? 'Z';
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}${m[7] ?? ''}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** TMX dates: YYYYMMDDThhmmssZ (TMX 1.4b, section 3.3). */
export function tmxDate(value: string | null | undefined): string | null {
  const d = isoUtc(value);
  return d ? d.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '') : null;
}
