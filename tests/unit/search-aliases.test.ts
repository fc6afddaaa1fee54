import { describe, expect, it } from 'vitest';
import { alternatives } from '../../src/components/search-aliases';
import { holdsAll, parseQuery } from '../../src/components/search-terms';
import { LANGS } from '../../src/lib/languages';
import { aliasGroups, VOCABULARY, type Entry } from '../../src/lib/vocabulary';

// Groups made up here: what the vocabulary holds is its own business.
const groups = [
  ['安全与 mTLS', 'Security and mTLS', '双向 TLS', 'mTLS', 'mutual TLS'],
  ['Kubernetes', 'k8s'],
  ['电子邮件', 'e-mail', 'email'],
];

describe('other words for the same thing', () => {
  it('tries the query with its word swapped for each other word of the group', () => {
    expect(alternatives('k8s', groups)).toEqual(['Kubernetes']);
    expect(alternatives('k8s upgrade', groups)).toEqual(['Kubernetes upgrade']);
    expect(alternatives('email', groups)).toEqual(['电子邮件', 'e-mail']);
  });
  it('leaves out an alternative that holds the query, or another alternative, as it finds nothing more', () => {
    // "Security and mTLS" and "安全与 mTLS" hold "mTLS".
    expect(alternatives('mTLS', groups)).toEqual(['双向 TLS', 'mutual TLS']);
  });
  it('matches a group’s word in any case and spelling of hyphens and spaces, as whole words', () => {
    expect(alternatives('Mutual-TLS', groups)).toEqual(['mTLS', '双向 TLS']);
    expect(alternatives('双向TLS', groups)).toEqual(['mTLS', 'mutual TLS']);
    expect(alternatives('k8ss', groups)).toEqual([]);
    expect(alternatives('kubernetesx', groups)).toEqual([]);
  });
  it('gives nothing for a query that holds no group’s word', () => {
    expect(alternatives('Envoy', groups)).toEqual([]);
    expect(alternatives('', groups)).toEqual([]);
  });
});

const sets: [string, Record<string, Entry>][] = Object.entries(VOCABULARY);

describe.each(LANGS)('the vocabulary’s groups of words (%s)', (lang) => {
  it('hold every value’s label and aliases in the language, each once', () => {
    const all = aliasGroups(lang);
    const entries = sets.flatMap(([, values]) => Object.values(values));
    expect(all).toHaveLength(entries.length);
    for (const [i, entry] of entries.entries()) {
      const words = all[i] ?? [];
      expect(words).toEqual(expect.arrayContaining([entry[lang], ...(entry.aliases?.[lang] ?? [])]));
      expect(new Set(words.map((w) => w.toLowerCase())).size).toBe(words.length);
    }
  });
  // Aliases are optional (a new value needs only its labels), so this holds for the ones that exist.
  it('searching each alias of a value also tries the value’s label', () => {
    const all = aliasGroups(lang);
    for (const [set, values] of sets)
      for (const [key, entry] of Object.entries(values)) {
        for (const alias of entry.aliases?.[lang] ?? []) {
          const tried = [alias, ...alternatives(alias, all)];
          // A page that shows the label is found, by the alias itself or an alternative.
          expect(
            tried.some((q) => holdsAll(entry[lang], parseQuery(q))),
            `${set}.${key}: ${alias}`,
          ).toBe(true);
        }
      }
  });
});
