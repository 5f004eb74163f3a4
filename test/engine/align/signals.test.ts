import { DEFAULT_PARAMS, preparePair } from '../../../server/engine/align';
import { pinyinName } from '../../../server/engine/align/align-tokens';
import { beadEvidence, type ChunkContext } from '../../../server/engine/align/bead-dp';
import { buildMatchMatrix } from '../../../server/engine/align/match-matrix';
import { chineseNumberValue } from '../../../server/engine/align/zh-numbers';
import { realLexicon } from '../lexicon/real-lexicon';

const lex = realLexicon();

/** Evidence for every 1–1 pair of a small text: matched[i][j] and length deltas. */
function evidence(zh: string[], en: string[]) {
  const prep = preparePair(zh, en, lex);
  const ctx: ChunkContext = {
    f: prep.f,
    mm: buildMatchMatrix(prep.f, 0, zh.length, 0, en.length),
    params: DEFAULT_PARAMS,
    ratio: prep.ratio,
    chance: prep.chance,
  };
  const at = (i: number, j: number) => beadEvidence(ctx, i, i + 1, j, j + 1);
  return { at, ctx, prep };
}

describe('bead evidence signals', () => {
  it('lexical: dictionary glosses link a sentence to its translation, not to a neighbour', () => {
    const { at } = evidence(
      ['医生走进医院。', '农民在田里种米。'],
      ['The doctor walks into the hospital.', 'The farmer plants rice in the field.'],
    );
    expect(at(0, 0).matched).toBeGreaterThan(3 * at(0, 1).matched);
    expect(at(1, 1).matched).toBeGreaterThan(3 * at(1, 0).matched);
  });

  it('numbers: digits and Chinese numerals meet by value', () => {
    expect(chineseNumberValue('三千')).toBe(3000);
    expect(chineseNumberValue('两万三千')).toBe(23000);
    expect(chineseNumberValue('十五')).toBe(15);
    expect(chineseNumberValue('一百零八')).toBe(108);
    expect(chineseNumberValue('3万')).toBeNull();
    const { at } = evidence(['他买了三千本。', '他卖了1998本。'], ['He sold 1,998.', 'He bought 3,000.']);
    expect(at(0, 1).matched).toBeGreaterThan(at(0, 0).matched);
    expect(at(1, 0).matched).toBeGreaterThan(at(1, 1).matched);
  });

  it('names: an English name spelled in pinyin meets the characters that read so', () => {
    expect(pinyinName('Qingyang', lex)).toBe('qingyang');
    expect(pinyinName('Xi-feng', lex)).toBe('xifeng');
    expect(pinyinName('Trinket', lex)).toBeNull();
    const { at } = evidence(
      ['陈清扬把我拽住。', '我没有走。'],
      ['I did not leave.', 'Then Qingyang caught me.'],
    );
    expect(at(0, 1).matched).toBeGreaterThan(at(0, 0).matched);
  });

  it('punctuation: a question meets a question, quoted speech meets quoted speech', () => {
    const { at } = evidence(['他来了吗？', '他来了。'], ['He came.', 'Did he come?']);
    expect(at(0, 1).matched).toBeGreaterThan(at(0, 0).matched);
    expect(at(1, 0).matched).toBeGreaterThan(at(1, 1).matched);
  });

  it('latin tokens in Chinese text meet the same word in English', () => {
    const { at } = evidence(['他们用了GPS。', '他们走了。'], ['They left.', 'They used GPS.']);
    expect(at(0, 1).matched).toBeGreaterThan(at(0, 0).matched);
  });

  it('length: proportional lengths give a small delta, mismatched ones a large one', () => {
    const { at, prep } = evidence(
      ['好。', '这件事情村里的老人们到今天还常常说起。'],
      ['Good.', 'The old people in the village still often talk about this matter today.'],
    );
    expect(prep.ratio).toBeGreaterThan(2);
    expect(Math.abs(at(1, 1).delta)).toBeLessThan(1.5);
    expect(Math.abs(at(0, 1).delta)).toBeGreaterThan(3);
  });

  it('chance: each unit has a non-negative chance level, zero when nothing matches it anywhere', () => {
    const { prep } = evidence(['我说。', '我说了。', '龙卷风。'], ['I said.', 'I said so.', 'Xyzzy.']);
    for (const c of [...prep.chance.zh, ...prep.chance.en]) expect(c).toBeGreaterThanOrEqual(0);
    expect(prep.chance.en[0]).toBeGreaterThan(0);
    expect(prep.chance.en[2]).toBe(0);
  });
});
