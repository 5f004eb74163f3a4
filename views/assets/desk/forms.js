// Plain forms on the article page (flag, flag status, comment, article status) sent with fetch:
// on success the page is fetched again and its main part swapped, so nothing is rendered twice.
import { announce, currentView, postForm, readError, showFormError, strings } from './dom.js';
import { forgetFlagHome } from './flags.js';
import { watchEdges } from './pages.js';
import { currentRow, restoreAt, restoreCurrent } from './rows.js';

/** Fetches the page again and swaps its main part; `row` (1-based) becomes current if given. */
export async function refreshMain(message, { row } = {}) {
  const openDetails = Array.from(document.querySelectorAll('main details[open][id]')).map((d) => d.id);
  const segmentId = currentRow()?.dataset.segmentId;
  // The server renders the page of rows that holds the row to come back to; the rest follows.
  const url = new URL(window.location.href);
  const at = row ?? (currentRow() ? Number(currentRow().dataset.position) + 1 : null);
  if (at && document.querySelector('[data-desk]')) url.searchParams.set('from', String(at));
  const res = await fetch(url, {
    headers: { Accept: 'text/html' },
    credentials: 'same-origin',
  });
  if (!res.ok) return window.location.reload();
  const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
  const fresh = doc.querySelector('main');
  if (!fresh) return window.location.reload();
  document.querySelector('main').replaceChildren(...Array.from(fresh.childNodes));
  forgetFlagHome();
  for (const id of openDetails) document.getElementById(id)?.setAttribute('open', '');
  if (row) restoreAt(row);
  else restoreCurrent(segmentId);
  if (message) announce(message);
  watchEdges();
}

export async function submitEnhanced(form, submitter) {
  const data = new FormData(form);
  if (submitter?.name) data.set(submitter.name, submitter.value);
  const view = currentView();
  if (view && !data.has('view')) data.set('view', view);
  let res;
  try {
    res = await postForm(form.action, data);
  } catch {
    showFormError(form, strings.networkError);
    return;
  }
  if (!res.ok) {
    const error = await readError(res);
    if (error.code === 'approval_blocked' && openOverride(error.message)) return;
    showFormError(form, error.message);
    return;
  }
  await refreshMain(form.matches('[data-flag-form]') ? strings.flagAdded : strings.saved);
}

/** A refused approval: the sign-off form opens with the reason field, where the message is read. */
function openOverride(message) {
  const details = document.querySelector('#sign-off details.override');
  const form = details?.querySelector('form');
  if (!details || !form) return false;
  details.open = true;
  showFormError(form, message);
  form.querySelector('textarea')?.focus();
  return true;
}
