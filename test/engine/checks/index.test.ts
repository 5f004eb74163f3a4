import { CHECKS, findingKey, runChecks } from '../../../server/engine/checks';
import { FINDING_TYPES, MQM_CATEGORIES, SEVERITIES } from '../../../server/engine/checks/types';
import { context, rows } from './fixtures';

const article = () =>
  rows([
    ['北京高校毕业生预计达26.8万人', 'Beijing graduates expected to reach 268,000'],
    ['北京市将部署高校毕业生就业工作。', 'Guangxi will arrange the employment of college graduates.'],
    ['共有５所学校参加，活动没有取消。', 'A total of 6 schools took part and the event was not cancelled.'],
    ['据悉，活动包括几十项前沿科技体验内容。', 'The activities include dozens of 前沿科技 experiences.'],
  ]);

describe('runChecks', () => {
  it('lists one check per finding type it can raise', () => {
    expect(CHECKS.map((c) => c.name).sort()).toEqual([...FINDING_TYPES].sort());
  });

  it('returns well-formed findings with messages in both languages', () => {
    const found = runChecks({ rows: article() }, context());
    expect(found.map((f) => f.type).sort()).toEqual(['entity', 'number', 'untranslated']);
    for (const f of found) {
      expect(FINDING_TYPES).toContain(f.type);
      expect(MQM_CATEGORIES).toContain(f.category);
      expect(SEVERITIES).toContain(f.severity);
      expect(f.message.en).toMatch(/[.!?]$/);
      expect(f.message.zh).toMatch(/[。！？]$/);
    }
  });

  it('gives the same findings in the same order on a re-run, without duplicates', () => {
    const a = runChecks({ rows: article() }, context());
    const b = runChecks({ rows: article() }, context());
    expect(b).toEqual(a);
    expect(new Set(a.map(findingKey)).size).toBe(a.length);
  });

  it('drops a finding when the English is fixed and keeps the identity of the others', () => {
    const before = runChecks({ rows: article() }, context());
    const fixed = article();
    fixed[2] = { ...fixed[2], en: 'A total of 5 schools took part and the event was not cancelled.' };
    const after = runChecks({ rows: fixed }, context());
    expect(after.map((f) => f.type).sort()).toEqual(['entity', 'untranslated']);
    const keys = new Set(before.map(findingKey));
    for (const f of after) expect(keys.has(findingKey(f))).toBe(true);
  });

  it('folds the numbers and names of an inserted sentence into one addition finding', () => {
    const input = {
      rows: rows([
        ['会议在北京举行', 'Meeting held in Beijing'],
        ['中国儿童中心将举办一系列活动。', 'China Children’s Center will hold a series of activities.'],
        [
          '',
          'The Department of Health of Malawi sequenced 12 samples collected from November 9 to December 1.',
        ],
      ]),
    };
    expect(runChecks(input, context()).map((f) => f.type)).toEqual(['addition']);
  });
});

describe('runChecks on a pair the aligner split in two rows', () => {
  it('compares the halves and reports each side on its own row', () => {
    const input = {
      rows: rows([
        ['会议在北京举行', 'Meeting held in Beijing'],
        ['共有５所学校参加。', ''],
        ['', 'A total of 6 schools took part.'],
      ]),
    };
    const found = runChecks(input, context()).filter((f) => f.type === 'number');
    expect(found).toMatchObject([{ zh: { row: 1, start: 2, end: 3 }, en: { row: 2, start: 11, end: 12 } }]);
  });
});

describe('runChecks on blocks of one-sided rows', () => {
  it('reads two Chinese-only rows next to two English-only rows as two pairs', () => {
    const input = {
      rows: rows([
        ['会议在北京举行', 'Meeting held in Beijing'],
        ['', 'China Children’s Center will hold a series of activities.'],
        ['', 'The activities include dozens of cutting-edge technology experiences.'],
        ['中国儿童中心将举办一系列活动。', ''],
        ['据悉，活动包括几十项前沿科技体验内容。', ''],
      ]),
    };
    expect(runChecks(input, context())).toEqual([]);
  });
});
