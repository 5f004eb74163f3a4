import { checkNumbers } from '../../../server/engine/checks/number';
import { context, pair } from './fixtures';

const run = (zh: string, en: string) => checkNumbers({ rows: pair(zh, en) }, context());

describe('checkNumbers: numerals that are words, colloquial numbers, ranges and decades', () => {
  it.each([
    ['三星 (Samsung) is a name', '三星公司发布了新手机。', 'Samsung released a new phone.'],
    ['四川 is a province', '四川发生地震。', 'An earthquake hit Sichuan.'],
    ['五角大楼 is the Pentagon', '五角大楼发表声明。', 'The Pentagon issued a statement.'],
    ['九二共识 is the 1992 Consensus', '双方坚持九二共识。', 'Both sides adhere to the 1992 Consensus.'],
    ['一起 means "together"', '两国一起应对挑战。', 'The two countries will meet the challenges together.'],
    ['80年代 is the 1980s', '上世纪80年代，这里还是农田。', 'In the 1980s, this was still farmland.'],
    ['一万六 is 16,000', '今年一万六人参加考试。', 'This year 16,000 people took the exam.'],
    ['a range of 亿', '投资10亿至20亿元。', 'An investment of 1 to 2 billion yuan.'],
  ])('stays silent: %s', (_what, zh, en) => {
    expect(run(zh, en)).toEqual([]);
  });

  it('still flags a wrong value next to a word with a numeral in it', () => {
    const [f] = run('三星公司裁员3000人。', 'Samsung cut 4,000 jobs.');
    expect(f?.evidence.en).toContain('4,000');
    expect(f?.suggestion).toBe('3,000');
  });

  it('reads 一万六 as 16,000, so 10,006 is wrong', () => {
    const [f] = run('今年一万六人参加考试。', 'This year 10,006 people took the exam.');
    expect(f?.suggestion).toBe('16,000');
  });
});
