import iconv from 'iconv-lite';
import { parseDocument } from '../../../../server/engine/formats/import';
import { fixture, texts } from './helpers';

describe('parseDocument: HTML pages', () => {
  it('extracts the article with its headline, subheading, byline, dateline, caption and body', async () => {
    const doc = await parseDocument({
      buffer: fixture('news-page.html.fixture'),
      filename: 'page.html',
      lang: 'en',
    });
    expect(doc.format).toBe('html');
    expect(doc.paragraphs).toEqual([
      { kind: 'headline', text: 'Bridge Opens Across the River Two Months Early' },
      { kind: 'subhead', text: 'Infrastructure' },
      { kind: 'subhead', text: 'Ferry operators fear for their business' },
      { kind: 'byline', text: 'By Lin Xiao' },
      { kind: 'dateline', text: 'March 12, 2026' },
      { kind: 'caption', text: 'Workers walk on the deck before the opening ceremony. (Reuters)' },
      {
        kind: 'body',
        text: 'The new bridge linking the two banks of Hekou opened on Thursday morning, three months ahead of schedule, officials said.',
      },
      { kind: 'subhead', text: 'Shorter commutes' },
      {
        kind: 'body',
        text: "Travel time between the two banks will fall from about forty minutes to ten, the city's transport bureau said. A sign reading <script>alert(1)</script> was shown as a joke.",
      },
    ]);
  });

  it('drops navigation, share widgets, login prompts, comments, forms, ads, asides and footers', async () => {
    const doc = await parseDocument({
      buffer: fixture('news-page.html.fixture'),
      filename: 'page.html',
      lang: 'en',
    });
    const kept = texts(doc).join('\n');
    for (const chrome of [
      'World',
      'Sign in to comment',
      'Home › World',
      'Share on Facebook',
      '分享到微信',
      'Advertisement',
      'Buy now',
      'newsletter',
      'Tags: bridge',
      'Comments (2)',
      'Great news',
      'log in before',
      'Most read',
      'Copyright',
      'Please enable JavaScript',
    ]) {
      expect(kept).not.toContain(chrome);
    }
    const dropped = doc.dropped.map((d) => d.text).join('\n');
    expect(dropped).toContain('Share on Facebook');
    expect(dropped).toContain('You need to log in before you can comment.');
    expect(doc.dropped.every((d) => d.line > 0 && d.reason.length > 0)).toBe(true);
  });

  it('never runs or keeps scripts, handlers or markup: the result is plain text', async () => {
    const doc = await parseDocument({
      buffer: fixture('news-page.html.fixture'),
      filename: 'page.html',
      lang: 'en',
    });
    const all = JSON.stringify(doc);
    expect(all).not.toContain('tracker');
    expect(all).not.toContain('injected paragraph');
    expect(all).not.toContain('onerror');
    expect(all).not.toContain("alert('p')");
    expect(all).not.toMatch(/<(p|img|figure|a)\b/);
  });

  it('reads a Chinese page in GBK declared by its meta tag, splitting <br> paragraphs', async () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>大桥通车_河口新闻网</title></head>' +
      '<body><div id="nav">首页 | 新闻 | 登录</div><div class="content">连接两岸的跨江大桥今天上午正式通车，全长约两千四百米。<br><br>' +
      '市交通局负责人表示，通行时间将从四十分钟缩短到十分钟左右。<br>责任编辑：赵六</div>' +
      '<div class="share">分享到：微信 微博</div></body></html>';
    const doc = await parseDocument({ buffer: iconv.encode(html, 'gbk'), filename: 'news.htm', lang: 'zh' });
    expect(doc.encoding).toBe('GB18030');
    expect(doc.paragraphs).toEqual([
      { kind: 'headline', text: '大桥通车' },
      { kind: 'body', text: '连接两岸的跨江大桥今天上午正式通车，全长约两千四百米。' },
      { kind: 'body', text: '市交通局负责人表示，通行时间将从四十分钟缩短到十分钟左右。' },
    ]);
    expect(doc.dropped.map((d) => d.text)).toEqual(
      expect.arrayContaining(['首页 | 新闻 | 登录', '责任编辑：赵六']),
    );
  });

  it('recognises pasted HTML by its doctype', async () => {
    const doc = await parseDocument({
      text: '<!doctype html><h1>Title</h1><p>Body &amp; more text here.</p><script>alert(1)</script>',
      lang: 'en',
    });
    expect(doc.format).toBe('html');
    expect(texts(doc)).toEqual(['Title', 'Body & more text here.']);
  });
});
