import * as cheerio from 'cheerio';
import { createSampleArticle, createTestApp, type TestApp } from '../../helpers/app';
import { request } from '../../helpers/auth';

let t: TestApp;
let id: number;
let rows: { id: number; version: number; en: string }[];
beforeEach(async () => {
  t = createTestApp();
  id = await createSampleArticle(t);
  rows = t.services.articles.get(id).segments;
});
afterEach(() => t.close());

const EDITED = 'Scholars interviewed said bilateral relations may improve, though not on security.';

describe('GET /articles/:id', () => {
  it('shows the rows side by side, headline first and marked, in both UI languages', async () => {
    const en = await request(t.app).get(`/articles/${id}?lang=en`);
    expect(en.status).toBe(200);
    expect(en.text).toMatch(/id="row-1"[^>]*data-segment-id="\d+"/);
    expect(en.text).toMatch(/id="row-1"[\s\S]*?<abbr class="kind" title="Headline">H<\/abbr>/);
    expect(en.text).toContain(
      '<td class="cell zh" lang="zh-CN"><div class="text">李在明访华料改善双边关系</div></td>',
    );
    expect(en.text).toContain('English rendering');
    const zh = await request(t.app).get(`/articles/${id}?lang=zh-CN`);
    expect(zh.status).toBe(200);
    expect(zh.text).toContain('英文译文');
    expect(zh.text).toMatch(/<abbr class="kind" title="标题">标<\/abbr>/);
  });

  it('shows surplus paragraphs against an empty cell, never dropping them', async () => {
    const uneven = await createSampleArticle(
      t,
      '韩国总统访华\n\n李在明星期天抵达北京。\n\n首尔股市今天下跌百分之五。\n\n气象台预报明天有雨。',
      'Korean president visits China\n\nLee Jae-myung arrived in Beijing on Sunday.',
    );
    const res = await request(t.app).get(`/articles/${uneven}?lang=en`);
    expect(res.text).toContain('首尔股市今天下跌百分之五。');
    expect(res.text).toContain('气象台预报明天有雨。');
    const $ = cheerio.load(res.text);
    const row = $('tr').filter((_, tr) => $(tr).find('td.cell.zh').text().includes('气象台预报明天有雨。'));
    expect(row.find('td.cell.en .empty-cell').text()).toBe('(nothing on this side)');
  });

  it('rejects an unknown view with 400', async () => {
    const res = await request(t.app).get(`/articles/${id}?view=bogus&lang=en`);
    expect(res.status).toBe(400);
    expect(res.text).toContain('The field “view” is missing or not valid.');
  });

  it('opens a row as a form with ?edit= (the no-JavaScript editor)', async () => {
    const res = await request(t.app).get(`/articles/${id}?edit=${rows[2].id}&lang=en`);
    expect(res.text).toContain(
      `<form class="edit-form" method="post" action="/articles/${id}/segments/${rows[2].id}"`,
    );
    expect(res.text).toMatch(
      /<textarea id="edit-\d+" name="text"[^>]*>Scholars interviewed said bilateral relations are likely to improve.<\/textarea>/,
    );
    expect(res.text).toContain(`name="version" value="${rows[2].version}"`);
  });
});

describe('POST /articles/:id/segments/:sid', () => {
  it('saves a revision from a plain form and shows the diff and the history', async () => {
    const res = await request(t.app)
      .post(`/articles/${id}/segments/${rows[2].id}`)
      .type('form')
      .send({ text: EDITED, version: String(rows[2].version), view: 'diff' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/articles/${id}?view=diff&notice=saved#row-3`);
    const page = await request(t.app).get(`/articles/${id}?view=diff&lang=en`);
    expect(page.text).toContain('class="text en-current" data-en-text>' + EDITED + '</div>');
    expect(page.text).toMatch(/data-en-diff>[^\n]*?<del>[^<]*are likely to[^<]*<\/del>/);
    expect(page.text).toMatch(/data-en-diff>[^\n]*?<ins>[^<]*may[^<]*<\/ins>/);
    expect(page.text).toContain('body class="page-article view-diff"');
    const history = await request(t.app).get(`/articles/${id}/segments/${rows[2].id}/history?lang=en`);
    expect(history.status).toBe(200);
    expect(history.text).toContain('History of row 3');
    expect(history.text).toMatch(/Revision by editor, /);
    expect(history.text).toMatch(/<ins>[^<]*may[^<]*<\/ins>/);
  });

  it('lists revisions newest first, each diffed against the one before', async () => {
    const url = `/articles/${id}/segments/${rows[1].id}`;
    await request(t.app).post(url).type('form').send({ text: 'First edit of the row.' });
    await request(t.app).post(url).type('form').send({ text: 'Second edit of the row.' });
    const history = await request(t.app).get(`${url}/history?lang=zh-CN`);
    expect(history.text).toContain('第 2 行的历史');
    const ids = [...history.text.matchAll(/id="revision-(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBeGreaterThan(ids[1]);
    const newest = history.text.indexOf('<del>First</del><ins>Second</ins>');
    expect(newest).toBeGreaterThan(history.text.indexOf(`id="revision-${ids[0]}"`));
    expect(newest).toBeLessThan(history.text.indexOf(`id="revision-${ids[1]}"`));
  });

  it('answers fetch() with the saved row and its markup', async () => {
    const res = await request(t.app)
      .post(`/articles/${id}/segments/${rows[2].id}`)
      .set('Accept', 'application/json')
      .type('form')
      .send({ text: EDITED, version: String(rows[2].version) });
    expect(res.status).toBe(200);
    expect(res.body.segment.en).toBe(EDITED);
    expect(res.body.segment.version).toBe(rows[2].version + 1);
    expect(res.body.rowHtml).toMatch(/^\s*<tr class="row kind-body is-edited[ "]/);
    expect(res.body.rowHtml).toContain(EDITED);
    expect(res.body.rowHtml).toContain(`href="/articles/${id}?edit=${rows[2].id}#row-3"`);
  });

  it('refuses a stale version with 409, keeping the text typed and showing the current one', async () => {
    const url = `/articles/${id}/segments/${rows[2].id}`;
    await request(t.app).post(url).type('form').send({ text: 'Someone else saved first.', version: '1' });
    const res = await request(t.app).post(`${url}?lang=en`).type('form').send({ text: EDITED, version: '1' });
    expect(res.status).toBe(409);
    expect(res.text).toContain('Someone saved this row while you were editing.');
    expect(res.text).toContain(`>${EDITED}</textarea>`);
    expect(res.text).toContain('conflict-current">Someone else saved first.</div>');
    const json = await request(t.app)
      .post(url)
      .set('Accept', 'application/json')
      .type('form')
      .send({ text: EDITED, version: '1' });
    expect(json.status).toBe(409);
    expect(json.body.error.code).toBe('version_conflict');
  });

  it('answers 404 for a row of another article', async () => {
    const other = await createSampleArticle(t, '别的标题\n\n正文。', 'Other title\n\nBody.');
    const otherRow = t.services.articles.get(other).segments[0].id;
    const res = await request(t.app)
      .post(`/articles/${id}/segments/${otherRow}?lang=en`)
      .type('form')
      .send({ text: 'x' });
    expect(res.status).toBe(404);
    expect(res.text).toContain(`There is no row ${otherRow} in this article.`);
  });
});
