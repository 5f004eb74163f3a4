import { textToParagraphs } from '../../../scripts/cli/align';
import {
  ARTICLE_PARAMS,
  createArticleAligner,
  DEFAULT_PARAMS,
  preparePair,
  sideText,
} from '../../../server/engine/align';
import { type ChunkContext, fastScore } from '../../../server/engine/align/bead-dp';
import { buildMatchMatrix } from '../../../server/engine/align/match-matrix';
import { memberPenalty } from '../../../server/engine/align/members';
import { realLexicon } from '../lexicon/real-lexicon';

// An editor's rendering of a news article drops or adds whole sentences. Such a sentence must
// show as a row against an empty cell, not ride along in a neighbour's 2–1 / 1–2 row.
const lex = realLexicon();
const align = createArticleAligner(lex);
const HEADLINE_ZH = '韩国总统访华';
const HEADLINE_EN = 'Korean president visits China';

/** Rows of an article (headline line first, blank lines between paragraphs) as "zh | en". */
function rowsOf(zhBody: string, enBody: string): string[] {
  const zh = textToParagraphs(`${HEADLINE_ZH}\n\n${zhBody}`, 'zh');
  const en = textToParagraphs(`${HEADLINE_EN}\n\n${enBody}`, 'en');
  return align(zh, en).rows.map((r) => `${sideText(zh, r.zh)} | ${sideText(en, r.en)}`.trim());
}

describe('omitted and added sentences in a news article', () => {
  it('leaves each dropped paragraph alone instead of merging it into the row before', () => {
    const rows = rowsOf(
      '李在明星期天抵达北京。\n\n首尔股市今天下跌百分之五。\n\n气象台预报明天有雨。',
      'Lee Jae-myung arrived in Beijing on Sunday.',
    );
    expect(rows).toEqual([
      `${HEADLINE_ZH} | ${HEADLINE_EN}`,
      '李在明星期天抵达北京。 | Lee Jae-myung arrived in Beijing on Sunday.',
      '首尔股市今天下跌百分之五。 |',
      '气象台预报明天有雨。 |',
    ]);
  });

  it('shows a sentence dropped from the middle of a paragraph as its own row', () => {
    const rows = rowsOf(
      '李在明星期天抵达北京。首尔股市今天下跌百分之五。他将与中国领导人会谈。',
      'Lee Jae-myung arrived in Beijing on Sunday. He will hold talks with Chinese leaders.',
    );
    expect(rows.slice(1)).toEqual([
      '李在明星期天抵达北京。 | Lee Jae-myung arrived in Beijing on Sunday.',
      '首尔股市今天下跌百分之五。 |',
      '他将与中国领导人会谈。 | He will hold talks with Chinese leaders.',
    ]);
  });

  it('shows an added English sentence about something else as its own row, in a paragraph and as one', () => {
    const added = 'The weather in London was cold and wet all week.';
    const expected = [
      `${HEADLINE_ZH} | ${HEADLINE_EN}`,
      '李在明星期天抵达北京。 | Lee Jae-myung arrived in Beijing on Sunday.',
      `| ${added}`,
      '他将与中国领导人会谈。 | He will hold talks with Chinese leaders.',
    ];
    const inParagraph = rowsOf(
      '李在明星期天抵达北京。他将与中国领导人会谈。',
      `Lee Jae-myung arrived in Beijing on Sunday. ${added} He will hold talks with Chinese leaders.`,
    );
    expect(inParagraph).toEqual(expected);
    const asParagraph = rowsOf(
      '李在明星期天抵达北京。\n\n他将与中国领导人会谈。',
      `Lee Jae-myung arrived in Beijing on Sunday.\n\n${added}\n\nHe will hold talks with Chinese leaders.`,
    );
    expect(asParagraph).toEqual(expected);
  });

  it('keeps a long sentence rendered as two English sentences, each translating part of it, in one row', () => {
    const rows = rowsOf(
      '李在明星期天抵达北京，他将与中国领导人会谈，讨论贸易和安全问题。',
      'Lee Jae-myung arrived in Beijing on Sunday. He will hold talks with Chinese leaders on trade and security.',
    );
    expect(rows.slice(1)).toEqual([
      '李在明星期天抵达北京，他将与中国领导人会谈，讨论贸易和安全问题。 | Lee Jae-myung arrived in Beijing on Sunday. He will hold talks with Chinese leaders on trade and security.',
    ]);
  });

  it('keeps two sentences joined into one English sentence in one row', () => {
    const rows = rowsOf(
      '李在明星期天抵达北京。他将与中国领导人会谈。',
      'Lee Jae-myung arrived in Beijing on Sunday and will hold talks with Chinese leaders.',
    );
    expect(rows).toHaveLength(2);
  });
});

describe('memberPenalty', () => {
  // zh 0 + zh 1 against en 0 has a silent member; zh 2 against en 0 + en 1 is a true 1–2
  const zh = [
    '李在明星期天抵达北京。',
    '首尔股市今天下跌百分之五。',
    '李在明星期天抵达北京，他将与中国领导人会谈。',
  ];
  const en = ['Lee Jae-myung arrived in Beijing on Sunday.', 'He will hold talks with Chinese leaders.'];
  const prep = preparePair(zh, en, lex);
  const context = (params = ARTICLE_PARAMS): ChunkContext => ({
    f: prep.f,
    mm: buildMatchMatrix(prep.f, 0, zh.length, 0, en.length),
    params,
    ratio: prep.ratio,
    chance: prep.chance,
  });
  const lengths = (i0: number, i1: number, j0: number, j1: number) => {
    let lz = 0;
    let le = 0;
    for (let i = i0; i < i1; i++) lz += prep.f.zh.lengths[i];
    for (let j = j0; j < j1; j++) le += prep.f.en.lengths[j];
    const d = le - prep.ratio * lz;
    return { lz, le, d2: (d * d) / (ARTICLE_PARAMS.lengthVariance * ((prep.ratio * lz + le) / 2) + 1) };
  };

  it('charges a member of which nothing is translated, when the rest fits without it', () => {
    const { lz, le, d2 } = lengths(0, 2, 0, 1);
    expect(memberPenalty(context(), 0, 2, 0, 1, lz, le, d2)).toBeGreaterThan(2);
  });

  it('charges nothing when every member carries matched content', () => {
    const { lz, le, d2 } = lengths(2, 3, 0, 2);
    expect(memberPenalty(context(), 2, 3, 0, 2, lz, le, d2)).toBe(0);
  });

  it('is off in the literary calibration of presplit text', () => {
    expect(DEFAULT_PARAMS.orphan).toBe(0);
    const silent = fastScore(context(), 0, 2, 0, 1);
    expect(fastScore(context({ ...ARTICLE_PARAMS, orphan: 0 }), 0, 2, 0, 1)).toBeGreaterThan(silent + 2);
  });
});
