import { checkNegation } from '../../../server/engine/checks/negation';
import { context, pair } from './fixtures';

const run = (zh: string, en: string) => checkNegation({ rows: pair(zh, en) }, context());

describe('checkNegation: language facts about where a negation lives', () => {
  it.each([
    [
      'existential 无 as "no one"',
      '此次重大地质灾害，无一人伤亡。',
      'No one died or was harmed during this major geological disaster.',
    ],
    [
      '无 and a zero as "no"',
      '大连市无新增本地确诊病例，新增24例无症状感染者。',
      'There were no new local confirmed cases, and 24 new asymptomatic infections.',
    ],
    [
      'a negation scoped to its own clause',
      '近90%为轻度，9%无症状，重症病例不到1%。',
      '90% have mild symptoms, 9% have no symptoms, while severe cases are less than 1%.',
    ],
    [
      'a bound 不超过 as "not exceed"',
      '销售数量不超过座位的30%。',
      'The number of tickets sold will not exceed 30% of seats.',
    ],
    [
      'a bound 不超过 as "no more than"',
      '出库流量按不超过每秒3000立方米控制。',
      'Outflow is controlled to be no more than 3,000 cubic meters per second.',
    ],
    [
      '投与不投 as "whether"',
      '这并没有被当作投与不投的因素。',
      'This is not treated as a factor in whether to invest.',
    ],
    ['为数不多 as "few"', '在为数不多的毕业生中，有李敬寅。', 'Among the few graduates is Li Jingyin.'],
    ['不要 as "instead of"', '喝温开水，不要喝冰水。', 'Drink warm water instead of ice-cold water.'],
    [
      '逾期不整改 as "otherwise"',
      '应在7月30日前完成整改，逾期不整改的，将依法处置。',
      'They must finish by July 30, otherwise they will be dealt with by law.',
    ],
    [
      '才 as "not … until"',
      '大西洋的第一场飓风通常要到8月中旬才会形成。',
      "The first Atlantic hurricanes don't form until mid-August.",
    ],
    [
      '必须 as "can\'t avoid"',
      '如果此时段必须外出，一定要做好防护。',
      "If you can't avoid going outside, take protective measures.",
    ],
    [
      '不高 as "low" (WordNet antonym)',
      '若会谈意愿不高，双方可能同意。',
      'If willingness to talk is low, the two sides may agree.',
    ],
    [
      '禁酒 as "no alcohol"',
      '除了禁酒，未成年人也要多运动。',
      'Apart from no alcohol, the minors should also exercise more.',
    ],
  ])('stays silent on %s', (_what, zh, en) => {
    expect(run(zh, en)).toEqual([]);
  });

  it.each([
    [
      'an inserted "not" beside an existential 无',
      '9%无症状，重症病例已经出院。',
      '9% have no symptoms, and severe cases have not been discharged.',
    ],
    [
      '不安排 read as 不 + 安排 ("not arrange") dropped',
      '今年原则上不安排自行报到。',
      'This year recruits will report on their own.',
    ],
    [
      '不高 rendered "high"',
      '若会谈意愿不高，双方可能同意。',
      'If willingness to talk is high, the two sides may agree.',
    ],
    [
      'a "not" with no "until" for 才',
      '飓风通常要到8月中旬才会形成。',
      "Hurricanes don't form in mid-August.",
    ],
    ['a flat "never" where 永不 is absent', '我们要停下来休息。', 'We must never stop to rest.'],
  ])('still flags %s', (_what, zh, en) => {
    expect(run(zh, en).length).toBeGreaterThan(0);
  });
});
