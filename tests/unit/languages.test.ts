import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { DEFAULT_LANG, LANGS, LANGUAGES, otherLangs } from '../../src/lib/languages';
import { langPaths, localizedPath } from '../../src/lib/url';

describe('the languages table', () => {
  it('declares the tags readers and crawlers see', () => {
    expect(LANGUAGES.zh.tag).toBe('zh-CN');
    expect(LANGUAGES.en.tag).toBe('en');
    expect(LANGUAGES.zh.og).toBe('zh_CN');
    expect(LANGUAGES.en.og).toBe('en_GB');
  });
  it('serves exactly one language at the root, and every other under its own prefix', () => {
    expect(LANGS.filter((lang) => LANGUAGES[lang].prefix === '')).toEqual([DEFAULT_LANG]);
    const prefixes = LANGS.map((lang) => LANGUAGES[lang].prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(langPaths().map((p) => p.params.lang)).toEqual(prefixes.map((prefix) => prefix || undefined));
    expect(localizedPath('en', '/about/')).toBe('/en/about/');
  });
  it('has a dictionary and an Intl locale for every language', () => {
    for (const lang of LANGS) {
      expect(t(lang).site.title).toBeTruthy();
      expect(Intl.NumberFormat.supportedLocalesOf([LANGUAGES[lang].intl])).toHaveLength(1);
      expect(Intl.DateTimeFormat.supportedLocalesOf([LANGUAGES[lang].dates])).toHaveLength(1);
      expect(otherLangs(lang)).not.toContain(lang);
    }
  });
});
