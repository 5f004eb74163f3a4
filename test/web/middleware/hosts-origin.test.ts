// Host and Origin checks (issue 10, defect 7): DNS rebinding and cross-site posts are refused,
// and pages carry a strict Content-Security-Policy.
import { request } from '../../helpers/auth';
import { appFor, demoText, importDemo, makeDesk, type TestDesk } from '../../helpers/services';

describe('allowed hosts and origins', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  let id: number;
  beforeAll(async () => {
    desk = makeDesk();
    app = appFor(desk);
    id = await importDemo(desk.services, 'flood');
  });
  afterAll(() => desk.close());

  const rebind = 'rebind.evil.example:3000';

  it('refuses a PATCH under a rebound host name with 421, even with a matching Origin', async () => {
    const res = await request(app)
      .patch(`/api/articles/${id}`)
      .set('Host', rebind)
      .set('Origin', `http://${rebind}`)
      .send({ status: 'approved' });
    expect(res.status).toBe(421);
    expect(res.body.error.code).toBe('host_not_allowed');
    expect(desk.services.articles.get(id).status).toBe('draft');
  });

  it('refuses a form delete and plain reads under a rebound host name', async () => {
    const del = await request(app)
      .post(`/articles/${id}/delete`)
      .set('Host', rebind)
      .set('Origin', `http://${rebind}`)
      .type('form')
      .send({});
    expect(del.status).toBe(421);
    expect(desk.services.articles.get(id).id).toBe(id);
    const read = await request(app).get(`/api/articles/${id}`).set('Host', rebind);
    expect(read.status).toBe(421);
    expect(read.body).not.toHaveProperty('segments');
  });

  it('answers the loopback names on any port', async () => {
    for (const host of ['127.0.0.1:3000', 'localhost:8080', '[::1]:3000']) {
      expect((await request(app).get('/api/articles').set('Host', host)).status).toBe(200);
    }
  });

  it('refuses a cross-site post before parsing its body', async () => {
    const res = await request(app)
      .post('/api/articles')
      .set('Origin', 'http://evil.example')
      .set('Content-Type', 'application/json')
      .send('{not json');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('cross_origin_request');
  });

  it('accepts a post whose Origin is one of the allowed hosts', async () => {
    const res = await request(app)
      .post('/api/articles/preview')
      .set('Origin', 'http://localhost:3000')
      .send({ zh: demoText('visit', 'zh'), en: demoText('visit', 'en') });
    expect(res.status).toBe(200);
  });

  it('serves pages with a CSP that allows no inline styles and no https: sources', async () => {
    const res = await request(app).get('/articles');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('https:');
    expect(res.text).not.toMatch(/\sstyle="/);
  });
});

describe('ALLOWED_HOSTS', () => {
  it('answers the configured names (behind a proxy) and only them', async () => {
    const desk = makeDesk();
    const app = appFor(desk, { ALLOWED_HOSTS: 'desk.example, Review.Example' });
    try {
      expect((await request(app).get('/api/articles').set('Host', 'desk.example')).status).toBe(200);
      expect((await request(app).get('/api/articles').set('Host', 'review.example:443')).status).toBe(200);
      expect((await request(app).get('/api/articles').set('Host', '127.0.0.1:3000')).status).toBe(421);
      const post = await request(app)
        .post('/api/articles/preview')
        .set('Host', 'desk.example')
        .set('Origin', 'https://desk.example')
        .send({ zh: '中文。', en: 'English.' });
      expect(post.status).toBe(200);
      const cross = await request(app)
        .post('/api/articles/preview')
        .set('Host', 'desk.example')
        .set('Origin', 'https://review.example.evil.example')
        .send({ zh: '中文。', en: 'English.' });
      expect(cross.status).toBe(403);
    } finally {
      desk.close();
    }
  });
});
