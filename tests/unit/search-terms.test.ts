import { describe, expect, it } from 'vitest';
import { hits, tidy } from '../../src/components/search-excerpt';
import { kindOf, sortKey, tier } from '../../src/components/search-rank';
import { highlight, holdsAll, parseQuery } from '../../src/components/search-terms';

const holds = (query: string, text: string) => holdsAll(text, parseQuery(query));
const marks = (query: string, text: string) =>
  highlight(text, parseQuery(query))
    .filter((p) => p.hit)
    .map((p) => p.text);

describe('a result holds the query', () => {
  it('needs a run of Chinese characters as it is, not its segments', () => {
    expect(holds('多集群', '支持多个集群')).toBe(false);
    expect(holds('多集群', '在多集群部署中')).toBe(true);
    expect(holds('服务网格', '每个服务都进了网格')).toBe(false);
  });
  it('needs a run of Japanese kana or Korean Hangul as it is, like Chinese', () => {
    const zozo = 'ZOZOTOWN（日文读音ゾゾタウン，zozotown）';
    expect(holdsAll(zozo, parseQuery('ゾゾタウン'))).toBe(true);
    expect(holdsAll('ゾゾ', parseQuery('ゾゾタウン'))).toBe(false);
    expect(holdsAll('サーバー', parseQuery('サーバー'))).toBe(true);
    expect(holdsAll('서비스 메시', parseQuery('서비스'))).toBe(true);
  });

  it('needs every term', () => {
    expect(holds('kubernetesx zzz', 'Kubernetes everywhere')).toBe(false);
    expect(holds('human resources', 'resources for people')).toBe(false);
    expect(holds('Istio 版本', '使用 Istio 的版本')).toBe(true);
  });
  it('matches a Latin word at the start of a word, with prefixes and plurals', () => {
    expect(holds('observ', 'Observability first')).toBe(true);
    expect(holds('clusters', 'one cluster')).toBe(true);
    expect(holds('mesh', 'a sidemesh')).toBe(false);
    expect(holds('Envoy', '使用Envoy代理')).toBe(true);
  });
  it('keeps joined and quoted words together', () => {
    expect(holds('multi-cluster', 'multi-tenancy in one cluster')).toBe(false);
    expect(holds('multi-cluster', 'a multi-cluster mesh')).toBe(true);
    expect(holds('"human resources"', 'human resources software')).toBe(true);
    expect(holds('"human resource"', 'human resources software')).toBe(false);
    expect(holds('“蚂蚁 金服”', '蚂蚁金服')).toBe(true);
  });
  it('folds width and case', () => {
    expect(holds('ＧＤＰＲ', 'the GDPR')).toBe(true);
  });
  it('finds nothing for a query with no words', () => {
    expect(parseQuery(' "" ,, ')).toEqual([]);
    expect(holds('', 'anything')).toBe(false);
  });
});

describe('highlighting', () => {
  it('marks whole terms', () => {
    expect(marks('可观测性', '统一的可观测性与指标')).toEqual(['可观测性']);
    expect(marks('observ', 'Observability and observers')).toEqual(['Observability', 'observers']);
    expect(marks('footwear', 'custom-footwear platform')).toEqual(['footwear']);
    // "…" folds to three characters; the marks still land on the right letters.
    expect(marks('mTLS', '…its mTLS came from Citadel…')).toEqual(['mTLS']);
  });
});

describe('excerpts', () => {
  it('read as Chinese: no ASCII ". " after Han text, no space before full-width punctuation', () => {
    expect(tidy('网格做了什么. 可观测性. 遥测仍走 Mixer 。')).toBe('网格做了什么。可观测性。遥测仍走 Mixer。');
    expect(tidy('公司： HP FitStation. 行业： 定制鞋履')).toBe('公司：HP FitStation。行业：定制鞋履');
  });
  it('group hits under the heading they came from, and never start with punctuation', () => {
    const content = 'Title here. Lead text. Background. Nothing. Tracing. 。It used Jaeger for traces.';
    const anchors = [
      { element: 'h2', id: 'background', text: 'Background' },
      { element: 'h2', id: 'tracing', text: 'Tracing' },
    ];
    const found = hits(content, anchors, parseQuery('Jaeger'), 3, 'Title here');
    expect(found).toHaveLength(1);
    expect(found[0]?.id).toBe('tracing');
    expect(found[0]?.pieces.map((p) => p.text).join('')).toBe('It used Jaeger for traces.');
  });
});

describe('ranking', () => {
  const labelOf = (filter: string, key: string) => (filter === 'industry' ? `label of ${key}` : key);
  const page = (url: string, meta: Record<string, string>, filters: Record<string, string[]> = {}) => ({
    url,
    meta,
    filters,
  });
  it('puts a case whose title, company, summary or industry holds the query first', () => {
    const terms = parseQuery('human resources');
    expect(tier(page('/en/cases/a/', { title: 'A', summary: 'Human resources software' }), terms, labelOf, '/')).toBe(
      0,
    );
    expect(tier(page('/en/cases/b/', { title: 'B' }, { industry: ['hr'] }), terms, labelOf, '/')).toBe(2);
    expect(tier(page('/en/cases/c/', { title: 'C' }, { industry: ['hr'] }), parseQuery('label'), labelOf, '/')).toBe(0);
    expect(tier(page('/en/timeline/', { title: 'Human resources' }), terms, labelOf, '/')).toBe(3);
  });
  it('puts every case before other kinds of page only when the query names a case', () => {
    const order = (named: boolean) =>
      [
        { url: 'timeline', tier: 3 },
        { url: 'case that mentions it', tier: 2 },
      ]
        .sort((a, b) => sortKey(a.tier, named) - sortKey(b.tier, named))
        .map((p) => p.url);
    expect(order(true)).toEqual(['case that mentions it', 'timeline']);
    // Unnamed ("ambient"): Pagefind's order stands, so the stable sort keeps the timeline first.
    expect(order(false)).toEqual(['timeline', 'case that mentions it']);
  });
  it('tells the kind of a page from its path, in either language and under a base', () => {
    expect(kindOf('/base/en/capabilities/tracing/', '/base/')).toBe('capabilities');
    expect(kindOf('/base/istio-today/', '/base/')).toBe('istio-today');
    expect(kindOf('/base/cases/trulia/', '/base/')).toBe('cases');
  });
});
