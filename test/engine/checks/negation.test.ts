import { checkNegation, polarityDiff } from '../../../server/engine/checks/negation';
import { context, pair, rows } from './fixtures';

const run = (zh: string, en: string) => checkNegation({ rows: pair(zh, en) }, context());

describe('checkNegation', () => {
  it('flags an inserted "not" and points at it', () => {
    const [f] = run('该系统在中职学校试行。', 'The system is not tried in secondary vocational schools.');
    expect(f).toMatchObject({ type: 'negation', severity: 'major', en: { row: 1, start: 14, end: 17 } });
    expect(f.message.zh).toMatch(/否定/);
  });

  it('flags a dropped 没有', () => {
    const [f] = run('战争没有带来和平。', 'The war did bring peace.');
    expect(f.zh).toEqual({ row: 1, start: 2, end: 4 });
  });

  it('flags "can" where the Chinese says 不能', () => {
    expect(run('学生不能参加考试。', 'Students can take the exam.')).toHaveLength(1);
  });

  it.each([
    ['不仅要学习，而且要实践。', 'We must not only study but also practise.'],
    ['难道这不是事实吗？', 'Is this not a fact?'],
    ['难道这不是事实吗？', 'This is surely a fact.'],
    ['经济不断发展。', 'The economy keeps developing.'],
    ['他不得不离开。', 'He had to leave.'],
    ['他没有离开。', 'He did not leave.'],
    ['无症状感染者', 'asymptomatic infections'],
    ['资金不足', 'insufficient funds'],
    ['他未能出席', 'He failed to attend'],
    ['安全问题难有突破', 'security issues are unlikely to see a breakthrough'],
  ])('stays silent on %s ↔ "%s"', (zh, en) => {
    expect(run(zh, en)).toEqual([]);
  });

  it('leaves the headline row to the headline check', () => {
    const input = { rows: rows([['系统试行', 'System is not tried']]) };
    expect(checkNegation(input, context())).toEqual([]);
  });

  it('reports added and dropped cues separately', () => {
    const d = polarityDiff('他去了。', 'He did not go.', context());
    expect(d.added.map((m) => m.cue)).toEqual(['not']);
    expect(d.dropped).toEqual([]);
  });
});

describe('checkNegation by scope', () => {
  it('flags a dropped 不会 although another "no" keeps the counts equal', () => {
    const found = run('没有需求，这类犯罪也就不会发生。', 'With no demand, such crimes will happen again.');
    expect(found.map((f) => f.zh?.start)).toEqual([11]);
  });

  it('stays silent when the English negates the same concept after it ("changes never seen")', () => {
    expect(run('世界百年未有之大变局', 'great changes never seen in a century')).toEqual([]);
  });
});
