import { checkTexts } from '../../../scripts/cli/check';
import { rowsFromAlignment, toParagraph } from '../../../server/engine/checks/rows';
import type { Paragraph } from '../../../server/engine/types';

const zh: Paragraph[] = [
  { kind: 'headline', text: '标题' },
  { kind: 'body', text: '第一句。第二句有5所学校。' },
];
const en: Paragraph[] = [
  { kind: 'headline', text: 'Title' },
  { kind: 'body', text: 'First sentence. Second has 6 schools.' },
];

describe('rowsFromAlignment', () => {
  it('gives each row its text, first paragraph and offset, and maps row spans back to paragraphs', () => {
    const { rows, pieces } = rowsFromAlignment(zh, en, {
      rows: [
        {
          kind: 'headline',
          zh: [{ paragraph: 0, start: 0, end: 2 }],
          en: [{ paragraph: 0, start: 0, end: 5 }],
          confidence: 1,
        },
        {
          kind: 'body',
          zh: [{ paragraph: 1, start: 4, end: 13 }],
          en: [{ paragraph: 1, start: 16, end: 37 }],
          confidence: 1,
        },
      ],
    });
    expect(rows[1]).toMatchObject({
      zh: '第二句有5所学校。',
      en: 'Second has 6 schools.',
      zhParagraph: 1,
      zhOffset: 4,
      enOffset: 16,
    });
    expect(toParagraph(pieces[1].en, 11)).toEqual({ paragraph: 1, offset: 27 });
  });

  it('joins a row that crosses paragraphs with a line break and maps each part to its paragraph', () => {
    const { rows, pieces } = rowsFromAlignment(zh, en, {
      rows: [
        {
          kind: 'body',
          zh: [
            { paragraph: 0, start: 0, end: 2 },
            { paragraph: 1, start: 0, end: 4 },
          ],
          en: [],
          confidence: 0.5,
        },
      ],
    });
    expect(rows[0].zh).toBe('标题\n第一句。');
    expect(toParagraph(pieces[0].zh, 4)).toEqual({ paragraph: 1, offset: 1 });
    expect(rows[0].enParagraph).toBeNull();
  });
});

describe('checkTexts (the CLI path)', () => {
  it('reports findings by paragraph with spans inside the paragraph', () => {
    const found = checkTexts(
      '会议在北京举行\n共有５所学校参加。\n',
      'Meeting held in Beijing\n\nA total of 6 schools took part.\n',
    );
    const f = found.find((x) => x.type === 'number');
    expect(f).toMatchObject({
      zh: { paragraph: 1, start: 2, end: 3 },
      en: { paragraph: 1, start: 11, end: 12 },
    });
    expect(typeof f?.message).toBe('string');
  });
});
