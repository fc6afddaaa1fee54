/**
 * Search on Pagefind's JS API. Loaded only on the search page; Pagefind's own
 * bundle is fetched the first time a query or filter is present. State lives in
 * the URL so that searches can be linked and the back button works.
 */
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('#search-form');
const statusLine = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

if (form && statusLine && list) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const text = form.dataset;
  const fill = (template = '', values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${text['bundle']}pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: text['base'], excerptLength: 24 });
      await module.init();
      return module;
    }));

  const filters = () =>
    Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value])) as Record<string, string>;

  const syncUrl = (query: string) => {
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const [name, value] of Object.entries(filters())) url.searchParams.set(name, value);
    history.replaceState(null, '', url);
  };

  /** Keep only Pagefind's <mark> highlighting from an excerpt; everything else becomes text. */
  const excerptNode = (excerpt: string) => {
    const p = document.createElement('p');
    excerpt.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
      const hit = part.match(/^<mark>(.*)<\/mark>$/);
      const node = hit ? document.createElement('mark') : document.createTextNode('');
      node.textContent = (hit ? hit[1] : part)?.replace(/<[^>]*>/g, '') ?? '';
      p.append(node);
    });
    return p;
  };

  const item = (result: PagefindData) => {
    const entry = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta['title'] ?? result.url;
    entry.append(link, excerptNode(result.excerpt));
    return entry;
  };

  const run = async () => {
    const query = input?.value.trim() ?? '';
    const chosen = filters();
    syncUrl(query);
    const ticket = ++latest;
    if (!query && !Object.keys(chosen).length) {
      list.replaceChildren();
      list.setAttribute('aria-busy', 'false');
      statusLine.textContent = '';
      return;
    }
    statusLine.textContent = text['loading'] ?? '';
    // aria-busy tells assistive technology (and the tests) when the list is complete.
    list.setAttribute('aria-busy', 'true');
    try {
      const engine = await load();
      const found = await engine.search(query || null, { filters: chosen });
      const n = found.results.length;
      const template =
        n === 0 ? text['noResults'] : !query ? text['filtered'] : n === 1 ? text['resultsOne'] : text['resultsMany'];
      // Show the best match as soon as its fragment arrives, then the next few, then the rest.
      for (const [start, end] of [
        [0, 1],
        [1, 5],
        [5, 20],
      ] as const) {
        const batch = await Promise.all(found.results.slice(start, end).map((r) => r.data()));
        if (ticket !== latest) return;
        if (start === 0) {
          list.replaceChildren();
          statusLine.textContent = fill(template, { n, q: query });
        }
        list.append(...batch.map(item));
      }
      list.setAttribute('aria-busy', 'false');
    } catch {
      pagefind = undefined;
      statusLine.textContent = [text['unavailable'], text['devHint']].filter(Boolean).join(' ');
      list.setAttribute('aria-busy', 'false');
    }
  };

  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  input?.addEventListener('input', soon);
  // Fetch and start Pagefind as soon as the reader shows intent, so the first query does not wait for it.
  input?.addEventListener('focus', () => void load().catch(() => (pagefind = undefined)), { once: true });
  selects.forEach((select) => select.addEventListener('change', () => void run()));

  // Escape clears the query; arrow keys move between the box and the results.
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && input && (input.value || Object.keys(filters()).length)) {
      event.preventDefault();
      input.value = '';
      selects.forEach((s) => (s.value = ''));
      input.focus();
      void run();
    }
  });
  input?.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = list.querySelector('a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' && links[at + 1]) {
      event.preventDefault();
      links[at + 1]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (links[at - 1] ?? input)?.focus();
    } else if (event.key === 'Escape') {
      input?.focus();
    }
  });

  // A linked search (?q=…&industry=…) runs as soon as the page loads.
  const params = new URLSearchParams(location.search);
  if (input) input.value = params.get('q') ?? '';
  selects.forEach((select) => {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  });
  if (input?.value || Object.keys(filters()).length) void run();
}
