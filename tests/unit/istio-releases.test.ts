import { describe, expect, it } from 'vitest';
import { istioReleases, releaseSources, type IstioRelease } from '../../src/data/istio-releases';

const isCalendarDate = (date: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
};
const versionOrder = (a: IstioRelease, b: IstioRelease) => {
  const [aMajor = 0, aMinor = 0] = a.version.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.version.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
};

describe('the Istio release list', () => {
  it('runs from 0.1 onwards', () => {
    expect(istioReleases[0]?.version).toBe('0.1');
  });

  it('gives every version as major.minor, once', () => {
    for (const r of istioReleases) expect(r.version, r.version).toMatch(/^\d+\.\d+$/);
    const versions = istioReleases.map((r) => r.version);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('is sorted by version and by date alike', () => {
    expect([...istioReleases].sort(versionOrder)).toEqual(istioReleases);
    const dates = istioReleases.map((r) => r.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('gives real calendar dates, no later than a few days from any tag', () => {
    for (const r of istioReleases) {
      expect(isCalendarDate(r.date), `${r.version} date ${r.date}`).toBe(true);
      if (r.tagged) {
        expect(isCalendarDate(r.tagged), `${r.version} tagged ${r.tagged}`).toBe(true);
        const days = Math.abs(Date.parse(r.date) - Date.parse(r.tagged)) / 86_400_000;
        expect(days, `${r.version}: announcement and tag ${days} days apart`).toBeLessThanOrEqual(7);
      }
      if (r.dateBasis === 'git-tag') expect(r.tagged, `${r.version} is dated by its tag`).toBe(r.date);
    }
  });

  it('sources every entry with a key and an https address', () => {
    for (const r of istioReleases) {
      for (const source of [r.source, r.noteSource].filter((s) => s !== undefined)) {
        expect(source.key, r.version).toMatch(/^[A-Z]+\d+$/);
        expect(source.url, r.version).toMatch(/^https:\/\/[^\s]+$/);
        expect(source.title.trim(), r.version).not.toBe('');
        if (source.date) expect(isCalendarDate(source.date), `${r.version} source date`).toBe(true);
      }
    }
  });

  it('gives one source per key', () => {
    const seen = new Map<string, string>();
    for (const r of istioReleases) {
      for (const s of [r.source, r.noteSource].filter((x) => x !== undefined)) {
        const url = seen.get(s.key);
        if (url !== undefined) expect(s.url, `key ${s.key}`).toBe(url);
        seen.set(s.key, s.url);
      }
    }
    expect(releaseSources().map((s) => s.key)).toEqual([...seen.keys()]);
  });

  it('explains the doubt exactly where an entry is unverified', () => {
    for (const r of istioReleases) {
      if (r.verified) expect(r.doubt, r.version).toBeUndefined();
      else {
        expect(r.doubt?.en.trim(), r.version).toBeTruthy();
        expect(r.doubt?.zh.trim(), r.version).toBeTruthy();
      }
    }
  });

  it('writes every note in both languages', () => {
    for (const r of istioReleases) {
      if (!r.note) continue;
      expect(r.note.en.trim(), r.version).not.toBe('');
      expect(r.note.zh.trim(), r.version).not.toBe('');
    }
  });
});
