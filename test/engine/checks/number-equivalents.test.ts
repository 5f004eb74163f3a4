// Chinese number forms English says another way: each stays silent, and a real change
// of the same value next to it is still caught.
import { checkNumbers } from '../../../server/engine/checks/number';
import { context, pair } from './fixtures';

const run = (zh: string, en: string) => checkNumbers({ rows: pair(zh, en) }, context());

describe('number forms with an English equivalent', () => {
  it.each([
    // two neighbouring digits are a range: 四五 is "four or five", not 45
    ['路面裂开四五厘米。', 'The road cracked 4-5 cm wide.'],
    ['他走了五六百米。', 'He walked about 500 meters.'],
    ['约有三四十万人参加。', 'Some 300,000 to 400,000 people took part.'],
    // 成 is tenths after Arabic digits too
    ['6成用户是男性。', '60% of the users are men.'],
    // 90后 is the generation born in the 1990s
    ['中国有1.74亿“90后”。', 'China has 174 million people born in the 1990s.'],
    // the minutes of "8:00" are no number
    [
      '预计25日8时至26日8时有暴雨。',
      'Rainstorms are expected from 8:00 am on the 25th to 8:00 am the next day.',
    ],
    // English datelines add the year and the month the Chinese leaves implicit
    [
      '新华社巴西利亚7月25日电 巴西总统25日宣布检测结果为阴性。',
      'Brasilia, July 25, 2020 (Xinhua) The Brazilian president announced a negative test.',
    ],
    ['重庆25日8时至26日8时出现暴雨。', 'Chongqing saw rainstorms from 8 am on July 25 to 8 am the next day.'],
    // a unit conversion the English adds in parentheses
    [
      '一天能喷施6000多亩耕地，是人工的数百倍。',
      'It can spray over 6,000 mu (400 hectares) of farmland a day, hundreds of times more than by hand.',
    ],
    // 半年 is six months
    [
      '协议在1月15日签署，双方每半年举行一次会谈。',
      'The deal was signed on Jan 15, and talks are held every six months.',
    ],
  ])('stays silent on %s ↔ "%s"', (zh, en) => {
    expect(run(zh, en)).toEqual([]);
  });

  it.each([
    ['路面裂开四五厘米。', 'The road cracked 45 cm wide.', '45'],
    ['6成用户是男性。', '70% of the users are men.', '70'],
    ['中国有1.74亿“90后”。', 'China has 174 million people born in the 1980s.', '1980s'],
    ['预计25日8时起有暴雨。', 'Rainstorms are expected from 9:00 am on the 25th.', '9'],
    ['巴西总统2019年7月25日宣布。', 'On July 25, 2020, the Brazilian president announced it.', '2020'],
    [
      '巴西总统25日宣布检测结果为阴性。',
      'On July 26, the Brazilian president announced a negative test.',
      '26',
    ],
    [
      '一天能喷施6000多亩耕地，是人工的数百倍。',
      'It can spray over 6,000 mu of farmland a day, which is (400 times) that of manual work.',
      '400',
    ],
    ['长江第3号洪水26日在上游形成。', 'The No. 3 flood formed in the upper reaches on July 6th.', '6th'],
  ])('still flags %s ↔ "%s" (%s)', (zh, en, value) => {
    const found = run(zh, en);
    expect(found.map((f) => f.message.en).join(' ')).toContain(`English number ${value} `);
  });
});
