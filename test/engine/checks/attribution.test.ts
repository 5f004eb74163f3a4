import { zhAttributionClauses } from '../../../server/engine/checks/attribution';
import { checkHedges } from '../../../server/engine/checks/hedge';
import { context, pair, rows } from './fixtures';

// the older hedge rule already reports 据…报道 with no hedge at all; both count here
const run = (zh: string, en: string) => checkHedges({ rows: pair(zh, en) }, context());

describe('dropped attribution', () => {
  it.each([
    ['据卫生官员介绍，新病例增加了四倍。', 'New cases increased fourfold.'],
    ['医生说，他每天要看几十名病人。', 'He sees dozens of patients every day.'],
    ['各海湾国家认为，不解决导弹问题是有缺陷的。', 'It is defective not to solve the missile problem.'],
    ['消息人士称，双方将于下周会晤。', 'The two sides will meet next week.'],
    ['据新华社报道，大桥已经通车。', 'The bridge has opened to traffic.'],
  ])('flags %s ↔ "%s"', (zh, en) => {
    const [f] = run(zh, en);
    expect(f).toMatchObject({ type: 'hedge', severity: 'minor', zh: { row: 1 }, en: { row: 1 } });
  });

  it('wants one answer per clause: a "said" for a second speaker does not answer the first', () => {
    const found = run(
      '据路透社报道，工厂将关闭。厂长表示，工人会得到补偿。',
      'The factory will close. The manager said workers would be compensated.',
    );
    expect(found).toHaveLength(1);
  });

  it.each([
    ['据卫生官员介绍，新病例增加了四倍。', 'New cases increased fourfold, health officials said.'],
    ['据新华社报道，大桥已经通车。', 'The bridge has opened to traffic, Xinhua reported.'],
    ['医生说，他每天要看几十名病人。', 'According to the doctor, he sees dozens of patients every day.'],
    [
      '皮莱说：“他们能够在家里控制疾病。”',
      '“Their diseases can be controlled at home and most will recover,” Pillay said.',
    ],
    ['他说：“病人都能在家里康复。”', '“All of the patients can recover at home without help.”'],
    ['据悉，活动包括几十项前沿科技体验内容。', 'The activities include dozens of technology experiences.'],
    ['这部小说描写了农村生活。', 'The novel depicts rural life.'],
    ['这说明经济正在复苏。', 'This shows the economy is recovering.'],
    ['该机构简称为世卫组织。', 'The agency is known as WHO.'],
    [
      '孙艺风宣读赞辞时表示，刘教授是享誉全球的经济学家。',
      'Sun Yifeng praised Professor Liu as a world-famous economist.',
    ],
  ])('stays silent on %s ↔ "%s"', (zh, en) => {
    expect(run(zh, en)).toEqual([]);
  });

  it('stays silent when the English moves the attribution to the next row', () => {
    const input = {
      rows: rows([
        ['会议在北京举行', 'Meeting held in Beijing'],
        ['据卫生官员介绍，新病例增加了四倍。', 'New cases increased fourfold.'],
        ['大多数病例症状轻微。', 'Most cases are mild, health officials said.'],
      ]),
    };
    expect(checkHedges(input, context())).toEqual([]);
  });

  it('finds one clause for 据…报道称 and none for 称为 or 说明', () => {
    expect(zhAttributionClauses('据美联社报道称，伤亡人数上升。', context()).map((m) => m.cue)).toEqual([
      '据美联社报道称',
    ]);
    expect(zhAttributionClauses('这种鱼被称为活化石，说明了进化的缓慢。', context())).toEqual([]);
  });
});
