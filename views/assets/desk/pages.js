// Long articles arrive a page of rows at a time (server/web/pages/row-pages.ts): the server renders
// the page the reviewer is at with a link to the page before and after it. Here a link is replaced
// by its page when it scrolls near the screen, and a key or link that needs a row not here yet
// (j/k past the last row, n/p, a row number, #row-N) loads the pages on the way first. Pages are
// not all fetched up front: a 300-paragraph article would be 50,000 px and 20,000 elements again,
// and the panels under the table out of reach. Without JavaScript the links stay links.

let loading = null; // the fetch in flight: pages are put in place one at a time

function link(side) {
  return document.querySelector(`[data-rows-more="${side}"]`);
}

export function hasMore(side) {
  return link(side) !== null;
}

async function fetchInto(more, side) {
  const table = more.closest('[data-desk]');
  if (!table?.dataset.rowsUrl) return false;
  const url = new URL(table.dataset.rowsUrl, window.location.href);
  url.searchParams.set('page', more.dataset.rowsPage);
  url.searchParams.set('side', side);
  more.setAttribute('aria-busy', 'true');
  const res = await fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
  if (!res.ok || !more.isConnected) return false;
  const tpl = document.createElement('template');
  tpl.innerHTML = (await res.text()).trim();
  if (!more.isConnected) return false;
  // Rows put in above the screen leave what the reader looks at where it is (scroll anchoring).
  more.replaceWith(tpl.content);
  document.dispatchEvent(new CustomEvent('desk:rows'));
  return true;
}

/** Puts the next page on `side` ('before' or 'after') in place; false when there is none. */
export async function loadMore(side) {
  while (loading) await loading;
  const more = link(side);
  if (!more) return false;
  loading = fetchInto(more, side)
    .catch(() => false)
    .finally(() => {
      loading = null;
    });
  return loading;
}

function rowNumbers() {
  const rows = document.querySelectorAll('[data-row]');
  if (rows.length === 0) return null;
  return {
    first: Number(rows[0].dataset.position) + 1,
    last: Number(rows[rows.length - 1].dataset.position) + 1,
  };
}

/**
 * The element `#id` names, loading pages towards it when it is not here yet: towards row N for
 * `row-N`, else (a flag) every page, after and then before.
 */
export async function findLoaded(id) {
  const wanted = /^row-(\d+)$/.exec(id);
  for (;;) {
    const el = document.getElementById(id);
    if (el) return el;
    const span = rowNumbers();
    let side = hasMore('after') ? 'after' : 'before';
    if (wanted && span) side = Number(wanted[1]) < span.first ? 'before' : 'after';
    if (!(await loadMore(side))) return null;
  }
}

// Pages load as their link comes within a screen of the viewport, each side watched only from its
// own direction: a jump to the panels under the table does not pull in the next page above them.
const MARGIN = { after: '0px 0px 1200px 0px', before: '1200px 0px 0px 0px' };
const observers = {};

function observe(side) {
  const more = link(side);
  if (!more || !('IntersectionObserver' in window)) return;
  observers[side] ??= new IntersectionObserver(
    (entries) => {
      if (entries.some((en) => en.isIntersecting)) loadMore(side);
    },
    { rootMargin: MARGIN[side] },
  );
  observers[side].disconnect();
  observers[side].observe(more);
}

/** Watches the links at both ends of the rows; again after each page and after a swap of the page. */
export function watchEdges() {
  observe('after');
  observe('before');
}

document.addEventListener('desk:rows', watchEdges);
