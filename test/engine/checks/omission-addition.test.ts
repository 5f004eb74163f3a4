import { checkAddition } from '../../../server/engine/checks/addition';
import { checkOmission } from '../../../server/engine/checks/omission';
import { context, rows } from './fixtures';

const article = (pairs: [string, string][]) => ({
  rows: rows([['会议在北京举行', 'Meeting held in Beijing'], ...pairs]),
});

describe('checkOmission', () => {
  it('flags a source paragraph with no rendering at its Chinese location', () => {
    const found = checkOmission(
      article([
        ['中国儿童中心将举办一系列活动。', 'China Children’s Center will hold a series of activities.'],
        ['活动着眼于将社会创新与家庭个人创意有机结合。', ''],
        [
          '据悉，活动包括几十项前沿科技体验内容。',
          'The activities include dozens of cutting-edge technology experiences.',
        ],
      ]),
      context(),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      type: 'omission',
      category: 'accuracy/omission',
      zh: { row: 2 },
      en: null,
    });
  });

  it('flags a source sentence its row does not render', () => {
    const found = checkOmission(
      article([
        [
          '国家卫生健康委员会发布通知，要求各地加强疫苗接种工作。南非医生发现奥密克戎毒株传播速度很快，但重症比例较低，住院时间明显缩短。',
          'The National Health Commission issued a notice asking all localities to strengthen vaccination work.',
        ],
      ]),
      context(),
    );
    expect(found.map((f) => f.zh?.start)).toEqual([27]);
  });

  it('stays silent when a neighbour renders the sentence the aligner left alone', () => {
    const found = checkOmission(
      article([
        ['教育部发布通知。', ''],
        [
          '各地学校要加强疫情防控。',
          'The Ministry of Education issued a notice; schools in all localities shall strengthen epidemic prevention and control.',
        ],
      ]),
      context(),
    );
    expect(found).toEqual([]);
  });
});

describe('checkAddition', () => {
  it('flags an English paragraph with no source', () => {
    const found = checkAddition(
      article([
        ['中国儿童中心将举办一系列活动。', 'China Children’s Center will hold a series of activities.'],
        ['', 'The air compressed out can form a flow at the faucet and combine with water.'],
      ]),
      context(),
    );
    expect(found).toMatchObject([
      { type: 'addition', category: 'accuracy/addition', en: { row: 2 }, zh: null },
    ]);
  });

  it('flags an inserted paragraph the aligner joined to a neighbour', () => {
    const en =
      'The invention of Professor Nakamura changed the lighting industry.\nIn order to prevent the spreading of the Omicron strains, the government of Cyprus kept strengthening the prevention and control.';
    const found = checkAddition(article([['中村修二教授的发明改变了照明产业。', en]]), context());
    expect(found).toHaveLength(1);
    expect(en.slice(found[0].en?.start, found[0].en?.end)).toMatch(/^In order to prevent/);
  });

  it('stays silent on a faithful rendering and on short English-only rows', () => {
    const found = checkAddition(
      article([
        ['中国儿童中心将举办一系列活动。', 'China Children’s Center will hold a series of activities.'],
        ['', '(Xinhua)'],
      ]),
      context(),
    );
    expect(found).toEqual([]);
  });
});

describe('checkOmission inside a long sentence', () => {
  it('flags uncovered clauses when the English of the row is unusually short', () => {
    const even: [string, string][] = Array.from({ length: 4 }, () => [
      '中国儿童中心将举办一系列活动，让孩子们度过快乐节日。',
      'China Children’s Center will hold a series of activities to let children spend a happy festival.',
    ]);
    const found = checkOmission(
      article([
        ...even,
        [
          '南非医生发现奥密克戎毒株传播速度很快，卡塔尔同时与伊朗保持密切的外交关系和经济合作关系。',
          'South African doctors found that the Omicron strain spreads fast.',
        ],
      ]),
      context(),
    );
    expect(found).toHaveLength(1);
    expect(found[0].zh?.row).toBe(5);
    expect(found[0].evidence.zh).toMatch(/卡塔尔/);
  });
});
