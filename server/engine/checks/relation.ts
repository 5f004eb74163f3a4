// A relative quantity rendered with another size or the other way round: 增加近半 as "almost
// half as many", 翻两番 as "doubled", 下降三成 as "rose 30%". Relations are read on both sides
// (quantity-relations.ts); the ones that agree are paired off, and a Chinese relation left over
// beside an English one left over is the finding. A row whose English states no relation says
// nothing here: the change may be written as two levels ("from 10 to 15"), which the number
// check reads.
import type { CheckContext } from './context';
import { at, finding, snippet } from './finding';
import {
  describe,
  enRelations,
  opposite,
  type Relation,
  sameRelation,
  zhRelations,
} from './quantity-relations';
import type { CheckInput, Finding } from './types';

/** Relations of each side left without a partner that says the same change. */
export function unmatchedRelations(zh: Relation[], en: Relation[]): { zh: Relation[]; en: Relation[] } {
  const used = new Set<number>();
  const leftZh: Relation[] = [];
  for (const z of zh) {
    const k = en.findIndex((e, i) => !used.has(i) && sameRelation(z, e));
    if (k >= 0) used.add(k);
    else leftZh.push(z);
  }
  return { zh: leftZh, en: en.filter((_, i) => !used.has(i)) };
}

export function checkRelations(input: CheckInput, _ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  input.rows.forEach((row, r) => {
    if (!row.zh.trim() || !row.en.trim()) return;
    const zh = zhRelations(row.zh);
    if (zh.length === 0) return;
    const left = unmatchedRelations(zh, enRelations(row.en));
    left.zh.forEach((z, k) => {
      const e = left.en[k];
      if (!e) return;
      const reversed = opposite(z, e);
      // two digit percents going the same way are the number check's to compare
      if (!reversed && z.digits && e.digits) return;
      out.push(
        finding({
          type: 'number',
          category: 'accuracy/mistranslation',
          severity: reversed ? 'critical' : 'major',
          zh: at(r, z.start, z.end),
          en: at(r, e.start, e.end),
          evidence: { zh: snippet(row.zh, z.start, z.end, 6), en: snippet(row.en, e.start, e.end, 12) },
          message: reversed
            ? {
                en: `The English change "${e.text}" goes the other way from the Chinese "${z.text}" (${describe(z)}).`,
                zh: `英文“${e.text}”表示的变化方向与中文“${z.text}”（${describe(z)}）相反。`,
              }
            : {
                en: `The English change "${e.text}" (${describe(e)}) differs in size from the Chinese "${z.text}" (${describe(z)}).`,
                zh: `英文“${e.text}”（${describe(e)}）与中文“${z.text}”（${describe(z)}）的变化幅度不符。`,
              },
          // a reversal is plain; a size apart, with either side approximate, less so
          confidence: reversed ? 0.8 : z.approx || e.approx ? 0.6 : 0.7,
        }),
      );
    });
  });
  return out;
}
