import { type AlignedRow, UNSURE_BELOW } from './types';

export interface AlignmentMapOptions {
  /** Side of the square plot area in px (default 240). */
  size?: number;
  /** Accessible title of the picture, e.g. the article title. */
  title?: string;
  /** Axis captions (default 'Chinese sentences' / 'English sentences'); callers pass translations. */
  zhLabel?: string;
  enLabel?: string;
  /** Beads below this confidence are drawn dashed as well as red (default UNSURE_BELOW). */
  lowConfidence?: number;
}

function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

// Colour-blind-safe trio (blue / orange / vermillion); low confidence is also dashed, so the
// picture still reads in greyscale.
function colour(confidence: number, low: number): string {
  if (confidence < low) return '#d55e00';
  if (confidence < 0.75) return '#e69f00';
  return '#0072b2';
}

const fmt = (x: number) => (Math.round(x * 10) / 10).toString();

/**
 * A small self-contained SVG of an alignment: Chinese sentence index across, English down,
 * each row a box on the path from top-left to bottom-right. A sentence left unmatched (1–0 or
 * 0–1) is a flat or upright bar with a cross marker. Every piece of text is escaped.
 */
export function renderAlignmentMap(rows: AlignedRow[], options: AlignmentMapOptions = {}): string {
  const size = options.size ?? 240;
  const low = options.lowConfidence ?? UNSURE_BELOW;
  const margin = 28;
  const nz = rows.reduce((s, r) => s + r.zh.length, 0);
  const ne = rows.reduce((s, r) => s + r.en.length, 0);
  const sx = size / Math.max(nz, 1);
  const sy = size / Math.max(ne, 1);
  const total = size + margin + 8;
  const title = options.title ?? 'Alignment map';
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="${total}" viewBox="0 0 ${total} ${total}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="${margin}" y="${margin}" width="${size}" height="${size}" fill="#fafafa" stroke="#999" stroke-width="0.5"/>`,
    `<text x="${margin + size / 2}" y="12" font-size="10" text-anchor="middle">${escapeXml(options.zhLabel ?? 'Chinese sentences')} (${nz})</text>`,
    `<text x="10" y="${margin + size / 2}" font-size="10" text-anchor="middle" transform="rotate(-90 10 ${margin + size / 2})">${escapeXml(options.enLabel ?? 'English sentences')} (${ne})</text>`,
  );
  let zi = 0;
  let ei = 0;
  const path: string[] = [`M${margin} ${margin}`];
  rows.forEach((r, k) => {
    const x = margin + zi * sx;
    const y = margin + ei * sy;
    const w = r.zh.length * sx;
    const h = r.en.length * sy;
    const c = Math.min(1, Math.max(0, r.confidence));
    const dashed = c < low ? ' stroke-dasharray="2 1.5"' : '';
    const span = (from: number, n: number) =>
      n === 0 ? '–' : n === 1 ? `${from + 1}` : `${from + 1}–${from + n}`;
    const label = `Row ${k + 1} (${r.kind}): zh ${span(zi, r.zh.length)} ↔ en ${span(ei, r.en.length)}, confidence ${c.toFixed(2)}${c < low ? ' (low)' : ''}${r.manual ? ', set by hand' : ''}`;
    const fill = colour(c, low);
    if (w === 0 || h === 0) {
      // an unmatched sentence: a bar along its own axis, marked with a cross
      const bw = Math.max(w, 1.5);
      const bh = Math.max(h, 1.5);
      const cx = x + bw / 2;
      const cy = y + bh / 2;
      parts.push(
        `<g class="unmatched"><title>${escapeXml(label)}</title><rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(bw)}" height="${fmt(bh)}" fill="${fill}" stroke="${fill}"${dashed}/>` +
          `<path d="M${fmt(cx - 3)} ${fmt(cy - 3)}L${fmt(cx + 3)} ${fmt(cy + 3)}M${fmt(cx - 3)} ${fmt(cy + 3)}L${fmt(cx + 3)} ${fmt(cy - 3)}" stroke="#333" stroke-width="0.8"/></g>`,
      );
    } else {
      parts.push(
        `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(w)}" height="${fmt(h)}" fill="${fill}" fill-opacity="0.6" stroke="${fill}"${dashed}><title>${escapeXml(label)}</title></rect>`,
      );
    }
    zi += r.zh.length;
    ei += r.en.length;
    path.push(`L${fmt(margin + zi * sx)} ${fmt(margin + ei * sy)}`);
  });
  parts.push(`<path d="${path.join('')}" fill="none" stroke="#333" stroke-width="0.6"/>`);
  parts.push('</svg>');
  return parts.join('');
}
