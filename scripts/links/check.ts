/**
 * Asks each address whether it still answers. HEAD first (cheap), GET when a
 * server refuses HEAD; one retry on a network error or a 5xx, because a single
 * hiccup should not open an issue.
 */
export type LinkResult =
  | { url: string; state: 'ok'; status: number; finalUrl: string }
  | { url: string; state: 'broken'; status: number; finalUrl: string }
  | { url: string; state: 'unreachable'; error: string };

const HEAD_REFUSED = new Set([403, 405, 501]);

async function ask(url: string, method: 'HEAD' | 'GET', timeoutMs: number) {
  const response = await fetch(url, {
    method,
    redirect: 'follow',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'user-agent': 'istio-production-cases link check (+https://github.com)' },
  });
  await response.body?.cancel();
  return response;
}

async function checkLink(url: string, timeoutMs = 15_000, attempts = 2): Promise<LinkResult> {
  let last: LinkResult = { url, state: 'unreachable', error: 'not tried' };
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      let response = await ask(url, 'HEAD', timeoutMs);
      if (HEAD_REFUSED.has(response.status)) response = await ask(url, 'GET', timeoutMs);
      const finalUrl = response.url || url;
      if (response.ok) return { url, state: 'ok', status: response.status, finalUrl };
      last = { url, state: 'broken', status: response.status, finalUrl };
      if (response.status < 500) return last;
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      last = { url, state: 'unreachable', error: cause ?? (error as Error).name ?? String(error) };
    }
  }
  return last;
}

/** Checks all addresses, a few at a time so no server sees a burst. */
export async function checkLinks(urls: string[], concurrency = 4, timeoutMs?: number): Promise<LinkResult[]> {
  const results: LinkResult[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const index = next++;
      results[index] = await checkLink(urls[index] as string, timeoutMs);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
  return results;
}
