import { matchRanges, snippet } from '../../server/services/search.service';
import { importDemo, makeDesk, type TestDesk } from '../helpers/services';

describe('search.service', () => {
  let desk: TestDesk;
  beforeEach(() => {
    desk = makeDesk();
  });
  afterEach(() => desk.close());

  const count = (table: string) =>
    (desk.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const rowsOf = (articleId: number) => desk.services.articles.get(articleId).segments;
  const hitIds = (q: string) =>
    desk.services.search
      .search({ q, pageSize: 100 })
      .groups.flatMap((g) => g.hits.map((h) => h.segmentId))
      .sort((a, b) => a - b);

  it('finds English rows case-insensitively and points at the row', async () => {
    const id = await importDemo(desk.services, 'visit');
    const result = desk.services.search.search({ q: 'canberra' });
    expect(result.total).toBe(1);
    expect(result.articles).toBe(1);
    const [group] = result.groups;
    expect(group).toMatchObject({ articleId: id, url: `/articles/${id}` });
    expect(group.titleZh).toContain('印尼总统访澳');
    const hit = group.hits[0];
    expect(hit.url).toBe(`/articles/${id}#row-${hit.position + 1}`);
    const en = hit.snippets.find((s) => s.field === 'en')!;
    expect(en.matched).toBe(true);
    expect(en.html).toContain('<mark>Canberra</mark>');
  });

  it('finds Chinese of one, two, three or more characters', async () => {
    await importDemo(desk.services, 'visit');
    const long = desk.services.search.search({ q: '普拉博沃' });
    expect(long.total).toBeGreaterThanOrEqual(1);
    expect(long.groups[0].hits[0].snippets[0].html).toContain('<mark>普拉博沃</mark>');

    const short = desk.services.search.search({ q: '堪培' });
    expect(short.total).toBe(1);
    expect(short.groups[0].hits[0].snippets[0].html).toContain('<mark>堪培</mark>');

    expect(desk.services.search.search({ q: '澳' }).total).toBeGreaterThanOrEqual(2);
  });

  it('treats LIKE wildcards and FTS syntax in the query as plain text', async () => {
    await importDemo(desk.services, 'visit');
    expect(desk.services.search.search({ q: '%' }).total).toBe(0);
    expect(desk.services.search.search({ q: '_' }).total).toBe(0);
    expect(desk.services.search.search({ q: 'a"b OR c*' }).total).toBe(0);
    expect(desk.services.search.search({ q: 'NEAR(x y)' }).total).toBe(0);
  });

  it('searches every article and groups rows by article, newest article first', async () => {
    const visit = await importDemo(desk.services, 'visit');
    const flood = await importDemo(desk.services, 'flood');
    const result = desk.services.search.search({ q: 'the', pageSize: 100 });
    expect(result.articles).toBe(2);
    expect(result.groups.map((g) => g.articleId)).toEqual([flood, visit]);
    // each group carries its own article's titles
    for (const g of result.groups) {
      const a = desk.services.articles.get(g.articleId);
      expect([g.titleZh, g.titleEn]).toEqual([a.titleZh, a.titleEn]);
    }
    const positions = result.groups[0].hits.map((h) => h.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('pages through the rows by page number and by keyset alike, and clamps a page past the end', async () => {
    await importDemo(desk.services, 'visit');
    await importDemo(desk.services, 'flood');
    const ids = (r: { groups: { hits: { segmentId: number }[] }[] }) =>
      r.groups.flatMap((g) => g.hits.map((h) => h.segmentId));
    const all = desk.services.search.search({ q: 'the', pageSize: 100 });
    expect(all.total).toBeGreaterThan(4);
    expect(all).toMatchObject({ capped: false, next: null, pages: 1 });
    const seen: number[] = [];
    let after: number | undefined;
    for (let page = 1; ; page++) {
      const byKey = desk.services.search.search({ q: 'the', pageSize: 3, after, page });
      const byNumber = desk.services.search.search({ q: 'the', pageSize: 3, page });
      expect(ids(byKey)).toEqual(ids(byNumber));
      expect(byKey).toMatchObject({ page, total: all.total, pages: Math.ceil(all.total / 3) });
      seen.push(...ids(byKey));
      if (byKey.next === null) break;
      after = byKey.next;
    }
    expect(seen.sort((a, b) => a - b)).toEqual(ids(all).sort((a, b) => a - b));
    const last = Math.ceil(all.total / 3);
    expect(desk.services.search.search({ q: 'the', pageSize: 3, page: 999 }).page).toBe(last);
  });

  it('follows edits: the new English is found, the replaced words only as the original', async () => {
    const id = await importDemo(desk.services, 'visit');
    const row = rowsOf(id).find((s) => s.en.includes('Canberra'))!;
    await desk.services.segments.saveEnglish({
      articleId: id,
      segmentId: row.id,
      text: row.en.replace('Canberra', 'Sydney-Canberra-Melbourne'),
      author: 'ed',
    });
    expect(hitIds('Melbourne')).toEqual([row.id]);
    const original = desk.services.search.search({ q: 'Canberra' }).groups[0].hits[0];
    expect(original.snippets.map((s) => s.field)).toEqual(['zh', 'en', 'en_original']);
    expect(original.snippets[2].html).toContain('<mark>Canberra</mark>');
  });

  it('keeps results right through a realignment merge and its undo', async () => {
    const id = await importDemo(desk.services, 'visit');
    const before = rowsOf(id);
    const [a, b] = [before[1], before[2]];
    const qa = a.zh.slice(0, 4);
    const qb = b.zh.slice(0, 4);
    expect(hitIds(qa)).toEqual([a.id]);
    expect(hitIds(qb)).toEqual([b.id]);

    await desk.services.realign.edit(id, { op: 'merge', segmentId: a.id }, 'ed');
    const merged = rowsOf(id)[1];
    expect(hitIds(qa)).toEqual([merged.id]);
    expect(hitIds(qb)).toEqual([merged.id]);
    expect(desk.services.search.search({ q: qa }).groups[0].hits[0].row).toBe(2);

    await desk.services.realign.undo(id, 'ed');
    expect(hitIds(qa)).toEqual([a.id]);
    expect(hitIds(qb)).toEqual([b.id]);
    // One index entry per row: nothing stale left behind by the delete / re-insert.
    expect(count('segments_search')).toBe(count('segments'));
  });

  it('forgets the rows of a deleted article', async () => {
    const id = await importDemo(desk.services, 'visit');
    expect(desk.services.search.search({ q: 'Canberra' }).total).toBe(1);
    desk.services.articles.remove(id, 'ed');
    expect(desk.services.search.search({ q: 'Canberra' }).total).toBe(0);
    expect(count('segments_search')).toBe(0);
  });

  it('refuses an empty or over-long query with stable codes', () => {
    expect(() => desk.services.search.search({ q: '   ' })).toThrow(
      expect.objectContaining({ code: 'search_empty_query', status: 400 }),
    );
    expect(() => desk.services.search.search({ q: 'x'.repeat(201) })).toThrow(
      expect.objectContaining({ code: 'search_query_too_long', params: { max: 200 } }),
    );
  });
});

describe('search snippets', () => {
  it('escapes the text first and then marks every match', () => {
    const s = snippet('en', '<script>alert("x")</script> and <b>alert</b>', 'alert');
    expect(s.html).toBe(
      '&lt;script&gt;<mark>alert</mark>(&quot;x&quot;)&lt;/script&gt; and &lt;b&gt;<mark>alert</mark>&lt;/b&gt;',
    );
    // A query that looks like an entity matches the text, never the escaping.
    expect(snippet('en', 'Q&A amp', 'amp').html).toBe('Q&amp;A <mark>amp</mark>');
  });

  it('cuts long texts to a window around the first match, with ellipses', () => {
    const text = `${'前'.repeat(300)}目标${'后'.repeat(300)}`;
    const s = snippet('zh', text, '目标');
    expect(s.html.startsWith('…')).toBe(true);
    expect(s.html.endsWith('…')).toBe(true);
    expect([...s.html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1])).toEqual(['目标']);
    expect(s.html.replace(/<\/?mark>/g, '').length).toBeLessThan(260);
  });

  it('never splits a character outside the Basic Multilingual Plane', () => {
    const text = `${'𠀀'.repeat(200)}x${'𠀀'.repeat(100)}`;
    const joined = snippet('zh', text, 'x').html.replace(/<\/?mark>/g, '');
    expect(joined).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('marks every occurrence of a query without letter case, as the case-folding pattern would', () => {
    expect(matchRanges('的的的', '的')).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    // non-overlapping, left to right
    expect(matchRanges('的的的', '的的')).toEqual([[0, 2]]);
    const text = '中国的经济，2024年的增长；𠀀的𠀀，经济的';
    for (const q of ['的', '经济', '2024', '𠀀', '，']) {
      const folded = [...text.matchAll(new RegExp(q, 'giu'))].map((m) => [m.index, m.index + m[0].length]);
      expect(matchRanges(text, q)).toEqual(folded);
    }
    expect(snippet('zh', 'a<的>b的', '的').html).toBe('a&lt;<mark>的</mark>&gt;b<mark>的</mark>');
    // a cased query still folds
    expect(matchRanges('CANBERRA and Canberra', 'canberra')).toEqual([
      [0, 8],
      [13, 21],
    ]);
  });

  it('matches regex metacharacters literally', () => {
    expect(matchRanges('a (b) c+d', '(b)')).toEqual([[2, 5]]);
    expect(matchRanges('1.5 and 105', '1.5')).toEqual([[0, 3]]);
  });
});
