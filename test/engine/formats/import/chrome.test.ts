import { parseDocument } from '../../../../server/engine/formats/import';
import { chromeReason, stripBoardTag } from '../../../../server/engine/formats/import/chrome';
import { kinds, texts } from './helpers';

// Invented forum and CMS pages: the same general rules must clean both language sides.
const ZH_FORUM = `首页 | 论坛 | 新闻 | 登录 | 注册
返回列表 发布新帖

[转帖] 河口市新建跨江大桥今日通车

阅读：1024 回复：12
老张 发表于 2 小时前 | 只看该作者
大桥效果图.png (235.6 KB, 下载次数: 3)
图为大桥夜景。（资料图）

连接河口市南北两岸的跨江大桥今天上午正式通车，全长约两千四百米，比原计划提前三个月完工。

市交通局负责人表示，大桥通车后，两岸之间的通行时间将从四十分钟缩短到十分钟左右。

分享到：微信 微博 QQ空间
责任编辑：赵六
回复 举报
您需要登录后才可以回帖 登录 | 立即注册
本版积分规则
返回顶部`;

const EN_CMS = `Home | World | Business | Tech | Opinion
Sign in
Bridge Opens Across the River Two Months Early

By Lin Xiao
March 12, 2026

The new bridge linking the two banks of Hekou opened on Thursday morning, three months ahead of schedule, officials said.

Advertisement

Travel time between the two banks will fall from about forty minutes to ten, the city's transport bureau said.
Share this article
Posted by admin 3 hours ago
Copyright © 2026 Hekou Daily. All rights reserved.

Related articles

City plans second bridge by 2030
Ferry operators fear loss of passengers`;

describe('chrome removal on a Chinese forum page', () => {
  it('keeps the title, caption and body and drops forum chrome with reasons', async () => {
    const doc = await parseDocument({ text: ZH_FORUM, lang: 'zh' });
    expect(texts(doc)).toEqual([
      '河口市新建跨江大桥今日通车',
      '图为大桥夜景。（资料图）',
      '连接河口市南北两岸的跨江大桥今天上午正式通车，全长约两千四百米，比原计划提前三个月完工。',
      '市交通局负责人表示，大桥通车后，两岸之间的通行时间将从四十分钟缩短到十分钟左右。',
    ]);
    expect(kinds(doc)).toEqual(['headline', 'caption', 'body', 'body']);
    const reasons = Object.fromEntries(doc.dropped.map((d) => [d.text, d.reason]));
    expect(reasons).toEqual({
      '首页 | 论坛 | 新闻 | 登录 | 注册': 'menu',
      '返回列表 发布新帖': 'chrome_vocabulary',
      '[转帖]': 'board_tag',
      '阅读：1024 回复：12': 'counter',
      '老张 发表于 2 小时前 | 只看该作者': 'post_meta',
      '大桥效果图.png (235.6 KB, 下载次数: 3)': 'image_filename',
      '分享到：微信 微博 QQ空间': 'chrome_prefix',
      '责任编辑：赵六': 'chrome_prefix',
      '回复 举报': 'chrome_vocabulary',
      '您需要登录后才可以回帖 登录 | 立即注册': 'chrome_prefix',
      本版积分规则: 'chrome_vocabulary',
      返回顶部: 'chrome_vocabulary',
    });
  });
});

describe('chrome removal on a Chinese news page pasted without blank lines', () => {
  const page = `首页 > 国际 > 正文
河口大桥提前通车 料缩短两岸通勤时间
2026-03-12 08:30 来源：河口日报 作者：张三
字号：大 中 小
分享到：
　　连接河口市南北两岸的跨江大桥今天上午正式通车，比原计划提前三个月完工。
　　市交通局负责人表示，通行时间将从四十分钟缩短到十分钟左右。
　　不过，轮渡经营者担心客源流失。
（编辑：李四）
相关新闻
河口计划2030年前建成第二座大桥
轮渡公司考虑转型`;

  it('drops breadcrumb, font-size and share widgets, bracketed editor credit and the related list', async () => {
    const doc = await parseDocument({ text: page, lang: 'zh' });
    expect(doc.paragraphs).toEqual([
      { kind: 'headline', text: '河口大桥提前通车 料缩短两岸通勤时间' },
      { kind: 'dateline', text: '2026-03-12 08:30 来源：河口日报 作者：张三' },
      { kind: 'body', text: '连接河口市南北两岸的跨江大桥今天上午正式通车，比原计划提前三个月完工。' },
      { kind: 'body', text: '市交通局负责人表示，通行时间将从四十分钟缩短到十分钟左右。' },
      { kind: 'body', text: '不过，轮渡经营者担心客源流失。' },
    ]);
    expect(doc.dropped.map((d) => [d.line, d.reason])).toEqual([
      [1, 'menu'],
      [4, 'chrome_vocabulary'],
      [5, 'chrome_prefix'],
      [9, 'chrome_prefix'],
      [10, 'after_end_marker'],
      [11, 'after_end_marker'],
      [12, 'after_end_marker'],
    ]);
  });
});

describe('masthead labels above the headline', () => {
  it('drops a site name and section label pasted above the headline, and Save/Share buttons', async () => {
    const text = [
      'Skip to main content',
      'Hekou Daily',
      'World',
      'Bridge opens across the river two months early',
      'By Lin Xiao, Hekou correspondent',
      'Published March 12, 2026',
      'Share',
      'Save',
      'The new bridge linking the two banks of Hekou opened on Thursday morning, three months ahead of schedule.',
    ].join('\n');
    const doc = await parseDocument({ text, lang: 'en' });
    expect(kinds(doc)).toEqual(['headline', 'byline', 'dateline', 'body']);
    expect(texts(doc)[0]).toBe('Bridge opens across the river two months early');
    expect(doc.dropped.filter((d) => d.reason === 'masthead').map((d) => d.text)).toEqual([
      'Hekou Daily',
      'World',
    ]);
  });

  it('keeps a short headline that only looks like a site name when body text follows it', async () => {
    const doc = await parseDocument({
      text: 'Good News\n\nThe bridge opened early, officials said.',
      lang: 'en',
    });
    expect(texts(doc)[0]).toBe('Good News');
    const zh = await parseDocument({ text: '河口日报\n\n大桥今天上午正式通车。', lang: 'zh' });
    expect(texts(zh)[0]).toBe('河口日报');
  });

  it('drops a Chinese paper name and section above the headline', async () => {
    const doc = await parseDocument({
      text: '河口日报\n国际\n大桥提前通车\n\n大桥今天上午正式通车。',
      lang: 'zh',
    });
    expect(texts(doc)).toEqual(['大桥提前通车', '大桥今天上午正式通车。']);
  });
});

describe('chrome removal on an English CMS page', () => {
  it('drops menus, share/sign-in UI, post meta, copyright and everything after "Related articles"', async () => {
    const doc = await parseDocument({ text: EN_CMS, lang: 'en' });
    expect(doc.paragraphs).toEqual([
      { kind: 'headline', text: 'Bridge Opens Across the River Two Months Early' },
      { kind: 'byline', text: 'By Lin Xiao' },
      { kind: 'dateline', text: 'March 12, 2026' },
      {
        kind: 'body',
        text: 'The new bridge linking the two banks of Hekou opened on Thursday morning, three months ahead of schedule, officials said.',
      },
      {
        kind: 'body',
        text: "Travel time between the two banks will fall from about forty minutes to ten, the city's transport bureau said.",
      },
    ]);
    const reasons = Object.fromEntries(doc.dropped.map((d) => [d.text, d.reason]));
    expect(reasons).toMatchObject({
      'Home | World | Business | Tech | Opinion': 'menu',
      'Sign in': 'chrome_vocabulary',
      Advertisement: 'chrome_vocabulary',
      'Share this article': 'chrome_prefix',
      'Posted by admin 3 hours ago': 'post_meta',
      'Copyright © 2026 Hekou Daily. All rights reserved.': 'copyright',
      'Related articles': 'after_end_marker',
      'City plans second bridge by 2030': 'after_end_marker',
    });
  });
});

describe('chromeReason', () => {
  it.each([
    ['QQ客服返回顶部', 'zh', 'chrome_vocabulary'],
    ['扫一扫添加微信客服', 'en', 'chrome_vocabulary'],
    ['20 0', 'en', 'counter'],
    ['Views: 1.2k | Replies: 34', 'en', 'counter'],
    ['IMG_2031.JPG', 'en', 'image_filename'],
    ['附件：现场照片.jpg 2025-11-1 10:20 上传', 'zh', 'image_filename'],
    ['https://example.com/news/123', 'en', 'url'],
    ['首页 新闻 国际 财经 科技', 'zh', 'menu'],
    ['请先登录后再发表评论吧', 'en', 'language_mismatch'],
    ['网友 小王 5 分钟前', 'zh', 'post_meta'],
    ['admin · 2 hours ago', 'en', 'post_meta'],
    ['Copyright 2026 Hekou Daily', 'en', 'copyright'],
  ])('classifies %j (%s) as %s', (line, lang, reason) => {
    expect(chromeReason(line, lang as 'zh' | 'en')).toBe(reason);
  });

  it.each([
    ['Lee Jae-myung’s Visit to China Likely to Improve Bilateral Ties', 'en'],
    ['The bridge opened 3 days ago, officials said.', 'en'],
    ['He said the share of exports fell to 20%.', 'en'],
    ['市交通局负责人表示，大桥通车后通行时间将缩短。', 'zh'],
    ['工程的难点', 'zh'],
    ['2026年3月12日 09:30', 'zh'],
    ['Professor Li (李明江) of NTU said so.', 'en'],
    ['Copyright Law Reform Stalls in Parliament', 'en'],
    ['Minister submitted resignation on Monday', 'en'],
    ['Share Prices Fall as Exports Slow', 'en'],
    ['三年前的约定', 'zh'],
    ['习近平 会见 李在明', 'zh'],
    ['支持与反对', 'zh'],
  ])('keeps article text %j (%s)', (line, lang) => {
    expect(chromeReason(line, lang as 'zh' | 'en')).toBeNull();
  });

  it('strips short Chinese board tags but not datelines in brackets', () => {
    expect(stripBoardTag('[日韩] Title here')).toEqual({ text: 'Title here', tag: '[日韩]' });
    expect(stripBoardTag('【原创】大桥通车')).toEqual({ text: '大桥通车', tag: '【原创】' });
    expect(stripBoardTag('【新华社北京1月4日电】记者从…').tag).toBeNull();
    expect(stripBoardTag('[Updated] Title').tag).toBeNull();
  });
});

describe('restoring a dropped line (keep)', () => {
  it('keeps a line a person restored and still drops the rest', async () => {
    const first = await parseDocument({ text: ZH_FORUM, lang: 'zh' });
    const credit = first.dropped.find((d) => d.text.startsWith('责任编辑'));
    expect(credit).toBeDefined();
    const again = await parseDocument({ text: ZH_FORUM, lang: 'zh', keep: [credit!.line] });
    expect(texts(again)).toContain('责任编辑：赵六');
    expect(again.dropped.map((d) => d.line)).not.toContain(credit!.line);
    expect(again.dropped.length).toBe(first.dropped.length - 1);
    expect(texts(again).join('\n')).not.toContain('返回列表');
  });
});
