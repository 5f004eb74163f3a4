import { request } from '../../helpers/auth';
import { appFor, demoText, makeDesk, type TestDesk } from '../../helpers/services';

describe('/api/articles/:id/alignment', () => {
  let desk: TestDesk;
  let app: ReturnType<typeof appFor>;
  let article: { id: number; segments: { id: number; zh: string; en: string }[] };
  beforeEach(async () => {
    desk = makeDesk();
    app = appFor(desk);
    article = (
      await request(app)
        .post('/api/articles')
        .send({ zh: demoText('visit', 'zh'), en: demoText('visit', 'en') })
    ).body;
  });
  afterEach(() => desk.close());

  const edit = (body: object) => request(app).post(`/api/articles/${article.id}/alignment/edits`).send(body);

  it('merges, splits, moves and unmatches through the API, each undoable', async () => {
    const n = article.segments.length;
    const merged = await edit({ op: 'merge', segmentId: article.segments[1].id });
    expect(merged.status).toBe(200);
    expect(merged.body.segments).toHaveLength(n - 1);
    const split = await edit({ op: 'split', segmentId: merged.body.segments[1].id, zh: 1, en: 1 });
    expect(split.body.segments).toHaveLength(n);
    const moved = await edit({
      op: 'move',
      segmentId: split.body.segments[2].id,
      side: 'en',
      direction: 'previous',
    });
    expect(moved.status).toBe(200);
    const unmatched = await edit({
      op: 'unmatch',
      segmentId: moved.body.segments[5].id,
      side: 'en',
      sentence: 0,
    });
    expect(unmatched.body.segments).toHaveLength(moved.body.segments.length + 1);
    for (let i = 0; i < 4; i++) {
      const undo = await request(app).post(`/api/articles/${article.id}/alignment/undo`);
      expect(undo.status).toBe(200);
    }
    const back = await request(app).get(`/api/articles/${article.id}`);
    expect(back.body.segments.map((s: { zh: string; en: string }) => [s.zh, s.en])).toEqual(
      article.segments.map((s) => [s.zh, s.en]),
    );
    const history = await request(app).get(`/api/articles/${article.id}/alignment/history`);
    expect(history.body.map((h: { op: string; undone: boolean }) => [h.op, h.undone])).toEqual([
      ['unmatch', true],
      ['move', true],
      ['split', true],
      ['merge', true],
    ]);
    const nothing = await request(app).post(`/api/articles/${article.id}/alignment/undo`);
    expect(nothing.status).toBe(409);
    expect(nothing.body.error.code).toBe('nothing_to_undo');
  });

  it('rejects malformed and impossible edits with 400 and a reason', async () => {
    const bad = await edit({ op: 'teleport', segmentId: article.segments[0].id });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_field');
    const last = article.segments.at(-1)!;
    const impossible = await edit({ op: 'merge', segmentId: last.id });
    expect(impossible.status).toBe(400);
    expect(impossible.body.error).toMatchObject({
      code: 'alignment_edit_invalid',
      params: { reason: 'no_next_row' },
    });
  });

  it('serves the alignment map as SVG and re-runs the aligner', async () => {
    const map = await request(app)
      .get(`/api/articles/${article.id}/alignment/map.svg`)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => done(null, text));
      });
    expect(map.status).toBe(200);
    expect(map.headers['content-type']).toMatch(/image\/svg\+xml/);
    expect(map.body).toContain('<svg');
    const rerun = await request(app).post(`/api/articles/${article.id}/alignment/rerun`);
    expect(rerun.status).toBe(200);
    expect(rerun.body.segments.length).toBeGreaterThan(0);
  });
});
