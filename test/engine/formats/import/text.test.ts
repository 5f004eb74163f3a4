import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../../../../server/engine/formats/import';
import { FIXTURES, kinds, texts } from './helpers';

describe('parseDocument: plain text', () => {
  it('makes the first non-empty line the headline and blank-line blocks paragraphs', async () => {
    const doc = await parseDocument({
      text: '\n\n  Bridge opens early  \n\nFirst paragraph.\n\nSecond paragraph.\n',
      lang: 'en',
    });
    expect(doc.paragraphs).toEqual([
      { kind: 'headline', text: 'Bridge opens early' },
      { kind: 'body', text: 'First paragraph.' },
      { kind: 'body', text: 'Second paragraph.' },
    ]);
    expect(doc).toMatchObject({ format: 'text', encoding: 'UTF-8', dropped: [] });
  });

  it('makes each line a paragraph when the text has no blank lines', async () => {
    const doc = await parseDocument({
      text: 'Headline here\nOne line.\nAnother line.\r\nA third line.',
      lang: 'en',
    });
    expect(texts(doc)).toEqual(['Headline here', 'One line.', 'Another line.', 'A third line.']);
  });

  it('joins hard-wrapped English lines inside a block with a space', async () => {
    const text = [
      'Bridge opens early',
      '',
      'The new bridge linking the two banks of Hekou opened on Thursday',
      'morning, three months ahead of schedule, the city transport bureau',
      'said in a statement.',
      '',
      'Travel time will fall sharply.',
    ].join('\n');
    const doc = await parseDocument({ text, lang: 'en' });
    expect(texts(doc)[1]).toBe(
      'The new bridge linking the two banks of Hekou opened on Thursday morning, three months ahead of schedule, the city transport bureau said in a statement.',
    );
    expect(doc.paragraphs).toHaveLength(3);
  });

  it('joins a wrapped line made of proper names with its lower-case continuation', async () => {
    const text = [
      'Title',
      '',
      'A statement was issued on Sunday by the Ministry of Foreign Affairs of the',
      "People's Republic of China in Beijing and the Blue House in Seoul",
      'said the visit would go ahead as planned despite the weather.',
    ].join('\n');
    const doc = await parseDocument({ text, lang: 'en' });
    expect(doc.paragraphs).toHaveLength(2);
  });

  it('joins hard-wrapped Chinese lines without a space', async () => {
    const text =
      '大桥通车\n\n连接河口市南北两岸的跨江大桥今天上午\n正式通车，全长约两千四百米，比原计划\n提前三个月完工。\n';
    const doc = await parseDocument({ text, lang: 'zh' });
    expect(texts(doc)).toEqual([
      '大桥通车',
      '连接河口市南北两岸的跨江大桥今天上午正式通车，全长约两千四百米，比原计划提前三个月完工。',
    ]);
  });

  it('does not join a headline with the byline or date under it', async () => {
    const en = await parseDocument({
      text: 'Bridge Opens Across the River Two Months Early\nBy Lin Xiao\nMarch 12, 2026\n\nThe bridge opened on Thursday.',
      lang: 'en',
    });
    expect(kinds(en)).toEqual(['headline', 'byline', 'dateline', 'body']);
    const zh = await parseDocument({
      text: '河口市新建跨江大桥今日正式通车运营\n本报记者 林晓\n\n大桥今天上午正式通车。',
      lang: 'zh',
    });
    expect(texts(zh)).toEqual([
      '河口市新建跨江大桥今日正式通车运营',
      '本报记者 林晓',
      '大桥今天上午正式通车。',
    ]);
  });

  it('keeps unwrapped consecutive lines (headline, caption, paragraph) as separate rows', async () => {
    const text = [
      'Title line',
      '',
      'Bridge Opens Across the River, but Ferries Fear the Future',
      'Workers walk on the deck before the opening ceremony on March 12, 2026. (Reuters)',
      '',
      'The new bridge linking the two banks of Hekou opened on Thursday morning, three months ahead of schedule, officials said.',
    ].join('\n');
    const doc = await parseDocument({ text, lang: 'en' });
    expect(kinds(doc)).toEqual(['headline', 'subhead', 'caption', 'body']);
  });

  it('makes the line after an image filename a caption when it describes a photo', async () => {
    const text = [
      'Title line',
      '',
      'DSC_0042.jpg',
      'Lee (left) and Xi exchange gifts in Gyeongju on November 1.',
      '',
      'The two leaders met for the second time in two months, officials in Seoul said on Sunday.',
    ].join('\n');
    const doc = await parseDocument({ text, lang: 'en' });
    expect(kinds(doc)).toEqual(['headline', 'caption', 'body']);
    expect(doc.dropped).toEqual([{ line: 3, text: 'DSC_0042.jpg', reason: 'image_filename' }]);
  });

  it('recognises byline, dateline, caption and subheads in the Chinese fixture', async () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'zh-article.txt'), 'utf8');
    const doc = await parseDocument({ text, lang: 'zh' });
    expect(kinds(doc)).toEqual([
      'headline',
      'byline',
      'dateline',
      'caption',
      'body',
      'body',
      'subhead',
      'body',
    ]);
    expect(doc.script).toBe('simplified');
  });

  it('removes invisible characters and collapses spaces, keeping the words', async () => {
    const doc = await parseDocument({
      text: '\ufeffTitle\u200b here\n\nA\u00a0 line   with\tspaces.',
      lang: 'en',
    });
    expect(texts(doc)).toEqual(['Title here', 'A line with spaces.']);
  });
});

describe('parseDocument: Markdown', () => {
  const md = [
    '# Bridge *Opens* Early',
    '',
    'By **Lin Xiao**',
    '',
    'The [new bridge](https://example.com/bridge) opened on _Thursday_, officials said in `a statement`.',
    '',
    '![Workers walk on the deck before the opening ceremony](deck.jpg)',
    '',
    '![image](IMG_1.png)',
    '*Photo: the bridge at night (Reuters)*',
    '',
    '## What Comes Next',
    '',
    '- Ferries will keep running until June.',
    '- Tolls start in July.',
    '',
    '---',
    '',
    '> A quoted line that is part of the article.',
    '',
    '[ref]: https://example.com',
  ].join('\n');

  it('maps headings to headline/subhead, strips emphasis and links, keeps caption alt text', async () => {
    const doc = await parseDocument({ text: md, filename: 'story.md', lang: 'en' });
    expect(doc.format).toBe('markdown');
    expect(doc.paragraphs).toEqual([
      { kind: 'headline', text: 'Bridge Opens Early' },
      { kind: 'byline', text: 'By Lin Xiao' },
      { kind: 'body', text: 'The new bridge opened on Thursday, officials said in a statement.' },
      { kind: 'caption', text: 'Workers walk on the deck before the opening ceremony' },
      { kind: 'caption', text: 'Photo: the bridge at night (Reuters)' },
      { kind: 'subhead', text: 'What Comes Next' },
      { kind: 'body', text: 'Ferries will keep running until June.' },
      { kind: 'body', text: 'Tolls start in July.' },
      { kind: 'body', text: 'A quoted line that is part of the article.' },
    ]);
    expect(doc.dropped.map((d) => d.reason)).toEqual(['image', 'image', 'rule', 'link_definition']);
  });

  it('is recognised from a pasted text that starts with a heading', async () => {
    const doc = await parseDocument({ text: '# 大桥通车\n\n**连接**两岸的大桥今天通车。', lang: 'zh' });
    expect(doc.format).toBe('markdown');
    expect(texts(doc)).toEqual(['大桥通车', '连接两岸的大桥今天通车。']);
  });

  it('drops front matter and keeps snake_case words intact', async () => {
    const doc = await parseDocument({
      text: '---\ntitle: x\n---\n# Title\n\nThe file_name stays.',
      lang: 'en',
      filename: 'a.markdown',
    });
    expect(texts(doc)).toEqual(['Title', 'The file_name stays.']);
    expect(doc.dropped.filter((d) => d.reason === 'front_matter')).toHaveLength(3);
  });
});
