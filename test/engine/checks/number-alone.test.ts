import { checkNumbers } from '../../../server/engine/checks/number';
import { type CheckRow, POSSIBLE_BELOW } from '../../../server/engine/checks/types';
import { extractEnNumbers, extractZhNumbers } from '../../../server/engine/text/numbers';
import { context, pair } from './fixtures';

const run = (zh: string, en: string) => checkNumbers({ rows: pair(zh, en) }, context());
const lex = () => context().lexicons.numbers;

describe('a figure on one side only', () => {
  it('flags a digit-written Chinese figure the English drops', () => {
    const [f] = run(
      '你可以把地球放在离黑洞30公里外的轨道上',
      'You can put the Earth in orbit far away from the black hole',
    );
    expect(f).toMatchObject({ type: 'number', category: 'accuracy/omission' });
    expect(f.zh).toMatchObject({ start: 11, end: 13 });
    expect(f.message.en).toMatch(/30/);
  });

  it('flags an English figure the Chinese does not have, as possible only (translators add figures)', () => {
    const [f] = run('他辞掉北京的工作返乡创业', 'He quit his job in Beijing, paid 8,000 yuan, and went home');
    expect(f).toMatchObject({ type: 'number', category: 'accuracy/addition' });
    expect(f.message.en).toMatch(/8,000/);
    expect(f.confidence).toBeLessThan(POSSIBLE_BELOW);
    const [dropped] = run('离黑洞30公里', 'far from the black hole');
    expect(dropped.confidence).toBeGreaterThanOrEqual(POSSIBLE_BELOW);
  });

  it.each([
    ['截至7月25日24时，累计报告病例69例', 'By midnight on July 25, 69 cases had been reported'],
    ['今天12时，水位超警戒', 'at noon today the water level exceeded the warning mark'],
    ['每天喝1.5升至2升水', 'drinks 1.5-2L of water per day'],
    ['月薪上万的工作', 'a job with a salary over 10,000 yuan'],
    ['抬高了大概半米', 'raising it by about 0.5 meters'],
    ['过去10年中最好的时间', 'the best time in the past decade'],
    ['新“基民”同比增长1倍多', 'the number of new fund holders has more than doubled'],
    ['武直卡-52于2011年11月正式列装', 'the Ka-52 was commissioned in November 2011'],
    ['布展到凌晨四点半', 'I was busy until 4:30 a.m.'],
    ['住院0例', 'none was hospitalized'],
    ['50万至上百万个部分', 'half a million to a million parts'],
    ['两百五十万个部分', 'two and a half million parts'],
  ])('stays silent on %s rendered as "%s"', (zh, en) => {
    expect(run(zh, en)).toEqual([]);
  });

  it('looks for the figure in the rest of the paragraph before calling it added', () => {
    const en = 'Livelihoods are secure, and grain output has stayed above 1.3 trillion jin for 7 years.';
    const body = (zh: string, e: string, p: number, k: number): CheckRow => ({
      kind: 'body',
      zh,
      en: e,
      zhParagraph: p,
      enParagraph: p,
      zhOffset: k,
      enOffset: 0,
    });
    const split = [
      body('民生保障有力有效；', en, 1, 0),
      body('就业规模持续扩大；', '', 1, 9),
      body('全年粮食连续7年保持在1.3万亿斤以上。', '', 1, 18),
    ];
    expect(checkNumbers({ rows: split }, context())).toEqual([]);
    const apart = [
      split[0],
      body('就业规模持续扩大。', '', 2, 0),
      body('全年粮食连续7年保持在1.3万亿斤以上。', '', 3, 0),
    ];
    expect(checkNumbers({ rows: apart }, context()).map((f) => f.category)).toEqual([
      'accuracy/addition',
      'accuracy/addition',
    ]);
  });
});

describe('number reading fixed for the one-sided check', () => {
  it('reads a comma without three digits after it as two numbers ([1,1] is no 11)', () => {
    expect(extractZhNumbers('[1,1] 的输入等于0输出', lex()).map((m) => m.value)).toEqual([1, 1, 0]);
    expect(extractZhNumbers('累计16,048,100例', lex()).map((m) => m.value)).toEqual([16048100]);
  });

  it('reads "two and a half million" and "half a million"', () => {
    expect(extractEnNumbers('two and a half million parts', lex()).map((m) => m.value)).toEqual([2500000]);
    expect(extractEnNumbers('half a million to a million', lex()).map((m) => m.value)).toEqual([
      500000, 1000000,
    ]);
  });

  it('no longer flags [1,1] against "[1, 1]"', () => {
    expect(
      run('看左面，[1,1] 的输入等于0输出', 'On the left, the input of [1, 1] is equal to 0 output'),
    ).toEqual([]);
  });
});
