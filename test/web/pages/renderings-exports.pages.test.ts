import { createSampleArticle, createTestApp, type TestApp } from '../../helpers/app';
import { request } from '../../helpers/auth';

let t: TestApp;
let id: number;
beforeEach(async () => {
  t = createTestApp();
  id = await createSampleArticle(t);
});
afterEach(() => t.close());

const SECOND = [
  "Lee Jae-myung's China visit expected to improve bilateral ties",
  'South Korean President Lee Jae-myung began a four-day state visit to China on Sunday.',
  'Scholars interviewed said relations could improve.',
].join('\n\n');

describe('POST /articles/:id/renderings', () => {
  it('attaches a second rendering and shows it row by row against the current English', async () => {
    const res = await request(t.app)
      .post(`/articles/${id}/renderings`)
      .type('form')
      .send({ label: 'Publisher', text: SECOND });
    expect(res.status).toBe(303);
    const m = /view=(r\d+)&notice=rendering_added$/.exec(res.headers.location);
    expect(m).not.toBeNull();
    const page = await request(t.app).get(`/articles/${id}?view=${m![1]}&lang=en`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('body class="page-article view-compare"');
    expect(page.text).toContain('Compared with “Publisher”');
    expect(page.text).toMatch(/data-en-compare>[^\n]*?<del>[^<]*could[^<]*<\/del>/);
    expect(page.text).toMatch(/data-en-compare>[^\n]*?<ins>[^<]*are likely to[^<]*<\/ins>/);
  });

  it('re-renders with the label kept and a translated 400 when the text is empty', async () => {
    const res = await request(t.app)
      .post(`/articles/${id}/renderings?lang=en`)
      .type('form')
      .send({ label: 'Publisher', text: '' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('The English text is empty.');
    expect(res.text).toContain('name="label" maxlength="200" required value="Publisher"');
  });

  it('answers 404 for an unknown rendering in the view', async () => {
    const res = await request(t.app).get(`/articles/${id}?view=r999&lang=en`);
    expect(res.status).toBe(404);
    expect(res.text).toContain('There is no rendering 999 for this article.');
  });
});

describe('GET /articles/:id/export', () => {
  it('lists the formats in the export menu', async () => {
    const page = await request(t.app).get(`/articles/${id}?lang=en`);
    for (const f of ['txt', 'md', 'tsv']) expect(page.text).toContain(`<option value="${f}">`);
    expect(page.text).toContain('Plain text (.txt)');
  });

  it('downloads the corrected English as .txt and .md, headline first, and the pairs as .tsv', async () => {
    const row = t.services.articles.get(id).segments[1];
    await request(t.app)
      .post(`/articles/${id}/segments/${row.id}`)
      .type('form')
      .send({ text: 'Edited second row.' });
    const txt = await request(t.app).get(`/articles/${id}/export?format=txt`);
    expect(txt.status).toBe(200);
    expect(txt.headers['content-type']).toMatch(/^text\/plain/);
    expect(txt.headers['content-disposition']).toMatch(/attachment; filename="?duizhao-\d+[^"]*\.txt"?/);
    expect(txt.text.split('\n')[0]).toBe(
      "Lee Jae-myung's visit to China is likely to improve bilateral ties",
    );
    expect(txt.text).toContain('Edited second row.');
    const md = await request(t.app).get(`/articles/${id}/export?format=md`);
    expect(md.status).toBe(200);
    expect(md.text).toMatch(/^# Lee Jae-myung/);
    const tsv = await request(t.app).get(`/articles/${id}/export?format=tsv`);
    expect(tsv.status).toBe(200);
    expect(tsv.text).toContain('李在明访华料改善双边关系');
  });

  it('answers a translated 400 for an unknown format', async () => {
    const res = await request(t.app).get(`/articles/${id}/export?format=pdf&lang=zh-CN`);
    expect(res.status).toBe(400);
    expect(res.text).toContain('审校台无法导出“pdf”格式。');
  });
});
