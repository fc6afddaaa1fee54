/**
 * The search page's results: runs a query through Pagefind, keeps the
 * candidates whose text holds every term (search-terms.ts), ranks them
 * (search-rank.ts) and draws them with their hits (search-excerpt.ts). Loaded
 * by search-panel.ts, together with Pagefind, once the reader shows intent, so
 * none of this is fetched before then.
 *
 * Candidates are checked in batches, best first; the count says "about" until
 * every candidate is checked. Where the query holds a word the vocabulary has
 * other words for, the alternatives (search-aliases.ts) are searched too, and a
 * candidate may hold the query or any of them.
 */
import { alternatives } from './search-aliases';
import { hits, type Anchor } from './search-excerpt';
import { kindOf, sortKey, tier } from './search-rank';
import { holdsAll, parseQuery, type Piece, type Term } from './search-terms';

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: Anchor[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}
interface Entry {
  data: PagefindData;
  /** The terms of the query, or of the alternative, that the page holds: the ones its hits show. */
  terms: Term[];
  tier: number;
  /** 1 when only an alternative puts the page in its tier: the reader's own words come first within a tier. */
  alias: number;
  order: number;
}

/** Results shown at first, and added by each "show more", unless the form says otherwise (data-page-size). */
const PAGE = 20;
/** Fragments loaded ahead of the candidate being checked. */
const AHEAD = 10;
/** While candidates are being checked, the list is redrawn after this many. */
const REDRAW = 24;
/** Up to this many candidates, all are checked so the count is exact; beyond, only as many as are shown. */
const CHECK_ALL = 60;

/**
 * Wires the results to the form and returns the function that runs the
 * form's current search. `engine` gives Pagefind, started; a rejected promise
 * means it could not load, and the next call tries again.
 */
export function mount(form: HTMLFormElement, engine: () => Promise<Pagefind>): () => Promise<void> {
  const $ = <E extends Element>(selector: string) => document.querySelector<E>(selector) as E;
  const statusLine = $<HTMLElement>('#search-status');
  const list = $<HTMLOListElement>('#search-results');
  const more = $<HTMLButtonElement>('#search-more');
  const empty = $<HTMLElement>('#search-empty');
  const also = $<HTMLElement>('#search-also');
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const text = form.dataset;
  const base = text['base'] ?? '/';
  const pageSize = Number(text['pageSize']) || PAGE;
  const kinds = JSON.parse(text['kinds'] ?? '{}') as Record<string, string>;
  const groups = JSON.parse(text['synonyms'] ?? '[]') as string[][];
  const fill = (template = '', values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
  /** Filter values are vocabulary keys; the selects' options carry their labels in this language. */
  const labelOf = (filter: string, key: string) =>
    selects.find((s) => s.name === filter)?.querySelector<HTMLOptionElement>(`option[value="${CSS.escape(key)}"]`)
      ?.textContent ?? key;
  let latest = 0;
  /** Asks the running search for more results; replaced by each new search. */
  let showMore = () => {};

  const filters = () =>
    Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value])) as Record<string, string>;

  const stateParams = (query: string) => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [name, value] of Object.entries(filters())) params.set(name, value);
    return params;
  };

  const syncUrl = (query: string) => {
    const url = new URL(location.href);
    url.search = stateParams(query).toString();
    history.replaceState(null, '', url);
    // The language switch takes the same search (query and filters) to the other language.
    const twin = document.querySelector<HTMLAnchorElement>('.lang-switch');
    if (twin) twin.search = url.search;
  };

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, content?: string) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  };

  const marked = (tag: 'p' | 'span', pieces: Piece[]) => {
    const node = element(tag);
    node.append(...pieces.map((piece) => (piece.hit ? element('mark', undefined, piece.text) : piece.text)));
    return node;
  };

  const item = (data: PagefindData, terms: Term[]) => {
    const entry = element('li');
    const head = element('div', 'result-head');
    const link = element('a', undefined, data.meta['title'] ?? data.url);
    link.href = data.url;
    const kind = data.meta['kind'] === 'brief' ? 'brief' : kindOf(data.url, base);
    head.append(link, element('span', 'kind', kinds[kind] ?? kinds['other'] ?? kind));
    entry.append(head);
    const capabilities = (data.filters['capability'] ?? []).map((key) => labelOf('capability', key));
    const badges = [
      ...(data.filters['industry'] ?? []).map((key) => labelOf('industry', key)),
      // The capabilities the query names first, then the page's others, a few at most.
      ...[...capabilities].sort((a, b) => Number(holdsAll(b, terms)) - Number(holdsAll(a, terms))).slice(0, 3),
    ];
    if (badges.length) {
      const row = element('p', 'badges');
      row.append(...badges.map((label) => element('span', 'badge', label)));
      entry.append(row);
    }
    if (data.meta['summary'] && !terms.length) entry.append(element('p', undefined, data.meta['summary']));
    const found = terms.length ? hits(data.content, data.anchors, terms, 3, data.meta['title']) : [];
    if (found.length) {
      const group = element('ul', 'hits');
      for (const hit of found) {
        const line = element('li');
        if (hit.heading && hit.id) {
          const to = element('a', 'hit-heading');
          to.href = `${data.url}#${hit.id}`;
          to.append(...marked('span', hit.heading).childNodes);
          line.append(to);
        }
        line.append(marked('p', hit.pieces));
        group.append(line);
      }
      entry.append(group);
    }
    return entry;
  };

  /** Nothing matched: offer the same search, filters included, in the other languages. */
  const showEmpty = (query: string) => {
    for (const other of empty.querySelectorAll<HTMLAnchorElement>('.search-other')) {
      const href = new URL(other.href);
      href.search = stateParams(query).toString();
      other.href = href.toString();
    }
    empty.hidden = false;
  };

  const finish = () => list.setAttribute('aria-busy', 'false');

  const run = async () => {
    const query = input?.value.trim() ?? '';
    const chosen = filters();
    syncUrl(query);
    const ticket = ++latest;
    const current = () => ticket === latest;
    more.hidden = true;
    empty.hidden = true;
    also.hidden = true;
    showMore = () => {};
    if (!query && !Object.keys(chosen).length) {
      list.replaceChildren();
      finish();
      statusLine.textContent = '';
      return;
    }
    statusLine.textContent = text['loading'] ?? '';
    // aria-busy tells assistive technology (and the tests) when the list is complete.
    list.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await engine();
      // Marks for the benchmark (bench/cold-search.ts): where a search's time goes.
      performance.mark('search:engine');
      const terms = parseQuery(query);
      const others = query ? alternatives(query, groups) : [];
      /** What a page may hold: the query's terms, or an alternative's. */
      const sets = [terms, ...others.map(parseQuery)];
      // Quotes are this page's business: Pagefind's phrase search misses Chinese runs it segments differently.
      const unquoted = (q: string) => q.replace(/["“”＂]/g, ' ').trim() || null;
      const lists =
        query && !terms.length
          ? []
          : await Promise.all([query, ...others].map((q) => pagefind.search(unquoted(q), { filters: chosen })));
      // One list, best score first, each page once: the alternatives' candidates among the query's.
      const byId = new Map<string, PagefindResult>();
      for (const result of lists.flatMap((list) => list.results)) {
        if ((byId.get(result.id)?.score ?? -1) < result.score) byId.set(result.id, result);
      }
      const candidates =
        lists.length > 1 ? [...byId.values()].sort((a, b) => b.score - a.score) : (lists[0]?.results ?? []);
      performance.mark('search:candidates');
      if (!current()) return;
      also.textContent = fill(text['alsoSearched'], { terms: others.join(text['termSeparator'] ?? ', ') });
      also.hidden = !others.length;
      const kept: Entry[] = [];
      let checked = 0;
      let shown = pageSize;
      /** Whether this search has drawn its list yet. */
      let drawn = false;
      /** Whether a loop is checking candidates. */
      let filling = false;
      const items = new Map<string, HTMLLIElement>();

      const loading: Promise<PagefindData>[] = [];
      const arrived: boolean[] = [];
      const dataOf = (i: number) =>
        (loading[i] ??= (candidates[i] as PagefindResult).data().then((data) => {
          arrived[i] = true;
          return data;
        }));

      /** Checks the next candidate, in rank order, with the fragments of the few after it already on their way. */
      const check = async () => {
        for (let i = checked; i < Math.min(candidates.length, checked + AHEAD); i++) void dataOf(i);
        const page = await dataOf(checked);
        if (!checked) performance.mark('search:data');
        const held = terms.length ? sets.filter((set) => holdsAll(page.content, set)) : [terms];
        if (held.length) {
          const tiers = held.map((set) => (terms.length ? tier(page, set, labelOf, base) : 0));
          const best = Math.min(...tiers);
          const alias = held[0] === terms && tiers[0] === best ? 0 : 1;
          kept.push({ data: page, terms: held[0] ?? terms, tier: best, alias, order: checked });
        }
        checked++;
        // A query that names a company, industry or capability (some case holds it there) puts every case first.
        const named = kept.some((e) => e.tier <= 1);
        kept.sort((a, b) => sortKey(a.tier, named) - sortKey(b.tier, named) || a.alias - b.alias || a.order - b.order);
      };

      const draw = () => {
        const all = checked >= candidates.length;
        // Nothing found yet among the first candidates: keep "loading" rather than claim there is nothing.
        if (!kept.length && !all) return;
        const n = all ? kept.length : Math.round((kept.length / checked) * candidates.length);
        const count = n === 0 ? 'None' : !all ? 'About' : n === 1 ? 'One' : 'Many';
        // The template quotes the query itself.
        const q = query.replace(/^["“]|["”]$/g, '');
        statusLine.textContent = fill(text[`${query ? 'results' : 'filtered'}${count}`], { n, q });
        list.replaceChildren(
          ...kept.slice(0, shown).map(({ data, terms: held }) => {
            const node = items.get(data.url) ?? item(data, held);
            items.set(data.url, node);
            return node;
          }),
        );
        // Offered only for results beyond the ones this page will list by itself as the check goes on, so
        // pressing it always adds to the list; hidden, it says nothing.
        const rest = n - shown;
        more.hidden = rest <= 0;
        more.textContent = rest > 0 ? fill(text['more'], { n: Math.min(rest, pageSize) }) : '';
        if (n === 0) showEmpty(query);
      };

      /**
       * Checks candidates until `shown` results are known (all of them, when there are few). The list is
       * drawn as soon as its first result is known, redrawn every few checks as the rest come in, and
       * settles (aria-busy) once all are in.
       */
      const fillUp = async () => {
        // One check at a time: a second loop ("show more" pressed while the first still runs) would check
        // the same candidate twice and skip the next. The running loop reads `shown` afresh each turn.
        if (filling) return;
        filling = true;
        try {
          await checkUntilShown();
        } finally {
          filling = false;
        }
        if (!current()) return;
        draw();
        finish();
      };
      const checkUntilShown = async () => {
        while (checked < candidates.length && (kept.length < shown || candidates.length <= CHECK_ALL)) {
          await check();
          if (!current()) return;
          // Draw the first result once it is a case named by the query (tier 0: nothing unchecked can rank
          // above it), or once checking on would mean waiting for a fragment: the ones already here are
          // checked first, so the list reorders less as the rest come in, at no cost in time. A page other
          // than a case waits for the fragments loading with it, as a case among them may well outrank it.
          const best = kept[0]?.tier ?? 3;
          const window = Math.min(AHEAD, candidates.length);
          const settled = best === 0 || checked >= window || (best < 3 && !arrived[checked]);
          if ((!drawn && kept.length && settled) || checked % REDRAW === 0) {
            draw();
            drawn = true;
          }
        }
      };

      showMore = () => {
        shown += pageSize;
        list.setAttribute('aria-busy', 'true');
        void fillUp();
      };
      await fillUp();
    } catch {
      statusLine.textContent = [text['unavailable'], text['devHint']].filter(Boolean).join(' ');
      finish();
    }
  };

  more.addEventListener('click', () => {
    const next = list.children.length;
    showMore();
    // Keep keyboard users in place: focus moves to the first newly shown result once it is drawn.
    const observer = new MutationObserver(() => {
      const link = list.children[next]?.querySelector('a');
      if (link) {
        link.focus();
        observer.disconnect();
      }
    });
    observer.observe(list, { childList: true });
  });

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

  return run;
}
