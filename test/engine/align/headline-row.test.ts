import { textToParagraphs } from '../../../scripts/cli/align';
import { createArticleAligner, sideText } from '../../../server/engine/align';
import { realLexicon } from '../lexicon/real-lexicon';

// The importers mark each side's headline; the aligner keeps the two as one row, even when a
// repost's headline is so much longer than the Chinese one that sentence scores would cut it.
const align = createArticleAligner(realLexicon());

describe('article aligner: headline row', () => {
  it('pairs the two headlines in one row when their lengths disagree', () => {
    const zh = textToParagraphs(
      '李在明访华料改善双边关系 安全议题难有突破\n\n韩国总统李在明星期天开始对中国进行为期四天的国事访问。',
      'zh',
    );
    const en = textToParagraphs(
      "Lee Jae-myung's visit to China is highly likely to improve bilateral security issues.\n\n" +
        'A long subheading that nobody translated, about ties and security and breakthroughs.\n\n' +
        'South Korean President Lee Jae-myung began a four-day state visit to China on Sunday, January 4.',
      'en',
    );
    const rows = align(zh, en).rows;
    expect(rows[0].kind).toBe('headline');
    expect(sideText(zh, rows[0].zh)).toBe('李在明访华料改善双边关系 安全议题难有突破');
    expect(sideText(en, rows[0].en)).toBe(
      "Lee Jae-myung's visit to China is highly likely to improve bilateral security issues.",
    );
    expect(rows[0].confidence).toBeGreaterThan(0);
    expect(rows[0].confidence).toBeLessThanOrEqual(1);
  });
});
