// The rows of the article page and the current one (roving focus: only it has tabindex 0). Rows
// of a long article arrive a page at a time (pages.js): the current row is kept as an element, and
// a move past the last row here waits for the next page.
import { hasMore, loadMore } from './pages.js';

let rows = [];
let current = null;

export function collectRows() {
  rows = Array.from(document.querySelectorAll('[data-row]'));
  if (current && !current.isConnected) current = null;
}

document.addEventListener('desk:rows', collectRows);

function setCurrentRow(row, { focus = true } = {}) {
  if (!row) return;
  if (current && current !== row) {
    current.tabIndex = -1;
    current.classList.remove('is-current');
  }
  row.tabIndex = 0;
  row.classList.add('is-current');
  current = row;
  if (focus) {
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'nearest' });
  }
}

export function setCurrent(index, opts) {
  if (rows.length === 0) return;
  setCurrentRow(rows[Math.max(0, Math.min(rows.length - 1, index))], opts);
}

export function currentRow() {
  return current;
}

const sideOf = (step) => (step > 0 ? 'after' : 'before');

export async function moveBy(step) {
  const i = rows.indexOf(current) + step;
  if ((i < 0 || i >= rows.length) && hasMore(sideOf(step))) {
    const at = current;
    await loadMore(sideOf(step));
    return setCurrent(rows.indexOf(at) + step);
  }
  setCurrent(i);
}

/** n / p: the next or previous row that still has an open flag, loading pages until one is found. */
export async function moveToFlagged(step) {
  for (;;) {
    const from = rows.indexOf(current);
    for (let i = from + step; i >= 0 && i < rows.length; i += step) {
      if (Number(rows[i].dataset.openFlags) > 0) return setCurrent(i);
    }
    if (!(await loadMore(sideOf(step)))) return;
  }
}

/** Makes `row` current after a click, without stealing focus from what was clicked. */
export function selectRow(row, { focus = false } = {}) {
  collectRows();
  if (rows.includes(row) && (row !== current || focus)) setCurrentRow(row, { focus });
}

/** After rows were re-rendered: the row with this segment id becomes current again. */
export function restoreCurrent(segmentId) {
  collectRows();
  const row = rows.find((r) => r.dataset.segmentId === segmentId);
  setCurrentRow(row ?? rows[0]);
}

/** After rows were re-rendered with a different count: row number `n` (1-based) becomes current. */
export function restoreAt(n) {
  collectRows();
  setCurrentRow(document.getElementById(`row-${n}`) ?? rows[0]);
}

export function initRows() {
  collectRows();
  if (rows.length === 0) return;
  const fromHash = rows.find((r) => `#${r.id}` === window.location.hash);
  setCurrentRow(fromHash ?? rows[0], { focus: false });
}
