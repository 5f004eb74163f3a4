import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/connection';
import { createSourcesRepo } from '../../server/db/sources.repo';
import { createServices } from '../../server/services';
import { demoText, engine, importDemo, makeDesk, type TestDesk } from '../helpers/services';

describe('articles.service', () => {
  let desk: TestDesk;
  beforeEach(() => {
    desk = makeDesk();
  });
  afterEach(() => desk.close());

  it('imports an article with the headline first and every paragraph kept', async () => {
    const id = await importDemo(desk.services, 'visit');
    const a = desk.services.articles.get(id);
    expect(a.titleZh).toBe('印尼总统访澳料提振经贸关系 防务分歧难有突破');
    expect(a.titleEn).toBe("Indonesian President's Australia visit set to resolve defence disputes");
    expect(a.segments[0].kind).toBe('headline');
    expect(a.segments[0].position).toBe(0);
    const zhAll = a.segments.map((s) => s.zh).join('');
    const enAll = a.segments.map((s) => s.en).join(' ');
    expect(zhAll).toContain('普拉博沃此行还将前往悉尼');
    expect(enAll).toContain('Prabowo will also travel to Sydney');
    for (const s of a.segments) expect(s.confidence).toBeGreaterThanOrEqual(0);
  });

  it('keeps surplus paragraphs against an empty cell instead of dropping them', async () => {
    const id = await importDemo(desk.services, 'flood');
    const a = desk.services.articles.get(id);
    const zhAll = a.segments.map((s) => s.zh).join('');
    expect(zhAll).toContain('气象部门预计');
    const forecast = a.segments.find((s) => s.zh.includes('气象部门预计'));
    expect(forecast?.en ?? '').not.toContain('schools');
  });

  it('scores the article from the flags that count (person flags, accepted findings)', async () => {
    const id = await importDemo(desk.services, 'jetliner');
    const clean = desk.services.articles.get(id).scorecard;
    expect(clean).toMatchObject({ score: 100, pass: true, counted: 0 });
    const seg = desk.services.articles.get(id).segments[1];
    desk.services.flags.create(id, {
      segmentId: seg.id,
      category: 'style',
      severity: 'major',
      author: 'rev',
    });
    const flagged = desk.services.articles.get(id).scorecard;
    expect(flagged.counted).toBe(1);
    expect(flagged.penalty).toBe(5);
    expect(flagged.score).toBeCloseTo(100 - (5 * 100) / flagged.wordCount, 1);
  });

  it('stores the raw inputs unchanged beside the cleaned text', async () => {
    const raw = `返回列表 发布新帖\n\n${demoText('jetliner', 'en')}`;
    const { id } = await desk.services.articles.create({
      zh: { text: demoText('jetliner', 'zh') },
      en: { text: raw },
      author: 'tester',
    });
    const row = createSourcesRepo(desk.db).primary(id, 'en')!;
    expect(row.raw.toString('utf8')).toBe(raw);
  });

  it('lists articles newest first with counts and pages', async () => {
    const first = await importDemo(desk.services, 'jetliner');
    const second = await importDemo(desk.services, 'visit');
    const page = desk.services.articles.list({ page: 1, pageSize: 1 });
    expect(page.total).toBe(2);
    expect(page.pages).toBe(2);
    expect(page.items[0].id).toBe(second);
    expect(page.items[0].segmentCount).toBeGreaterThan(0);
    const next = desk.services.articles.list({ page: 2, pageSize: 1 });
    expect(next.items[0].id).toBe(first);
    expect(desk.services.articles.list({ q: 'C919' }).items.map((a) => a.id)).toEqual([first]);
    expect(desk.services.articles.list({ q: '%' }).total).toBe(0);
    // Body text counts too, in either language.
    expect(desk.services.articles.list({ q: '商界领袖' }).items.map((a) => a.id)).toEqual([second]);
    expect(desk.services.articles.list({ q: 'leasing companies' }).items.map((a) => a.id)).toEqual([first]);
  });

  it('rejects an empty side with a 400 naming the language and writes nothing', async () => {
    await expect(
      desk.services.articles.create({ zh: { text: '  \n ' }, en: { text: 'Hello' }, author: 't' }),
    ).rejects.toMatchObject({ status: 400, code: 'empty_text', params: { lang: 'zh' } });
    expect(desk.services.articles.list({}).total).toBe(0);
  });

  it('rejects a text over the size limit with a 413', async () => {
    const small = makeDesk({ MAX_TEXT_BYTES: '1000' });
    try {
      await expect(
        small.services.articles.create({ zh: { text: '中'.repeat(600) }, en: { text: 'x' }, author: 't' }),
      ).rejects.toMatchObject({ status: 413, code: 'too_large' });
    } finally {
      small.close();
    }
  });

  it('skips a duplicate import when asked to', async () => {
    const input = {
      zh: { text: demoText('flood', 'zh') },
      en: { text: demoText('flood', 'en') },
      author: 't',
    };
    const a = await desk.services.articles.create({ ...input, skipDuplicate: true });
    const b = await desk.services.articles.create({ ...input, skipDuplicate: true });
    expect(b).toEqual({ id: a.id, duplicate: true });
    expect(desk.services.articles.list({}).total).toBe(1);
  });

  it('changes status, validates it, and deletes with everything in it', async () => {
    const id = await importDemo(desk.services, 'jetliner');
    desk.services.articles.setStatus(id, 'in_review', 'chief');
    expect(desk.services.articles.get(id).status).toBe('in_review');
    expect(() => desk.services.articles.setStatus(id, 'published', 'chief')).toThrow(
      expect.objectContaining({ code: 'invalid_status' }),
    );
    desk.services.articles.remove(id, 'chief');
    expect(() => desk.services.articles.get(id)).toThrow(expect.objectContaining({ status: 404 }));
    expect(desk.db.prepare('SELECT count(*) AS n FROM segments').get()).toEqual({ n: 0 });
  });

  it('writes nothing when a step of the import fails half-way', async () => {
    const failing = makeDesk(
      {},
      {
        ...engine(),
        // the last row breaks a CHECK constraint: article, sources and earlier rows are already written
        prepareImport: async (job) => {
          const result = await engine().prepareImport(job);
          const last = result.rows.length - 1;
          result.rows[last] = { ...result.rows[last], kind: 'sidebar' as never };
          return result;
        },
      },
    );
    try {
      await expect(importDemo(failing.services, 'visit')).rejects.toMatchObject({
        code: 'SQLITE_CONSTRAINT_CHECK',
      });
      for (const table of ['articles', 'sources', 'segments', 'flags']) {
        expect(failing.db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
      }
    } finally {
      failing.close();
    }
  });

  it('survives a restart: data written before closing is there after reopening', async () => {
    const id = await importDemo(desk.services, 'visit');
    const seg = desk.services.articles.get(id).segments[1];
    await desk.services.segments.saveEnglish({
      articleId: id,
      segmentId: seg.id,
      text: 'Edited before restart.',
      author: 'a',
    });
    desk.db.close();
    const db = openDatabase(desk.dbPath);
    const services = createServices(db, loadConfig({ DB_PATH: desk.dbPath }), engine());
    expect(services.articles.get(id).segments[1].en).toBe('Edited before restart.');
    desk.db = db;
  });
});
