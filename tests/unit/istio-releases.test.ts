/**
 * The release list as the site publishes it: the schema already refuses a bad
 * version, date or key and a list out of order (the content-gate test proves
 * it); these hold the list itself to what the Istio-today page promises.
 */
import { describe, expect, it } from 'vitest';
import { istioReleasesSchema } from '../../src/content.config';
import { readReleases, readReleasesData } from '../support/releases';

const readReleasesFile = () => istioReleasesSchema.parse(readReleasesData());

const releases = readReleases();

describe('the Istio release list', () => {
  it('passes its schema and runs from 0.1 onwards', () => {
    expect(() => readReleasesFile()).not.toThrow();
    expect(releases[0]?.version).toBe('0.1');
  });

  it('gives every version once', () => {
    const versions = releases.map((r) => r.version);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('dates a release no more than a week from its tag, and by the tag exactly where it says so', () => {
    for (const r of releases) {
      if (r.tagged) {
        const days = Math.abs(Date.parse(r.date) - Date.parse(r.tagged)) / 86_400_000;
        expect(days, `${r.version}: announcement and tag ${days} days apart`).toBeLessThanOrEqual(7);
      }
      if (r.dateBasis === 'git-tag') expect(r.tagged, `${r.version} is dated by its tag`).toBe(r.date);
    }
  });

  it('uses every source it lists', () => {
    const cited = new Set(releases.flatMap((r) => [r.source.key, ...(r.noteSource ? [r.noteSource.key] : [])]));
    expect(readReleasesFile().sources.filter((s) => !cited.has(s.key))).toEqual([]);
  });

  it('says which releases are unverified by whether they give a doubt', () => {
    for (const r of releases) expect(r.verified, r.version).toBe(r.doubt === undefined);
  });
});
