import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import yazl from 'yazl';
import { parseDocument } from '../../../../server/engine/formats/import';
import { assertSafeZip, readCentralDirectory } from '../../../../server/engine/formats/import/zip-guard';
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

async function makeDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            text: 'Bridge Opens Across the River Two Months Early',
            heading: HeadingLevel.TITLE,
          }),
          new Paragraph({ children: [new TextRun('By Lin Xiao')] }),
          new Paragraph({
            children: [
              new TextRun('The new bridge linking the two banks of Hekou opened on Thursday morning, '),
              new TextRun({ text: 'three months ahead of schedule', bold: true }),
              new TextRun(', officials said.'),
            ],
          }),
          new Paragraph({ text: 'Shorter commutes', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            alignment: AlignmentType.LEFT,
            children: [
              new TextRun('Travel time will fall from about forty minutes to ten, the bureau said.'),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const DOCX_NAMES = { '[Content_Types].xml': '<Types/>', '_rels/.rels': '<Relationships/>' };

describe('parseDocument: DOCX', () => {
  it('reads a Word document: Title → headline, Heading 2 → subhead, runs joined, bold dropped', async () => {
    const doc = await parseDocument({ buffer: await makeDocx(), filename: 'story.docx', lang: 'en' });
    expect(doc.format).toBe('docx');
    expect(doc.paragraphs).toEqual([
      { kind: 'headline', text: 'Bridge Opens Across the River Two Months Early' },
      { kind: 'byline', text: 'By Lin Xiao' },
      {
        kind: 'body',
        text: 'The new bridge linking the two banks of Hekou opened on Thursday morning, three months ahead of schedule, officials said.',
      },
      { kind: 'subhead', text: 'Shorter commutes' },
      { kind: 'body', text: 'Travel time will fall from about forty minutes to ten, the bureau said.' },
    ]);
  });

  it('recognises a DOCX by its content when the upload has no extension', async () => {
    const doc = await parseDocument({ buffer: await makeDocx(), lang: 'en' });
    expect(doc.format).toBe('docx');
  });

  it('rejects bytes that are not a zip, a truncated zip and a zip without a Word body as bad_docx', async () => {
    const good = await makeDocx();
    expect(
      await errorCode(
        parseDocument({ buffer: Buffer.from('not a zip at all'), filename: 'a.docx', lang: 'en' }),
      ),
    ).toBe('bad_docx');
    expect(
      await errorCode(
        parseDocument({ buffer: good.subarray(0, good.length - 200), filename: 'a.docx', lang: 'en' }),
      ),
    ).toBe('bad_docx');
    const notWord = await makeZip({ 'readme.txt': 'hello' });
    expect(await errorCode(parseDocument({ buffer: notWord, filename: 'a.docx', lang: 'en' }))).toBe(
      'bad_docx',
    );
    expect(await errorCode(parseDocument({ buffer: notWord, filename: 'a.zip', lang: 'en' }))).toBe(
      'unsupported_format',
    );
  });

  it('rejects a zip bomb disguised as DOCX by its compression ratio before inflating it', async () => {
    const bomb = await makeZip({ ...DOCX_NAMES, 'word/document.xml': Buffer.alloc(16 * 1024 * 1024, 0x20) });
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(await errorCode(parseDocument({ buffer: bomb, filename: 'report.docx', lang: 'en' }))).toBe(
      'zip_bomb',
    );
  });

  it('rejects a bomb whose directory lies about the uncompressed size, by inflating with a cap', async () => {
    const zip = await makeZip({ ...DOCX_NAMES, 'word/document.xml': Buffer.alloc(512 * 1024, 0x41) });
    const entry = readCentralDirectory(zip).find((e) => e.name === 'word/document.xml')!;
    // Patch the declared size (central directory and local header) down to 1 KB.
    let p = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    while (p >= 0) {
      const nameLen = zip.readUInt16LE(p + 28);
      if (zip.toString('utf8', p + 46, p + 46 + nameLen) === 'word/document.xml')
        zip.writeUInt32LE(1024, p + 24);
      p = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4);
    }
    zip.writeUInt32LE(1024, entry.localOffset + 22);
    expect(() => assertSafeZip(zip)).toThrow(expect.objectContaining({ code: 'zip_bomb' }));
    expect(await errorCode(parseDocument({ buffer: zip, filename: 'a.docx', lang: 'en' }))).toBe('zip_bomb');
  });

  it('rejects archives with absurd entry counts or declared totals', async () => {
    const many: Record<string, string> = { ...DOCX_NAMES, 'word/document.xml': '<w:document/>' };
    for (let i = 0; i < 60; i++) many[`word/media/x${i}.xml`] = 'x';
    const zip = await makeZip(many);
    expect(() => assertSafeZip(zip, { maxEntries: 50, maxTotal: 1e9, maxRatio: 200 })).toThrow(
      expect.objectContaining({ code: 'zip_bomb', params: expect.objectContaining({ reason: 'entries' }) }),
    );
    expect(() => assertSafeZip(zip, { maxEntries: 5000, maxTotal: 50, maxRatio: 200 })).toThrow(
      expect.objectContaining({
        code: 'zip_bomb',
        params: expect.objectContaining({ reason: 'declared_size' }),
      }),
    );
    expect(assertSafeZip(zip)).toHaveLength(63);
  });
});
