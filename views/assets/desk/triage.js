// Triage mode from the keyboard: a accept, d dismiss, r dismiss with a reason, e fix now, j/n next,
// k/p previous, u undo, Esc back to the article. Every action is a plain form on the page; here it
// is posted over fetch and the page's main part is swapped for the next open flag.
import { announce, postForm, readError, showFormError } from './dom.js';
import { openEditor } from './editor.js';
import { refreshMain } from './forms.js';

export function isTriage() {
  return document.querySelector('[data-triage]') !== null;
}

/** The triage page for flag `at` (the next open one when it was just decided), with the same filters. */
function triageUrl(at) {
  const url = new URL(window.location.href);
  for (const k of ['notice', 'count', 'edit']) url.searchParams.delete(k);
  if (at) url.searchParams.set('at', String(at));
  url.hash = '';
  return url;
}

async function show(url, message) {
  window.history.replaceState(null, '', url);
  await refreshMain(message);
  // The URL names the flag now shown, so a reload or a shared link lands on it.
  const shown = document.querySelector('[data-triage]')?.dataset.flagId;
  if (shown) window.history.replaceState(null, '', triageUrl(shown));
  document.getElementById('triage-title')?.focus?.();
}

export async function submitTriage(form, submitter) {
  const data = new FormData(form);
  if (submitter?.name) data.set(submitter.name, submitter.value);
  let res;
  try {
    res = await postForm(form.action, data);
  } catch {
    showFormError(form, document.getElementById('i18n-client')?.dataset.networkError ?? '');
    return;
  }
  if (!res.ok) {
    const error = await readError(res);
    showFormError(form, error.message);
    announce(error.message);
    return;
  }
  const body = await res.json();
  await show(triageUrl(body.at ?? data.get('at')), body.message ?? '');
}

function click(selector) {
  const el = document.querySelector(selector);
  if (!el) return false;
  el.click();
  return true;
}

function go(selector) {
  const link = document.querySelector(selector);
  if (!link) return false;
  show(new URL(link.href), '');
  return true;
}

function openReason() {
  const panel = document.querySelector('[data-reason-panel]');
  if (!panel) return false;
  panel.open = true;
  panel.querySelector('textarea')?.focus();
  return true;
}

/** Handles a key on the triage page; true when it was one of triage's. */
export function triageKey(e) {
  if (e.key === 'Escape') {
    const panel = document.querySelector('[data-reason-panel][open]');
    if (panel) {
      panel.open = false;
      return true;
    }
    return click('[data-triage-back]');
  }
  switch (e.key) {
    case 'a':
      return click('.triage-actions [data-key="a"]');
    case 'd':
      return click('.triage-actions [data-key="d"]');
    case 'r':
      return openReason();
    case 'e': {
      const row = document.querySelector('[data-triage] [data-row]');
      if (!row) return false;
      openEditor(row);
      return true;
    }
    case 'j':
    case 'n':
      return go('[data-triage-next]');
    case 'k':
    case 'p':
      return go('[data-triage-prev]');
    case 'u':
      return click('.undo-triage button');
    default:
      return false;
  }
}
