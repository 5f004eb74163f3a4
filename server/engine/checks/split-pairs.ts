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

export function pairView(input: CheckInput): PairView {
  const rows: CheckRow[] = [];
  const zhRow: number[] = [];
  const enRow: number[] = [];
  const src = input.rows;
  let i = 0;
  while (i < src.length) {
    const a = src[i];
    const b = src[i + 1];
    const zhFirst = oneSided(a, 'zh') && oneSided(b, 'en');
    const enFirst = oneSided(a, 'en') && oneSided(b, 'zh');
    if ((zhFirst || enFirst) && b) {
      const z = zhFirst ? a : b;
      const e = zhFirst ? b : a;
      rows.push({ ...z, en: e.en, enParagraph: e.enParagraph, enOffset: e.enOffset, kind: a.kind });
      zhRow.push(zhFirst ? i : i + 1);
      enRow.push(zhFirst ? i + 1 : i);
      i += 2;
    } else {
      rows.push(a);
      zhRow.push(i);
      enRow.push(i);
      i++;
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
