import { type AlignedRow, renderAlignmentMap } from '../../../server/engine/align';

const ref = (n: number) => ({ paragraph: 0, start: n, end: n + 1 });
const rows: AlignedRow[] = [
  { kind: 'headline', zh: [ref(0)], en: [ref(0)], confidence: 0.95 },
  { kind: 'body', zh: [ref(1)], en: [], confidence: 0.3 }, // deletion
  { kind: 'body', zh: [ref(2)], en: [ref(1), ref(2)], confidence: 0.6 },
  { kind: 'body', zh: [], en: [ref(3)], confidence: 0.2 }, // insertion
  { kind: 'body', zh: [ref(3)], en: [ref(4)], confidence: 0.9, manual: true },
];

describe('renderAlignmentMap', () => {
  it('draws every row, with unmatched sentences and low confidence marked without colour alone', () => {
    const svg = renderAlignmentMap(rows, { title: 'Demo' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg.match(/<title>/g)).toHaveLength(rows.length + 1);
    expect(svg.match(/class="unmatched"/g)).toHaveLength(2);
    expect(svg).toContain('zh 2 ↔ en –, confidence 0.30 (low)');
    expect(svg).toContain('zh – ↔ en 4, confidence 0.20 (low)');
    expect(svg).toContain('set by hand');
    // low confidence is dashed as well as red
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(2);
    expect(svg).toContain('(4)'); // zh sentence count on the axis caption
  });

  it('escapes every caller-supplied text', () => {
    const svg = renderAlignmentMap(rows, {
      title: '<script>alert("x")</script> & co',
      zhLabel: '中文 <b>',
      enLabel: "it's",
    });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(svg).toContain('中文 &lt;b&gt;');
    expect(svg).toContain('it&#39;s');
  });

  it('renders an empty alignment', () => {
    expect(renderAlignmentMap([])).toContain('(0)');
  });
});
