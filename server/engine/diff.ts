import { diffChars, diffWords } from 'diff';

/** One piece of a diff; text is plain (views escape it). */
export interface DiffPart {
  op: 'eq' | 'ins' | 'del';
  text: string;
}

const zhSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;

/**
 * Word diff: English by words (jsdiff's diffWords), Chinese by Intl.Segmenter words, so a
 * changed name shows as one word rather than scattered characters.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ op: 'eq', text: before }] : [];
  const chinese = HAN.test(before) || HAN.test(after);
  const changes = chinese
    ? diffWords(before, after, { intlSegmenter: zhSegmenter })
    : diffWords(before, after);
  const parts: DiffPart[] = [];
  for (const c of changes) {
    const op = c.added ? 'ins' : c.removed ? 'del' : 'eq';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += c.value;
    else parts.push({ op, text: c.value });
  }
  return parts;
}

/** Character diff, for short strings where word boundaries mean little. */
export function charDiff(before: string, after: string): DiffPart[] {
  return diffChars(before, after).map((c) => ({
    op: c.added ? 'ins' : c.removed ? 'del' : 'eq',
    text: c.value,
  }));
}

export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((p) => p.op !== 'eq');
}

/** HTML for a diff, escaped: <ins>/<del> carry meaning beyond colour. */
export function diffToHtml(parts: DiffPart[]): string {
  return parts
    .map((p) => {
      const t = escapeHtml(p.text);
      if (p.op === 'ins') return `<ins>${t}</ins>`;
      if (p.op === 'del') return `<del>${t}</del>`;
      return t;
    })
    .join('');
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}
