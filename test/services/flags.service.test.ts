import { importDemo, makeDesk, type TestDesk } from '../helpers/services';

describe('flags.service', () => {
  let desk: TestDesk;
  let articleId: number;
  beforeEach(async () => {
    desk = makeDesk();
    articleId = await importDemo(desk.services, 'visit');
  });
  afterEach(() => desk.close());

  const segments = () => desk.services.articles.get(articleId).segments;
  const people = () => desk.services.flags.list(articleId, { origin: 'person' });

  it('flags a span of a row with category, severity, note and suggestion', () => {
    const seg = segments()[1];
    const start = seg.en.indexOf('four-day');
    const flag = desk.services.flags.create(articleId, {
      segmentId: seg.id,
      type: 'number',
      category: 'accuracy/mistranslation',
      severity: 'major',
      note: '三天 is three days',
      suggestion: 'three-day',
      enStart: start,
      enEnd: start + 'four-day'.length,
      author: 'rev',
    });
    expect(flag).toMatchObject({
      origin: 'person',
      status: 'open',
      quote: 'four-day',
      severity: 'major',
      suggestion: 'three-day',
      segmentPosition: seg.position,
    });
  });

  it('expresses "headline contradicts body": the headline row and the contradicting body row', () => {
    const [headline, ...body] = segments();
    const contradicting = body.find((s) => s.en.includes('breakthrough'))!;
    const flag = desk.services.flags.create(articleId, {
      segmentId: headline.id,
      relatedSegmentId: contradicting.id,
      type: 'headline',
      category: 'accuracy/mistranslation',
      severity: 'critical',
      note: 'Body says no breakthrough is likely.',
      author: 'rev',
    });
    expect(flag.segmentPosition).toBe(0);
    expect(flag.relatedPosition).toBe(contradicting.position);
    expect(flag.type).toBe('headline');
  });

  it('filters by status, severity and category, and moves through the statuses', () => {
    const seg = segments()[2];
    const base = { segmentId: seg.id, author: 'rev', note: 'x' };
    const a = desk.services.flags.create(articleId, { ...base, category: 'style', severity: 'minor' });
    desk.services.flags.create(articleId, { ...base, category: 'terminology', severity: 'major' });
    expect(people()).toHaveLength(2);
    expect(
      desk.services.flags.list(articleId, { origin: 'person', severity: 'minor' }).map((f) => f.id),
    ).toEqual([a.id]);
    expect(desk.services.flags.list(articleId, { origin: 'person', category: 'terminology' })).toHaveLength(
      1,
    );
    const resolved = desk.services.flags.setStatus(articleId, a.id, 'resolved', 'chief');
    expect(resolved).toMatchObject({ status: 'resolved', resolver: 'chief' });
    expect(desk.services.flags.list(articleId, { origin: 'person', status: 'open' })).toHaveLength(1);
    expect(desk.services.flags.setStatus(articleId, a.id, 'open', 'chief')).toMatchObject({
      status: 'open',
      resolver: null,
    });
  });

  it('keeps a comment thread on a flag', () => {
    const seg = segments()[1];
    const f = desk.services.flags.create(articleId, {
      segmentId: seg.id,
      category: 'style',
      severity: 'minor',
      author: 'a',
    });
    const withComment = desk.services.flags.comment(articleId, f.id, 'b', 'Agreed, will fix.');
    expect(withComment.comments).toEqual([
      expect.objectContaining({ author: 'b', body: 'Agreed, will fix.' }),
    ]);
  });

  it('rejects unknown categories, severities, bad spans and rows of other articles', async () => {
    const seg = segments()[1];
    const base = { segmentId: seg.id, author: 'a', category: 'style', severity: 'minor' };
    expect(() => desk.services.flags.create(articleId, { ...base, category: 'vibes' })).toThrow(
      expect.objectContaining({ code: 'invalid_field', params: { field: 'category' } }),
    );
    expect(() => desk.services.flags.create(articleId, { ...base, severity: 'huge' })).toThrow(
      expect.objectContaining({ params: { field: 'severity' } }),
    );
    expect(() => desk.services.flags.create(articleId, { ...base, enStart: 5, enEnd: 2 })).toThrow(
      expect.objectContaining({ params: { field: 'span' } }),
    );
    const other = await importDemo(desk.services, 'flood');
    const foreign = desk.services.articles.get(other).segments[0];
    expect(() => desk.services.flags.create(articleId, { ...base, segmentId: foreign.id })).toThrow(
      expect.objectContaining({ code: 'segment_not_in_article' }),
    );
    expect(people()).toHaveLength(0);
  });
});
