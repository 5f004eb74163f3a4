import mammoth from 'mammoth';
import { buildReport, EXPORT_FORMATS, exportArticle } from '../../../../server/engine/formats/export';
import { sampleArticle } from '../../../fixtures/interchange/articles';

describe('exportArticle docx', () => {
  it('opens with mammoth and holds the corrected text with the headline as heading 1', async () => {
    const { body, contentType, extension } = await exportArticle(sampleArticle(), 'docx');
    expect(extension).toBe('docx');
    expect(contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
    const { value: html, messages } = await mammoth.convertToHtml({ buffer: body });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(html).toContain(
      '<h1>Lee Jae-myung’s Visit to China Likely to Improve Bilateral Ties, but Security Issues Unlikely to See Breakthrough</h1>',
    );
    expect(html).toContain('<h2>Security issues: no breakthrough</h2>');
    expect(html).toContain('<p><em>On November 1, 2025,');
    expect(html).not.toContain('highly likely to improve bilateral security issues');
    const { value: raw } = await mammoth.extractRawText({ buffer: body });
    expect(raw).toContain('But neither side will be fully satisfied.');
  });
});

describe('review report', () => {
  it('lists every flag with category, severity, status, evidence and resolution', () => {
    const report = buildReport(sampleArticle());
    expect(report.flags.map((f) => [f.id, f.row, f.status, f.counted, f.resolution])).toEqual([
      [11, 1, 'resolved', true, 'resolved by kim'],
      [12, 4, 'accepted', true, 'accepted'],
      [13, 6, 'dismissed', false, 'dismissed by lee'],
    ]);
    expect(report.flags[0]).toMatchObject({
      category: 'accuracy/mistranslation',
      severity: 'critical',
      evidence: { zh: '安全议题难有突破', en: 'highly likely to improve bilateral security issues' },
      rowEnOriginal: "Lee Jae-myung's visit to China is highly likely to improve bilateral security issues.",
    });
  });

  it('scores the article: one critical and one minor over the English word count', () => {
    const { scorecard } = buildReport(sampleArticle());
    expect(scorecard.penalty).toBe(26);
    expect(scorecard.wordCount).toBeGreaterThan(60);
    expect(scorecard.score).toBeCloseTo(100 - (26 * 100) / scorecard.wordCount, 2);
    expect(scorecard.pass).toBe(false);
  });

  it('writes the same report as JSON, CSV and HTML', async () => {
    const article = sampleArticle();
    const json = JSON.parse((await exportArticle(article, 'report-json')).body.toString('utf8'));
    expect(json).toEqual(JSON.parse(JSON.stringify(buildReport(article))));

    const csv = (await exportArticle(article, 'report-csv')).body.toString('utf8');
    expect(csv.startsWith('\uFEFFarticle,7\r\n')).toBe(true);
    expect(csv).toContain(`\r\nscore,${json.scorecard.score}\r\n`);
    expect(csv).toContain('\r\npass,no\r\n');
    expect(csv).toContain('\r\nflag,row,related_row,origin,type,category,severity,status,counted,');
    expect(csv).toContain('\r\n13,6,,check,omission,accuracy/omission,major,dismissed,no,');

    const html = (await exportArticle(article, 'report-html')).body.toString('utf8');
    expect(html).toContain(`${json.scorecard.score} (threshold 95)`);
    expect(html).toContain('<span class="verdict-fail">✗ fail</span>');
    expect(html).toContain('dismissed by lee');
    expect(html).toContain('<span lang="zh-CN">安全议题难有突破</span> ↔ highly likely');
  });

  it('uses the pass threshold it is given', async () => {
    const json = JSON.parse(
      (await exportArticle(sampleArticle(), 'report-json', { passThreshold: 50 })).body.toString(),
    );
    expect(json.scorecard).toMatchObject({ threshold: 50, pass: true });
  });
});

describe('exportArticle', () => {
  it.each(EXPORT_FORMATS)('writes %s with a content type and an extension', async (format) => {
    const r = await exportArticle(sampleArticle(), format);
    expect(r.body.length).toBeGreaterThan(100);
    expect(r.contentType).toMatch(/^(text|application)\//);
    expect(r.extension).toMatch(/^[a-z.]+$/);
  });

  it('refuses an unknown format', async () => {
    await expect(exportArticle(sampleArticle(), 'pdf' as never)).rejects.toThrow(/unknown export format/);
  });
});
