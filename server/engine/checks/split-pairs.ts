import type { CheckInput, CheckRow, Finding, FindingLocation } from './types';

/**
 * Rows as the pair checks should see them. An aligner sometimes leaves one pair as a
 * Chinese-only row next to an English-only row; comparing numbers, polarity or names needs
 * both halves together, so such neighbours are joined here. Findings are mapped back to the
 * real rows: each side keeps its own row.
 */
export interface PairView {
  input: CheckInput;
  zhRow: number[];
  enRow: number[];
}

const oneSided = (r: CheckRow | undefined, side: 'zh' | 'en') =>
  r !== undefined && r[side].trim() !== '' && r[side === 'zh' ? 'en' : 'zh'].trim() === '';

/**
 * Partners of one-sided rows: a block of k Chinese-only rows next to a block of k English-only
 * rows (either order) is read as k pairs in order. Returns, per row, its partner's index or -1.
 */
export function splitPartners(rows: readonly CheckRow[]): number[] {
  const partner = rows.map(() => -1);
  let i = 0;
  while (i < rows.length) {
    const first: 'zh' | 'en' | null = oneSided(rows[i], 'zh') ? 'zh' : oneSided(rows[i], 'en') ? 'en' : null;
    if (!first) {
      i++;
      continue;
    }
    const second = first === 'zh' ? 'en' : 'zh';
    let j = i;
    while (oneSided(rows[j], first)) j++;
    let k = j;
    while (oneSided(rows[k], second)) k++;
    const n = Math.min(j - i, k - j);
    // pair the blocks where they meet: the last n of the first with the first n of the second
    for (let t = 0; t < n; t++) {
      partner[j - n + t] = j + t;
      partner[j + t] = j - n + t;
    }
    i = Math.max(j, k);
  }
  return partner;
}

export function pairView(input: CheckInput): PairView {
  const rows: CheckRow[] = [];
  const zhRow: number[] = [];
  const enRow: number[] = [];
  const src = input.rows;
  const partner = splitPartners(src);
  const done = new Set<number>();
  for (let i = 0; i < src.length; i++) {
    if (done.has(i)) continue;
    const p = partner[i];
    if (p > i) {
      const zhFirst = oneSided(src[i], 'zh');
      const z = zhFirst ? src[i] : src[p];
      const e = zhFirst ? src[p] : src[i];
      rows.push({ ...z, en: e.en, enParagraph: e.enParagraph, enOffset: e.enOffset, kind: src[i].kind });
      zhRow.push(zhFirst ? i : p);
      enRow.push(zhFirst ? p : i);
      done.add(p);
    } else {
      rows.push(src[i]);
      zhRow.push(i);
      enRow.push(i);
    }
  }
  return { input: { ...input, rows }, zhRow, enRow };
}

function move(loc: FindingLocation | null | undefined, map: number[]): FindingLocation | null {
  return loc ? { ...loc, row: map[loc.row] ?? loc.row } : null;
}

/** A finding on the view, located on the real rows. */
export function fromView(f: Finding, view: PairView): Finding {
  const out: Finding = { ...f, zh: move(f.zh, view.zhRow), en: move(f.en, view.enRow) };
  if (f.related) out.related = move(f.related, view.enRow);
  return out;
}

/**
 * The other side of a run of one-sided rows around row `r`: an aligner may leave one
 * paragraph as several Chinese-only rows (its clauses) beside one English-only row, in
 * any order; the checks then read the run's English (or Chinese) as this row's partner.
 */
export function oneSidedRun(rows: readonly CheckRow[], r: number): number[] {
  const side = oneSided(rows[r], 'zh') ? 'zh' : oneSided(rows[r], 'en') ? 'en' : null;
  if (!side) return [];
  const inRun = (k: number) => oneSided(rows[k], 'zh') || oneSided(rows[k], 'en');
  let a = r;
  while (a > 0 && inRun(a - 1)) a--;
  let b = r;
  while (b + 1 < rows.length && inRun(b + 1)) b++;
  const other = side === 'zh' ? 'en' : 'zh';
  const out: number[] = [];
  for (let k = a; k <= b; k++) if (oneSided(rows[k], other)) out.push(k);
  return out;
}
