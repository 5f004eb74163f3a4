// Hostile files for the upload routes: what a careless user or an attacker may send.
import zlib from 'node:zlib';
import yazl from 'yazl';

function zip(entries: Record<string, Buffer | string>): Promise<Buffer> {
  const z = new yazl.ZipFile();
  for (const [name, data] of Object.entries(entries))
    z.addBuffer(Buffer.from(data), name, { compress: true });
  z.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    z.outputStream.on('error', reject);
  });
}

const DOCX_PARTS = {
  '[Content_Types].xml':
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  '_rels/.rels':
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
};

const wordXml = (body: string) =>
  `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

export interface HostileFile {
  name: string;
  filename: string;
  data: Buffer;
}

/** A fixed set of hostile files, built once (a few MB in all). */
export async function hostileFiles(): Promise<HostileFile[]> {
  const para = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
  const files: [string, string, Buffer | Promise<Buffer>][] = [
    [
      'docx bomb by ratio',
      'bomb.docx',
      zip({ ...DOCX_PARTS, 'word/document.xml': Buffer.alloc(20 * 1024 * 1024, 0x20) }),
    ],
    [
      'docx with a huge body',
      'big.docx',
      zip({ ...DOCX_PARTS, 'word/document.xml': wordXml(para('河口大桥提前通车。').repeat(120_000)) }),
    ],
    [
      'docx with entities',
      'ent.docx',
      zip({
        ...DOCX_PARTS,
        'word/document.xml': `<!DOCTYPE x [<!ENTITY a "${'x'.repeat(100)}">]>${wordXml(para('&a;&a;'))}`,
      }),
    ],
    [
      'docx, truncated',
      'cut.docx',
      zip({ ...DOCX_PARTS, 'word/document.xml': wordXml(para('文')) }).then((b) =>
        b.subarray(0, b.length - 40),
      ),
    ],
    ['zip without a Word body', 'x.docx', zip({ 'a.txt': 'hello' })],
    ['random bytes', 'noise.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
    ['gzip as text', 'a.txt', zlib.gzipSync('中文 '.repeat(1000))],
    ['PDF', 'a.pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\n')],
    ['UTF-16 without BOM', 'u16.txt', Buffer.from('标题\n\n正文。'.repeat(50), 'utf16le')],
    ['NULs in text', 'nul.txt', Buffer.from('标题\u0000\u0000正文\u0000。')],
    ['empty', 'empty.txt', Buffer.alloc(0)],
    ['only chrome', 'chrome.txt', Buffer.from('返回列表 发布新帖\n发表于 3 天前\n扫一扫添加微信客服')],
    [
      'HTML with script',
      'a.html',
      Buffer.from(
        '<html><body><script>alert(1)</script><h1 onclick="x()">标题</h1><p>正文<img src=x onerror=alert(1)></p></body></html>',
      ),
    ],
    [
      'HTML, 50,000 paragraphs on one line',
      'p.html',
      Buffer.from(`<body>${'<p>段落。</p>'.repeat(50_000)}</body>`),
    ],
    [
      '100,000 lines',
      'lines.txt',
      Buffer.from(Array.from({ length: 100_000 }, (_, i) => `第${i}行。`).join('\n')),
    ],
    [
      'billion laughs XLIFF',
      'bomb.xlf',
      Buffer.from(
        `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><xliff version="1.2"><file><body><trans-unit id="1"><source>&lol2;</source><target>x</target></trans-unit></body></file></xliff>`,
      ),
    ],
    [
      'TMX, unclosed',
      'a.tmx',
      Buffer.from('<?xml version="1.0"?><tmx version="1.4"><body><tu><tuv xml:lang="zh"><seg>中'),
    ],
    ['CSV with formulas', 'g.csv', Buffer.from("zh,en\n等于,=cmd|' /C calc'!A0\n加,+1+1\n和,@SUM(A1)\n")],
    ['TSV, one column', 'g.tsv', Buffer.from('only\none\ncolumn\n')],
    ['name with path and NUL', '../../etc/pass\u0000wd.txt', Buffer.from('标题\n\n正文。')],
    ['lone surrogate bytes', 'sur.txt', Buffer.from([0xed, 0xa0, 0x80, 0x41])],
    ['GB18030 mislabelled', 'a.html', Buffer.from('<meta charset="utf-7"><p>+ADw-script+AD4-</p>')],
  ];
  return Promise.all(files.map(async ([name, filename, data]) => ({ name, filename, data: await data })));
}
