import { checkEntities } from '../../../server/engine/checks/entity';
import { namePhrases, skeleton } from '../../../server/engine/checks/names';
import { context, contextWithoutDictionary, pair, rows } from './fixtures';

const run = (zh: string, en: string) => checkEntities({ rows: pair(zh, en) }, context());

describe('checkEntities', () => {
  it('flags a Chinese place swapped for another and suggests the expected name', () => {
    const [f] = run(
      '北京市将部署北京高校毕业生就业工作。',
      'Guangxi will arrange the employment of college graduates.',
    );
    expect(f).toMatchObject({ type: 'entity', severity: 'major', en: { row: 1, start: 0, end: 7 } });
    expect(f.suggestion).toMatch(/北京.*Beijing/);
  });

  it('flags a person swapped for another', () => {
    expect(
      run('习近平总书记发表重要讲话。', 'General Secretary Wang Haizhou gave an important speech.'),
    ).toHaveLength(1);
  });

  it('flags an organisation the Chinese does not name', () => {
    const found = run(
      '据南非国家传染病研究所总结，只有30%是严重病症。',
      'According to the National Registration Bureau of Sabah, only 30% were severe cases.',
    );
    expect(found.map((f) => f.evidence.en)).toEqual(['National Registration Bureau of Sabah']);
  });

  it.each([
    ['北京市将部署高校毕业生就业工作。', 'Beijing will arrange the employment of college graduates.'],
    ['习近平总书记发表重要讲话。', 'General Secretary Xi Jinping gave an important speech.'],
    ['新华社北京5月20日电', 'Xinhua News Agency, Beijing, May 20'],
    ['我国经济保持领先。', 'China’s economy keeps its lead.'],
    ['阿富汗人民', 'the Afghan people'],
    ['海湾合作委员会应对共同挑战', 'Gulf Cooperation Council tackles common challenges'],
    ['沙特王储穆罕默德·本·萨勒曼访问阿曼。', 'Saudi Crown Prince Mohammed Bin Salman visited Oman.'],
    [
      '中国儿童中心将举办“爱家创酷”活动。',
      'China Children’s Center will hold the “Cool Maker Loves Family” event.',
    ],
  ])('stays silent on %s ↔ "%s"', (zh, en) => {
    expect(run(zh, en)).toEqual([]);
  });

  it('accepts a name the article renders with support elsewhere', () => {
    const input = {
      rows: rows([
        ['海湾合作委员会峰会', 'Gulf Cooperation Council summit'],
        ['海合会内部团结受到影响。', 'The unity of the Gulf Cooperation Council was affected.'],
      ]),
    };
    expect(checkEntities(input, context())).toEqual([]);
  });

  it('uses the glossary for names the dictionary lacks', () => {
    const input = {
      rows: pair('市教委要求规范招生。', 'The Chongqing Education Board demands standard enrolment.'),
      glossary: [],
    };
    const withGlossary = {
      ...input,
      glossary: [{ zh: '市教委', en: 'Chongqing Education Board' }],
    };
    expect(checkEntities(withGlossary, context())).toEqual([]);
  });

  it('stays silent without a dictionary', () => {
    expect(checkEntities({ rows: pair('北京', 'Guangxi') }, contextWithoutDictionary())).toEqual([]);
  });
});

describe('namePhrases', () => {
  it('ends a name at a web address and starts none across one', () => {
    expect(namePhrases('Source: Chinanews.com Author: Chen Haifeng').map((p) => p.text)).toEqual([
      'Source',
      'Chinanews.com',
      'Author',
      'Chen Haifeng',
    ]);
    expect(namePhrases('a Defender of Cyber Security-Ecns.cn').map((p) => p.text)).toEqual([
      'Defender of Cyber Security',
      'Ecns.cn',
    ]);
  });

  it('joins capitalised words across "of" and skips lower-case words', () => {
    expect(namePhrases('the Ministry of Public Security said on Monday').map((p) => p.text)).toEqual([
      'Ministry of Public Security',
      'Monday',
    ]);
  });

  it('compares names by their consonants', () => {
    expect(skeleton('Muhammad')).toBe(skeleton('Mohammed'));
  });
});

describe('checkEntities on swapped people and bodies', () => {
  it('flags a Chinese personal name the Chinese does not contain', () => {
    expect(
      run('杨浩东在马栏山宣讲全会精神。', 'Zhang Dejiang publicized the spirit of the plenary session.'),
    ).toHaveLength(1);
  });

  it('flags an institution whose distinguishing word has no source', () => {
    const found = run(
      '记者从中国儿童中心获悉，活动将于6月1日举行。',
      'According to the Ministry of Railways, the event will be held on June 1.',
    );
    expect(found.map((f) => f.evidence.en)).toEqual(['Ministry of Railways']);
  });

  it('stays silent on the institution the Chinese names', () => {
    expect(
      run(
        '记者从中国儿童中心获悉，活动将于6月1日举行。',
        'According to China Children’s Center, the event will be held on June 1.',
      ),
    ).toEqual([]);
  });
});
