// Flagging from the keyboard: the flag form moves under the current row with the selected words
// (offsets into the row's English) filled in; an open flag marks its words in the cell.
import { currentRow } from './rows.js';

let flagHome = null; // where the flag panel lives when it is not under a row

/** Offsets of the selection inside the row's English text, or null when it is elsewhere. */
export function selectionIn(textEl) {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!textEl.contains(range.startContainer) || !textEl.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(textEl);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end, text: range.toString() } : null;
}

export function openFlagForm(row, knownSpan) {
  const panel = document.querySelector('[data-flag-panel]');
  if (!panel || !row) return;
  const textEl = row.querySelector('[data-en-text]');
  const span = knownSpan !== undefined ? knownSpan : textEl ? selectionIn(textEl) : null;
  if (!flagHome) {
    flagHome = document.createComment('flag-form');
    panel.before(flagHome);
  }
  document.querySelector('.flag-inline-row')?.remove();
  const tr = document.createElement('tr');
  tr.className = 'flag-inline-row';
  const td = document.createElement('td');
  td.colSpan = 4;
  td.append(panel);
  tr.append(td);
  row.after(tr);
  const select = panel.querySelector('[data-flag-row]');
  // The select lists the rows the server rendered; a row from a page fetched later is added.
  if (!Array.from(select.options).some((o) => o.value === row.dataset.segmentId)) {
    const n = Number(row.dataset.position) + 1;
    const text = row.querySelector('[data-en-text]')?.textContent?.trim().slice(0, 40) ?? '';
    select.add(new Option(`${n} · ${text}`, row.dataset.segmentId));
  }
  select.value = row.dataset.segmentId;
  panel.querySelector('[data-en-start]').value = span ? String(span.start) : '';
  panel.querySelector('[data-en-end]').value = span ? String(span.end) : '';
  panel.querySelector('[data-selection-text]').textContent = span ? span.text : '';
  panel.querySelector('[data-selection-field]').hidden = !span;
  panel.querySelector('#flag-type')?.focus();
  tr.scrollIntoView({ block: 'nearest' });
}

/** Puts the flag form back in its panel; false when it was not open under a row. */
export function closeFlagForm() {
  const panel = document.querySelector('[data-flag-panel]');
  const inline = document.querySelector('.flag-inline-row');
  if (!panel || !inline || !flagHome) return false;
  flagHome.after(panel);
  inline.remove();
  currentRow()?.focus({ preventScroll: true });
  return true;
}

/** The page was re-rendered: the old placeholder is gone with it. */
export function forgetFlagHome() {
  flagHome = null;
}

function clearMarks(textEl) {
  const marks = textEl.querySelectorAll('mark.flag-span');
  if (marks.length === 0) return;
  for (const m of marks) m.replaceWith(...m.childNodes);
  textEl.normalize();
}

/** Wraps [start, end) of the cell text in <mark>; the text itself (and so offsets) is unchanged. */
function markSpan(textEl, start, end) {
  clearMarks(textEl);
  const node = textEl.firstChild;
  if (!(node instanceof Text) || end > node.length || start >= end) return;
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const mark = document.createElement('mark');
  mark.className = 'flag-span';
  range.surroundContents(mark);
}

/** The row's text element on one side: the Chinese cell's text, or the current English. */
function sideText(row, side) {
  return row?.querySelector(side === 'zh' ? '.cell.zh .text' : '[data-en-text]') ?? null;
}

/** A flag opened or closed: show or hide its evidence in both language cells ("start,end"). */
export function onFlagToggle(flag) {
  const row = flag.closest('[data-row]');
  for (const side of ['zh', 'en']) {
    const textEl = sideText(row, side);
    if (!textEl) continue;
    const at = flag.dataset[side];
    if (flag.open && at) {
      const [start, end] = at.split(',').map(Number);
      markSpan(textEl, start, end);
    } else if (!flag.open) clearMarks(textEl);
  }
}
