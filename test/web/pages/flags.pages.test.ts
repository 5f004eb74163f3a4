import { createSampleArticle, createTestApp, type TestApp } from '../../helpers/app';
import { request } from '../../helpers/auth';

let t: TestApp;
let id: number;
let rows: { id: number; en: string }[];
beforeEach(async () => {
  t = createTestApp();
  id = await createSampleArticle(t);
  rows = t.services.articles.get(id).segments;
});
afterEach(() => t.close());

function flagForm(extra: Record<string, string> = {}) {
  return {
    segmentId: String(rows[2].id),
    type: 'other',
    category: 'accuracy/mistranslation',
    severity: 'major',
    note: '可望 is hedged; the English is not.',
    ...extra,
  };
}

describe('POST /articles/:id/flags', () => {
  it('adds a flag from a plain form and shows it in its row and in the list', async () => {
    const res = await request(t.app).post(`/articles/${id}/flags`).type('form').send(flagForm());
    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(new RegExp(`^/articles/${id}\\?notice=flag_added#flag-\\d+$`));
    const page = await request(t.app).get(`/articles/${id}?lang=en`);
    const row3 = page.text.slice(page.text.indexOf('id="row-3"'), page.text.indexOf('id="row-3"') + 6000);
    expect(row3).toContain('class="flag sev-major status-open origin-person"');
    expect(row3).toContain('可望 is hedged; the English is not.');
    expect(page.text).toContain('Flags shown: 1');
    // the row's page of rows and the flag's anchor (row-pages.ts): row 3 is on the first page
    expect(page.text).toMatch(
      new RegExp(`<a href="/articles/${id}#flag-\\d+" data-flag-link="\\d+">Row 3</a>`),
    );
  });

  it("keeps the reviewer's view through the form and its redirect", async () => {
    const page = await request(t.app).get(`/articles/${id}?view=diff&lang=en`);
    const form = page.text.slice(
      page.text.indexOf('data-flag-form>'),
      page.text.indexOf('data-flag-form>') + 200,
    );
    expect(form).toContain('<input type="hidden" name="view" value="diff">');
    const res = await request(t.app)
      .post(`/articles/${id}/flags`)
      .type('form')
      .send({ ...flagForm(), view: 'diff' });
    expect(res.headers.location).toMatch(
      new RegExp(`^/articles/${id}\\?view=diff&notice=flag_added#flag-\\d+$`),
    );
  });

  it('flags a selected span of the English and quotes it', async () => {
    const start = rows[2].en.indexOf('likely');
    await request(t.app)
      .post(`/articles/${id}/flags`)
      .type('form')
      .send(
        flagForm({ enStart: String(start), enEnd: String(start + 'likely'.length), suggestion: 'expected' }),
      );
    const page = await request(t.app).get(`/articles/${id}?lang=en`);
    expect(page.text).toContain('On the words: “likely”');
    expect(page.text).toContain('Suggestion: expected');
  });

  it('expresses "headline contradicts body": the headline row pointing at a body row', async () => {
    await request(t.app)
      .post(`/articles/${id}/flags`)
      .type('form')
      .send(
        flagForm({
          segmentId: String(rows[0].id),
          relatedSegmentId: String(rows[2].id),
          type: 'headline',
          severity: 'critical',
        }),
      );
    const page = await request(t.app).get(`/articles/${id}?lang=en`);
    const row1 = page.text.slice(page.text.indexOf('id="row-1"'), page.text.indexOf('id="row-2"'));
    expect(row1).toContain('Headline contradicts body');
    expect(row1).toContain(`<a href="/articles/${id}#row-3">contradicted by row 3</a>`);
    const row3 = page.text.slice(page.text.indexOf('id="row-3"'));
    expect(row3).toMatch(
      /class="related-pointer"><a href="#flag-\d+">Headline contradicts body · Row 1<\/a>/,
    );
  });

  it('re-renders the form with the input kept and a translated 400 when a field is wrong', async () => {
    const en = await request(t.app)
      .post(`/articles/${id}/flags?lang=en`)
      .type('form')
      .send(flagForm({ category: 'vibes' }));
    expect(en.status).toBe(400);
    expect(en.text).toContain('The field “category” is missing or not valid.');
    expect(en.text).toContain('>可望 is hedged; the English is not.</textarea>');
    const zh = await request(t.app)
      .post(`/articles/${id}/flags?lang=zh-CN`)
      .type('form')
      .send(flagForm({ severity: '' }));
    expect(zh.status).toBe(400);
    expect(zh.text).toContain('字段“severity”缺失或无效。');
    expect(t.services.flags.list(id)).toHaveLength(0);
  });

  it('answers fetch() with 201 and the flag', async () => {
    const res = await request(t.app)
      .post(`/articles/${id}/flags`)
      .set('Accept', 'application/json')
      .type('form')
      .send(flagForm());
    expect(res.status).toBe(201);
    expect(res.body.flag).toMatchObject({
      segmentId: rows[2].id,
      severity: 'major',
      status: 'open',
      origin: 'person',
    });
  });
});

describe('flag filters, status and comments', () => {
  it('filters the list by severity and status, and resolves and comments from plain forms', async () => {
    await request(t.app).post(`/articles/${id}/flags`).type('form').send(flagForm());
    await request(t.app)
      .post(`/articles/${id}/flags`)
      .type('form')
      .send(flagForm({ severity: 'minor', note: 'Comma.' }));
    const [minor] = t.services.flags.list(id, { severity: 'minor' });
    const filtered = await request(t.app).get(`/articles/${id}?fseverity=minor&lang=en`);
    expect(filtered.text).toContain('Flags shown: 1');
    const resolved = await request(t.app)
      .post(`/articles/${id}/flags/${minor.id}/status`)
      .type('form')
      .send({ status: 'resolved' });
    expect(resolved.status).toBe(303);
    const comment = await request(t.app)
      .post(`/articles/${id}/flags/${minor.id}/comments`)
      .type('form')
      .send({ body: 'Fixed in the next revision.' });
    expect(comment.status).toBe(303);
    const open = await request(t.app).get(`/articles/${id}?fstatus=open&lang=en`);
    expect(open.text).toContain('Flags shown: 1');
    const page = await request(t.app).get(`/articles/${id}?fstatus=resolved&lang=zh-CN`);
    expect(page.text).toContain('显示 1 个标记');
    expect(page.text).toContain('Fixed in the next revision.');
    expect(page.text).toMatch(/class="flag sev-minor status-resolved origin-person"/);
  });

  it('rejects an unknown status with a translated 400 and an unknown flag with 404', async () => {
    await request(t.app).post(`/articles/${id}/flags`).type('form').send(flagForm());
    const [flag] = t.services.flags.list(id);
    const bad = await request(t.app)
      .post(`/articles/${id}/flags/${flag.id}/status?lang=en`)
      .type('form')
      .send({ status: 'done' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('That status is not allowed here.');
    const missing = await request(t.app)
      .post(`/articles/${id}/flags/9999/status?lang=en`)
      .type('form')
      .send({ status: 'open' });
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('There is no flag 9999 on this article.');
    const badFilter = await request(t.app).get(`/articles/${id}?fseverity=huge&lang=en`);
    expect(badFilter.status).toBe(400);
  });
});
