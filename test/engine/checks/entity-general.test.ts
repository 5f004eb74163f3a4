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
