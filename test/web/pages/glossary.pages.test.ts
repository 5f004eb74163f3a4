import { request } from '../../helpers/auth';
import { appFor, makeDesk, type TestDesk } from '../../helpers/services';

const HOSTILE = '<script>alert("zh")</script>';

describe('glossary pages', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  beforeEach(() => {
    desk = makeDesk();
    app = appFor(desk);
  });
  afterEach(() => desk.close());

  const post = (path: string, form: Record<string, string>) =>
    request(app).post(path).type('form').send(form);

  it('GET /glossary shows the empty list, labelled forms, the export links and the nav link as current', async () => {
    const res = await request(app).get('/glossary');
    expect(res.status).toBe(200);
    expect(res.text).toContain('The glossary is empty');
    for (const id of [
      'new-zh',
      'new-en',
      'new-variants',
      'new-note',
      'import-file',
      'import-text',
      'glossary-q',
    ])
      expect(res.text).toContain(`<label for="${id}"`);
    expect(res.text).toContain('href="/glossary/export?format=csv"');
    expect(res.text).toMatch(/<a href="\/glossary" aria-current="page">Glossary<\/a>/);
    expect(res.text).toContain('href="/search"');
  });

  it('adds a term with a plain form (POST, 303 redirect) and lists it', async () => {
    const res = await post('/glossary', {
      zh: '堪培拉',
      en: 'Canberra',
      variants: 'the capital; ACT',
      note: '',
    });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(`/glossary?q=${encodeURIComponent('堪培拉')}&done=added`);
    const list = await request(app).get(res.headers.location);
    expect(list.text).toContain('Term added.');
    expect(list.text).toContain('<th scope="row" lang="zh-CN">堪培拉</th>');
    expect(list.text).toContain('<li>the capital</li><li>ACT</li>');
  });

  it('shows a refused form again, filled in, with the translated message and a 4xx', async () => {
    const empty = await post('/glossary', { zh: '', en: 'Canberra', variants: '', note: 'kept' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('role="alert"');
    expect(empty.text).toContain('The Chinese term is empty.');
    expect(empty.text).toContain('value="Canberra"');
    expect(empty.text).toContain('value="kept"');

    await post('/glossary', { zh: '中国', en: 'China' });
    const dup = await request(app)
      .post('/glossary')
      .set('Cookie', 'dz_lang=zh-CN')
      .type('form')
      .send({ zh: '中国', en: 'China' });
    expect(dup.status).toBe(409);
    expect(dup.text).toContain('术语表中已有“中国”');
  });

  it('edits and deletes a term through its edit page', async () => {
    const term = desk.services.glossary.create(
      { zh: '国务院', en: 'State Council', variants: ['Cabinet'] },
      'mei',
    );
    const page = await request(app).get(`/glossary/${term.id}/edit`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('value="Cabinet"');
    expect(page.text).toContain(`action="/glossary/${term.id}/delete"`);

    const tooLong = await post(`/glossary/${term.id}`, {
      zh: '国务院',
      en: 'x'.repeat(201),
      variants: '',
      note: '',
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.text).toContain('longer than 200 characters');

    const saved = await post(`/glossary/${term.id}`, {
      zh: '国务院',
      en: 'State Council',
      variants: '',
      note: 'n',
    });
    expect(saved.status).toBe(303);
    expect(desk.services.glossary.get(term.id)).toMatchObject({ variants: [], note: 'n' });

    const deleted = await post(`/glossary/${term.id}/delete`, {});
    expect(deleted.status).toBe(303);
    expect(deleted.headers.location).toBe('/glossary?done=deleted');
    expect((await request(app).get(`/glossary/${term.id}/edit`)).status).toBe(404);
  });

  it('imports an uploaded file and shows the summary with the reasons for skipped lines', async () => {
    const res = await request(app)
      .post('/glossary/import')
      .attach('file', Buffer.from('zh,en\n国务院,State Council\n外交部,\n'), 'terms.csv');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Added: 1');
    expect(res.text).toContain('Skipped: 1');
    expect(res.text).toContain('The English term is empty.');

    const empty = await post('/glossary/import', { text: '' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('The glossary file has no terms.');
  });

  it('offers the glossary as a CSV download', async () => {
    desk.services.glossary.create({ zh: '国务院', en: 'State Council' }, 'mei');
    const res = await request(app).get('/glossary/export?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="?glossary\.csv"?$/);
    expect(res.text).toContain('国务院,State Council');
  });

  it('renders hostile terms as text on the list, the edit page and the import summary', async () => {
    const term = desk.services.glossary.create(
      {
        zh: HOSTILE,
        en: '<img src=x onerror=alert(1)>',
        variants: ['<b>v</b>'],
        note: '"><script>x</script>',
      },
      'mei',
    );
    for (const path of ['/glossary', `/glossary/${term.id}/edit`]) {
      const res = await request(app).get(path);
      expect(res.text).not.toContain('<script>alert');
      expect(res.text).not.toContain('<img src=x');
      expect(res.text).not.toContain('<b>v</b>');
      expect(res.text).toContain('&lt;script&gt;alert(&#34;zh&#34;)&lt;/script&gt;');
    }
    const imported = await post('/glossary/import', { text: `${HOSTILE}\n` });
    expect(imported.text).not.toContain('<script>alert');
    expect(imported.text).toContain('&lt;script&gt;');

    const search = await request(app).get(`/glossary?q=${encodeURIComponent(HOSTILE)}`);
    expect(search.text).not.toContain('<script>alert');
    expect(search.text).toContain('Terms found: 1');
  });

  it('speaks Chinese when asked', async () => {
    const res = await request(app).get('/glossary?lang=zh-CN');
    expect(res.text).toContain('<h1>术语表</h1>');
    expect(res.text).toContain('添加术语');
  });
});
