/**
 * The release list of istio-today/releases.yaml with each release's source
 * keys resolved to the sources themselves, for the Istio-today page and the
 * timeline. Pure, so unit tests feed it the parsed file; the gate has already
 * checked that every key resolves.
 */
import type { z } from 'astro/zod';
import type { istioReleasesSchema } from '../content.config';

export type ReleasesFile = z.output<typeof istioReleasesSchema>;
/** The schema requires a release source's address. */
type ReleaseSource = ReleasesFile['sources'][number] & { url: string };

export interface IstioRelease extends Omit<ReleasesFile['releases'][number], 'source' | 'noteSource'> {
  /** False when the release or its date could not be confirmed (it has a `doubt`). */
  verified: boolean;
  /** Where `date` comes from. */
  source: ReleaseSource;
  /** Where the note comes from, when that is not `source`. */
  noteSource?: ReleaseSource;
}

export function resolveReleases(file: ReleasesFile): IstioRelease[] {
  const byKey = new Map(file.sources.map((s) => [s.key, s]));
  const find = (key: string): ReleaseSource => {
    const source = byKey.get(key);
    if (!source?.url)
      throw new Error(`istio-today/releases.yaml: ${key} is not among the file's sources with an address.`);
    return { ...source, url: source.url };
  };
  return file.releases.map(({ source, noteSource, ...release }) => ({
    ...release,
    verified: release.doubt === undefined,
    source: find(source),
    ...(noteSource ? { noteSource: find(noteSource) } : {}),
  }));
}
