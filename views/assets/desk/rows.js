// The rows of the article page and the current one (roving focus: only it has tabindex 0).

let rows = [];
let current = -1;

export function collectRows() {
  rows = Array.from(document.querySelectorAll('[data-row]'));
}

export function setCurrent(index, { focus = true } = {}) {
  if (rows.length === 0) return;
  const i = Math.max(0, Math.min(rows.length - 1, index));
  rows.forEach((row, j) => {
    row.tabIndex = j === i ? 0 : -1;
    row.classList.toggle('is-current', j === i);
  });
  current = i;
  if (focus) {
    rows[i].focus({ preventScroll: true });
    rows[i].scrollIntoView({ block: 'nearest' });
  }
}

export function currentRow() {
  return rows[current] ?? null;
}

export function moveBy(step) {
  setCurrent(current + step);
}

/** n / p: the next or previous row that still has an open flag. */
export function moveToFlagged(step) {
  for (let i = current + step; i >= 0 && i < rows.length; i += step) {
    if (Number(rows[i].dataset.openFlags) > 0) return setCurrent(i);
  }
}

/** Makes `row` current after a click, without stealing focus from what was clicked. */
export function selectRow(row, { focus = false } = {}) {
  collectRows();
  const index = rows.indexOf(row);
  if (index >= 0 && (index !== current || focus)) setCurrent(index, { focus });
}

/** After rows were re-rendered: the row with this segment id becomes current again. */
export function restoreCurrent(segmentId) {
  collectRows();
  const index = rows.findIndex((r) => r.dataset.segmentId === segmentId);
  setCurrent(Math.max(index, 0));
}

/** After rows were re-rendered with a different count: the row at `index` becomes current. */
export function restoreAt(index) {
  collectRows();
  setCurrent(index);
}

export function initRows() {
  collectRows();
  if (rows.length === 0) return;
  const fromHash = rows.findIndex((r) => `#${r.id}` === window.location.hash);
  setCurrent(Math.max(fromHash, 0), { focus: false });
}
