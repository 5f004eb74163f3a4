import { FORMAT_ERROR_CODES, FormatError, parseDocument } from '../../../../server/engine/formats/import';
import { errorCode } from './helpers';

describe('parseDocument: bad input', () => {
  it('rejects empty and whitespace-only text as empty_text', async () => {
    expect(await errorCode(parseDocument({ text: '', lang: 'en' }))).toBe('empty_text');
    expect(await errorCode(parseDocument({ text: ' \n\t\u3000\n ', lang: 'zh' }))).toBe('empty_text');
    expect(await errorCode(parseDocument({ buffer: Buffer.alloc(0), filename: 'a.txt', lang: 'zh' }))).toBe(
      'empty_text',
    );
    expect(await errorCode(parseDocument({ buffer: Buffer.from('\ufeff  \n', 'utf8'), lang: 'en' }))).toBe(
      'empty_text',
    );
  });

  it('rejects a page that is nothing but chrome as empty_text, saying why', async () => {
    const err = await parseDocument({ text: '返回列表 发布新帖\n回复\n返回顶部', lang: 'zh' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(FormatError);
    expect(err).toMatchObject({ code: 'empty_text', params: { reason: 'only_chrome', dropped: 3 } });
  });

  it('rejects a 20 MB paste by size without parsing it', async () => {
    const huge = 'Lorem ipsum dolor sit amet. '.repeat(750_000);
    const err = await parseDocument({ text: huge, lang: 'en', maxBytes: 5 * 1024 * 1024 }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'too_large', params: { maxBytes: 5 * 1024 * 1024 } });
  });

  it('counts UTF-8 bytes, not characters, for pasted Chinese', async () => {
    const text = '中'.repeat(400); // 400 characters, 1200 bytes
    expect(await errorCode(parseDocument({ text, lang: 'zh', maxBytes: 1000 }))).toBe('too_large');
    expect(await errorCode(parseDocument({ text, lang: 'zh', maxBytes: 1200 }))).toBe('resolved');
  });

  it('rejects an oversized upload as too_large before sniffing it', async () => {
    const buf = Buffer.alloc(2048, 0);
    expect(
      await errorCode(parseDocument({ buffer: buf, filename: 'a.docx', lang: 'en', maxBytes: 1024 })),
    ).toBe('too_large');
  });

  it('rejects images, PDFs and executables: binary_file for text names, unsupported_format otherwise', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 1),
    ]);
    const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n');
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(64, 0)]);
    expect(await errorCode(parseDocument({ buffer: png, filename: 'story.txt', lang: 'en' }))).toBe(
      'binary_file',
    );
    expect(await errorCode(parseDocument({ buffer: png, lang: 'en' }))).toBe('binary_file');
    expect(await errorCode(parseDocument({ buffer: pdf, filename: 'story.pdf', lang: 'en' }))).toBe(
      'unsupported_format',
    );
    expect(await errorCode(parseDocument({ buffer: elf, filename: 'story.bin', lang: 'en' }))).toBe(
      'unsupported_format',
    );
    const noise = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 131 + 7) % 256));
    expect(await errorCode(parseDocument({ buffer: noise, filename: 'data.xyz', lang: 'en' }))).toBe(
      'unsupported_format',
    );
  });

  it('reads text with an unknown extension as text', async () => {
    const doc = await parseDocument({
      buffer: Buffer.from('Title\n\nBody text here.'),
      filename: 'notes.log',
      lang: 'en',
    });
    expect(doc.format).toBe('text');
  });

  it('uses only the documented error codes', () => {
    expect([...FORMAT_ERROR_CODES].sort()).toEqual(
      [
        'bad_docx',
        'bad_encoding',
        'binary_file',
        'empty_text',
        'too_large',
        'too_many_lines',
        'unsupported_format',
        'zip_bomb',
      ].sort(),
    );
    const e = new FormatError('too_large', { size: 2 });
    expect(e).toBeInstanceOf(Error);
    expect(e).toMatchObject({ name: 'FormatError', code: 'too_large', params: { size: 2 } });
  });
});

// How fast these shapes parse is measured by `npm run bench:import` (timed tests fail on a
// loaded machine); here only what comes out of them.
describe('parseDocument: large and hostile shapes', () => {
  it('parses a 1 MB article into all its paragraphs, in English and Chinese', async () => {
    const para =
      'The new bridge linking the two banks of Hekou opened on Thursday morning, three months ahead of schedule, officials said. ';
    const zhPara = '连接河口市南北两岸的跨江大桥今天上午正式通车，全长约两千四百米，比原计划提前三个月完工。';
    const en = `Bridge opens\n\n${Array.from({ length: 9000 }, () => para).join('\n\n')}`;
    const zh = `大桥通车\n\n${Array.from({ length: 9000 }, () => zhPara).join('\n\n')}`;
    expect(Buffer.byteLength(en)).toBeGreaterThan(1_000_000);
    for (const [text, lang] of [
      [en, 'en'],
      [zh, 'zh'],
    ] as const) {
      const doc = await parseDocument({ buffer: Buffer.from(text), lang, filename: 'big.txt' });
      expect(doc.paragraphs).toHaveLength(9001);
    }
  });

  it('refuses absurdly deep HTML up front as unsupported_format', async () => {
    const deep = `<!doctype html><body>${'<div>'.repeat(50_000)}text${'</div>'.repeat(50_000)}`;
    const err = await parseDocument({ text: deep, filename: 'a.html', lang: 'en' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'unsupported_format', params: { reason: 'html_too_deep' } });
  });

  it('still reads pages with thousands of unclosed <p> and formatting tags', async () => {
    const doc = await parseDocument({
      text: `<!doctype html><body><h1>T</h1>${'<p><font>Some para text here.'.repeat(3000)}`,
      filename: 'a.html',
      lang: 'en',
    });
    expect(doc.paragraphs.length).toBeGreaterThan(1000);
  });

  it('strips thousands of sibling widgets and scripts and keeps the body', async () => {
    const page = `<!doctype html><body>${'<div class="comment">hi</div><script>x</script>'.repeat(20_000)}<p>Body text.</p>`;
    const doc = await parseDocument({ text: page, filename: 'a.html', lang: 'en' });
    expect(doc.paragraphs.map((p) => p.text)).toContain('Body text.');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Body text.']);
  });

  it('reads a long Markdown line full of unmatched markers as text', async () => {
    const md = `# T\n\n${'*a __b [c](d `e <f '.repeat(30_000)}`;
    const doc = await parseDocument({ text: md, filename: 'a.md', lang: 'en' });
    expect(doc.paragraphs.length).toBeGreaterThan(0);
    expect(doc.paragraphs.map((p) => p.text).join(' ')).toContain('[c](d');
  });
});
