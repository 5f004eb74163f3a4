import {
  computeScorecard,
  countEnglishWords,
  flagCounts,
  type ScoredFlag,
} from '../../server/engine/scorecard';

const f = (over: Partial<ScoredFlag>): ScoredFlag => ({
  origin: 'person',
  status: 'open',
  severity: 'minor',
  category: 'accuracy/mistranslation',
  ...over,
});

describe('scorecard flagCounts', () => {
  it.each([
    ['person', 'open', true],
    ['person', 'accepted', true],
    ['person', 'resolved', true],
    ['person', 'dismissed', false],
    ['check', 'open', false],
    ['check', 'accepted', true],
    ['check', 'resolved', false],
    ['check', 'dismissed', false],
  ] as const)('a %s flag that is %s counts: %s', (origin, status, expected) => {
    expect(flagCounts(f({ origin, status }))).toBe(expected);
  });
});

describe('scorecard computeScorecard', () => {
  it('weights minor 1, major 5, critical 25 per 100 words', () => {
    const card = computeScorecard(
      [f({ severity: 'minor' }), f({ severity: 'major', category: 'fluency' }), f({ severity: 'critical' })],
      1000,
    );
    expect(card.penalty).toBe(31);
    expect(card.score).toBe(96.9);
    expect(card.pass).toBe(true);
    expect(card.counted).toBe(3);
    expect(card.bySeverity).toEqual({ minor: 1, major: 1, critical: 1 });
    expect(card.byCategory['accuracy/mistranslation']).toBe(2);
    expect(card.byCategory.fluency).toBe(1);
    expect(card.byCategory.style).toBe(0);
  });

  it('fails below the threshold and floors the score at 0', () => {
    expect(computeScorecard([f({ severity: 'major' })], 100)).toMatchObject({ score: 95, pass: true });
    expect(computeScorecard([f({ severity: 'major' }), f({})], 100)).toMatchObject({
      score: 94,
      pass: false,
    });
    expect(computeScorecard([f({ severity: 'critical' })], 10)).toMatchObject({ score: 0, pass: false });
  });

  it('ignores dismissed and unconfirmed automatic flags', () => {
    const card = computeScorecard(
      [f({ status: 'dismissed', severity: 'critical' }), f({ origin: 'check', severity: 'critical' })],
      100,
    );
    expect(card).toMatchObject({ penalty: 0, score: 100, pass: true, counted: 0 });
  });

  it('takes a custom threshold and weights, and counts unknown categories', () => {
    const card = computeScorecard([f({ category: 'design' })], 100, {
      threshold: 99.5,
      weights: { minor: 2 },
    });
    expect(card).toMatchObject({ penalty: 2, score: 98, threshold: 99.5, pass: false });
    expect(card.byCategory.design).toBe(1);
  });

  it('is provisional while flags are open or accepted, whether they count or not', () => {
    const card = computeScorecard(
      [
        f({ origin: 'check', severity: 'critical' }),
        f({ origin: 'check', status: 'accepted', severity: 'major' }),
        f({ status: 'resolved', severity: 'minor' }),
        f({ status: 'dismissed', severity: 'critical' }),
      ],
      1000,
    );
    // the open automatic critical does not count towards the penalty, yet the score is not final
    expect(card).toMatchObject({ penalty: 6, pass: true, final: false, unresolvedTotal: 2 });
    expect(card.unresolved).toEqual({ critical: 1, major: 1, minor: 0 });
    expect(computeScorecard([f({ status: 'resolved' })], 100)).toMatchObject({
      final: true,
      unresolvedTotal: 0,
    });
  });

  it('treats an empty text as failed only when an error counts', () => {
    expect(computeScorecard([], 0)).toMatchObject({ score: 100, pass: true });
    expect(computeScorecard([f({})], 0)).toMatchObject({ score: 0, pass: false });
  });
});

describe('scorecard countEnglishWords', () => {
  it('counts words with inner apostrophes, hyphens and number punctuation as one', () => {
    expect(countEnglishWords("Lee Jae-myung's four-day visit cost $1,200.50 — U.S. officials said.")).toBe(9);
    expect(countEnglishWords('')).toBe(0);
  });
});
