// Tokens for the search index. FTS5's word tokenizer (unicode61) finds English and other
// space-separated words, but Chinese has no spaces: each run of CJK characters is indexed as
// its single characters and its adjacent pairs, so a one- or two-character query (经济, 华) is
// one token and a longer one is a few pairs that must all be present.

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/** The text with each CJK run replaced by its characters and adjacent pairs, space-separated. */
export function searchGrams(text: string): string {
  return text.replace(CJK_RUN, (run) => {
    const chars = [...run];
    const out = [...chars];
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    return ` ${out.join(' ')} `;
  });
}

/** Pairs that cover a CJK run end to end: (1,2) (3,4) … and the last pair; a short run whole. */
function coveringPairs(run: string): string[] {
  const chars = [...run];
  if (chars.length <= 2) return [run];
  const starts = new Set<number>();
  for (let i = 0; i + 2 <= chars.length; i += 2) starts.add(i);
  starts.add(chars.length - 2);
  return [...starts].map((i) => chars[i] + chars[i + 1]);
}

/**
 * The FTS5 query for `q`: its CJK runs as covering pairs, its other words as whole words, all
 * required; null when nothing in it is indexable (punctuation only). No prefix queries: FTS5
 * reads a prefix's every matching row before the first result, a whole word only as far as the
 * page and the count need. The index keeps no positions, so a candidate row must be checked
 * for `q` as a substring unless `exact`: `q` is one token, and a row with it contains `q`.
 */
export function searchQuery(q: string): { match: string; exact: boolean } | null {
  const parts: string[] = [];
  for (const m of q.matchAll(CJK_RUN)) for (const pair of coveringPairs(m[0])) parts.push(`"${pair}"`);
  const words = q.replace(CJK_RUN, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const w of words) parts.push(`"${w}"`);
  if (parts.length === 0) return null;
  const oneToken = parts.length === 1 && (q === words[0] || (words.length === 0 && parts[0] === `"${q}"`));
  // A query of several tokens is checked row by row anyway, so its function words need not be
  // asked of the index: "the" is in nearly every English row, and walking its entries to meet
  // the other words' costs more than the few extra candidates it would have ruled out.
  const selective = oneToken ? parts : parts.filter((p) => !FUNCTION_WORDS.has(p.slice(1, -1).toLowerCase()));
  return { match: [...new Set(selective.length > 0 ? selective : parts)].join(' AND '), exact: oneToken };
}

/** English closed-class words frequent enough to be in most rows. */
const FUNCTION_WORDS = new Set(
  'a an the of to in on at by for with from and or but as is are was were be been it its that this'.split(
    ' ',
  ),
);
