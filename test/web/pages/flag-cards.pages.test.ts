// Flag cards on the article page: a title that says what is wrong, the message once in the UI's
// language (the other on demand), the evidence located in both language cells.
import { request } from '../../helpers/auth';
import { appFor, importDemo, makeDesk, type TestDesk } from '../../helpers/services';

describe('flag cards', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  let id: number;
  beforeEach(async () => {
    desk = makeDesk();
    app = appFor(desk);
    id = await importDemo(desk.services, 'visit');
  });
  afterEach(() => desk.close());

  const card = (html: string, flagId: number) => {
    const start = html.indexOf(`id="flag-${flagId}"`);
    const next = html.indexOf('<details class="flag ', start);
    const end = Math.min(html.indexOf('</td>', start), next < 0 ? Number.POSITIVE_INFINITY : next);
    return html.slice(html.lastIndexOf('<details', start), end);
  };

  it('names the kind of finding and shows its message once, in the UI language', async () => {
    const number = desk.services.flags.list(id, { type: 'number' })[0];
    const zh = await request(app).get(`/articles/${id}?lang=zh-CN`);
    const zhCard = card(zh.text, number.id);
    expect(zhCard).toMatch(/<span class="flag-title">(数字与中文不一致|数量级错误（万\/亿）)<\/span>/);
    const summary = zhCard.slice(0, zhCard.indexOf('</summary>'));
    expect(summary).toContain(number.messageZh!.replace(/"/g, '&#34;').slice(0, 6));
    expect(summary).not.toContain('The English');
    // the English message is there once, on demand
    expect(zhCard.split('The English').length - 1).toBe(1);
    expect(zhCard).toContain('<details class="other-lang"><summary>English / 中文</summary><p lang="en">');
    // the checks' own name is translated
    expect(zhCard).toContain('自动检查 标记于');
    expect(zhCard).not.toContain('checks 标记于');

    const enPage = await request(app).get(`/articles/${id}?lang=en`);
    const enCard = card(enPage.text, number.id);
    expect(enCard).toMatch(
      /<span class="flag-title">(Number differs from the Chinese|Number off by a scale \(万\/亿\))<\/span>/,
    );
    expect(enCard.split('The English').length - 1).toBe(1);
  });

  it('locates the evidence in both cells for the client to mark (data-zh, data-en as start,end)', async () => {
    const article = desk.services.articles.get(id);
    const number = article.flags.find(
      (f) => f.type === 'number' && f.zhStart !== null && f.enStart !== null,
    )!;
    const row = article.segments[number.segmentPosition];
    const page = await request(app).get(`/articles/${id}?lang=en`);
    const open = card(page.text, number.id).slice(0, 400);
    const zh = /data-zh="(\d+),(\d+)"/.exec(open)!;
    const en = /data-en="(\d+),(\d+)"/.exec(open)!;
    expect(row.zh.slice(Number(zh[1]), Number(zh[2]))).toBe(row.zh.slice(number.zhStart!, number.zhEnd!));
    expect(row.en.slice(Number(en[1]), Number(en[2]))).toBe(row.en.slice(number.enStart!, number.enEnd!));
  });

  it('two headline findings on one row read differently', async () => {
    const page = await request(app).get(`/articles/${id}?lang=en`);
    const row1 = page.text.slice(page.text.indexOf('id="row-1"'), page.text.indexOf('id="row-2"'));
    const titles = [...row1.matchAll(/<span class="flag-title">([^<]+)<\/span>/g)].map((m) => m[1]);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Headline contradicts the body',
        'English headline drops the Chinese headline&#39;s negation',
      ]),
    );
    expect(new Set(titles).size).toBe(titles.length);
  });
});
