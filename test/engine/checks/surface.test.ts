import { checkInconsistency } from '../../../server/engine/checks/inconsistency';
import { checkLength } from '../../../server/engine/checks/length';
import { checkPunctuation } from '../../../server/engine/checks/punctuation';
import { checkTerminology } from '../../../server/engine/checks/terminology';
import { checkUntranslated } from '../../../server/engine/checks/untranslated';
import { context, pair, rows } from './fixtures';

describe('checkUntranslated', () => {
  it('flags Chinese left in the English with a dictionary suggestion', () => {
    const [f] = checkUntranslated({ rows: pair('发布微纪录片', 'released a 微纪录片 online') }, context());
    expect(f).toMatchObject({
      type: 'untranslated',
      category: 'accuracy/untranslated',
      en: { row: 1, start: 11, end: 15 },
    });
    expect(f.zh).toEqual({ row: 1, start: 2, end: 6 });
    expect(f.suggestion).toBeTruthy();
  });

  it('stays silent on English with curly quotes and dashes only', () => {
    expect(checkUntranslated({ rows: pair('他说', '“Yes” – he said') }, context())).toEqual([]);
  });
});

describe('checkPunctuation', () => {
  it('flags full-width punctuation, unbalanced brackets and doubled spaces', () => {
    const found = checkPunctuation({ rows: pair('他说', 'He said，it was (fine.  Then') });
    expect(found.map((f) => f.category).sort()).toEqual(['fluency', 'fluency', 'locale-conventions']);
  });

  it('does not pair curly quotes per paragraph (multi-paragraph quotations)', () => {
    expect(checkPunctuation({ rows: pair('他说', '“We will go on.') })).toEqual([]);
  });
});

describe('checkLength', () => {
  const body: [string, string][] = Array.from({ length: 6 }, () => [
    '中国儿童中心将举办一系列活动，让孩子们度过快乐节日。',
    'China Children’s Center will hold a series of activities for a happy festival.',
  ]);

  it('flags a pair far shorter than the article usually is', () => {
    const input = {
      rows: rows([
        ['标题', 'Title'],
        ...body,
        ['中国儿童中心将举办一系列活动，让孩子们度过快乐节日。', 'Activities.'],
      ]),
    };
    const found = checkLength(input);
    expect(found).toMatchObject([{ type: 'length', severity: 'minor', en: { row: 7 } }]);
  });

  it('stays silent on an article of even pairs', () => {
    expect(checkLength({ rows: rows([['标题', 'Title'], ...body]) })).toEqual([]);
  });
});

describe('checkTerminology', () => {
  const glossary = [
    { zh: '市教委', en: 'Municipal Education Commission', variants: ['Education Commission'] },
  ];

  it('flags a glossary term rendered otherwise and suggests the agreed form', () => {
    const [f] = checkTerminology({
      rows: pair('市教委要求', 'The city education bureau requires'),
      glossary,
    });
    expect(f).toMatchObject({
      type: 'terminology',
      category: 'terminology',
      zh: { row: 1, start: 0, end: 3 },
    });
    expect(f.suggestion).toBe('Municipal Education Commission');
  });

  it('accepts the agreed form and its variants, in any case', () => {
    expect(
      checkTerminology({ rows: pair('市教委要求', 'The education commission requires'), glossary }),
    ).toEqual([]);
  });
});

describe('checkInconsistency', () => {
  it('flags a name rendered two ways in one article', () => {
    const input = {
      rows: rows([
        ['公安部发布通知', 'Ministry of Public Security issues notice'],
        ['公安部要求各地加强打拐。', 'The Ministry of Public Security asks localities to act.'],
        ['公安部表示将继续行动。', 'The Gonganbu said it would continue.'],
      ]),
      glossary: [{ zh: '公安部', en: 'Ministry of Public Security', variants: ['Gonganbu'] }],
    };
    const found = checkInconsistency(input, context());
    expect(found).toMatchObject([
      { type: 'inconsistency', en: { row: 2, start: 4, end: 12 }, suggestion: 'Ministry of Public Security' },
    ]);
  });

  it('stays silent when the article keeps one rendering', () => {
    const input = {
      rows: rows([
        ['北京高校毕业生', 'Beijing graduates'],
        ['北京市将部署工作。', 'Beijing will arrange the work.'],
      ]),
    };
    expect(checkInconsistency(input, context())).toEqual([]);
  });
});

describe('checkUntranslated on pinyin', () => {
  it('flags tone-marked pinyin and leaves plain pinyin names and French accents alone', () => {
    const found = checkUntranslated(
      { rows: pair('教育', 'The jiàoyù policy of Beijing, says the café owner Wang Xiaoming.') },
      context(),
    );
    expect(found.map((f) => f.evidence.en)).toEqual(['jiàoyù']);
  });
});
