import { alignSentences } from '../../../server/engine/align';
import { realLexicon } from '../lexicon/real-lexicon';
import { FRAME_AFTER, FRAME_BEFORE, MORE_PAIRS, REGIONS, story } from './story';

const lex = realLexicon();
const show = (b: { zh: number[]; en: number[] }) => `[${b.zh.join(',')}]:[${b.en.join(',')}]`;

function expected(shape: string): string[] {
  const [a, b] = shape.split('-').map(Number);
  const k = FRAME_BEFORE.length;
  const out: string[] = [];
  for (let i = 0; i < k; i++) out.push(`[${i}]:[${i}]`);
  const range = (from: number, n: number) => Array.from({ length: n }, (_, x) => from + x).join(',');
  out.push(`[${range(k, a)}]:[${range(k, b)}]`);
  for (let i = 0; i < FRAME_AFTER.length; i++) out.push(`[${k + a + i}]:[${k + b + i}]`);
  return out;
}

describe('alignSentences (bead DP)', () => {
  it.each(Object.keys(REGIONS))('finds a %s bead where the translation has one', (shape) => {
    const { zh, en } = story(shape);
    const beads = alignSentences(zh, en, lex);
    expect(beads.map(show)).toEqual(expected(shape));
  });

  it('gives every bead a confidence in [0, 1], lower for a deletion than for a clean pair', () => {
    const { zh, en } = story('1-0');
    const beads = alignSentences(zh, en, lex);
    for (const b of beads) {
      expect(b.confidence).toBeGreaterThanOrEqual(0);
      expect(b.confidence).toBeLessThanOrEqual(1);
    }
    const deletion = beads.find((b) => b.en.length === 0);
    expect(deletion).toBeDefined();
    expect(deletion!.confidence).toBeLessThan(
      Math.min(...beads.filter((b) => b.en.length > 0).map((b) => b.confidence)),
    );
  });

  it('covers both sides exactly once when one side is empty', () => {
    expect(alignSentences(['一。', '二。'], [], lex).map(show)).toEqual(['[0]:[]', '[1]:[]']);
    expect(alignSentences([], ['One.'], lex).map(show)).toEqual(['[]:[0]']);
    expect(alignSentences([], [], lex)).toEqual([]);
  });

  it('gives the same result when a long text is cut at anchors (two-pass search)', () => {
    const zh: string[] = [];
    const en: string[] = [];
    const pairs = [...FRAME_BEFORE, ...MORE_PAIRS, ...FRAME_AFTER];
    pairs.forEach(([z, e], k) => {
      zh.push(z);
      en.push(e);
      const shape = ['1-2', '2-1', '1-3', '1-1'][k % 4];
      if (k % 3 === 1) {
        zh.push(...REGIONS[shape][0]);
        en.push(...REGIONS[shape][1]);
      }
    });
    const whole = alignSentences(zh, en, lex).map(show);
    const chunked = alignSentences(zh, en, lex, { maxCells: 150 }).map(show);
    expect(chunked).toEqual(whole);
  });
});
