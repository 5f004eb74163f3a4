import { checkNumbers } from '../../../server/engine/checks/number';
import { context, pair } from './fixtures';

const run = (zh: string, en: string) => checkNumbers({ rows: pair(zh, en) }, context());

describe('checkNumbers', () => {
  it('flags a changed quantity with both spans and the expected value', () => {
    const [f] = run('共有５所学校参加', 'A total of 6 schools took part');
    expect(f).toMatchObject({
      type: 'number',
      severity: 'major',
      category: 'accuracy/mistranslation',
      suggestion: '5',
    });
    expect(f.en).toEqual({ row: 1, start: 11, end: 12 });
    expect(f.zh).toEqual({ row: 1, start: 2, end: 3 });
    expect(f.message.en).toMatch(/6/);
    expect(f.message.zh).toMatch(/５/);
  });

  it('flags 90亿 rendered as "900 million" as a critical scale error', () => {
    const [f] = run('投资90亿美元', 'an investment of 900 million US dollars');
    expect(f.severity).toBe('critical');
    expect(f.suggestion).toBe('9,000,000,000');
  });

  it('flags a wrong year and a wrong date', () => {
    expect(run('2022年将举行', 'will be held in 2020')).toHaveLength(1);
    expect(run('5月20日电', 'on May 21')).toHaveLength(1);
  });

  it.each([
    ['一万人参加', 'ten thousand people took part'],
    ['一万人参加', '10,000 people took part'],
    ['1.2万人', '12,000 people'],
    ['3.5亿元', '350 million yuan'],
    ['二百多名企业家', 'over 200 entrepreneurs'],
    ['十多万人', 'more than 100,000 people'],
    ['百分之五', '5 percent'],
    ['三成', '30%'],
    ['1月4日开始为期四天的访问', 'began a four-day visit on January 4'],
    ['第二次会见', 'the second meeting'],
    ['２０１６年“六一”', 'the 2016 “Children’s Day”'],
    ['十四五规划', 'the 14th Five-Year Plan'],
    ['一个国家', 'a country'],
    ['两岸关系', 'cross-Strait relations'],
    ['新冠疫情', 'the COVID-19 epidemic'],
  ])('stays silent on %s rendered as "%s"', (zh, en) => {
    expect(run(zh, en)).toEqual([]);
  });

  it('stays silent when a side is empty (omission and addition speak there)', () => {
    expect(run('共有５所学校', '')).toEqual([]);
  });
});

describe('checkNumbers with counted words', () => {
  it('flags "1000 years" where the Chinese says 百年', () => {
    const [f] = run('从党的百年奋斗史中汲取力量', 'Draw energy from the 1000 years of struggle of the Party');
    expect(f).toMatchObject({ type: 'number', suggestion: '100' });
  });

  it('accepts "one hundred years" for 百年', () => {
    expect(run('从党的百年奋斗史中汲取力量', 'Draw energy from the one hundred years of struggle')).toEqual(
      [],
    );
  });
});

describe('checkNumbers with units written onto the digits', () => {
  it('flags 725公里 rendered as 425km and stays silent on 725km', () => {
    const zh = '连接两国长达725公里的通道将为出行提供便利。';
    const one = (en: string) => checkNumbers({ rows: pair(zh, en) }, context());
    expect(one('The 425km passage connecting the two countries will make travel easier.')).toHaveLength(1);
    expect(one('The 725km passage connecting the two countries will make travel easier.')).toEqual([]);
  });
});
