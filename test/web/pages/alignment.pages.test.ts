// Realignment and the alignment map on the article page, through plain forms (no JavaScript) on
// the real engine with a demo article. Checks and flags: checks-rows.pages.test.ts.

import { createDemoArticle, createTestApp, type TestApp } from '../../helpers/app';
import { request } from '../../helpers/auth';

let t: TestApp;
let id: number;
beforeEach(async () => {
  t = createTestApp();
  id = await createDemoArticle(t);
});
afterEach(() => t.close());

const rows = () => t.services.articles.get(id).segments;
const post = (url: string, body: Record<string, string>) => request(t.app).post(url).type('form').send(body);
const edit = (body: Record<string, string>) => post(`/articles/${id}/alignment/edits`, body);
/** The markup of row n (1-based) up to the next row. */
function rowHtml(page: string, n: number): string {
  const start = page.indexOf(`id="row-${n}"`);
  const end = page.indexOf(`id="row-${n + 1}"`, start);
  return page.slice(start, end < 0 ? undefined : end);
}

describe('POST /articles/:id/alignment/edits (plain form)', () => {
  it('merges a row with the next and redirects back to that row', async () => {
    const before = rows();
    const res = await edit({ op: 'merge', segmentId: String(before[2].id) });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/articles/${id}?notice=realigned#row-3`);
    const after = rows();
    expect(after).toHaveLength(before.length - 1);
    expect(after[2].sentences.zh).toEqual([...before[2].sentences.zh, ...before[3].sentences.zh]);
    expect(after[2].manual).toBe(true);
    const page = await request(t.app).get(res.headers.location).set('Accept-Language', 'en');
    expect(page.text).toContain('The rows were realigned.');
    expect(rowHtml(page.text, 3)).toContain('class="state state-manual"');
    expect(rowHtml(page.text, 3)).toContain('Aligned by hand');
  });

  it('splits a row at the chosen sentence on each side', async () => {
    await edit({ op: 'merge', segmentId: String(rows()[1].id) });
    const merged = rows()[1];
    const n = rows().length;
    const res = await edit({
      op: 'split',
      segmentId: String(merged.id),
      zh: '1',
      en: String(merged.sentences.en.length - 1),
      view: 'diff',
    });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/articles/${id}?view=diff&notice=realigned#row-2`);
    const after = rows();
    expect(after).toHaveLength(n + 1);
    expect(after[1].sentences.zh).toEqual(merged.sentences.zh.slice(0, 1));
    expect(after[2].sentences.en).toEqual(merged.sentences.en.slice(-1));
  });

  it('moves the first English sentence of a row to the previous row', async () => {
    const before = rows();
    const res = await edit({
      op: 'move',
      segmentId: String(before[2].id),
      side: 'en',
      direction: 'previous',
    });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/articles/${id}?notice=realigned#row-3`);
    const after = rows();
    expect(after[1].sentences.en).toEqual([...before[1].sentences.en, before[2].sentences.en[0]]);
    expect(after[2].sentences.en).toEqual(before[2].sentences.en.slice(1));
    expect(after[2].sentences.zh).toEqual(before[2].sentences.zh);
  });

  it('marks the last sentence of a side unmatched: it gets a row of its own', async () => {
    await edit({ op: 'merge', segmentId: String(rows()[2].id) });
    const before = rows();
    const en = before[2].sentences.en;
    const res = await edit({
      op: 'unmatch',
      segmentId: String(before[2].id),
      side: 'en',
      sentence: String(en.length - 1),
    });
    expect(res.status).toBe(303);
    const after = rows();
    expect(after).toHaveLength(before.length + 1);
    expect(after[3].sentences).toEqual({ zh: [], en: [en.at(-1)] });
    expect(after[2].sentences.en).toEqual(en.slice(0, -1));
  });

  it('refuses an impossible change with a translated message and 400, keeping the rows', async () => {
    const before = rows();
    const last = before.at(-1)!;
    const res = await edit({ op: 'merge', segmentId: String(last.id) }).set('Accept-Language', 'en');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/html/);
    expect(res.text).toContain(
      'That alignment change is not possible here (this is the last row, there is no next row).',
    );
    expect(res.text).toContain('role="alert"');
    expect(rows()).toHaveLength(before.length);

    const zh = await edit({ op: 'explode', segmentId: String(last.id) }).set('Accept-Language', 'zh-CN');
    expect(zh.status).toBe(400);
    expect(zh.text).toContain('字段“op”缺失或无效');
  });

  it('answers fetch() with JSON: the row to return to, or the worded error with 4xx', async () => {
    const before = rows();
    const ok = await edit({ op: 'merge', segmentId: String(before[1].id) }).set('Accept', 'application/json');
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ row: 2, message: 'The rows were realigned.' });
    const bad = await edit({ op: 'split', segmentId: String(before[0].id), zh: '9' })
      .set('Accept', 'application/json')
      .set('Accept-Language', 'en');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('alignment_edit_invalid');
    expect(bad.body.error.message).toContain("the split point is outside the row's sentences");
  });

  it('opens the realignment panel of a row with its sentences, split radios and move buttons', async () => {
    const s = rows()[2];
    const page = await request(t.app).get(`/articles/${id}?realign=${s.id}&lang=en`);
    const panel = page.text.slice(page.text.indexOf(`id="realign-${s.id}"`));
    expect(panel).toContain('Realign row 3');
    for (const text of [...s.sentences.zh, ...s.sentences.en]) expect(panel).toContain(text);
    expect(panel).toContain(`<input type="radio" name="zh" value="0"`);
    expect(panel).toContain(`name="en" value="${s.sentences.en.length}"`);
    expect(panel).toContain('aria-label="Move the first Chinese sentence of row 3 to row 2"');
    expect(panel).toContain(`form="ra-${s.id}-en-next"`);
    expect(panel).toContain('Split row 3');
  });
});

describe('POST /articles/:id/alignment/undo and /rerun', () => {
  it('undoes the last change, named on the button, and lists it in the history as undone', async () => {
    const before = rows();
    await edit({ op: 'merge', segmentId: String(before[3].id) });
    const page = await request(t.app).get(`/articles/${id}?lang=en`);
    expect(page.text).toContain('Undo merge of rows 4 and 5');
    const res = await post(`/articles/${id}/alignment/undo`, {});
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/articles/${id}?notice=undone#row-4`);
    expect(rows().map((s) => s.id)).toEqual(before.map((s) => s.id));
    const after = await request(t.app).get(`/articles/${id}?lang=en`);
    expect(after.text).not.toContain('data-undo-realign');
    const history = after.text.slice(after.text.indexOf('class="align-history"'));
    expect(history).toMatch(/class="is-undone">\s*<span class="op">merge of rows 4 and 5<\/span>/);
    expect(history).toContain('editor, ');
    expect(history).toContain('>undone<');
  });

  it('says there is nothing to undo with 409 when no change was made', async () => {
    const res = await post(`/articles/${id}/alignment/undo`, {}).set('Accept-Language', 'en');
    expect(res.status).toBe(409);
    expect(res.text).toContain('There is no alignment change to undo.');
  });

  it('re-runs the aligner and keeps the rows set by hand', async () => {
    await edit({ op: 'merge', segmentId: String(rows()[2].id) });
    const merged = rows()[2];
    const res = await post(`/articles/${id}/alignment/rerun`, {});
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/articles/${id}?notice=rerun`);
    expect(rows()[2].sentences).toEqual(merged.sentences);
    const page = await request(t.app).get(res.headers.location).set('Accept-Language', 'en');
    expect(page.text).toContain('The aligner ran again; rows set or edited by hand were kept.');
  });
});

describe('alignment map', () => {
  it('opens as a panel from the toolbar, with a legend and the picture of this article', async () => {
    const page = await request(t.app).get(`/articles/${id}?lang=en`);
    const panel = page.text.slice(page.text.indexOf('<details class="popover map-panel"'));
    expect(panel).toMatch(/<summary class="btn">Map<\/summary>/);
    expect(panel).toMatch(
      new RegExp(`<img class="alignment-map" src="/articles/${id}/alignment/map.svg\\?lang=en&amp;v=`),
    );
    expect(panel).toContain('Red box with a dashed edge: unsure (below 50%)');
    expect(page.text.indexOf('map-panel')).toBeLessThan(page.text.indexOf('id="row-1"'));
  });

  it('serves the SVG with translated axis labels', async () => {
    const res = await request(t.app).get(`/articles/${id}/alignment/map.svg?lang=zh-CN`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    const svg = res.body.toString();
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('中文句子');
    const missing = await request(t.app).get('/articles/9999/alignment/map.svg');
    expect(missing.status).toBe(404);
  });
});

describe('GET /articles/:id?realign= with hostile text', () => {
  it('escapes sentence text in the realignment panel', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { id: hostile } = await t.services.articles.create({
      zh: { text: `标题\n\n第一句${evil}。第二句。` },
      en: { text: `Title\n\nFirst ${evil} sentence. Second one.` },
      author: 'tester',
    });
    const s = t.services.articles.get(hostile).segments.find((x) => x.zh.includes('第一句'))!;
    const page = await request(t.app).get(`/articles/${hostile}?realign=${s.id}&lang=en`);
    const panel = page.text.slice(page.text.indexOf(`id="realign-${s.id}"`));
    expect(panel).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page.text).not.toContain(evil);
  });
});
