import { checkEntities } from '../../../server/engine/checks/entity';
import { expectedNames, swapFindings } from '../../../server/engine/checks/entity-swaps';
import { context, pair, rows } from './fixtures';

const swaps = (pairs: [string, string][]) => swapFindings(rows(pairs), context(), new Set());
const HEAD: [string, string] = ['会议在北京举行', 'Meeting held in Beijing'];

describe('entity swaps judged row by row', () => {
  it('flags a country at the start of a sentence put where the Chinese names another', () => {
    const found = swaps([
      HEAD,
      [
        '毛里求斯10日首次报告两例感染病例。',
        'Qatar reported two infection cases on December 10 for the first time.',
      ],
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'entity', en: { row: 1, start: 0, end: 5 } });
    expect(found[0].evidence.zh).toMatch(/毛里求斯/);
  });

  it("flags one of the article's people put where the Chinese names another", () => {
    const found = swaps([
      HEAD,
      ['龚博伟主持会议。', 'Gong Bowei presided over the meeting.'],
      ['杨浩东出席会议并讲话。', 'Gong Bowei attended the meeting and spoke.'],
      ['杨浩东指出，要加强学习。', 'Yang Haodong pointed out that study must be strengthened.'],
    ]);
    expect(found.map((f) => [f.en?.row, f.evidence.en])).toEqual([[2, 'Gong Bowei']]);
  });

  it("flags a place put where the Chinese names one of the article's people", () => {
    const found = swaps([
      HEAD,
      ['重庆市涪陵服务区建成。', 'The Chongqing Fuling service area was completed.'],
      ['邱健华介绍，服务区已投入运营。', 'Qiu Jianhua said the service area was in operation.'],
      ['邱健华表示，还将建设更多服务区。', 'Chongqing Fuling said more service areas would be built.'],
    ]);
    expect(found.map((f) => [f.en?.row, f.evidence.zh])).toEqual([[3, 'Qiu Jianhua']]);
  });

  it("flags one of the article's bodies put where a stretch of the Chinese names another", () => {
    const found = swaps([
      HEAD,
      [
        '公安部部署打拐专项行动。',
        'The Ministry of Public Security launched a campaign against trafficking.',
      ],
      ['外交部发言人回答了提问。', 'A spokesman for the Ministry of Public Security answered questions.'],
      ['外交部发布声明。', 'A statement was issued by the Ministry of Foreign Affairs.'],
    ]);
    expect(found.map((f) => f.en?.row)).toEqual([2]);
  });

  it.each([
    // a common noun heading a phrase at the start of a line is no name
    [
      '新华社北京12月12日电 毛里求斯报告病例。',
      'Message from Xinhua News Agency Beijing on December 12: Mauritius reported cases.',
    ],
    // a piece of a transliterated name (普拉 in 普拉博沃) is no name to expect
    ['普拉博沃总统出席仪式。', 'President Prabowo attended the ceremony.'],
    // the Chinese name is rendered: nothing is missing
    ['毛里求斯10日首次报告两例感染病例。', 'Mauritius reported two infection cases on December 10.'],
    // ordinary sentence-initial words, whatever their suffix says they are
    ['阿富汗难民人数众多。', 'Countless people have fled their homes.'],
    ['毛里求斯报告两例病例。', 'Meanwhile, two cases were reported in Mauritius.'],
  ])('stays silent on %s ↔ "%s"', (zh, en) => {
    expect(swaps([HEAD, [zh, en]])).toEqual([]);
  });

  it('stays silent when the body the Chinese names is in the English with "the" inside', () => {
    const found = swaps([
      HEAD,
      [
        '他推动澳门和大湾区中医药事业发展。',
        'He promoted Traditional Chinese Medicine in Macau and the Greater Bay Area.',
      ],
      ['澳门和大湾区合作密切。', 'Macau and the Greater Bay Area cooperate closely.'],
    ]);
    expect(found).toEqual([]);
  });

  it('stays silent on a row whose Chinese spells a foreign person (·)', () => {
    const found = swaps([
      HEAD,
      ['沙特王储穆罕默德·本·萨勒曼访问阿曼。', 'Saudi Crown Prince Mohammed Bin Salman visited Oman.'],
    ]);
    expect(found).toEqual([]);
  });

  it('does not report a row twice when the wider check already flagged it', () => {
    const found = checkEntities(
      {
        rows: pair(
          '北京市将部署北京高校毕业生就业工作。',
          'Guangxi will arrange the employment of college graduates.',
        ),
      },
      context(),
    );
    expect(found).toHaveLength(1);
  });

  it('expects no name for a proper noun inside a longer transliteration', () => {
    const row = rows([HEAD, ['普拉博沃总统出席仪式。', 'The president attended.']])[1];
    const dict = context().dictionary;
    if (!dict) throw new Error('dictionary');
    expect(expectedNames(row, dict, context().lexicons.transliteration)).toEqual([]);
  });
});
