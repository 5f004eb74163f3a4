import { at, finding } from './finding';
import type { CheckInput, Finding, GlossaryTerm } from './types';

function renderings(term: GlossaryTerm): string[] {
  return [term.en, ...(term.variants ?? [])].filter((s) => s.trim() !== '');
}

/** Where the row's English uses one of the glossary's renderings, the offset; else -1. */
export function findRendering(en: string, term: GlossaryTerm): { at: number; text: string } | null {
  const lower = en.toLowerCase();
  for (const r of renderings(term)) {
    const k = lower.indexOf(r.toLowerCase());
    if (k >= 0) return { at: k, text: en.slice(k, k + r.length) };
  }
  return null;
}

/** Glossary terms in the Chinese of a pair must appear in its English in the agreed form. */
export function checkTerminology(input: CheckInput): Finding[] {
  const glossary = input.glossary ?? [];
  if (glossary.length === 0) return [];
  const out: Finding[] = [];
  input.rows.forEach((row, r) => {
    if (!row.zh.trim() || !row.en.trim()) return;
    for (const term of glossary) {
      const k = row.zh.indexOf(term.zh);
      if (k < 0 || findRendering(row.en, term)) continue;
      out.push(
        finding({
          type: 'terminology',
          category: 'terminology',
          severity: 'minor',
          zh: at(r, k, k + term.zh.length),
          en: at(r),
          evidence: { zh: term.zh, en: row.en.length > 100 ? `${row.en.slice(0, 100)}…` : row.en },
          message: {
            en: `The glossary renders "${term.zh}" as "${term.en}", which this English does not use.`,
            zh: `术语表规定“${term.zh}”译为“${term.en}”，此处译文未采用。`,
          },
          suggestion: term.en,
        }),
      );
    }
  });
  return out;
}
