/**
 * The release list as the site reads it, for tests that compare a page with it:
 * istio-today/releases.yaml parsed by the gate's YAML reader and resolved like
 * the Istio-today page does. The schema is not applied here (browser tests
 * cannot load the content config); the unit test applies it.
 */
import { readFileSync } from 'node:fs';
import { resolveReleases, type ReleasesFile } from '../../src/lib/istio-releases';
import { parseYaml } from '../../src/lib/content/yaml';

const RELEASES_FILE = 'src/content/istio-today/releases.yaml';

/** The file's data as written (dateBasis defaults to announcement, as the schema gives it). */
export function readReleasesData(file = RELEASES_FILE): unknown {
  const { parsed, problems } = parseYaml(readFileSync(file, 'utf8'), file);
  if (!parsed) throw new Error(problems.map((p) => `${p.file}:${p.line}: ${p.found}`).join('\n'));
  return parsed.data;
}

export const readReleases = (file = RELEASES_FILE) => {
  const data = readReleasesData(file) as ReleasesFile;
  return resolveReleases({
    ...data,
    releases: data.releases.map((r) => ({ ...r, dateBasis: r.dateBasis ?? 'announcement' })),
  });
};
