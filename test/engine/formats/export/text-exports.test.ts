import { exportArticle } from '../../../../server/engine/formats/export';
import { englishParagraphs } from '../../../../server/engine/formats/export/paragraphs';
import { escapeMarkdown } from '../../../../server/engine/formats/export/plain';
import type { ExportArticle } from '../../../../server/engine/formats/export/types';
import { sampleArticle } from '../../../fixtures/interchange/articles';

async function text(article: ExportArticle, format: 'txt' | 'md' | 'html' | 'tsv' | 'csv'): Promise<string> {
  return (await exportArticle(article, format)).body.toString('utf8');
}

describe('englishParagraphs', () => {
  it('restores paragraphs from paragraphStart, kind changes and newlines inside rows', () => {
    const paras = englishParagraphs(sampleArticle());
    expect(paras.map((p) => p.kind)).toEqual(['headline', 'caption', 'body', 'subhead', 'body', 'body']);
    expect(paras[2].text).toBe(
      'South Korean President Lee Jae-myung began a four-day state visit to China on Sunday, January 4. Against the backdrop of escalating tensions, Beijing is expected to seek Seoul’s alignment on Japan and Taiwan-related issues.',
    );
    expect(paras[5].text).toBe('But neither side will be fully satisfied.');
  });

  it('uses the English title as headline when no row is one', () => {
    const a = sampleArticle();
    a.rows = a.rows.filter((r) => r.kind !== 'headline');
    expect(englishParagraphs(a)[0]).toEqual({ kind: 'headline', text: a.titleEn });
  });
});

describe('exportArticle txt', () => {
  it('writes the corrected English, headline first, blank lines between paragraphs', async () => {
    const out = await text(sampleArticle(), 'txt');
    expect(
      out.startsWith('Lee Jae-myung’s Visit to China Likely to Improve Bilateral Ties, but Security Issues'),
    ).toBe(true);
    expect(out).not.toContain('highly likely to improve bilateral security issues');
    expect(out.split('\n\n')).toHaveLength(6);
    expect(out.endsWith('satisfied.\n')).toBe(true);
  });
});

describe('exportArticle md', () => {
  it('marks headline, subhead and caption', async () => {
    const out = await text(sampleArticle(), 'md');
    expect(out).toMatch(/^# Lee Jae-myung’s Visit/);
    expect(out).toContain('\n\n## Security issues: no breakthrough\n\n');
    expect(out).toContain('\n\n*On November 1, 2025,');
  });

  it('escapes Markdown and HTML specials so they show literally', () => {
    expect(escapeMarkdown('a *b* _c_ [d](e) <script> `f` & g')).toBe(
      'a \\*b\\* \\_c\\_ \\[d\\](e) \\<script\\> \\`f\\` \\& g',
    );
    expect(escapeMarkdown('# not a heading\n- not a list\n1. not ordered')).toBe(
      '\\# not a heading\n\\- not a list\n1\\. not ordered',
    );
  });
});

describe('exportArticle html', () => {
  it('is a standalone page with the CJK font stack, print styles and no external resources', async () => {
    const out = await text(sampleArticle(), 'html');
    expect(out).toMatch(/^<!DOCTYPE html>/);
    expect(out).toContain('"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC"');
    expect(out).toContain('@media print');
    expect(out).toContain('<h1>Lee Jae-myung’s Visit');
    expect(out).toContain('<h2>Security issues: no breakthrough</h2>');
    expect(out).toContain('<p class="caption">On November 1');
    expect(out).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(out).toContain('<a href="https://www.zaobao.com.sg/news/china/story20260104">Lianhe Zaobao</a>');
  });
});

describe('exportArticle bilingual-html', () => {
  it('puts zh and en side by side and the non-dismissed flags in numbered footnotes', async () => {
    const out = (await exportArticle(sampleArticle(), 'bilingual-html')).body.toString('utf8');
    expect(out).toContain('<td class="zh" lang="zh-CN">李在明访华料改善双边关系 安全议题难有突破</td>');
    expect(out).toContain('<sup class="fn" id="fnref-1"><a href="#fn-1">1</a></sup>');
    expect(out).toContain('<li id="fn-2">');
    expect(out).not.toContain('id="fn-3"');
    expect(out).not.toContain('English sentence has no Chinese counterpart');
    expect(out).toContain('Fixed to follow the Chinese headline.');
    expect(out).toContain('(see row 6)');
    expect(out).toContain('likely to improve.<br>But neither side');
    expect(out).toContain('thead { display: table-header-group; }');
  });

  it('takes other column labels', async () => {
    const out = (
      await exportArticle(sampleArticle(), 'bilingual-html', {
        labels: { source: '中文原文', translation: '英文译文' },
      })
    ).body.toString('utf8');
    expect(out).toContain('<th scope="col">中文原文</th><th scope="col">英文译文</th>');
  });
});

describe('exportArticle tsv and csv', () => {
  it('writes TSV with a header and quotes cells holding tabs, quotes or newlines', async () => {
    const a = sampleArticle();
    a.rows = [{ ...a.rows[0], zh: '甲\t乙', en: 'say "hi"\nthere' }];
    expect(await text(a, 'tsv')).toBe('zh\ten\tkind\n"甲\t乙"\t"say ""hi""\nthere"\theadline\n');
  });

  it('writes Excel-safe CSV: BOM, CRLF, RFC 4180 quoting and a formula guard', async () => {
    const a = sampleArticle();
    a.rows = [
      { ...a.rows[0], zh: '一,二', en: '=1+1' },
      { ...a.rows[1], zh: '+86', en: '@cmd\nline' },
      { ...a.rows[2], zh: '-3', en: 'fine' },
    ];
    const out = await text(a, 'csv');
    expect(out).toBe(
      '\uFEFFzh,en,kind\r\n"一,二",\'=1+1,headline\r\n\'+86,"\'@cmd\r\nline",caption\r\n\'-3,fine,body\r\n',
    );
  });
});
