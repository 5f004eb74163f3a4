import { demoText, importDemo, makeDesk, type TestDesk } from '../helpers/services';

describe('renderings.service', () => {
  let desk: TestDesk;
  beforeEach(() => {
    desk = makeDesk();
  });
  afterEach(() => desk.close());

  it('maps a second rendering onto the rows and diffs it against the current English', async () => {
    const id = await importDemo(desk.services, 'visit');
    const alternate = demoText('visit', 'en')
      .replace('four-day state visit', 'three-day state visit')
      .replace('set to resolve defence disputes', 'likely to lift trade ties, but no defence breakthrough');
    const { id: renderingId } = await desk.services.renderings.add(id, {
      label: 'Publisher version',
      input: { text: alternate },
      author: 'desk',
    });
    const view = desk.services.articles.get(id, { compare: renderingId });
    expect(view.renderings).toEqual([
      expect.objectContaining({ id: renderingId, label: 'Publisher version' }),
    ]);
    const visitRow = view.segments.find((s) => s.en.includes('four-day'))!;
    expect(visitRow.alternate?.text).toContain('three-day');
    // The diff reads from the second rendering to the current English.
    expect(visitRow.alternate?.diff).toEqual(
      expect.arrayContaining([
        { op: 'del', text: 'three' },
        { op: 'ins', text: 'four' },
      ]),
    );
    const unchanged = view.segments.find((s) => s.en.includes('Sydney'))!;
    expect(unchanged.alternate?.diff.every((p) => p.op === 'eq')).toBe(true);
  });

  it('answers 404 when comparing with a rendering of another article', async () => {
    const a = await importDemo(desk.services, 'visit');
    const b = await importDemo(desk.services, 'jetliner');
    const { id: r } = await desk.services.renderings.add(b, {
      label: 'x',
      input: { text: demoText('jetliner', 'en') },
      author: 'd',
    });
    expect(() => desk.services.articles.get(a, { compare: r })).toThrow(
      expect.objectContaining({ code: 'rendering_not_found' }),
    );
  });
});
