// Article text is untrusted (pasted web pages, user notes). Every export must carry it as
// text: no markup injection in HTML/Markdown, well-formed XML, no spreadsheet formulas, no
// characters that XML 1.0 or Word cannot hold.
import * as cheerio from 'cheerio';
import mammoth from 'mammoth';
import { readBilingual } from '../../../../server/engine/formats/bilingual';
import { parseDelimited } from '../../../../server/engine/formats/bilingual/delimited';
import { parseXml } from '../../../../server/engine/formats/bilingual/xml-reader';
import { EXPORT_FORMATS, exportArticle } from '../../../../server/engine/formats/export';
import { HOSTILE, hostileArticle } from '../../../fixtures/interchange/articles';

// XML 1.0 illegal: C0 controls except tab/LF/CR, U+FFFE/U+FFFF.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const VISIBLE = 'A <script>alert("x")</script> ]]> &amp; & \'q\' ';

async function exported(format: (typeof EXPORT_FORMATS)[number]): Promise<string> {
  return (await exportArticle(hostileArticle(), format)).body.toString('utf8');
}

describe('exports of hostile text', () => {
  it.each(EXPORT_FORMATS.filter((f) => f !== 'docx'))(
    '%s holds no XML-illegal control characters',
    async (format) => {
      const out = await exported(format);
      expect(out).not.toMatch(ILLEGAL);
      expect(out).toContain('tab');
    },
  );

  it.each(['html', 'bilingual-html', 'report-html'] as const)(
    '%s shows the hostile text as text and creates no active elements',
    async (format) => {
      const out = await exported(format);
      const $ = cheerio.load(out);
      expect($('script, iframe, svg, img, object, embed, b, i').length).toBe(0);
      expect($('[onerror], [onload]').length).toBe(0);
      expect($('a[href^="javascript"], a[href^="data"]').length).toBe(0);
      expect($('body').text()).toContain(VISIBLE);
      expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; ]]&gt; &amp;amp; &amp;');
    },
  );

  it('bilingual-html keeps the attacker-controlled cells inside their table cells', async () => {
    const $ = cheerio.load(await exported('bilingual-html'));
    expect($('tbody tr')).toHaveLength(3);
    expect($('tbody tr').first().find('td')).toHaveLength(4);
    expect($('ol.footnotes li').first().text()).toContain('</td></tr></table><script>');
  });

  it('md escapes every markup character of the hostile text', async () => {
    const out = await exported('md');
    expect(out).not.toMatch(/(^|[^\\])</m);
    expect(out).toContain('\\<script\\>alert("x")\\</script\\> \\]\\]\\> \\&amp; \\&');
  });

  it('txt carries the hostile text verbatim, minus control characters', async () => {
    const out = await exported('txt');
    expect(out).toContain(`${VISIBLE} tab\there, "quoted" # not a heading`);
  });

  it.each(['xliff2', 'xliff12', 'tmx'] as const)(
    '%s is well-formed and never contains a raw ]]> or <script',
    async (format) => {
      const out = await exported(format);
      expect(() => parseXml(out)).not.toThrow();
      expect(out).not.toContain(']]>');
      expect(out).not.toContain('<script');
      expect(out).not.toContain('<img');
    },
  );

  it.each(['csv', 'report-csv'] as const)(
    '%s never lets a cell start a spreadsheet formula',
    async (format) => {
      const out = await exported(format);
      const cells = parseDelimited(out.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'), ',').flat();
      expect(cells.length).toBeGreaterThan(10);
      expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
      expect(cells).toContain(
        format === 'csv' ? '\'=HYPERLINK("http://evil.example","click")' : '\'=cmd|"/c calc"!A0',
      );
    },
  );

  it('tsv never lets a cell start a spreadsheet formula and reads back unchanged', async () => {
    const article = hostileArticle();
    article.rows[0].en = "=cmd|' /C calc'!A0";
    article.rows[1].en = '+1+1';
    article.rows[2].en = '@SUM(A1:A9)';
    const out = (await exportArticle(article, 'tsv')).body.toString('utf8');
    const cells = parseDelimited(out, '\t').flat();
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(cells).toEqual(expect.arrayContaining(["'=cmd|' /C calc'!A0", "'+1+1", "'@SUM(A1:A9)"]));
    const back = readBilingual('back.tsv', Buffer.from(out));
    expect(back.rows.slice(0, 3).map((r) => r.en)).toEqual(["=cmd|' /C calc'!A0", '+1+1', '@SUM(A1:A9)']);
  });

  it('report-json is valid JSON with the hostile text intact', async () => {
    const json = JSON.parse(await exported('report-json'));
    expect(json.flags[0].message).toBe(VISIBLE + ' tab\there, "quoted"');
    expect(HOSTILE).toContain(VISIBLE);
    expect(json.flags[0].suggestion).toBe(']]><x/>');
  });

  it('docx opens with mammoth and holds the text without control characters', async () => {
    const { body } = await exportArticle(hostileArticle(), 'docx');
    const { value } = await mammoth.extractRawText({ buffer: body });
    expect(value).toContain(VISIBLE);
    expect(value).not.toMatch(ILLEGAL);
  });
});
