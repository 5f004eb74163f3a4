import type { ChunkContext } from './bead-dp';

/**
 * What the article's structure says about each unit (whole-text index), as bit flags: it opens
 * a paragraph; the boundary before it is soft (inside a quotation, after a semicolon); its
 * paragraph is a caption, byline, dateline or subheading, which keeps a row of its own.
 */
export interface ParagraphBreaks {
  zh: Uint8Array;
  en: Uint8Array;
}
export const PARAGRAPH = 1;
export const SOFT = 2;
export const ISOLATED = 4;

/** Boundaries carrying `bit` inside units [u0, u1) (the one before u0 does not count). */
function within(marks: Uint8Array, u0: number, u1: number, bit: number): number {
  let n = 0;
  for (let u = u0 + 1; u < u1; u++) if (marks[u] & bit) n++;
  return n;
}

function anyIsolated(marks: Uint8Array, u0: number, u1: number): boolean {
  for (let u = u0; u < u1; u++) if (marks[u] & ISOLATED) return true;
  return false;
}

/** One side of a bead: paragraph breaks it swallows, soft boundaries it joins; −∞ when it joins a caption (or the like) to anything else. */
function sideScore(ctx: ChunkContext, marks: Uint8Array, u0: number, u1: number): number {
  if (u1 - u0 < 2) return 0;
  const crossed = within(marks, u0, u1, PARAGRAPH);
  if (crossed > 0 && anyIsolated(marks, u0, u1)) return Number.NEGATIVE_INFINITY;
  return ctx.params.softMerge * within(marks, u0, u1, SOFT) - ctx.params.breakCross * crossed;
}

/**
 * The structure signal of a path passing cell (i, j) by a bead of a×b (chunk-relative): a
 * bonus where both sides start a paragraph there, a charge for every paragraph break the bead
 * swallows, a rebate for every soft boundary it joins, a charge when one side is a caption
 * (or byline, dateline, subheading) and the other is not; a caption is never joined with
 * another paragraph's sentence on its own side.
 */
export function breakScore(ctx: ChunkContext, i: number, j: number, a: number, b: number): number {
  const br = ctx.breaks;
  if (!br) return 0;
  const zi = ctx.mm.zh0 + i;
  const ej = ctx.mm.en0 + j;
  let s = 0;
  if (i < ctx.mm.n && j < ctx.mm.m && br.zh[zi] & PARAGRAPH && br.en[ej] & PARAGRAPH)
    s += ctx.params.breakBoth;
  s += sideScore(ctx, br.zh, zi - a, zi) + sideScore(ctx, br.en, ej - b, ej);
  if (a > 0 && b > 0 && anyIsolated(br.zh, zi - a, zi) !== anyIsolated(br.en, ej - b, ej))
    s -= ctx.params.kindMismatch;
  return s;
}
