// In-place editing of a row's English: a textarea replaces the text, Ctrl/Cmd+Enter saves over
// fetch (with the row version, so a stale save is refused), Esc puts the text back.
import { announce, currentView, postForm, readError, showFormError, strings } from './dom.js';
import { refreshMain } from './forms.js';
import { selectRow } from './rows.js';

let editing = null; // { row, form, textarea, cell }

export function isEditing() {
  return editing !== null;
}

function button(type, className, text) {
  const b = document.createElement('button');
  b.type = type;
  b.className = className;
  b.textContent = text;
  return b;
}

export function openEditor(row) {
  // no Edit link: this role may not edit the English (the server would refuse the save)
  if (!row || editing || !row.querySelector('[data-action="edit"]')) return;
  const textEl = row.querySelector('[data-en-text]');
  if (!textEl) return;
  const cell = textEl.closest('td');
  const form = document.createElement('form');
  form.className = 'edit-form';
  form.method = 'post';
  form.action = row.dataset.saveUrl;
  const textarea = document.createElement('textarea');
  textarea.name = 'text';
  textarea.value = textEl.textContent;
  textarea.rows = Math.min(14, Math.max(3, Math.ceil(textarea.value.length / 70) + 1));
  textarea.id = `inline-edit-${row.dataset.segmentId}`;
  textarea.lang = 'en';
  const label = document.createElement('label');
  label.className = 'sr-only';
  label.htmlFor = textarea.id;
  label.textContent = row.querySelector('[data-action="edit"]')?.getAttribute('aria-label') ?? '';
  const actions = document.createElement('div');
  actions.className = 'edit-actions';
  const cancel = button('button', 'btn', strings.cancelLabel);
  const hint = document.createElement('span');
  hint.className = 'hint';
  hint.textContent = strings.saveHint;
  actions.append(button('submit', 'btn btn-primary', strings.saveLabel), cancel, hint);
  form.append(label, textarea, actions);
  for (const el of cell.children) el.hidden = true;
  cell.prepend(form);
  editing = { row, form, textarea, cell };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    saveEditor();
  });
  cancel.addEventListener('click', closeEditor);
  textarea.focus();
}

export function closeEditor() {
  if (!editing) return;
  const { row, form, cell } = editing;
  form.remove();
  for (const el of cell.children) el.hidden = false;
  editing = null;
  row.focus({ preventScroll: true });
}

export async function saveEditor() {
  if (!editing) return;
  const { row, form, textarea } = editing;
  announce(strings.saving);
  let res;
  try {
    res = await postForm(row.dataset.saveUrl, {
      text: textarea.value,
      version: row.dataset.version,
      view: currentView(),
    });
  } catch {
    showFormError(form, strings.networkError);
    return;
  }
  if (!res.ok) {
    const error = await readError(res);
    // After a conflict the next save is made over the version the server now has: the person
    // has been told, and saving again is a deliberate choice.
    if (error.code === 'version_conflict' && error.params?.version)
      row.dataset.version = error.params.version;
    showFormError(form, error.message);
    textarea.focus();
    return;
  }
  const body = await res.json();
  if (row.closest('[data-triage]')) {
    // In triage the fix may have settled the finding: the page shows what is open now.
    editing = null;
    await refreshMain(strings.saved);
    return;
  }
  const tpl = document.createElement('template');
  tpl.innerHTML = body.rowHtml.trim();
  const fresh = tpl.content.querySelector('tr');
  editing = null;
  if (fresh) row.replaceWith(fresh);
  selectRow(fresh ?? row, { focus: true });
  announce(strings.saved);
  refreshHead();
}

/** A save changes the score, the open findings and the last change: the header is fetched again. */
async function refreshHead() {
  const head = document.querySelector('.article-head');
  const id = document.querySelector('[data-desk]')?.dataset.articleId;
  if (!head || !id) return;
  const url = new URL(`/articles/${id}/head`, window.location.href);
  url.search = window.location.search;
  try {
    const res = await fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
    if (!res.ok) return;
    const tpl = document.createElement('template');
    tpl.innerHTML = (await res.text()).trim();
    const fresh = tpl.content.querySelector('.article-head');
    if (fresh) head.replaceWith(fresh);
  } catch {
    // The row is saved; a stale header is corrected by the next reload.
  }
}
