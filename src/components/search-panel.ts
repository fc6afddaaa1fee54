/**
 * What the search page runs before the reader does anything: it restores a
 * linked search (?q=…&industry=footwear) into the form and waits. On focus,
 * typing, a filter or a linked search it fetches Pagefind and the results code
 * (search-results.ts) side by side, so neither is paid for by a reader who only
 * looks. The form also works without this script, as a plain GET form.
 */
import type { Pagefind } from './search-results';

const form = document.querySelector<HTMLFormElement>('#search-form');

if (form) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const { bundle, base } = form.dataset;
  // The Esc hint is hidden where there is likely no keyboard (SearchPanel.astro); a hidden description is still read out.
  if (!matchMedia('(hover: hover) and (pointer: fine)').matches) input?.removeAttribute('aria-describedby');
  let pagefind: Promise<Pagefind> | undefined;
  let results: Promise<() => Promise<void>> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** Pagefind, started; forgotten on failure so that the next search tries again. */
  const engine = () =>
    (pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`)
      .then(async (module: Pagefind) => {
        // No worker: on a cold page it is one more script to fetch and start before the index can load,
        // and a search blocks nothing the reader could use meanwhile.
        await module.options({ baseUrl: base, excerptLength: 0, noWorker: true });
        await module.init();
        return module;
      })
      .catch((error: unknown) => {
        pagefind = undefined;
        throw error;
      }));

  /** The results code, mounted; forgotten on failure like Pagefind. */
  const load = () => {
    void engine().catch(() => {});
    return (results ??= import('./search-results')
      .then(({ mount }) => mount(form, engine))
      .catch((error: unknown) => {
        results = undefined;
        throw error;
      }));
  };
  const run = () => {
    clearTimeout(timer);
    load().then(
      (search) => search(),
      () => {
        const status = document.querySelector('#search-status');
        if (status) status.textContent = form.dataset['unavailable'] ?? '';
      },
    );
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  /** Fetches the index chunks for what the box holds while the reader is still typing, so Enter finds them loaded. */
  const preload = () => {
    const query = input?.value.trim();
    if (query)
      engine().then(
        (module) => module.preload(query),
        () => {},
      );
  };
  input?.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
    preload();
  });
  // Fetch and start Pagefind as soon as the reader shows intent, so the first query does not wait for it.
  input?.addEventListener(
    'focus',
    () => {
      void load().catch(() => {});
      preload();
    },
    { once: true },
  );
  selects.forEach((select) => select.addEventListener('change', run));

  // Filter values are vocabulary keys; older links carried a label in either language,
  // which each select's data-aliases maps to its key.
  const params = new URLSearchParams(location.search);
  if (input) input.value = params.get('q') ?? '';
  let linked = Boolean(input?.value);
  selects.forEach((select) => {
    const wanted = params.get(select.name);
    if (!wanted) return;
    const aliases = JSON.parse(select.dataset['aliases'] ?? '{}') as Record<string, string>;
    const key = [...select.options].some((o) => o.value === wanted) ? wanted : aliases[wanted.trim().toLowerCase()];
    if (key) {
      select.value = key;
      linked = true;
    }
  });
  if (linked) run();
}
