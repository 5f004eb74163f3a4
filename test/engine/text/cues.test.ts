import { loadCheckLexicons } from '../../../server/engine/checks/load-lexicons';
import {
  enHedges,
  enIntensifiers,
  enNegations,
  zhHedges,
  zhNegations,
} from '../../../server/engine/text/cues';

const lex = loadCheckLexicons();
const zhNeg = (s: string) =>
  zhNegations(s, lex.negation)
    .filter((m) => m.strong)
    .map((m) => m.cue);
const enNeg = (s: string) =>
  enNegations(s, lex.negation)
    .filter((m) => m.strong)
    .map((m) => m.cue);

describe('zhNegations', () => {
  it('finds 不, 没有, 未, 无法 and 难以 as strong negations', () => {
    expect(zhNeg('他不去')).toEqual(['不']);
    expect(zhNeg('没有完成')).toEqual(['没有']);
    expect(zhNeg('尚未完成')).toEqual(['尚未']);
    expect(zhNeg('无法确认')).toEqual(['无法']);
    expect(zhNeg('难以突破')).toEqual(['难以']);
  });

  it('does not read 不仅…而且, 不断, 不少, 非常, 未来 or 不得不 as negation', () => {
    expect(zhNeg('不仅要学习，而且要实践')).toEqual([]);
    expect(zhNeg('不断发展，不少企业非常重视未来')).toEqual([]);
    expect(zhNeg('他不得不离开')).toEqual([]);
  });

  it('cancels the negation of a rhetorical question opened by 难道', () => {
    expect(zhNeg('难道这不是事实吗？')).toEqual([]);
    expect(zhNeg('这不是事实。')).toEqual(['不']);
  });

  it('reads 并不少见 as a negation although 不少 alone is not one', () => {
    expect(zhNeg('这种现象并不少见')).toHaveLength(1);
  });

  it('marks bound forms like 不足 and 不利 as weak', () => {
    const cues = zhNegations('资金不足，条件不利', lex.negation);
    expect(cues.map((c) => c.strong)).toEqual([false, false]);
  });
});

describe('enNegations', () => {
  it("finds not, n't, never, no, cannot, fail and unlikely", () => {
    expect(enNeg("He did not go and won't return")).toEqual(['not', "n't"]);
    expect(enNeg('They cannot agree; talks are unlikely to succeed')).toEqual(['cannot', 'unlikely']);
  });

  it('does not read "not only … but also", "no doubt", "whether or not" or "No. 3" as negation', () => {
    expect(enNeg('It is not only fast but also cheap')).toEqual([]);
    expect(enNeg('No doubt it works, whether or not they like it')).toEqual([]);
    expect(enNeg('See No. 3 below')).toEqual([]);
  });

  it('keeps "or not to take" as a negation but "qualified or not." as a question', () => {
    expect(enNeg('it is wrong not to solve it or not to take action')).toEqual(['not', 'not']);
    expect(enNeg('whether the exams are qualified or not.')).toEqual([]);
  });
});

describe('hedges', () => {
  it('finds Chinese hedges and attributions', () => {
    expect(
      zhHedges('预计明年可能增长', lex.hedges)
        .filter((m) => m.strong)
        .map((m) => m.cue),
    ).toEqual(['预计', '可能']);
  });

  it('finds English hedges but not the month May', () => {
    expect(
      enHedges('It might rain in May 2020', lex.hedges)
        .filter((m) => m.strong)
        .map((m) => m.cue),
    ).toEqual(['might']);
  });

  it('finds intensifiers as phrases', () => {
    expect(
      enIntensifiers('It is highly likely and will certainly happen', lex.hedges).map((m) => m.cue),
    ).toEqual(['highly likely', 'will certainly']);
  });
});
