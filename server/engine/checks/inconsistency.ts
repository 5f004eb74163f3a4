import type { Lexicon } from '../lexicon/types';
import type { CheckContext } from './context';
import { segment } from './coverage';
import { at, finding } from './finding';
import { findRendering } from './terminology';
import type { CheckInput, Finding, GlossaryTerm } from './types';

interface Use {
  row: number;
  zhAt: number;
  rendering: string;
  enAt: number;
}

/** Glossary terms and dictionary proper nouns of the article, each with its candidate renderings. */
function termsOf(input: CheckInput, dict: Lexicon | undefined): GlossaryTerm[] {
  const terms = new Map<string, GlossaryTerm>();
  for (const g of input.glossary ?? []) terms.set(g.zh, g);
  if (dict) {
    for (const row of input.rows) {
      for (const t of segment(dict, row.zh)) {
        if (t.text.length < 2 || terms.has(t.text) || !dict.isProperNoun(t.text)) continue;
        const names = dict.englishNames(t.text);
        if (names.length >= 2) terms.set(t.text, { zh: t.text, en: names[0], variants: names.slice(1) });
      }
    }
  }
  return [...terms.values()];
}

/**
 * The same Chinese name or term rendered two ways in one article (公安部 as "Ministry of Public
 * Security" here and "Gonganbu" there). The rendering the article uses most is taken as its
 * own; the other rows are flagged.
 */
export function checkInconsistency(input: CheckInput, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const term of termsOf(input, ctx.dictionary)) {
    const uses: Use[] = [];
    input.rows.forEach((row, r) => {
      const zhAt = row.zh.indexOf(term.zh);
      if (zhAt < 0) return;
      // the longest rendering present wins: "Ministry of Public Security" over "Security"
      const options = [term.en, ...(term.variants ?? [])].sort((a, b) => b.length - a.length);
      for (const o of options) {
        const hit = findRendering(row.en, { zh: term.zh, en: o });
        if (hit) {
          uses.push({ row: r, zhAt, rendering: o.toLowerCase(), enAt: hit.at });
          break;
        }
      }
    });
    const counts = new Map<string, number>();
    for (const u of uses) counts.set(u.rendering, (counts.get(u.rendering) ?? 0) + 1);
    if (counts.size < 2) continue;
    const [main] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    const mainText = [term.en, ...(term.variants ?? [])].find((x) => x.toLowerCase() === main) ?? main;
    for (const u of uses) {
      if (u.rendering === main || main.includes(u.rendering) || u.rendering.includes(main)) continue;
      const used = input.rows[u.row].en.slice(u.enAt, u.enAt + u.rendering.length);
      out.push(
        finding({
          type: 'inconsistency',
          category: 'terminology',
          severity: 'minor',
          zh: at(u.row, u.zhAt, u.zhAt + term.zh.length),
          en: at(u.row, u.enAt, u.enAt + u.rendering.length),
          evidence: { zh: term.zh, en: used },
          message: {
            en: `"${term.zh}" is rendered as "${used}" here but as "${mainText}" elsewhere in the article.`,
            zh: `“${term.zh}”在此译为“${used}”，而文中其他地方译为“${mainText}”。`,
          },
          suggestion: mainText,
        }),
      );
    }
  }
  return out;
}
