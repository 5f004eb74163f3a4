// What an upload becomes is bounded (issue 10, defects 1–3): a .docx counts the text it unpacks
// to against maxBytes while inflating, and no side may have more lines than maxLines.
import yazl from 'yazl';
import { parseDocument } from '../../../../server/engine/formats/import';
import { countLines } from '../../../../server/engine/formats/import/limits';
import { errorCode } from './helpers';

function makeZip(entries: Record<string, Buffer | string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of Object.entries(entries))
    zip.addBuffer(Buffer.from(data), name, { compress: true });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** A Word body of `paragraphs` paragraphs of varied words (so it compresses like prose, not like a bomb). */
function documentXml(paragraphs: number, markupPerRun = 1): string {
  let seed = 7;
  const word = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (
      ['river', 'bridge', 'council', 'said', 'month', 'early', 'traffic', 'bank'][seed % 8] + (seed % 97)
    );
  };
  const run = (text: string) =>
    `<w:r><w:rPr>${'<w:b/><w:i/><w:sz w:val="24"/>'.repeat(markupPerRun)}</w:rPr><w:t>${text}</w:t></w:r>`;
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) body.push(`<w:p>${run(`${word()} ${word()} ${word()}.`)}</w:p>`);
  return `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}</w:body></w:document>`;
}

const docx = (xml: string) =>
  makeZip({
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': xml,
  });

describe('upload limits', () => {
  it('refuses a .docx whose body inflates to far more markup than the text limit allows, before mammoth reads it', async () => {
    // the shape of defect 1 at a fifth of the size: an ordinary compression ratio, under the
    // zip-bomb limits, but a body of 9 MB for a 1 MB text limit
    const xml = documentXml(10_000, 40);
    const file = await docx(xml);
    expect(xml.length).toBeGreaterThan(8 * 1024 * 1024);
    expect(xml.length / file.length).toBeLessThan(200);
    const err = parseDocument({ buffer: file, filename: 'big.docx', lang: 'en', maxBytes: 1024 * 1024 });
    expect(await errorCode(err)).toBe('too_large');
  });

  it('refuses a .docx that unpacks to more text than maxBytes, although the file itself is small', async () => {
    const file = await docx(documentXml(60_000));
    expect(file.length).toBeLessThan(1024 * 1024);
    const err = parseDocument({ buffer: file, filename: 'a.docx', lang: 'en', maxBytes: 1024 * 1024 });
    expect(await errorCode(err)).toBe('too_large');
  });

  it('still reads a .docx whose text fits', async () => {
    const doc = await parseDocument({
      buffer: await docx(documentXml(50)),
      filename: 'a.docx',
      lang: 'en',
      maxBytes: 1024 * 1024,
      maxLines: 1000,
    });
    expect(doc.paragraphs.length).toBe(50);
  });

  it('refuses 100,000 one-line paragraphs as too_many_lines, counted before parsing', async () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `Line ${i}.`).join('\n');
    const err = parseDocument({ text, lang: 'en', maxBytes: 5 * 1024 * 1024, maxLines: 20_000 });
    await expect(err).rejects.toMatchObject({
      code: 'too_many_lines',
      params: { lines: 100_000, max: 20_000 },
    });
  });

  it('counts HTML blocks on one line and ignores blank lines', () => {
    expect(countLines('<p>a</p>'.repeat(500), true)).toBe(501);
    expect(countLines('one\n\n  \ntwo\r\n', false)).toBe(2);
  });
});
