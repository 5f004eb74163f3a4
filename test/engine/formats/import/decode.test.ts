import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { parseDocument } from '../../../../server/engine/formats/import';
import { decodeBytes } from '../../../../server/engine/formats/import/decode';
import { errorCode, FIXTURES, fixture, texts } from './helpers';

const SOURCE = fs.readFileSync(path.join(FIXTURES, 'zh-article.txt'), 'utf8');
const TRADITIONAL = fs.readFileSync(path.join(FIXTURES, 'zh-article-traditional.txt'), 'utf8');

describe('decodeBytes', () => {
  it.each([
    ['zh-article.gb18030.txt', 'GB18030', SOURCE],
    ['zh-article.gbk.txt', 'GB18030', SOURCE],
    ['zh-article.utf8-bom.txt', 'UTF-8', SOURCE],
    ['zh-article.utf16le-bom.txt', 'UTF-16LE', SOURCE],
    ['zh-article.utf16be-bom.txt', 'UTF-16BE', SOURCE],
    ['zh-article.utf16le.txt', 'UTF-16LE', SOURCE],
    ['zh-article.utf16be.txt', 'UTF-16BE', SOURCE],
    ['zh-article.big5.txt', 'Big5', TRADITIONAL],
  ])('decodes %s as %s, byte for byte the original text', (file, encoding, original) => {
    const decoded = decodeBytes(fixture(file));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(original);
  });

  it('reports a BOM only when there was one', () => {
    expect(decodeBytes(fixture('zh-article.utf8-bom.txt')).bom).toBe(true);
    expect(decodeBytes(Buffer.from(SOURCE, 'utf8')).bom).toBe(false);
  });

  it('round-trips freshly encoded GB18030 and UTF-16 text, including characters outside GBK', () => {
    const text = `${SOURCE}\n𠮷野家与㐀字也要保留。`;
    for (const enc of ['gb18030', 'utf-16le']) {
      const bytes = iconv.encode(text, enc, { addBOM: enc !== 'gb18030' });
      expect(decodeBytes(bytes).text).toBe(text);
    }
  });

  it('decodes short Chinese-only text in UTF-16 without BOM or NULs, and short GBK text', () => {
    const text = '专家认为这种方法在同类工程中并不常见';
    expect(decodeBytes(iconv.encode(text, 'utf-16le'))).toMatchObject({ text, encoding: 'UTF-16LE' });
    expect(decodeBytes(iconv.encode(text, 'utf-16be'))).toMatchObject({ text, encoding: 'UTF-16BE' });
    expect(decodeBytes(iconv.encode(text, 'gbk'))).toMatchObject({ text, encoding: 'GB18030' });
  });

  it('decodes English text saved as Windows-1252 (curly quotes)', () => {
    const text = 'Seoul’s “alignment” matters — café owners said so.';
    const decoded = decodeBytes(iconv.encode(text.repeat(5), 'windows-1252'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe(text.repeat(5));
  });

  it('prefers a charset an HTML page declares when the bytes are not UTF-8', () => {
    const html = '<html><head><meta charset="gbk"></head><body><p>大桥通车</p></body></html>';
    const decoded = decodeBytes(iconv.encode(html, 'gbk'), 'gbk');
    expect(decoded.encoding).toBe('GB18030');
    expect(decoded.text).toContain('大桥通车');
  });

  it('throws binary_file for bytes with NULs that are not UTF-16', () => {
    const bytes = Buffer.from([
      0x41, 0x00, 0x00, 0x00, 0x42, 0x01, 0x02, 0x03, 0x00, 0x10, 0x00, 0x00, 0x7f, 0x00,
    ]);
    expect(() => decodeBytes(bytes)).toThrow(expect.objectContaining({ code: 'binary_file' }));
  });
});

describe('parseDocument: encoded uploads', () => {
  it('reports the detected encoding and parses a GB18030 file into the same paragraphs as UTF-8', async () => {
    const gb = await parseDocument({
      buffer: fixture('zh-article.gb18030.txt'),
      filename: 'a.txt',
      lang: 'zh',
    });
    const utf8 = await parseDocument({ text: SOURCE, lang: 'zh' });
    expect(gb.encoding).toBe('GB18030');
    expect(gb.paragraphs).toEqual(utf8.paragraphs);
    expect(utf8.encoding).toBe('UTF-8');
  });

  it('parses a UTF-16 file without a BOM', async () => {
    const doc = await parseDocument({
      buffer: fixture('zh-article.utf16be.txt'),
      filename: 'a.txt',
      lang: 'zh',
    });
    expect(doc.encoding).toBe('UTF-16BE');
    expect(texts(doc)[0]).toBe('河口市新建跨江大桥今日通车');
  });

  it('decodes Big5 and flags it as traditional while keeping the text as imported', async () => {
    const doc = await parseDocument({
      buffer: fixture('zh-article.big5.txt'),
      filename: 'a.txt',
      lang: 'zh',
    });
    expect(doc.encoding).toBe('Big5');
    expect(doc.script).toBe('traditional');
    expect(texts(doc)[0]).toBe('河口市新建跨江大橋今日通車');
  });

  it('flags GB18030 Chinese as simplified', async () => {
    const doc = await parseDocument({ buffer: fixture('zh-article.gb18030.txt'), lang: 'zh' });
    expect(doc.script).toBe('simplified');
  });

  it('rejects random binary named .txt as binary_file', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    expect(await errorCode(parseDocument({ buffer: bytes, filename: 'notes.txt', lang: 'en' }))).toBe(
      'binary_file',
    );
  });
});
