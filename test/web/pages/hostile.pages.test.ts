// Article content is data, never markup: <script> in either language, in edits, notes, labels
// and diffs must reach the page as text.

import { createSampleArticle, createTestApp, type TestApp } from '../../helpers/app';
import { request } from '../../helpers/auth';

const ZH = '标题<script>alert("zh")</script>\n\n正文<img src=x onerror=alert(1)>一。\n\n第三段。';
const EN = 'Title <script>alert("en")</script>\n\nBody <img src=x onerror=alert(2)> one.\n\nThird paragraph.';

function expectInert(html: string): void {
  expect(html).not.toMatch(/<script>alert/);
  expect(html).not.toMatch(/<img src=x/);
  expect(html).not.toMatch(/<\/script><script/);
}

let t: TestApp;
beforeEach(() => {
  t = createTestApp();
});
afterEach(() => t.close());

describe('hostile content', () => {
  it('is shown as text in the preview, the list, every article view, history, flags and JSON rows', async () => {
    const preview = await request(t.app)
      .post('/articles')
      .type('form')
      .send({ intent: 'preview', zhText: ZH, enText: EN });
    expect(preview.status).toBe(200);
    expectInert(preview.text);
    expect(preview.text).toContain('&lt;script&gt;alert(&#34;zh&#34;)&lt;/script&gt;');

    const id = await createSampleArticle(t, ZH, EN);
    const rows = t.services.articles.get(id).segments;
    const list = await request(t.app).get('/articles');
    expectInert(list.text);
    expect(list.text).toContain('&lt;script&gt;');

    // an edit that adds more markup, so the diff and the history carry it too
    const edited = 'Body <script>alert("edit")</script> <b>one</b>.';
    const saved = await request(t.app)
      .post(`/articles/${id}/segments/${rows[1].id}`)
      .set('Accept', 'application/json')
      .type('form')
      .send({ text: edited });
    expect(saved.status).toBe(200);
    expectInert(saved.body.rowHtml);
    expect(saved.body.rowHtml).toContain('<ins>script&gt;</ins>');
    expect(saved.body.rowHtml).toContain('<ins>&lt;/script</ins>&gt;');
    expect(saved.body.rowHtml).toContain('<del>img src=x onerror=</del>');

    await request(t.app)
      .post(`/articles/${id}/flags`)
      .type('form')
      .send({
        segmentId: String(rows[1].id),
        category: 'style',
        severity: 'minor',
        note: '<script>alert("note")</script>',
        suggestion: '<img src=x onerror=alert(3)>',
      });
    const flag = t.services.flags.list(id)[0];
    await request(t.app)
      .post(`/articles/${id}/flags/${flag.id}/comments`)
      .type('form')
      .send({ body: '<script>alert("comment")</script>' });
    await request(t.app).post(`/articles/${id}/renderings`).type('form').send({
      label: '<script>alert("label")</script>',
      text: 'Title <script>alert("alt")</script>\n\nBody.',
    });
    const rendering = t.services.articles.get(id).renderings[0];

    for (const url of [
      `/articles/${id}`,
      `/articles/${id}?view=diff`,
      `/articles/${id}?view=r${rendering.id}`,
      `/articles/${id}?edit=${rows[1].id}`,
      `/articles/${id}?lang=zh-CN`,
      `/articles/${id}/segments/${rows[1].id}/history`,
    ]) {
      const res = await request(t.app).get(url);
      expect(res.status).toBe(200);
      expectInert(res.text);
    }
    const page = await request(t.app).get(`/articles/${id}?view=diff`);
    expect(page.text).toContain('&lt;script&gt;alert(&#34;note&#34;)&lt;/script&gt;');
    expect(page.text).toContain('&lt;script&gt;alert(&#34;comment&#34;)&lt;/script&gt;');
    expect(page.text).toContain('&lt;script&gt;alert(&#34;label&#34;)&lt;/script&gt;');
    const history = await request(t.app).get(`/articles/${id}/segments/${rows[1].id}/history`);
    expect(history.text).toContain('&lt;script&gt;alert(&#34;edit&#34;)&lt;/script&gt;');
  });

  it('escapes what comes back in error pages and re-rendered forms', async () => {
    const notFound = await request(t.app).get('/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(notFound.status).toBe(404);
    expectInert(notFound.text);
    const form = await request(t.app)
      .post('/articles')
      .type('form')
      .send({ zhText: '', enText: '</textarea><script>alert(1)</script>' });
    expect(form.status).toBe(400);
    expectInert(form.text);
    expect(form.text).toContain('&lt;/textarea&gt;&lt;script&gt;');
  });
});
