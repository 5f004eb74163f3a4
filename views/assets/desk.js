// Duizhao desk: keyboard and in-place editing on top of pages that already work without it.
// Every action here also exists as a plain form; these scripts only make it faster. No framework,
// no inline scripts (the CSP allows scripts from 'self' only); loaded as an ES module.
import { announce, isTyping } from './desk/dom.js';
import { closeEditor, isEditing, openEditor, saveEditor } from './desk/editor.js';
import { closeFlagForm, onFlagToggle, openFlagForm, selectionIn } from './desk/flags.js';
import { submitEnhanced } from './desk/forms.js';
import { findLoaded, watchEdges } from './desk/pages.js';
import { closeRealign, mergeCurrent, openRealign, submitRealign } from './desk/realign.js';
import { currentRow, initRows, moveBy, moveToFlagged, selectRow } from './desk/rows.js';
import { isTriage, submitTriage, triageKey } from './desk/triage.js';

document.documentElement.classList.add('js');

/** d: current text → changes since the original → (second rendering) → current text. */
function toggleView() {
  const body = document.body;
  const hasCompare = Boolean(document.querySelector('[data-desk]')?.dataset.hasCompare);
  const modes = hasCompare ? ['current', 'diff', 'compare'] : ['current', 'diff'];
  const now = modes.find((m) => body.classList.contains(`view-${m}`)) ?? 'current';
  const next = modes[(modes.indexOf(now) + 1) % modes.length];
  for (const m of ['current', 'diff', 'compare']) body.classList.toggle(`view-${m}`, m === next);
  const select = document.getElementById('view-select');
  const option = select?.querySelector(
    next === 'compare' ? 'option[value^="r"][selected], option[value^="r"]' : `option[value="${next}"]`,
  );
  if (select && option) select.value = option.value;
  announce(option?.textContent ?? next);
}

/** f flags the row the selected words are in, even when another row is current. */
function rowOfSelection() {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !sel.anchorNode) return null;
  const el = sel.anchorNode instanceof Element ? sel.anchorNode : sel.anchorNode.parentElement;
  const row = el?.closest('[data-row]');
  if (row) selectRow(row, { focus: true });
  return row ?? null;
}

/** o: only the rows with open flags, or all rows again. */
function toggleFlaggedRows() {
  const box = document.getElementById('rows-flagged');
  if (!(box instanceof HTMLInputElement)) return;
  box.checked = !box.checked;
  box.form.requestSubmit();
}

/** Shows row or flag `id` (loading the pages up to it) and makes its row current. */
async function goTo(id) {
  const el = await findLoaded(id);
  if (!el) return;
  history.replaceState(history.state, '', `#${id}`);
  const row = el.closest('[data-row]');
  if (row) selectRow(row, { focus: true });
  if (el instanceof HTMLDetailsElement) el.open = true;
  el.scrollIntoView({ block: 'center' });
}

/** g: the "go to row" field. */
function focusRowJump() {
  const input = document.getElementById('row-jump');
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

function openHelp() {
  const dialog = document.getElementById('help-dialog');
  if (dialog && !dialog.open) dialog.showModal();
}

const KEYS = {
  j: () => moveBy(1),
  k: () => moveBy(-1),
  n: () => moveToFlagged(1),
  p: () => moveToFlagged(-1),
  e: () => openEditor(currentRow()),
  f: () => openFlagForm(rowOfSelection() ?? currentRow()),
  d: toggleView,
  t: () => document.querySelector('[data-triage-link]')?.click(),
  o: toggleFlaggedRows,
  g: focusRowJump,
  m: mergeCurrent,
  s: () => openRealign(currentRow()),
  '?': openHelp,
};

document.addEventListener('keydown', (e) => {
  const mod = e.ctrlKey || e.metaKey;
  if (isEditing() && e.key === 'Enter' && mod) {
    e.preventDefault();
    saveEditor();
    return;
  }
  if (e.key === 'Escape') {
    if (isEditing()) {
      e.preventDefault();
      closeEditor();
    } else if (closeFlagForm() || closeRealign() || (isTriage() && triageKey(e))) e.preventDefault();
    return;
  }
  // The server-rendered editor (no-JS path, ?edit=), the flag form and triage's reason form also
  // submit with Ctrl/Cmd+Enter.
  const form = e.target.closest?.('form[data-edit-form], form[data-flag-form], form[data-triage-form]');
  if (e.key === 'Enter' && mod && form) {
    e.preventDefault();
    form.requestSubmit();
    return;
  }
  if (isTyping(e.target) || e.altKey || mod || document.getElementById('help-dialog')?.open) return;
  if (isTriage()) {
    if (e.key === '?') openHelp();
    else if (!triageKey(e)) return;
    e.preventDefault();
    return;
  }
  if (e.key === 'Enter' && e.target === currentRow()) {
    e.preventDefault();
    openEditor(currentRow());
    return;
  }
  const action = KEYS[e.key];
  if (!action) return;
  e.preventDefault();
  action();
});

// A click on the Flag link collapses the selection first, so the selection is read on mousedown.
let pendingSpan;
document.addEventListener('mousedown', (e) => {
  const link = e.target instanceof Element ? e.target.closest('[data-action="flag"]') : null;
  const textEl = link?.closest('[data-row]')?.querySelector('[data-en-text]');
  pendingSpan = textEl ? selectionIn(textEl) : undefined;
});

document.addEventListener('click', (e) => {
  const target = e.target instanceof Element ? e.target : null;
  if (!target) return;
  const action = target.closest('[data-action]')?.dataset.action;
  if (action === 'help') return openHelp();
  // A flag in the list opens where it sits in its row, on whichever page of rows that is.
  const flagLink = target.closest('[data-flag-link]');
  if (flagLink) {
    e.preventDefault();
    findLoaded(`flag-${flagLink.dataset.flagLink}`).then((flag) => {
      if (!flag) return;
      if (flag instanceof HTMLDetailsElement) flag.open = true;
      history.replaceState(history.state, '', `#${flag.id}`);
      flag.scrollIntoView({ block: 'center' });
    });
    return;
  }
  // A link to a row of this article (the page links, "related row"): load the pages up to it here.
  const anchor = target.closest('a[href*="#row-"], a[href*="#flag-"]');
  if (anchor && anchor.pathname === window.location.pathname && document.querySelector('[data-desk]')) {
    e.preventDefault();
    goTo(anchor.hash.slice(1));
    return;
  }
  if (target.closest('[data-flag-cancel]')) return void closeFlagForm();
  if (target.closest('[data-realign-close]')) {
    e.preventDefault();
    return void closeRealign();
  }
  const row = target.closest('[data-row]');
  if (!row) return;
  selectRow(row);
  if (action === 'edit') {
    e.preventDefault();
    openEditor(row);
  } else if (action === 'realign') {
    e.preventDefault();
    openRealign(row);
  } else if (action === 'flag') {
    e.preventDefault();
    openFlagForm(row, pendingSpan);
    pendingSpan = undefined;
  }
});

document.addEventListener('submit', (e) => {
  const form = e.target;
  if (form instanceof HTMLFormElement && form.matches('[data-row-jump]')) {
    const n = Number(new FormData(form).get('go'));
    if (Number.isInteger(n) && n > 0) {
      e.preventDefault();
      goTo(`row-${n}`);
    }
  } else if (form instanceof HTMLFormElement && form.matches('[data-triage-form]')) {
    e.preventDefault();
    submitTriage(form, e.submitter);
  } else if (form instanceof HTMLFormElement && form.matches('[data-realign]')) {
    e.preventDefault();
    submitRealign(form, e.submitter);
  } else if (form instanceof HTMLFormElement && form.matches('[data-enhance], [data-flag-form]')) {
    e.preventDefault();
    submitEnhanced(form, e.submitter);
  }
});

// The view selector applies on change; the plain form keeps its button for no-JS.
document.addEventListener('change', (e) => {
  if (e.target instanceof HTMLSelectElement && e.target.id === 'view-select') e.target.form.requestSubmit();
  if (e.target instanceof HTMLInputElement && e.target.id === 'rows-flagged') e.target.form.requestSubmit();
});

// 'toggle' does not bubble, so it is caught on the way down.
document.addEventListener(
  'toggle',
  (e) => {
    if (e.target instanceof HTMLDetailsElement && e.target.classList.contains('flag')) onFlagToggle(e.target);
  },
  true,
);

initRows();
watchEdges();
// A link from elsewhere (search, triage, history) or an anchor typed in the address bar: the row
// may be on a page not here yet, and it becomes the current row.
function followHash() {
  if (/^#(row|flag)-\d+$/.test(window.location.hash) && document.querySelector('[data-desk]')) {
    goTo(window.location.hash.slice(1));
  }
}
window.addEventListener('hashchange', followHash);
if (!document.getElementById(window.location.hash.slice(1))) followHash();
