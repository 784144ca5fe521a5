// The search page: reads its state from the URL, asks /api/search, renders
// hits, facets, filter chips and pages. Plain JavaScript, no build step;
// docs/web_page.md describes the behaviour.
'use strict';

(() => {
  const DEFAULT_PAGE_SIZE = 10;
  const FACET_KINDS = ['person', 'country', 'org', 'event', 'source', 'date'];
  const FACET_TITLES = {
    person: 'People', country: 'Countries', org: 'Organizations',
    event: 'Events', source: 'Sources', date: 'Month',
  };
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                  'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  const $ = (id) => document.getElementById(id);
  const el = (tag, props = {}, children = []) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === 'text') node.textContent = value;
      else if (key === 'class') node.className = value;
      else if (key.startsWith('aria-') || key.startsWith('data-')) node.setAttribute(key, value);
      else node[key] = value;
    }
    for (const child of children) if (child) node.append(child);
    return node;
  };

  // Display names of facet ids seen so far, for the chips of active filters.
  const names = new Map();
  let requestSerial = 0;

  // ---- State <-> URL ------------------------------------------------------

  function readState() {
    const p = new URLSearchParams(location.search);
    const page = parseInt(p.get('page') || '1', 10);
    const size = parseInt(p.get('size') || String(DEFAULT_PAGE_SIZE), 10);
    return {
      q: p.get('q') || '',
      filters: p.getAll('filter').filter(Boolean),
      since: p.get('since') || '',
      until: p.get('until') || '',
      sort: p.get('sort') || 'relevance',
      page: Number.isFinite(page) && page > 0 ? page : 1,
      size: Number.isFinite(size) && size > 0 && size <= 50 ? size : DEFAULT_PAGE_SIZE,
    };
  }

  function stateToQuery(state) {
    const p = new URLSearchParams();
    if (state.q) p.set('q', state.q);
    for (const f of state.filters) p.append('filter', f);
    if (state.since) p.set('since', state.since);
    if (state.until) p.set('until', state.until);
    if (state.sort && state.sort !== 'relevance') p.set('sort', state.sort);
    if (state.page > 1) p.set('page', String(state.page));
    if (state.size !== DEFAULT_PAGE_SIZE) p.set('size', String(state.size));
    return p.toString();
  }

  // Changes the state: a new history entry, then a search.
  function go(changes) {
    const state = Object.assign(readState(), changes);
    const query = stateToQuery(state);
    history.pushState(null, '', query ? `/?${query}` : '/');
    show(state);
  }

  // ---- Talking to the API -------------------------------------------------

  function apiHeaders() {
    const key = sessionStorage.getItem('newsApiKey');
    return key ? { 'X-API-Key': key } : {};
  }

  async function api(path) {
    const response = await fetch(path, { headers: apiHeaders() });
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = { error: `the server answered ${response.status}` };
    }
    return { status: response.status, ok: response.ok, body };
  }

  function searchPath(state) {
    const p = new URLSearchParams();
    p.set('q', state.q);
    for (const f of state.filters) p.append('filter', f);
    if (state.since) p.set('since', state.since);
    if (state.until) p.set('until', state.until);
    if (state.sort !== 'relevance') p.set('sort', state.sort);
    p.set('facets', FACET_KINDS.join(','));
    p.set('offset', String((state.page - 1) * state.size));
    p.set('limit', String(state.size));
    return `/api/search?${p}`;
  }

  // ---- Rendering ----------------------------------------------------------

  function formatDate(date) {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date || '');
    if (!m) return date || '';
    const month = MONTHS[parseInt(m[2], 10) - 1] || m[2];
    return m[3] ? `${parseInt(m[3], 10)} ${month} ${m[1]}` : `${month} ${m[1]}`;
  }

  // The API's snippet is HTML-escaped text with <mark> around matches. It
  // is rebuilt here from text nodes and <mark> elements only, so nothing
  // else in it can ever become markup.
  function snippetNode(snippet) {
    const out = el('p', { class: 'snippet' });
    const parsed = new DOMParser().parseFromString(`<body>${snippet || ''}</body>`, 'text/html');
    for (const node of parsed.body.childNodes) {
      if (node.nodeName === 'MARK') out.append(el('mark', { text: node.textContent }));
      else out.append(document.createTextNode(node.textContent));
    }
    return out;
  }

  function metaLine(hit) {
    const parts = [];
    if (hit.date) parts.push(el('time', { dateTime: hit.date, text: formatDate(hit.date) }));
    if (hit.source) parts.push(el('span', { class: 'source', text: hit.source }));
    const meta = el('div', { class: 'meta' });
    parts.forEach((part, i) => {
      if (i) meta.append(el('span', { class: 'sep', 'aria-hidden': 'true', text: '·' }));
      meta.append(part);
    });
    return meta;
  }

  function titleNode(hit, level) {
    const heading = el(level, { class: 'title' });
    const text = hit.title || hit.id;
    if (hit.url && /^https?:\/\//i.test(hit.url)) {
      heading.append(el('a', { href: hit.url, rel: 'noopener noreferrer', text }));
    } else {
      heading.textContent = text;
    }
    return heading;
  }

  function toggleButton(label, onOpen) {
    const button = el('button', { type: 'button', class: 'link-button', text: label,
                                  'aria-expanded': 'false' });
    let panel = null;
    button.addEventListener('click', async () => {
      const open = button.getAttribute('aria-expanded') === 'true';
      button.setAttribute('aria-expanded', String(!open));
      if (open) {
        panel.hidden = true;
        return;
      }
      if (!panel) {
        panel = el('div', { class: 'panel', text: 'Loading…' });
        button.closest('li').append(panel);
        await onOpen(panel);
      }
      panel.hidden = false;
    });
    return button;
  }

  async function fillArticle(id, panel) {
    const r = await api(`/api/article/${encodeURIComponent(id)}`);
    panel.textContent = '';
    if (!r.ok) {
      panel.textContent = r.body.error || 'The article cannot be shown.';
      return;
    }
    for (const para of String(r.body.body || '').split(/\n\s*\n/)) {
      if (para.trim()) panel.append(el('p', { text: para.trim() }));
    }
  }

  async function fillRelated(id, panel) {
    const r = await api(`/api/search?similar=${encodeURIComponent(id)}&limit=5`);
    panel.textContent = '';
    const hits = r.ok ? (r.body.hits || []).filter((h) => h.id !== id) : [];
    if (!hits.length) {
      panel.textContent = r.ok ? 'No related articles.' : (r.body.error || 'Not available.');
      return;
    }
    panel.append(el('h3', { class: 'panel-title', text: 'Related articles' }));
    const list = el('ul', { class: 'related' });
    for (const hit of hits) list.append(el('li', {}, [titleNode(hit, 'h4'), metaLine(hit)]));
    panel.append(list);
  }

  function renderHits(body) {
    const list = $('results');
    list.textContent = '';
    list.start = body.offset + 1;
    for (const hit of body.hits) {
      const actions = el('div', { class: 'actions' }, [
        toggleButton('Read', (panel) => fillArticle(hit.id, panel)),
        toggleButton('Related', (panel) => fillRelated(hit.id, panel)),
      ]);
      actions.firstChild.setAttribute('aria-label', `Read “${hit.title || hit.id}”`);
      list.append(el('li', { class: 'hit' }, [
        titleNode(hit, 'h2'), metaLine(hit), snippetNode(hit.snippet), actions,
      ]));
    }
  }

  function facetLabel(kind, value) {
    return kind === 'date' ? formatDate(value) : value;
  }

  // The buttons of one facet kind's values.
  function facetList(kind, values, state) {
    const list = el('ul', { class: 'facet-values' });
    for (const v of values) {
      names.set(v.id, facetLabel(kind, v.value));
      const active = state.filters.includes(v.id);
      const button = el('button', {
        type: 'button', class: 'facet-value',
        'aria-pressed': String(active),
        'data-filter': v.id,
      }, [
        el('span', { class: 'name', text: facetLabel(kind, v.value) }),
        el('span', { class: 'count', text: String(v.count) }),
      ]);
      button.setAttribute('aria-label', `${facetLabel(kind, v.value)}, ${v.count} results` +
                          (active ? ', active filter: remove' : ''));
      button.addEventListener('click', () => toggleFilter(v.id));
      list.append(el('li', {}, [button]));
    }
    return list;
  }

  // A box that searches a kind's values by name (facet_prefix), for the
  // values beyond the top ten: "Ru" finds Marco Rubio among thousands.
  function facetFinder(kind, section, shown, state) {
    const input = el('input', {
      type: 'search', class: 'facet-find', autocomplete: 'off',
      placeholder: `Find ${FACET_TITLES[kind].toLowerCase()}…`,
      'aria-label': `Find in ${FACET_TITLES[kind]}`,
    });
    let timer = null;
    let serial = 0;
    const replace = (list) => section.querySelector('.facet-values').replaceWith(list);
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const text = input.value.trim();
        const mine = ++serial;
        if (!text) {
          replace(facetList(kind, shown, state));
          return;
        }
        const p = new URLSearchParams(searchPath(state).split('?')[1]);
        p.delete('facets');
        p.set('facet_prefix', `${kind}:${text}`);
        p.set('limit', '0');
        p.set('offset', '0');
        let r;
        try {
          r = await api(`/api/search?${p}`);
        } catch (e) {
          return;  // the main status line reports an unreachable server
        }
        if (mine !== serial || !r.ok) return;
        const found = (r.body.facets && r.body.facets[kind]) || [];
        const list = facetList(kind, found, state);
        if (!found.length) list.append(el('li', { class: 'facet-none', text: 'No match' }));
        replace(list);
      }, 200);
    });
    return input;
  }

  const FINDABLE = new Set(['person', 'country', 'org', 'event']);

  function renderFacets(body, state) {
    const box = $('facets');
    box.textContent = '';
    for (const kind of FACET_KINDS) {
      let values = (body.facets && body.facets[kind]) || [];
      if (kind === 'date') values = [...values].sort((a, b) => (a.id < b.id ? 1 : -1));
      if (!values.length) continue;
      const section = el('section', { class: 'facet', 'data-kind': kind }, [
        el('h2', { text: FACET_TITLES[kind] || kind }),
      ]);
      // Only where there are more values than shown.
      const distinct = (body.facet_distinct && body.facet_distinct[kind]) || 0;
      if (FINDABLE.has(kind) && distinct > values.length) {
        section.append(facetFinder(kind, section, values, state));
      }
      section.append(facetList(kind, values, state));
      box.append(section);
    }
  }

  function renderChips(state) {
    const chips = $('chips');
    chips.textContent = '';
    const add = (label, remove) => {
      const button = el('button', { type: 'button', class: 'chip', text: label });
      button.setAttribute('aria-label', `Remove filter ${label}`);
      button.append(el('span', { 'aria-hidden': 'true', class: 'x', text: '×' }));
      button.addEventListener('click', remove);
      chips.append(el('li', {}, [button]));
    };
    for (const f of state.filters) {
      const kind = f.slice(0, f.indexOf(':'));
      const label = names.get(f) || f.slice(f.indexOf(':') + 1);
      add(`${FACET_TITLES[kind] ? kind : 'filter'}: ${label}`, () => toggleFilter(f));
    }
    if (state.since) add(`from ${formatDate(state.since)}`, () => go({ since: '', page: 1 }));
    if (state.until) add(`to ${formatDate(state.until)}`, () => go({ until: '', page: 1 }));
  }

  function renderPager(body, state) {
    const pages = Math.max(1, Math.ceil(body.found / state.size));
    $('pager').hidden = pages <= 1;
    $('page-info').textContent = `Page ${state.page} of ${pages}`;
    $('prev').disabled = state.page <= 1;
    $('next').disabled = state.page >= pages;
  }

  function renderSuggestion(body) {
    const box = $('suggestion');
    box.textContent = '';
    box.hidden = !body.suggestion;
    if (!body.suggestion) return;
    const link = el('a', { href: `/?${new URLSearchParams({ q: body.suggestion })}`,
                           id: 'suggestion-link', text: body.suggestion });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      go({ q: body.suggestion, page: 1 });
    });
    box.append('Did you mean ', link, '?');
  }

  function setStatus(text, isError = false) {
    const status = $('status');
    status.textContent = text;
    status.classList.toggle('error', isError);
  }

  function clearResults() {
    $('results').textContent = '';
    $('facets').textContent = '';
    $('pager').hidden = true;
    $('suggestion').hidden = true;
  }

  // ---- Driving it ---------------------------------------------------------

  async function show(state) {
    $('q').value = state.q;
    $('since').value = state.since;
    $('until').value = state.until;
    $('sort').value = state.sort;
    document.title = state.q ? `${state.q} – News search` : 'News search';
    renderChips(state);
    const serial = ++requestSerial;
    $('results').setAttribute('aria-busy', 'true');
    setStatus('Searching…');
    let r;
    try {
      r = await api(searchPath(state));
    } catch (e) {
      if (serial === requestSerial) setStatus('The search server cannot be reached.', true);
      return;
    } finally {
      if (serial === requestSerial) $('results').removeAttribute('aria-busy');
    }
    if (serial !== requestSerial) return;  // a newer search is on its way
    $('api-key-form').hidden = r.status !== 401;
    if (!r.ok) {
      clearResults();
      setStatus(r.body.error || `The search failed (${r.status}).`, true);
      return;
    }
    const body = r.body;
    renderFacets(body, state);
    renderChips(state);
    renderHits(body);
    renderPager(body, state);
    renderSuggestion(body);
    const what = state.q ? ` for “${state.q}”` : (state.filters.length ? '' : ' in the archive');
    if (body.found === 0) {
      setStatus(`No results${what}.`);
    } else {
      const first = body.offset + 1;
      const last = body.offset + body.hits.length;
      setStatus(`${body.found} result${body.found === 1 ? '' : 's'}${what}` +
                (body.found > body.hits.length ? ` · showing ${first}–${last}` : ''));
    }
  }

  function toggleFilter(id) {
    const state = readState();
    const filters = state.filters.includes(id)
      ? state.filters.filter((f) => f !== id)
      : [...state.filters, id];
    go({ filters, page: 1 });
  }

  function start() {
    $('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      go({ q: $('q').value.trim(), page: 1 });
    });
    $('brand').addEventListener('click', (event) => {
      event.preventDefault();
      history.pushState(null, '', '/');
      show(readState());
      $('q').focus();
    });
    $('since').addEventListener('change', () => go({ since: $('since').value, page: 1 }));
    $('until').addEventListener('change', () => go({ until: $('until').value, page: 1 }));
    $('clear-dates').addEventListener('click', () => go({ since: '', until: '', page: 1 }));
    $('sort').addEventListener('change', () => go({ sort: $('sort').value, page: 1 }));
    $('prev').addEventListener('click', () => {
      go({ page: readState().page - 1 });
      $('results').focus();
    });
    $('next').addEventListener('click', () => {
      go({ page: readState().page + 1 });
      $('results').focus();
    });
    $('api-key-form').addEventListener('submit', (event) => {
      event.preventDefault();
      sessionStorage.setItem('newsApiKey', $('api-key').value.trim());
      show(readState());
    });
    window.addEventListener('popstate', () => show(readState()));
    if (window.matchMedia('(max-width: 48rem)').matches) $('filters').open = false;

    // With no query the page lists every article (index order unless
    // sorted) with the facets of the whole collection to browse by.
    const state = readState();
    show(state);
    if (!state.q) $('q').focus();
  }

  start();
})();
