import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryFindings } from '../../src/data/glossary';

const found = (text: string, lang: 'zh' | 'en', exempt: string[] = []) =>
  glossaryFindings(text, lang, exempt).map((f) => f.found);

describe('the glossary check', () => {
  it('names each forbidden variant it finds', () => {
    expect(found('Istio 的控制面和数据面', 'zh')).toEqual(['控制面', '数据面']);
    expect(found('Each pod has an authorization policy.', 'en')).toEqual(['pod', 'authorization']);
  });
  it('leaves the agreed forms and look-alike words alone', () => {
    expect(found('边车（sidecar）进入每个 Pod，控制平面与控制面板不同', 'zh')).toEqual([]);
    expect(found('Each Pod has an authorisation policy; the organisation analyses behaviour.', 'en')).toEqual([]);
  });
  it('asks for the English word on the first 边车 of a Chinese page, and only there', () => {
    expect(found('每个 Pod 里有一个边车。', 'zh')).toEqual(['边车 (first use without the English word)']);
    expect(found('边车（sidecar）在前，后文的边车不必重复。', 'zh')).toEqual([]);
    expect(found('边车（sidecar）之后又写 sidecar', 'zh')).toEqual(['sidecar']);
  });
  it('exempts quotations, source titles and names', () => {
    expect(found('The notes say "each pod is analyzed".', 'en')).toEqual([]);
    expect(found('他说“控制面很稳”。', 'zh')).toEqual([]);
    expect(
      found('See Istio injector pod being rescheduled (#3716).', 'en', ['Istio injector pod being rescheduled']),
    ).toEqual([]);
  });
  it('gives every term its form in each language it polices, and a note', () => {
    for (const term of GLOSSARY) {
      const langs = [...Object.keys(term.forbidden), ...Object.keys(term.firstUse ?? {})] as (keyof typeof term.use)[];
      expect(
        langs.filter((lang) => !term.use[lang]),
        term.term,
      ).toEqual([]);
      expect(Object.values(term.use).length * term.notes.length, term.term).toBeGreaterThan(0);
    }
  });
});
