// Bytes → text for bilingual files. BOMs win; XML files may declare their encoding; a
// table that is not valid UTF-8 is tried as GB18030 because that is what Excel on a Chinese
// Windows writes for "CSV". TextDecoder is built into Node (full ICU), so no dependency.
import { InterchangeError } from './interchange-error';

function decodeWith(label: string, bytes: Uint8Array): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new InterchangeError('bad_encoding', `unsupported encoding ${label}`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InterchangeError('bad_encoding', `bytes are not valid ${label}`);
  }
}

/** Encoding named by a BOM or by UTF-16 '<' without BOM, or null. */
function sniff(b: Uint8Array): { label: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { label: 'utf-8', skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f && b[3] === 0x00) return { label: 'utf-16le', skip: 0 };
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] === 0x3f) return { label: 'utf-16be', skip: 0 };
  return null;
}

export function decodeBilingualBytes(buffer: Uint8Array, kind: 'xml' | 'table'): string {
  const bom = sniff(buffer);
  if (bom) return decodeWith(bom.label, buffer.subarray(bom.skip));
  if (kind === 'xml') {
    // The declaration is ASCII-compatible in every encoding we accept without a BOM.
    const head = new TextDecoder('latin1').decode(buffer.subarray(0, 200));
    const declared = /^<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
    return decodeWith(declared ? declared.toLowerCase() : 'utf-8', buffer);
  }
  try {
    return decodeWith('utf-8', buffer);
  } catch {
    return decodeWith('gb18030', buffer);
  }
}
