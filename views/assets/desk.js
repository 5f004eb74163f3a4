// Duizhao desk: keyboard and in-place editing on top of pages that already work without it.
// Every action here also exists as a plain form; this file only makes them faster. No framework,
// no inline scripts (the CSP allows scripts from 'self' only). Strings come from the page
// (data- attributes rendered by the server in the UI language).
(() => {
  document.documentElement.classList.add('js');

  const strings = document.getElementById('i18n-client')?.dataset ?? {};
  const live = () => document.getElementById('live-status');

  /** Says something to screen readers (and to tests) without moving focus. */
  function announce(message) {
    const el = live();
    if (!el) return;
    el.textContent = '';
    window.setTimeout(() => {
      el.textContent = message;
    }, 30);
  }

  function isTyping(target) {
    return (
      target instanceof HTMLElement &&
      (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
    );
  }

  async function readError(res) {
    try {
      const body = await res.json();
      return body?.error ?? { message: strings.networkError };
    } catch {
      return { message: strings.networkError };
    }
  }

  function showFormError(form, message) {
    let box = form.querySelector('[data-client-error]');
    if (!box) {
      box = document.createElement('p');
      box.className = 'error-summary';
      box.setAttribute('role', 'alert');
      box.dataset.clientError = '';
      form.prepend(box);
    }
    box.textContent = message;
  }

  function postForm(url, data) {
    return fetch(url, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(data),
      credentials: 'same-origin',
    });
  }

  // ---------- rows and roving focus ----------

  let rows = [];
  let current = -1;

  function collectRows() {
    rows = Array.from(document.querySelectorAll('[data-row]'));
  }

  function setCurrent(index, { focus = true } = {}) {
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

  function currentRow() {
    return rows[current] ?? null;
  }

  function moveToFlagged(step) {
    for (let i = current + step; i >= 0 && i < rows.length; i += step) {
      if (Number(rows[i].dataset.openFlags) > 0) return setCurrent(i);
    }
  }

  function initRows() {
    collectRows();
    if (rows.length === 0) return;
    const fromHash = rows.findIndex((r) => `#${r.id}` === window.location.hash);
    setCurrent(fromHash >= 0 ? fromHash : Math.max(0, current), { focus: false });
  }

  // ---------- in-place editing ----------

  let editing = null; // { row, form, textarea }

  function openEditor(row) {
    if (!row || editing) return;
    const textEl = row.querySelector('[data-en-text]');
    if (!textEl) return;
    const cell = textEl.closest('td');
    const form = document.createElement('form');
    form.className = 'edit-form';
    form.method = 'post';
    form.action = row.dataset.saveUrl;
    const label = document.createElement('label');
    label.className = 'sr-only';
    label.textContent = row.querySelector('[data-action="edit"]')?.getAttribute('aria-label') ?? '';
    const textarea = document.createElement('textarea');
    textarea.name = 'text';
    textarea.value = textEl.textContent;
    textarea.rows = Math.min(14, Math.max(3, Math.ceil(textarea.value.length / 70) + 1));
    textarea.id = `inline-edit-${row.dataset.segmentId}`;
    textarea.lang = 'en';
    label.htmlFor = textarea.id;
    const actions = document.createElement('div');
    actions.className = 'edit-actions';
    const save = document.createElement('button');
    save.type = 'submit';
    save.className = 'btn btn-primary';
    save.textContent = strings.saveLabel;
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.className = 'btn';
    cancel.textContent = strings.cancelLabel;
    const hint = document.createElement('span');
    hint.className = 'hint';
    hint.textContent = strings.saveHint;
    actions.append(save, cancel, hint);
    form.append(label, textarea, actions);
    cell.classList.add('is-editing');
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

  function closeEditor() {
    if (!editing) return;
    const { row, form, cell } = editing;
    form.remove();
    for (const el of cell.children) el.hidden = false;
    cell.classList.remove('is-editing');
    editing = null;
    row.focus({ preventScroll: true });
  }

  async function saveEditor() {
    if (!editing) return;
    const { row, form, textarea } = editing;
    const view = new URLSearchParams(window.location.search).get('view') ?? '';
    announce(strings.saving);
    let res;
    try {
      res = await postForm(row.dataset.saveUrl, { text: textarea.value, version: row.dataset.version, view });
    } catch {
      showFormError(form, strings.networkError);
      return;
    }
    if (!res.ok) {
      const error = await readError(res);
      // After a conflict the next save is made over the version the server now has.
      if (error.code === 'version_conflict' && error.params?.version)
        row.dataset.version = error.params.version;
      showFormError(form, error.message);
      textarea.focus();
      return;
    }
    const body = await res.json();
    const tpl = document.createElement('template');
    tpl.innerHTML = body.rowHtml.trim();
    const fresh = tpl.content.querySelector('tr');
    editing = null;
    if (fresh) row.replaceWith(fresh);
    collectRows();
    setCurrent(rows.indexOf(fresh ?? row));
    announce(strings.saved);
  }

  // ---------- flags ----------

  let flagHome = null; // placeholder where the flag panel lives when not under a row

  /** Offsets of the selection inside the row's English text, or null when it is elsewhere. */
  function selectionIn(textEl) {
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

  function openFlagForm(row, knownSpan) {
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
    panel.querySelector('[data-flag-row]').value = row.dataset.segmentId;
    const field = panel.querySelector('[data-selection-field]');
    panel.querySelector('[data-en-start]').value = span ? String(span.start) : '';
    panel.querySelector('[data-en-end]').value = span ? String(span.end) : '';
    panel.querySelector('[data-selection-text]').textContent = span ? span.text : '';
    field.hidden = !span;
    panel.querySelector('#flag-type')?.focus();
    tr.scrollIntoView({ block: 'nearest' });
  }

  function closeFlagForm() {
    const panel = document.querySelector('[data-flag-panel]');
    const inline = document.querySelector('.flag-inline-row');
    if (!panel || !inline || !flagHome) return false;
    flagHome.after(panel);
    inline.remove();
    currentRow()?.focus({ preventScroll: true });
    return true;
  }

  /** After a change made through fetch, the page is fetched again and its main part swapped. */
  async function refreshMain(message) {
    const openDetails = Array.from(document.querySelectorAll('main details[open][id]')).map((d) => d.id);
    const segmentId = currentRow()?.dataset.segmentId;
    const res = await fetch(window.location.href, {
      headers: { Accept: 'text/html' },
      credentials: 'same-origin',
    });
    if (!res.ok) return window.location.reload();
    const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
    const fresh = doc.querySelector('main');
    if (!fresh) return window.location.reload();
    document.querySelector('main').replaceChildren(...Array.from(fresh.childNodes));
    flagHome = null;
    for (const id of openDetails) document.getElementById(id)?.setAttribute('open', '');
    collectRows();
    const index = rows.findIndex((r) => r.dataset.segmentId === segmentId);
    setCurrent(Math.max(index, 0));
    if (message) announce(message);
  }

  async function submitEnhanced(form, submitter) {
    const data = new FormData(form);
    if (submitter?.name) data.set(submitter.name, submitter.value);
    const view = new URLSearchParams(window.location.search).get('view');
    if (view && !data.has('view')) data.set('view', view);
    let res;
    try {
      res = await postForm(form.action, data);
    } catch {
      showFormError(form, strings.networkError);
      return;
    }
    if (!res.ok) {
      showFormError(form, (await readError(res)).message);
      return;
    }
    await refreshMain(form.matches('[data-flag-form]') ? strings.flagAdded : strings.saved);
  }

  // ---------- evidence: an open flag marks its words in the English cell ----------

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

  // 'toggle' does not bubble, so it is caught on the way down.
  document.addEventListener(
    'toggle',
    (e) => {
      const flag = e.target;
      if (!(flag instanceof HTMLDetailsElement) || !flag.classList.contains('flag')) return;
      const textEl = flag.closest('[data-row]')?.querySelector('[data-en-text]');
      if (!textEl) return;
      if (flag.open && flag.dataset.enStart)
        markSpan(textEl, Number(flag.dataset.enStart), Number(flag.dataset.enEnd));
      else if (!flag.open) clearMarks(textEl);
    },
    true,
  );

  // ---------- view toggle (d) ----------

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

  function openHelp() {
    const dialog = document.getElementById('help-dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  // ---------- wiring ----------

  document.addEventListener('keydown', (e) => {
    if (editing && e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      saveEditor();
      return;
    }
    if (e.key === 'Escape') {
      if (editing) {
        e.preventDefault();
        closeEditor();
      } else if (closeFlagForm()) e.preventDefault();
      return;
    }
    // A server-rendered edit form (no-JS path, ?edit=) also saves with Ctrl/Cmd+Enter.
    if (
      e.key === 'Enter' &&
      (e.ctrlKey || e.metaKey) &&
      e.target.closest?.('form[data-edit-form], form[data-flag-form]')
    ) {
      e.preventDefault();
      e.target.closest('form').requestSubmit();
      return;
    }
    if (isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
    if (document.getElementById('help-dialog')?.open) return;
    const row = currentRow();
    switch (e.key) {
      case 'j':
        setCurrent(current + 1);
        break;
      case 'k':
        setCurrent(current - 1);
        break;
      case 'n':
        moveToFlagged(1);
        break;
      case 'p':
        moveToFlagged(-1);
        break;
      case 'e':
        openEditor(row);
        break;
      case 'Enter':
        if (e.target !== row) return;
        openEditor(row);
        break;
      case 'f':
        openFlagForm(row);
        break;
      case 'd':
        toggleView();
        break;
      case '?':
        openHelp();
        break;
      default:
        return;
    }
    e.preventDefault();
  });

  document.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    if (!target) return;
    const action = target.closest('[data-action]');
    if (action?.dataset.action === 'help') {
      openHelp();
      return;
    }
    // A flag in the list opens where it sits in its row.
    const flagLink = target.closest('[data-flag-link]');
    if (flagLink) {
      const flag = document.getElementById(`flag-${flagLink.dataset.flagLink}`);
      if (flag instanceof HTMLDetailsElement) flag.open = true;
      return;
    }
    const row = target.closest('[data-row]');
    if (row) {
      collectRows();
      const index = rows.indexOf(row);
      if (index >= 0 && index !== current) setCurrent(index, { focus: false });
    }
    if (action?.dataset.action === 'edit' && row) {
      e.preventDefault();
      openEditor(row);
    } else if (action?.dataset.action === 'flag' && row) {
      e.preventDefault();
      openFlagForm(row, pendingSpan);
      pendingSpan = undefined;
    } else if (target.closest('[data-flag-cancel]')) {
      closeFlagForm();
    }
  });

  // A click on the Flag link collapses the selection first, so it is read on mousedown.
  let pendingSpan;
  document.addEventListener('mousedown', (e) => {
    const link = e.target instanceof Element ? e.target.closest('[data-action="flag"]') : null;
    const textEl = link?.closest('[data-row]')?.querySelector('[data-en-text]');
    pendingSpan = textEl ? selectionIn(textEl) : undefined;
  });

  document.addEventListener('submit', (e) => {
    const form = e.target;
    if (!(form instanceof HTMLFormElement)) return;
    if (form.matches('[data-enhance], [data-flag-form]')) {
      e.preventDefault();
      submitEnhanced(form, e.submitter);
    }
  });

  // The view selector applies on change; the plain form still has its button for no-JS.
  document.addEventListener('change', (e) => {
    if (e.target instanceof HTMLSelectElement && e.target.id === 'view-select') e.target.form.requestSubmit();
  });

  initRows();
})();
