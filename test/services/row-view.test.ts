import { demoText, importDemo, makeDesk, type TestDesk } from '../helpers/services';

describe('segments.row (one row read on its own)', () => {
  let desk: TestDesk;
  beforeAll(() => {
    desk = makeDesk();
  });
  afterAll(() => desk.close());

  it('is the same row, related flags and last-row mark as the whole article view gives', async () => {
    const id = await importDemo(desk.services, 'visit');
    const { services } = desk;
    const rows = services.articles.get(id).segments;
    expect(rows.length).toBeGreaterThan(4);
    // an edit (diff, revision count), a flag pointing at another row with a thread, a second rendering
    const edited = await services.segments.saveEnglish({
      articleId: id,
      segmentId: rows[2].id,
      text: `${rows[2].en} Edited.`,
      author: 'ed',
    });
    expect(edited.revisionCount).toBe(1);
    const flag = services.flags.create(id, {
      segmentId: rows[1].id,
      relatedSegmentId: rows[3].id,
      category: 'accuracy/mistranslation',
      severity: 'major',
      note: 'contradicts row 4',
      author: 'ed',
    });
    services.flags.comment(id, flag.id, 'ed', 'agreed');
    const { id: rendering } = await services.renderings.add(id, {
      label: 'publisher',
      input: { text: demoText('visit', 'en') },
      author: 'ed',
    });

    for (const compare of [undefined, rendering]) {
      const article = services.articles.get(id, { compare });
      for (const [i, s] of article.segments.entries()) {
        const row = services.segments.row(id, s.id, { compare });
        expect(row.segment).toEqual(s);
        expect(row.related.map((f) => f.id).sort()).toEqual(
          article.flags
            .filter((f) => f.relatedSegmentId === s.id)
            .map((f) => f.id)
            .sort(),
        );
        expect(row.isLast).toBe(i === article.segments.length - 1);
      }
    }
    const pointing = services.segments.row(id, rows[3].id).related.find((f) => f.id === flag.id);
    expect(pointing?.comments.map((c) => c.body)).toEqual(['agreed']);
  });

  it('answers segment_not_found for a row of another article', async () => {
    const a = await importDemo(desk.services, 'flood');
    const b = await importDemo(desk.services, 'jetliner');
    const other = desk.services.articles.get(b).segments[0].id;
    expect(() => desk.services.segments.row(a, other)).toThrow(
      expect.objectContaining({ code: 'segment_not_found' }),
    );
  });
});
