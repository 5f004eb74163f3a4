// Small DOM and fetch helpers shared by the desk scripts. Strings come from the page (data-
// attributes the server renders in the UI language), so the scripts hold no language.

export const strings = document.getElementById('i18n-client')?.dataset ?? {};

/** Says something to screen readers (and to tests) without moving focus. */
export function announce(message) {
  const el = document.getElementById('live-status');
  if (!el) return;
  el.textContent = '';
  // Emptying first makes a repeated message ("Saved." twice) be announced again.
  window.setTimeout(() => {
    el.textContent = message;
  }, 30);
}

export function isTyping(target) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** The server's {error: {code, message, params}}, or a generic message when there is none. */
export async function readError(res) {
  try {
    const body = await res.json();
    return body?.error ?? { message: strings.networkError };
  } catch {
    return { message: strings.networkError };
  }
}

export function showFormError(form, message) {
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

/** The page's CSRF token (a meta tag); forms also carry it, this covers data built by hand. */
function csrfToken() {
  return document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
}

/** POSTs like the plain form would, but asks for JSON so the same route answers fetch(). */
export function postForm(url, data) {
  return fetch(url, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded',
      'X-CSRF-Token': csrfToken(),
    },
    body: new URLSearchParams(data),
    credentials: 'same-origin',
  });
}

/** The view the reviewer is on (?view=), so saves redirect and render rows the same way. */
export function currentView() {
  return new URLSearchParams(window.location.search).get('view') ?? '';
}
