import { checkNegation } from '../../../server/engine/checks/negation';
import { context, pair } from './fixtures';

const run = (zh: string, en: string) => checkNegation({ rows: pair(zh, en) }, context());

describe('checkNegation: negators that negate nothing', () => {
  it.each([
    [
      'A-not-A question 会不会',
      '人工智能会不会取代人类的工作？',
      'Will artificial intelligence replace human jobs?',
    ],
    ['A-not-A question 是不是', '他问我是不是学生。', 'He asked me whether I was a student.'],
    ['A-not-A question 有没有', '你有没有去过北京？', 'Have you ever been to Beijing?'],
    [
      'A-not-A over two characters',
      '小康不小康，关键看老乡。',
      'Hometowns are the key to moderate prosperity.',
    ],
    ['差不多 "almost"', '两个城市的人口差不多。', 'The two cities have almost the same population.'],
    ['难以置信 "incredible"', '这个结果令人难以置信。', 'The result is incredible.'],
    [
      'an idiom 奋不顾身',
      '战士们奋不顾身地抗洪。',
      'Soldiers fought the flood regardless of their own safety.',
    ],
    ['an idiom 措手不及', '消息突如其来，令人措手不及。', 'The sudden news caught them off guard.'],
    ['a name holding 不', '毛不易等音乐人送上歌声。', 'Musicians such as Mao Buyi sang.'],
  ])('stays silent on %s', (_what, zh, en) => {
    expect(run(zh, en)).toEqual([]);
  });

  it('reads a nominalised refusal as the negation: 拒绝接受 → "its rejection of"', () => {
    expect(run('该国拒绝接受这一裁决。', 'The country announced its rejection of the ruling.')).toEqual([]);
    expect(run('他否认参与此事。', 'He issued a denial of any involvement.')).toEqual([]);
  });

  it('still flags a plain negation dropped from the English', () => {
    const [f] = run('他不同意这个计划。', 'He agrees with the plan.');
    expect(f?.type).toBe('negation');
    expect(f?.evidence.zh).toContain('不');
  });

  it('still flags a negation the English adds', () => {
    const [f] = run('会议将在明天举行。', 'The meeting will not be held tomorrow.');
    expect(f?.evidence.en).toContain('not');
  });
});
