import { checkHeadline } from '../../../server/engine/checks/headline';
import { context, rows } from './fixtures';

// The English headline against the Chinese headline alone: a body row that agrees with the
// Chinese keeps the body comparison out of the way.
const run = (zh: string, en: string) =>
  checkHeadline(
    {
      rows: rows([
        [zh, en],
        ['新华社北京电', 'Beijing, Xinhua'],
      ]),
    },
    context(),
  );
const critical = (zh: string, en: string) => run(zh, en).filter((f) => f.severity === 'critical');

describe('checkHeadline: predicates explained by the Chinese headline', () => {
  it.each([
    ['国际油价大幅上涨', 'International oil prices fall sharply', 'fall'],
    ['议会批准新预算案', 'Parliament rejects new budget', 'rejects'],
    ['两国领导人欢迎新协议', 'Leaders of both countries condemn new agreement', 'condemn'],
    ['出口增加', 'Exports decrease', 'decrease'],
  ])('flags an antonym of what the Chinese headline says: %s → %s', (zh, en, word) => {
    const [f] = critical(zh, en);
    expect(f).toBeDefined();
    expect(f.evidence.en).toMatch(new RegExp(word, 'i'));
    expect(f.zh).not.toBeNull();
  });

  it('flags an event that opens in the Chinese and is called off in the English', () => {
    const [f] = critical(
      '第十届国际电影节在上海开幕',
      'Tenth international film festival in Shanghai called off',
    );
    expect(f?.evidence.en).toBe('called off');
    expect(f?.message.en).toMatch(/cancellation or refusal/);
  });

  it('flags an affirmative turned into a refusal', () => {
    const [f] = critical('政府同意提高最低工资', 'Government refuses to raise minimum wage');
    expect(f).toBeDefined();
  });

  it.each([
    ['国际油价大幅上涨', 'International oil prices rise sharply'],
    ['电影节因疫情取消', 'Film festival cancelled because of the epidemic'],
    ['议会否决新预算案', 'Parliament rejects new budget'],
    ['两国领导人欢迎新协议', 'Leaders of both countries welcome new agreement'],
  ])('stays silent when the Chinese headline says it too: %s', (zh, en) => {
    expect(critical(zh, en)).toEqual([]);
  });
});
