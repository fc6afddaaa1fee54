/**
 * What the Markdown plugins need to know about the content (they run at config
 * time and cannot use `astro:content`): the site's pages, and each case's source
 * keys. The plugins only ask for files the content gate has not already passed
 * (an edit in `astro dev`, MDX outside the content folder), so a case's facts are
 * read when its keys are first asked for, not all of them up front; the index is
 * rebuilt only when a facts file changes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { istioReleases, releaseSources } from '../../data/istio-releases';
import { allPagePaths } from '../url';
import { contentDir } from './dir';
import { displayPath } from './raw-files';
import { parseYaml } from './yaml';

export interface ContentIndex {
  /** Language-neutral paths of every page, for internal links. */
  pagePaths: ReadonlySet<string>;
  /** Source keys per case slug (undefined for a slug with no facts file). */
  sourceKeys: Pick<ReadonlyMap<string, ReadonlySet<string>>, 'get'>;
  /** Keys the Istio-today page may cite: its own sources and the release list's. */
  istioTodayKeys: ReadonlySet<string>;
  /** The facts file of a case, as messages name it. */
  factsFile: (slug: string) => string;
}

let cached: { signature: string; index: ContentIndex } | undefined;

/** Names and modification times of the files with sources: when none changed, the index still holds. */
function signatureOf(dir: string): string {
  const cases = join(dir, 'cases');
  const today = join(dir, 'istio-today', 'sources.yaml');
  return [
    ...readdirSync(cases)
      .sort()
      .map((name) => join(cases, name)),
    today,
  ]
    .map((path) => {
      try {
        return `${path}:${statSync(path).mtimeMs}`;
      } catch {
        return `${path}:absent`;
      }
    })
    .join('|');
}

export function contentIndex(dir: string = contentDir): ContentIndex {
  const signature = signatureOf(dir);
  if (cached?.signature === signature) return cached.index;
  const keysIn = (path: string) => {
    const data = parseYaml(readFileSync(path, 'utf8'), path).parsed?.data as
      { sources?: { key?: unknown }[] } | undefined;
    return new Set((Array.isArray(data?.sources) ? data.sources : []).map((s) => String(s?.key)));
  };
  const casesDir = join(dir, 'cases');
  const slugs = new Set(
    readdirSync(casesDir)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => name.slice(0, -'.yaml'.length)),
  );
  const factsPath = (slug: string) => join(casesDir, `${slug}.yaml`);
  const keys = new Map<string, ReadonlySet<string>>();
  const todaySources = join(dir, 'istio-today', 'sources.yaml');
  const index: ContentIndex = {
    pagePaths: new Set(allPagePaths([...slugs])),
    sourceKeys: {
      get: (slug) => {
        if (!slugs.has(slug)) return undefined;
        let found = keys.get(slug);
        if (!found) {
          found = keysIn(factsPath(slug));
          keys.set(slug, found);
        }
        return found;
      },
    },
    istioTodayKeys: new Set([
      ...releaseSources(istioReleases).map((s) => s.key),
      ...(existsSync(todaySources) ? keysIn(todaySources) : []),
    ]),
    factsFile: (slug) => displayPath(factsPath(slug)),
  };
  cached = { signature, index };
  return index;
}
