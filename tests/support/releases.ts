/**
 * The release list as the site reads it, for tests that compare a page with it:
 * istio-today/releases.yaml parsed by the gate's YAML reader, judged by its
 * schema and resolved like the Istio-today page does.
 */
import { readFileSync } from 'node:fs';
import { istioReleasesSchema } from '../../src/content.config';
import { resolveReleases } from '../../src/lib/istio-releases';
import { parseYaml } from '../../src/lib/content/yaml';

export const RELEASES_FILE = 'src/content/istio-today/releases.yaml';

export function readReleasesFile(file = RELEASES_FILE) {
  const { parsed, problems } = parseYaml(readFileSync(file, 'utf8'), file);
  if (!parsed) throw new Error(problems.map((p) => `${p.file}:${p.line}: ${p.found}`).join('\n'));
  return istioReleasesSchema.parse(parsed.data);
}

export const readReleases = (file = RELEASES_FILE) => resolveReleases(readReleasesFile(file));
