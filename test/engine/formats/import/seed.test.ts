import fs from 'node:fs';
import { parseDocument } from '../../../../server/engine/formats/import';
import { SEED_FILE, texts } from './helpers';

// The seed is real, third-party text: it is read from ../shared/seed, never committed.
const haveSeed = fs.existsSync(SEED_FILE);
if (!haveSeed) {
  console.warn(`seed file not found at ${SEED_FILE} (set SHARED_DIR): seed import tests skipped`);
}
const describeSeed = haveSeed ? describe : describe.skip;

const FORUM_LINES = [
  '返回列表 发布新帖',
  '20 0',
  '西门豹 发表于 3 天前 | 查看全部 阅读模式',
  'Lee Jae-myung.jpg',
  '回复',
  '您需要登录后才可以回帖 登录 | 立即注册',
  '本版积分规则',
  '关灯 在本版发帖',
  '扫一扫添加微信客服',
  'QQ客服返回顶部',
  '快速回复 返回顶部 返回列表',
];

describeSeed('parseDocument: the seed forum repost as the English side', () => {
  const load = () => parseDocument({ text: fs.readFileSync(SEED_FILE, 'utf8'), lang: 'en' });

  it('makes the repost title the headline with the board tag dropped', async () => {
    const doc = await load();
    expect(doc.paragraphs[0]).toEqual({
      kind: 'headline',
      text: "Lee Jae-myung's visit to China is highly likely to improve bilateral security issues.",
    });
    expect(doc.dropped).toContainEqual({ line: 3, text: '[日韩]', reason: 'board_tag' });
  });

  it("keeps the article's own headline as a subhead row and the photo caption as a caption row", async () => {
    const doc = await load();
    expect(doc.paragraphs[1]).toEqual({
      kind: 'subhead',
      text: 'Lee Jae-myung’s Visit to China Likely to Improve Bilateral Ties, but Security Issues Unlikely to See Breakthrough',
    });
    expect(doc.paragraphs[2].kind).toBe('caption');
    expect(doc.paragraphs[2].text).toMatch(
      /^On November 1, 2025, South Korean President Lee Jae-myung .*\(AFP\)$/,
    );
  });

  it('keeps all 16 body paragraphs, in order, as body rows', async () => {
    const doc = await load();
    const body = texts(doc, 'body');
    expect(body).toHaveLength(16);
    expect(body[0]).toMatch(/^South Korean President Lee Jae-myung began a four-day state visit/);
    expect(body[15]).toMatch(/will accompany President Lee on his China visit\.$/);
    expect(doc.paragraphs).toHaveLength(19);
  });

  it('drops every forum line and reports each with a reason', async () => {
    const doc = await load();
    const kept = doc.paragraphs.map((p) => p.text).join('\n');
    for (const line of FORUM_LINES) {
      expect(kept.split('\n')).not.toContain(line);
      expect(doc.dropped.map((d) => d.text)).toContain(line);
    }
    expect(kept).not.toMatch(/\p{Script=Han}/u);
    expect(Object.fromEntries(doc.dropped.map((d) => [d.text, d.reason]))).toMatchObject({
      '20 0': 'counter',
      '西门豹 发表于 3 天前 | 查看全部 阅读模式': 'post_meta',
      'Lee Jae-myung.jpg': 'image_filename',
      '返回列表 发布新帖': 'chrome_vocabulary',
    });
  });

  it('reports UTF-8 text when the seed is uploaded as bytes', async () => {
    const doc = await parseDocument({ buffer: fs.readFileSync(SEED_FILE), filename: 'seed.txt', lang: 'en' });
    expect(doc.encoding).toBe('UTF-8');
    expect(doc.format).toBe('text');
    expect(doc.paragraphs[0].kind).toBe('headline');
  });
});
