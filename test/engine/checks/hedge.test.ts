import { certaintyDiff, checkHedges } from '../../../server/engine/checks/hedge';
import { context, pair } from './fixtures';

const run = (zh: string, en: string) => checkHedges({ rows: pair(zh, en) }, context());

describe('checkHedges', () => {
  it('flags a hedge the Chinese does not have ("is" → "might be")', () => {
    const [f] = run('这是最重要的任务。', 'This might be the most important task.');
    expect(f).toMatchObject({ type: 'hedge', severity: 'major', en: { row: 1, start: 5, end: 10 } });
  });

  it('flags 料 rendered as "highly likely" as an intensification', () => {
    const d = certaintyDiff(
      '李在明访华料改善双边关系',
      "Lee's visit is highly likely to improve ties",
      context(),
    );
    expect(d.strengthened.map((m) => m.cue)).toEqual(['highly likely']);
  });

  it('flags "may" turned into "will certainly"', () => {
    const found = run('该政策可能影响出口。', 'The policy will certainly affect exports.');
    expect(found.map((f) => f.message.en).join(' ')).toMatch(/will certainly/);
  });

  it('flags a dropped "reportedly" (据报道) as a lost attribution', () => {
    const [f] = run('据报道，他已辞职。', 'He has resigned.');
    expect(f).toMatchObject({ severity: 'minor', zh: { row: 1, start: 0, end: 3 } });
  });

  it.each([
    ['该政策可能影响出口。', 'The policy may affect exports.'],
    ['预计明年增长5%。', 'Growth is expected to reach 5% next year.'],
    ['学生可以申请奖学金。', 'Students may apply for scholarships.'],
    ['他们能够完成任务。', 'They could finish the task.'],
    ['据报道，他已辞职。', 'He has reportedly resigned.'],
    ['这一定会成功。', 'This will certainly succeed.'],
    ['会议于5月20日举行。', 'The meeting was held on May 20.'],
  ])('stays silent on %s ↔ "%s"', (zh, en) => {
    expect(run(zh, en)).toEqual([]);
  });
});
