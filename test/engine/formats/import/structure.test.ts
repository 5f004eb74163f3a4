import { parsePlainText } from '../../../../server/engine/formats/import/text';

describe('buildParagraphs on huge input', () => {
  it('reads a block of 200,000 wrapped lines without overflowing the stack', () => {
    const line = 'This line of an article was hard-wrapped at a width of about seventy chars';
    const text = `Headline\n\n${Array.from({ length: 200_000 }, () => line).join('\n')}\n\nLast paragraph.`;
    const { paragraphs } = parsePlainText(text, 'en');
    expect(paragraphs[0]).toEqual({ kind: 'headline', text: 'Headline' });
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1].text.length).toBeGreaterThan(200_000 * line.length);
  });
});
