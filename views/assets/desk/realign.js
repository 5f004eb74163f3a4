// Realignment from the keyboard and without reloads: m merges the current row with the next, s
// opens the row's panel (split, move, unmatch). The panel markup is the server's own: it is
// fetched from the article page with ?realign=<segment id>, the same page a plain link opens.
// Forms marked data-realign (merge, panel forms, undo, re-run, checks) post over fetch; then the
// page's main part is refreshed and the row the server names becomes current.
import { announce, currentView, postForm, readError, showFormError, strings } from './dom.js';
import { refreshMain } from './forms.js';
import { currentRow } from './rows.js';

/** Where an error is shown: the panel, the row's English cell, or the form itself. */
function errorHost(form) {
  return form.closest('.realign-panel, td') ?? form;
}

async function send(url, data, host) {
  const view = currentView();
  if (view && !data.has('view')) data.set('view', view);
  let res;
  try {
    res = await postForm(url, data);
  } catch {
    showFormError(host, strings.networkError);
    return;
  }
  if (!res.ok) {
    const error = await readError(res);
    showFormError(host, error.message);
    announce(error.message);
    return;
  }
  const body = await res.json();
  await refreshMain(body.message ?? strings.realigned, body.row ? { row: body.row } : {});
}

export function submitRealign(form, submitter) {
  const data = new FormData(form);
  if (submitter?.name) data.set(submitter.name, submitter.value);
  return send(form.action, data, errorHost(form));
}

/** m: merge the current row with the next one (the server says so when there is none). */
export function mergeCurrent() {
  const row = currentRow();
  const id = document.querySelector('[data-desk]')?.dataset.articleId;
  if (!row || !id) return;
  const data = new FormData();
  data.set('op', 'merge');
  data.set('segmentId', row.dataset.segmentId);
  return send(`/articles/${id}/alignment/edits`, data, row.querySelector('td.en') ?? row);
}

/** Removes an open realignment panel; false when none was open. */
export function closeRealign() {
  const panel = document.querySelector('.realign-row');
  if (!panel) return false;
  const row = document.querySelector(`[data-row][data-segment-id="${panel.dataset.realignPanel}"]`);
  panel.remove();
  row?.focus({ preventScroll: true });
  return true;
}

/** s: the realignment panel of `row`, under it, with focus on the chosen split point. */
export async function openRealign(row) {
  if (!row) return;
  const id = row.dataset.segmentId;
  if (document.getElementById(`realign-${id}`)) return closeRealign();
  closeRealign();
  const url = new URL(window.location.href);
  url.searchParams.set('realign', id);
  url.hash = '';
  const res = await fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
  const doc = res.ok ? new DOMParser().parseFromString(await res.text(), 'text/html') : null;
  const panel = doc?.getElementById(`realign-${id}`);
  if (!panel) {
    window.location.href = `${url.pathname}${url.search}#realign-${id}`;
    return;
  }
  row.after(document.importNode(panel, true));
  const fresh = document.getElementById(`realign-${id}`);
  (
    fresh.querySelector('input[type="radio"]:checked') ??
    fresh.querySelector('input[type="radio"]') ??
    fresh.querySelector('button')
  )?.focus();
  fresh.scrollIntoView({ block: 'nearest' });
}
