import iconv from 'iconv-lite';
import { importDemo, makeDesk, type TestDesk } from '../helpers/services';

describe('glossary.service', () => {
  let desk: TestDesk;
  beforeEach(() => {
    desk = makeDesk();
  });
  afterEach(() => desk.close());

  const glossary = () => desk.services.glossary;

  it('creates, reads, updates and deletes a term, cleaning its fields', () => {
    const term = glossary().create(
      {
        zh: ' 堪培拉 ',
        en: 'Canberra',
        variants: 'canberra; the Australian capital | Canberra',
        note: ' city ',
      },
      'mei',
    );
    expect(term).toMatchObject({
      zh: '堪培拉',
      en: 'Canberra',
      variants: ['the Australian capital'],
      note: 'city',
    });
    expect(glossary().get(term.id)).toEqual(term);

    const changed = glossary().update(term.id, { variants: ['the capital'] }, 'mei');
    expect(changed).toMatchObject({ zh: '堪培拉', en: 'Canberra', variants: ['the capital'], note: 'city' });

    glossary().remove(term.id, 'mei');
    expect(() => glossary().get(term.id)).toThrow(
      expect.objectContaining({ status: 404, code: 'glossary_term_not_found' }),
    );
  });

  it('refuses empty sides, over-long fields and duplicates with stable codes', () => {
    const fail = (input: Parameters<ReturnType<typeof glossary>['create']>[0]) => {
      try {
        glossary().create(input, 'mei');
      } catch (err) {
        return err as { status: number; code: string; params: Record<string, unknown> };
      }
      throw new Error('expected a refusal');
    };
    expect(fail({ zh: '  ', en: 'x' })).toMatchObject({
      status: 400,
      code: 'glossary_empty_term',
      params: { lang: 'zh' },
    });
    expect(fail({ zh: '中', en: '\t' })).toMatchObject({
      code: 'glossary_empty_term',
      params: { lang: 'en' },
    });
    expect(fail({ zh: '中'.repeat(101), en: 'x' })).toMatchObject({
      code: 'glossary_zh_too_long',
      params: { max: 100 },
    });
    expect(fail({ zh: '中', en: 'x'.repeat(201) })).toMatchObject({ code: 'glossary_en_too_long' });
    expect(fail({ zh: '中', en: 'x', variants: ['y'.repeat(201)] })).toMatchObject({
      code: 'glossary_variant_too_long',
    });
    expect(
      fail({ zh: '中', en: 'x', variants: Array.from({ length: 21 }, (_, i) => `v${i}`) }),
    ).toMatchObject({
      code: 'glossary_too_many_variants',
    });
    expect(fail({ zh: '中', en: 'x', note: 'n'.repeat(1001) })).toMatchObject({
      code: 'glossary_note_too_long',
    });

    const first = glossary().create({ zh: '中国', en: 'China' }, 'mei');
    expect(fail({ zh: '中国', en: ' China ' })).toMatchObject({ status: 409, code: 'glossary_duplicate' });
    const other = glossary().create({ zh: '中国', en: 'PRC' }, 'mei');
    expect(() => glossary().update(other.id, { en: 'China' }, 'mei')).toThrow(
      expect.objectContaining({ code: 'glossary_duplicate' }),
    );
    expect(glossary().update(first.id, { en: 'China' }, 'mei').en).toBe('China'); // itself is no duplicate
  });

  it('lists with search across both sides, variants and notes, and pages', () => {
    for (let i = 0; i < 12; i++) glossary().create({ zh: `术语${i}`, en: `term ${i}` }, 'mei');
    glossary().create(
      { zh: '国务院', en: 'State Council', variants: ['Cabinet'], note: '100%_official' },
      'mei',
    );
    expect(
      glossary()
        .list({ q: 'cabinet' })
        .items.map((t) => t.zh),
    ).toEqual(['国务院']);
    expect(glossary().list({ q: '国务' }).total).toBe(1);
    expect(glossary().list({ q: '%_' }).total).toBe(1); // wildcards are literal
    const page = glossary().list({ pageSize: 5, page: 3 });
    expect(page).toMatchObject({ total: 13, pages: 3, page: 3 });
    expect(page.items).toHaveLength(3);
    expect(glossary().list({ pageSize: 5, page: 99 }).page).toBe(3);
  });

  it('imports TSV with a header: adds, updates, keeps unchanged and skips bad lines with reasons', () => {
    glossary().create({ zh: '国务院', en: 'State Council', note: 'old' }, 'mei');
    glossary().create({ zh: '外交部', en: 'Foreign Ministry' }, 'mei');
    const tsv = [
      'zh\ten\tvariants\tnote',
      '国务院\tState Council\tCabinet\tnew note',
      '外交部\tForeign Ministry\t\t',
      '李在明\tLee Jae-myung\tLee Jae Myung|Lee\t',
      '\tEmpty\t\t',
      '李在明\tLee Jae-myung\t\t',
      'only-one-column',
      `长\t${'x'.repeat(201)}\t\t`,
    ].join('\n');
    const summary = glossary().importTable({ text: tsv }, 'mei');
    expect(summary).toMatchObject({ format: 'tsv', added: 1, updated: 1, unchanged: 1 });
    expect(summary.skipped.map((s) => [s.line, s.code])).toEqual([
      [5, 'glossary_empty_term'],
      [6, 'glossary_duplicate_in_file'],
      [7, 'glossary_one_column'],
      [8, 'glossary_en_too_long'],
    ]);
    expect(glossary().list({ q: '国务院' }).items[0]).toMatchObject({
      variants: ['Cabinet'],
      note: 'new note',
    });
    expect(glossary().list({ q: '李在明' }).items[0].variants).toEqual(['Lee Jae Myung', 'Lee']);
  });

  it('imports headerless two-column CSV without wiping variants and notes it does not carry', () => {
    glossary().create({ zh: '国务院', en: 'State Council', variants: ['Cabinet'], note: 'keep' }, 'mei');
    const csv = '\uFEFF国务院,State Council\r\n"北京, 中国","Beijing, China"\r\n';
    const summary = glossary().importTable({ buffer: Buffer.from(csv), filename: 'terms.csv' }, 'mei');
    expect(summary).toMatchObject({ format: 'csv', added: 1, updated: 0, unchanged: 1, skipped: [] });
    expect(glossary().list({ q: '国务院' }).items[0]).toMatchObject({ variants: ['Cabinet'], note: 'keep' });
    expect(glossary().list({ q: 'Beijing' }).items[0].zh).toBe('北京, 中国');
  });

  it('reads a GB18030 spreadsheet export and refuses empty, broken and oversized files', () => {
    const gbk = iconv.encode('中文,英文\n人民币,renminbi\n', 'gb18030');
    expect(glossary().importTable({ buffer: gbk, filename: 'x.csv' }, 'mei').added).toBe(1);
    expect(() => glossary().importTable({ text: '  \n ' }, 'mei')).toThrow(
      expect.objectContaining({ code: 'glossary_empty_file' }),
    );
    expect(() => glossary().importTable({ text: 'zh,en\n"unterminated,x' }, 'mei')).toThrow(
      expect.objectContaining({ code: 'glossary_bad_table' }),
    );
    expect(() => glossary().importTable({ text: 'zh,en\n' }, 'mei')).toThrow(
      expect.objectContaining({ code: 'glossary_empty_file' }),
    );
    const many = Array.from({ length: 5001 }, (_, i) => `词${i},w${i}`).join('\n');
    expect(() => glossary().importTable({ text: many }, 'mei')).toThrow(
      expect.objectContaining({ code: 'glossary_too_many_rows' }),
    );
    expect(glossary().list({}).total).toBe(1);
  });

  it('exports CSV and TSV that import back to the same glossary', () => {
    glossary().create(
      { zh: '国务院', en: 'State Council', variants: ['Cabinet'], note: 'line one\nline "two"' },
      'mei',
    );
    glossary().create({ zh: '公式', en: '=SUM(A1)', variants: [], note: '\ttabbed' }, 'mei');
    const before = glossary()
      .list({})
      .items.map(({ id: _, createdAt: __, ...t }) => t);
    for (const format of ['csv', 'tsv'] as const) {
      const file = glossary().exportTable(format);
      expect(file.filename).toBe(`glossary.${format}`);
      if (format === 'csv') expect(file.body).toContain("'=SUM(A1)");
      const other = makeDesk();
      try {
        const summary = other.services.glossary.importTable(
          { text: file.body, filename: file.filename },
          'x',
        );
        expect(summary).toMatchObject({ added: 2, skipped: [] });
        expect(other.services.glossary.list({}).items.map(({ id: _, createdAt: __, ...t }) => t)).toEqual(
          before,
        );
      } finally {
        other.close();
      }
    }
  });

  it('feeds the terminology check: a term the English ignores is flagged, a variant settles it', async () => {
    const id = await importDemo(desk.services, 'visit');
    const term = glossary().create({ zh: '堪培拉', en: 'the Australian capital' }, 'mei');
    expect(glossary().terms()).toEqual([{ zh: '堪培拉', en: 'the Australian capital', variants: [] }]);
    await desk.services.articles.recheck(id, 'mei');
    const flags = () =>
      desk.services.flags.list(id, { origin: 'check' }).filter((f) => f.type === 'terminology');
    expect(flags()).toHaveLength(1);
    expect(flags()[0]).toMatchObject({ status: 'open', suggestion: 'the Australian capital' });

    glossary().update(term.id, { variants: ['Canberra'] }, 'mei');
    await desk.services.articles.recheck(id, 'mei');
    expect(flags()[0]).toMatchObject({ status: 'resolved', resolver: 'checks' });
  });

  it('merges terms with the same Chinese for the checks, so either rendering passes', () => {
    glossary().create({ zh: '中国', en: 'China', variants: ['PRC'] }, 'mei');
    glossary().create({ zh: '中国', en: "People's Republic of China" }, 'mei');
    expect(glossary().terms()).toEqual([
      { zh: '中国', en: 'China', variants: ['PRC', "People's Republic of China"] },
    ]);
  });
});
