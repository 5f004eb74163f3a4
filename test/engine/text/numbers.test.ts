import { loadCheckLexicons } from '../../../server/engine/checks/load-lexicons';
import {
  extractEnNumbers,
  extractZhNumbers,
  isScaleSlip,
  normalizeDigits,
  parseZhNumeralRun,
} from '../../../server/engine/text/numbers';

const lex = loadCheckLexicons().numbers;
const zh = (s: string) => extractZhNumbers(s, lex).map((m) => [m.value, m.kind, m.approx]);
const en = (s: string) => extractEnNumbers(s, lex).map((m) => [m.value, m.kind, m.approx]);

describe('extractZhNumbers', () => {
  it.each([
    ['1.2万人', 12000],
    ['3.5亿元', 350000000],
    ['90亿美元', 9000000000],
    ['两千三百万', 23000000],
    ['一亿五千万', 150000000],
    ['十五万', 150000],
    ['１２３人', 123],
    ['一万', 10000],
    ['四天', 4],
  ])('reads %s as %d', (text, value) => {
    expect(extractZhNumbers(text, lex)[0].value).toBe(value);
  });

  it('marks 二百多 and 十多万 as approximate, which the library drops', () => {
    expect(zh('二百多人')).toEqual([[200, 'cardinal', true]]);
    expect(zh('十多万人')).toEqual([[100000, 'cardinal', true]]);
    expect(zh('约3万人')).toEqual([[30000, 'cardinal', true]]);
  });

  it('reads percentages written as 百分之五, 5% and 三成', () => {
    expect(zh('百分之五')).toEqual([[5, 'percent', false]]);
    expect(zh('增长５％')).toEqual([[5, 'percent', false]]);
    expect(zh('三成')).toEqual([[30, 'percent', false]]);
  });

  it('reads dates, years and ordinals', () => {
    expect(zh('1月4日')).toEqual([
      [1, 'month', false],
      [4, 'day', false],
    ]);
    expect(zh('2019年')).toEqual([[2019, 'year', false]]);
    expect(zh('二〇一六年')).toEqual([[2016, 'year', false]]);
    expect(zh('第二次')).toEqual([[2, 'ordinal', false]]);
  });

  it('splits 十四五 into 14 and 5', () => {
    expect(parseZhNumeralRun('十四五', lex).map((p) => p.value)).toEqual([14, 5]);
  });

  it('ignores words that contain numerals without counting (四川, 两岸, 一些, 千万) and names like COVID-19', () => {
    expect(zh('四川省与两岸一些企业千万不要')).toEqual([]);
    expect(zh('COVID-19疫情')).toEqual([]);
    expect(zh('几十项活动')).toEqual([]);
  });

  it('keeps spans on the original text with full-width digits', () => {
    const [m] = extractZhNumbers('记者２０日获悉', lex);
    expect([m.start, m.end, m.text, m.kind]).toEqual([2, 4, '２０', 'day']);
    expect(normalizeDigits('２０')).toBe('20');
  });
});

describe('extractEnNumbers', () => {
  it.each([
    ['12,000 people', 12000],
    ['1.2 million', 1200000],
    ['3.5 billion', 3500000000],
    ['forty-one', 41],
    ['one hundred thousand', 100000],
    ['two hundred and fifty', 250],
    ['a million', 1000000],
    ['ten thousand', 10000],
  ])('reads %s as %d', (text, value) => {
    expect(extractEnNumbers(text, lex)[0].value).toBe(value);
  });

  it('reads "over 200" and "more than 100,000" as approximate', () => {
    expect(en('over 200 people')).toEqual([[200, 'cardinal', true]]);
    expect(en('more than 100,000')).toEqual([[100000, 'cardinal', true]]);
  });

  it('reads percentages, ordinals, durations, years and month names', () => {
    expect(en('5 percent')).toEqual([[5, 'percent', false]]);
    expect(en('30%')).toEqual([[30, 'percent', false]]);
    expect(en('the 19th')).toEqual([[19, 'ordinal', false]]);
    expect(en('twenty-first')).toEqual([[21, 'ordinal', false]]);
    expect(en('a four-day visit')).toEqual([[4, 'cardinal', false]]);
    expect(en('in 2019')).toEqual([[2019, 'year', false]]);
    expect(en('on January 4')).toEqual([
      [1, 'month', false],
      [4, 'cardinal', false],
    ]);
  });

  it('does not read the modal "may", fractions or names with digits as numbers', () => {
    expect(en('It may rain')).toEqual([]);
    expect(en('two-thirds of them')).toEqual([]);
    expect(en('COVID-19 and 5G')).toEqual([]);
  });

  it('reads units and scales written onto the digits (725km, 1.2bn) but not names or the ambiguous "m"', () => {
    expect(en('a passage of 725km')).toEqual([[725, 'cardinal', false]]);
    expect(en('a 1.2bn yuan deal')).toEqual([[1.2e9, 'cardinal', false]]);
    expect(en('G20 and A4 and MP3 and 10m')).toEqual([]);
  });

  it('marks "one", "first" and "second" as weak', () => {
    expect(extractEnNumbers('one of the first', lex).every((m) => !m.strong)).toBe(true);
  });
});

describe('isScaleSlip', () => {
  it('is true for 9 billion against 900 million and false for equal or unrelated values', () => {
    expect(isScaleSlip(9e9, 9e8)).toBe(true);
    expect(isScaleSlip(9e9, 9e9)).toBe(false);
    expect(isScaleSlip(20, 30)).toBe(false);
  });
});

describe('parseZhNumeralRun against chinese-numbers-converter', () => {
  // the library is the reference for plain integers; the cases below it gets wrong are ours
  const ChineseNumber = require('chinese-numbers-converter') as new (s: string) => { toInteger(): number };

  it.each([
    '两百四十五',
    '十五万',
    '两千三百万',
    '三千零五',
    '一万零一百',
    '九十',
    '十',
    '二〇一二',
    '1.2万',
    '345万',
  ])('agrees on %s', (run) => {
    expect(parseZhNumeralRun(run, lex)[0].value).toBe(new ChineseNumber(run).toInteger());
  });

  it('reads 一亿五千万 as 150,000,000 where the library gives 1,000,050,000,000', () => {
    expect(new ChineseNumber('一亿五千万').toInteger()).not.toBe(150000000);
    expect(parseZhNumeralRun('一亿五千万', lex)[0].value).toBe(150000000);
  });

  it('keeps 十多万 approximate where the library drops 多', () => {
    expect(new ChineseNumber('十多万').toInteger()).toBe(100000);
    expect(extractZhNumbers('十多万', lex)[0]).toMatchObject({ value: 100000, approx: true });
  });
});
