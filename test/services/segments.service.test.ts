import { importDemo, makeDesk, type TestDesk } from '../helpers/services';

describe('segments.service', () => {
  let desk: TestDesk;
  let articleId: number;
  beforeEach(async () => {
    desk = makeDesk();
    articleId = await importDemo(desk.services, 'jetliner');
  });
  afterEach(() => desk.close());

  const row = (i: number) => desk.services.articles.get(articleId).segments[i];

  it('saves an edit as a revision and shows a word diff against the original', async () => {
    const seg = row(1);
    const text = seg.en.replace('on Thursday', 'on Friday');
    const saved = await desk.services.segments.saveEnglish({
      articleId,
      segmentId: seg.id,
      text,
      author: 'lin',
      baseVersion: seg.version,
    });
    expect(saved.en).toBe(text);
    expect(saved.enOriginal).toBe(seg.en);
    expect(saved.edited).toBe(true);
    expect(saved.version).toBe(seg.version + 1);
    expect(saved.diff).toEqual(
      expect.arrayContaining([
        { op: 'del', text: 'Thursday' },
        { op: 'ins', text: 'Friday' },
      ]),
    );
    const { revisions } = desk.services.segments.history(articleId, seg.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ author: 'lin', text, previousText: seg.en });
  });

  it('lists every revision newest first with the diff between consecutive ones', async () => {
    const seg = row(2);
    const a = await desk.services.segments.saveEnglish({
      articleId,
      segmentId: seg.id,
      text: 'First take.',
      author: 'a',
    });
    await desk.services.segments.saveEnglish({
      articleId,
      segmentId: seg.id,
      text: 'Second take.',
      author: 'b',
      baseVersion: a.version,
    });
    const { revisions } = desk.services.segments.history(articleId, seg.id);
    expect(revisions.map((r) => r.author)).toEqual(['b', 'a']);
    expect(revisions[0].diff).toEqual([
      { op: 'del', text: 'First' },
      { op: 'ins', text: 'Second' },
      { op: 'eq', text: ' take.' },
    ]);
  });

  it('refuses a save based on a stale version with a 409 and keeps the newer text', async () => {
    const seg = row(1);
    await desk.services.segments.saveEnglish({
      articleId,
      segmentId: seg.id,
      text: 'Newer.',
      author: 'a',
      baseVersion: seg.version,
    });
    await expect(
      desk.services.segments.saveEnglish({
        articleId,
        segmentId: seg.id,
        text: 'Older.',
        author: 'b',
        baseVersion: seg.version,
      }),
    ).rejects.toThrow(expect.objectContaining({ status: 409, code: 'version_conflict' }));
    expect(row(1).en).toBe('Newer.');
    expect(desk.services.segments.history(articleId, seg.id).revisions).toHaveLength(1);
  });

  it('does not create a revision when the text did not change', async () => {
    const seg = row(1);
    await desk.services.segments.saveEnglish({
      articleId,
      segmentId: seg.id,
      text: `${seg.en}  `,
      author: 'a',
    });
    expect(desk.services.segments.history(articleId, seg.id).revisions).toHaveLength(0);
  });

  it('answers 404 for a row of another article or an unknown row', async () => {
    const other = await importDemo(desk.services, 'flood');
    const foreign = desk.services.articles.get(other).segments[0];
    expect(() => desk.services.segments.history(articleId, foreign.id)).toThrow(
      expect.objectContaining({ status: 404, code: 'segment_not_found' }),
    );
    expect(() => desk.services.segments.history(999, 1)).toThrow(
      expect.objectContaining({ code: 'article_not_found' }),
    );
  });

  it('keeps hostile text as text in the revision and its diff', async () => {
    const seg = row(1);
    const text = '<script>alert(1)</script> & more';
    const saved = await desk.services.segments.saveEnglish({
      articleId,
      segmentId: seg.id,
      text,
      author: 'a',
    });
    expect(saved.en).toBe(text);
    expect(saved.diff.map((p) => p.text).join('')).toContain('<script>');
  });
});
