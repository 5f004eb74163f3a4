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

  it('ignores a logo <h1> in the page header when the article has its own <h1>', async () => {
    const doc = await parseDocument({
      text:
        '<!doctype html><body><header><h1 class="site-logo">Hekou Daily</h1></header><div id="main">' +
        '<article><h1>Bridge opens</h1><p>The new bridge opened on Thursday morning, officials said, three months early.</p>' +
        '<p>Travel time between the banks will fall to ten minutes, the transport bureau said.</p></article></div></body>',
      lang: 'en',
    });
    expect(texts(doc)[0]).toBe('Bridge opens');
    expect(texts(doc)).not.toContain('Hekou Daily');
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

describe('parseDocument: a forum thread page (Discuz-style tables)', () => {
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>[时事] 大桥提前通车 - 河口论坛 - Powered by Discuz!</title></head><body>
<div id="hd"><div class="wp"><a href="/">河口论坛</a> 登录 | 立即注册 | 找回密码</div></div>
<div id="pt" class="bm cl"><div class="z"><a href="/">论坛</a> › <a href="/f1">时事</a> › 查看内容</div></div>
<div id="postlist"><table><tr>
<td class="pls">老张<br>主题 20 帖子 300 积分 500</td>
<td class="plc"><div class="pi">老张 发表于 3 天前 | 只看该作者 | 倒序浏览</div>
<h1 class="ts"><a href="/f1">[时事]</a> <span id="thread_subject">大桥提前通车</span></h1>
<div class="pct"><table><tr><td class="t_f" id="postmessage_1">
连接两岸的跨江大桥今天上午正式通车，比原计划提前三个月完工。<br><br>
市交通局负责人表示，通行时间将从四十分钟缩短到十分钟左右。<br><br>
<ignore_js_op><img src="data/attachment/bridge.jpg" alt=""><div class="tip">bridge.jpg (25.3 KB, 下载次数: 0)</div></ignore_js_op>
图为大桥夜景。（资料图）
</td></tr></table></div></td></tr></table></div>
<div id="f_pst">您需要登录后才可以回帖 登录 | 立即注册</div>
<div id="ft">Archiver|手机版|小黑屋|河口论坛</div>
<div id="scrolltop"><a title="返回顶部">返回顶部</a></div>
</body></html>`;

  it('keeps the thread title and post body, drops user panels, post meta, attachments and prompts', async () => {
    const doc = await parseDocument({ text: page, lang: 'zh', filename: 'thread.html' });
    expect(doc.paragraphs).toEqual([
      { kind: 'headline', text: '大桥提前通车' },
      { kind: 'body', text: '连接两岸的跨江大桥今天上午正式通车，比原计划提前三个月完工。' },
      { kind: 'body', text: '市交通局负责人表示，通行时间将从四十分钟缩短到十分钟左右。' },
      { kind: 'caption', text: '图为大桥夜景。（资料图）' },
    ]);
    const dropped = doc.dropped.map((d) => d.text);
    expect(dropped).toEqual(expect.arrayContaining(['[时事]', 'bridge.jpg (25.3 KB, 下载次数: 0)']));
  });
});
