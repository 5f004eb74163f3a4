import { splitChineseSentences } from '../../../server/engine/text/sentences-zh';

const parts = (text: string) => splitChineseSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitChineseSentences', () => {
  it('splits after 。！？； and keeps offsets into the original text', () => {
    const text = '他来了。你好吗？太好了！第一；第二';
    const spans = splitChineseSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      '他来了。',
      '你好吗？',
      '太好了！',
      '第一；',
      '第二',
    ]);
    expect(spans[1]).toEqual({ start: 4, end: 8 });
  });

  it('keeps runs of terminators and a closing quote with the sentence they end', () => {
    expect(parts('他说：“我走了。”她笑了。')).toEqual(['他说：“我走了。”', '她笑了。']);
    expect(parts('真的吗？！当然。')).toEqual(['真的吗？！', '当然。']);
    expect(parts('（见附件。）下一句。')).toEqual(['（见附件。）', '下一句。']);
  });

  it('ends a sentence at an ellipsis', () => {
    expect(parts('他想了想……然后走了。')).toEqual(['他想了想……', '然后走了。']);
  });

  it('splits a multi-sentence quotation at its full stops and marks those boundaries soft', () => {
    const text = '他说：“我走了。你呢？”然后离开。';
    expect(parts(text)).toEqual(['他说：“我走了。', '你呢？”', '然后离开。']);
    expect(splitChineseSentences(text).map((s) => s.soft ?? false)).toEqual([false, true, false]);
    expect(parts('“好，”他说，“我走了。”')).toEqual(['“好，”他说，“我走了。”']);
  });

  it('never splits inside a book title', () => {
    expect(parts('他读了《再见。朋友！》这本书。')).toEqual(['他读了《再见。朋友！》这本书。']);
  });

  it('marks the boundary after a semicolon soft', () => {
    const text = '第一；第二。第三。';
    expect(splitChineseSentences(text).map((s) => [text.slice(s.start, s.end), s.soft ?? false])).toEqual([
      ['第一；', false],
      ['第二。', true],
      ['第三。', false],
    ]);
  });

  it('ends a quotation closed after spaces, as news copy often has it', () => {
    expect(parts('皮莱说 ： “ 他们能康复 。 ”他说，这包括老人。')).toEqual([
      '皮莱说 ： “ 他们能康复 。 ”',
      '他说，这包括老人。',
    ]);
  });

  it('keeps a credit closing a caption with it', () => {
    expect(parts('两国元首互赠礼物。（法新社）')).toEqual(['两国元首互赠礼物。（法新社）']);
    expect(parts('两国元首互赠礼物。（法新社）\n第二句。')).toEqual([
      '两国元首互赠礼物。（法新社）',
      '第二句。',
    ]);
  });

  it('does not split inside numbers like 3.5', () => {
    expect(parts('增长了3.5%。下降2.1个百分点。')).toEqual(['增长了3.5%。', '下降2.1个百分点。']);
  });

  it('treats an unclosed quotation as text, not as a quotation swallowing the rest', () => {
    expect(parts('他说：“我走了。你呢？')).toEqual(['他说：“我走了。', '你呢？']);
  });

  it('always breaks at a line break and skips blank space', () => {
    expect(parts('标题\n\n  第一句。 第二句')).toEqual(['标题', '第一句。', '第二句']);
    expect(splitChineseSentences('   ')).toEqual([]);
  });
});
