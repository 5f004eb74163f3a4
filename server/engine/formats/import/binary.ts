/**
 * Telling text from binary before anything tries to decode it. Magic numbers catch the
 * formats people actually upload by mistake (images, PDFs, old Word files, archives);
 * the NUL / control-character test catches the rest. UTF-16 text is full of NUL bytes,
 * so callers must rule it out (decode.ts does) before trusting `hasBinaryBytes`.
 */

interface Magic {
  name: string;
  bytes: number[];
  offset?: number;
}

const MAGICS: Magic[] = [
  { name: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'zip', bytes: [0x50, 0x4b, 0x05, 0x06] }, // empty zip
  { name: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { name: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'webp', bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { name: 'bmp', bytes: [0x42, 0x4d] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'bzip2', bytes: [0x42, 0x5a, 0x68] },
  { name: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'rar', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'elf', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'exe', bytes: [0x4d, 0x5a] },
  { name: 'ole', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }, // .doc/.xls
  { name: 'sqlite', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
  { name: 'wasm', bytes: [0x00, 0x61, 0x73, 0x6d] },
];

/** The binary format whose signature starts the buffer, or null. */
export function sniffMagic(buf: Uint8Array): string | null {
  for (const m of MAGICS) {
    const off = m.offset ?? 0;
    if (buf.length < off + m.bytes.length) continue;
    if (m.bytes.every((b, i) => buf[off + i] === b)) {
      // 'BM' and 'MZ' are two letters a text file may well start with: demand a NUL too.
      if ((m.name === 'bmp' || m.name === 'exe') && !buf.subarray(0, 512).includes(0)) continue;
      return m.name;
    }
  }
  return null;
}

/**
 * True when a sample of the bytes has a NUL or too many C0 control characters for text.
 * Tab, LF, CR, FF and ESC are allowed; 2% of anything else is more than any text file has.
 */
export function hasBinaryBytes(buf: Uint8Array, sampleSize = 64 * 1024): boolean {
  const n = Math.min(buf.length, sampleSize);
  if (n === 0) return false;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if ((b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b) || b === 0x7f) && b !== 0x0c) controls++;
  }
  return controls / n > 0.02;
}
