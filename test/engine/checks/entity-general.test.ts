import { checkEntities } from '../../../server/engine/checks/entity';
import { context, rows } from './fixtures';

const run = (pairs: [string, string][]) => checkEntities({ rows: rows(pairs) }, context());

describe('checkEntities: names explained by morphology, cross-references and title case', () => {
  it('reads a country adjective as its country (American for 美国, Korean for 韩国)', () => {
    expect(
      run([
        ['会议举行', 'Meeting held'],
        ['美国总统会见韩国领导人。', 'The American president met Korean leaders.'],
      ]),
    ).toEqual([]);
  });

  it('follows a dictionary cross-reference and folds diacritics (乌鲁木齐 → see 乌鲁木齐市 → Ürümqi)', () => {
    expect(
      run([
        ['会议举行', 'Meeting held'],
        ['乌鲁木齐举行展览。', 'An exhibition was held in Urumqi.'],
      ]),
    ).toEqual([]);
  });

  it('does not read ordinary words of a title-case line as names', () => {
    expect(
      run([
        ['会议举行', 'Meeting held'],
        ['抗洪工作仍在进行', 'Flood Control Work Still Underway'],
      ]),
    ).toEqual([]);
  });

  it('still flags a name the Chinese does not explain', () => {
    const found = run([
      ['会议举行', 'Meeting held'],
      ['李克强总理会见了来访的客人。', 'Premier Boris Johnson met the visiting guests.'],
    ]);
    expect(found.some((f) => f.evidence.en?.includes('Johnson'))).toBe(true);
  });
});

describe('checkEntities: transliterated names, other names of one thing, ordinary capitals', () => {
  it('explains a foreign name by the sound of its transliteration (Zelensky for 泽连斯基)', () => {
    expect(
      run([
        ['会议举行', 'Meeting held'],
        ['泽连斯基发表讲话。', 'Zelensky gave a speech.'],
      ]),
    ).toEqual([]);
  });

  it('explains given names the Chinese leaves out when it spells the surname (Jair Bolsonaro for 博索纳罗)', () => {
    expect(
      run([
        ['会议举行', 'Meeting held'],
        ['巴西总统博索纳罗发表讲话。', 'Brazilian President Jair Bolsonaro gave a speech.'],
      ]),
    ).toEqual([]);
  });

  it('reads the names of one WordNet synset as each other (Britain for 英国)', () => {
    expect(
      run([
        ['会议举行', 'Meeting held'],
        ['瑞典比英国做得好。', 'Sweden does better than Britain.'],
      ]),
    ).toEqual([]);
  });

  it('reads a combining form as its country (Sino-US for 中美)', () => {
    expect(
      run([
        ['会议举行', 'Meeting held'],
        ['中美关系发展。', 'Sino-US relations develop.'],
      ]),
    ).toEqual([]);
  });

  it('does not take a capitalised ordinary word for a name (Correspondents:, a site name)', () => {
    expect(
      run([
        ['会议举行', 'Meeting held'],
        ['记者：张三', 'Correspondents: Zhang San'],
      ]),
    ).toEqual([]);
  });
});
