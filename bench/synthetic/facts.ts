/**
 * Builds the facts file (`cases/<slug>.yaml`) of a synthetic case. Every field
 * the schema knows is exercised, so the content layer parses as much per case
 * as it does for a real one.
 */
import { CAPABILITIES, SOURCE_KINDS, SOURCE_STATUSES, CAVEAT_KINDS } from '../../src/lib/vocabulary.ts';
import type { YamlValue } from './yaml-emit.ts';
import type { CasePlan } from './plan.ts';
import { CAPABILITY_HEADINGS, CAPABILITY_TOOLS, CITIES, ISTIO_VERSIONS, SERVICES } from './pools.ts';

const VENUES = [
  'Engineering Blog',
  'KubeCon + CloudNativeCon Europe',
  'KubeCon + CloudNativeCon North America',
  'IstioCon',
  'QCon Shanghai',
  'ArchSummit',
  'InfoQ',
  'Medium',
  'ServiceMesher',
  'CNCF Blog',
  'GitHub',
  'YouTube',
];
const TITLES = [
  (c: string) => `How ${c} adopted Istio`,
  (c: string) => `Service mesh at ${c}: lessons from production`,
  (c: string) => `${c} 的服务网格落地实践`,
  (c: string) => `Running Envoy sidecars at ${c}`,
  (c: string) => `${c} 微服务治理演进`,
  (c: string) => `Zero-trust networking at ${c}`,
];

const pad = (n: number) => String(n).padStart(2, '0');

function sources(plan: CasePlan): YamlValue[] {
  const { rng, company } = plan;
  const own = plan.ownKeys.map((key, i) => {
    const lang = rng.chance(0.35) ? 'zh' : 'en';
    const status = rng.pick(SOURCE_STATUSES);
    const hasUrl = !rng.chance(0.1);
    const slug = `${plan.slug}-${i + 1}`;
    return {
      key,
      title: rng.pick(TITLES)(lang === 'zh' ? company.zh : company.en),
      author: rng.chance(0.8)
        ? `${rng.pick(['Alex', 'Sam', 'Li', 'Wang', 'Priya', 'Jonas'])} ${rng.pick(['Chen', 'Park', 'Müller', 'Zhang', 'Rao', 'Smith'])}`
        : undefined,
      venue: `${rng.chance(0.4) ? `${company.en} ` : ''}${rng.pick(VENUES)}`,
      date: `${plan.year + rng.int(0, 2)}-${pad(rng.int(1, 12))}`,
      url: hasUrl ? `https://blog.${plan.slug}.example.com/${slug}/` : undefined,
      kind: rng.pick(SOURCE_KINDS),
      lang,
      scope: 'company',
      status,
      note:
        !hasUrl || status === 'moved' || status === 'rotted'
          ? {
              zh: `链接情况：${status}；副本保存在公开仓库中`,
              en: `Link status: ${status}; a copy survives in a public repository`,
            }
          : undefined,
    };
  });
  const istio = plan.istioEvents.map((e) => ({
    key: e.key,
    title: `Announcing Istio ${e.version}`,
    author: 'Istio',
    venue: 'istio.io',
    date: e.date,
    url: e.url,
    kind: 'blog',
    lang: 'en',
    scope: 'general',
    status: 'ok',
  }));
  return [...own, ...istio];
}

function capabilities(plan: CasePlan): Record<string, YamlValue> {
  const { rng } = plan;
  return Object.fromEntries(
    CAPABILITIES.map((c) => {
      const level = plan.levels[c];
      if (level === 'not-reported') return [c, { level }];
      const tool = rng.pick(CAPABILITY_TOOLS[c]);
      const svc = rng.pick(SERVICES);
      const heading = CAPABILITY_HEADINGS[c];
      return [
        c,
        {
          level,
          sources: rng.sample(plan.ownKeys, rng.int(1, 2)),
          note: {
            zh: `${heading.zh}：在${svc.zh}服务上使用 ${tool}${level === 'partial' ? '（仅试点）' : ''}`,
            en: `${heading.en}: ${tool} on the ${svc.en} service${level === 'partial' ? ' (pilot only)' : ''}`,
          },
          reason: {
            zh: level === 'partial' ? '只做了试点，算部分' : '团队自己的文章写明在用',
            en: level === 'partial' ? 'A pilot only: partly done' : "The team's own post says it is in use",
          },
        },
      ];
    }),
  );
}

function keyFigures(plan: CasePlan): YamlValue[] {
  const { rng } = plan;
  const kinds = [
    () => ({
      value: rng.int(20, 1500),
      style: 'count',
      label: { zh: '网格中的微服务', en: 'microservices in the mesh' },
    }),
    () => ({
      value: rng.int(500, 90000),
      style: 'count',
      label: { zh: '峰值每秒请求', en: 'peak requests per second' },
    }),
    () => ({ value: rng.int(5, 70), style: 'percent', label: { zh: 'p99 延迟下降', en: 'drop in p99 latency' } }),
    () => ({
      value: rng.int(10, 900) * 1000,
      style: 'usd',
      label: { zh: '每年节省的云费用', en: 'cloud spend saved a year' },
    }),
    () => ({ value: rng.int(2, 40), style: 'count', label: { zh: 'Kubernetes 集群', en: 'Kubernetes clusters' } }),
  ];
  return rng.sample(kinds, rng.int(1, 3)).map((make) => ({
    ...make(),
    qualifier: rng.pick(['exact', 'approx', 'more-than', 'up-to']),
    asOf: String(plan.year + rng.int(0, 2)),
    source: rng.pick(plan.ownKeys),
  }));
}

function caveats(plan: CasePlan): YamlValue[] {
  const { rng } = plan;
  return Array.from({ length: rng.int(0, 3) }, () => {
    const kind = rng.pick(CAVEAT_KINDS);
    const [a = 'S1', b = a] = rng.sample(plan.ownKeys, 2);
    return {
      kind,
      text: {
        zh: `${a} 与 ${b} 对迁移的服务数量说法不一（${kind}），本页采用较保守的数字。`,
        en: `${a} and ${b} disagree on how many services moved (${kind}); this page uses the more cautious figure.`,
      },
      sources: [a, b].filter((k, i, all) => all.indexOf(k) === i),
    };
  });
}

export function caseFacts(plan: CasePlan): YamlValue {
  const { rng, year } = plan;
  const later = year + rng.int(1, 3);
  return {
    company: plan.company,
    industry: plan.industry,
    headquarters: rng.chance(0.8) ? { place: rng.pick(CITIES), source: rng.pick(plan.ownKeys) } : undefined,
    platform: {
      kind: plan.platform,
      note: rng.chance(0.6)
        ? {
            zh: `主要业务跑在 ${plan.platform} 上，遗留系统仍在虚拟机里`,
            en: `Main workloads on ${plan.platform}; legacy systems still on VMs`,
          }
        : undefined,
      sources: plan.platform === 'not-reported' ? [] : rng.sample(plan.ownKeys, 1),
    },
    period: {
      text: { zh: `${year}–${later} 年`, en: `${year}–${later}` },
      sources: rng.sample(plan.ownKeys, rng.int(1, 2)),
    },
    istioVersions: rng.sample(ISTIO_VERSIONS, rng.int(0, 3)),
    keyFigures: keyFigures(plan),
    capabilities: capabilities(plan),
    sinceThen: plan.istioEvents.map((e) => ({ date: e.date, text: e.text, sources: [e.key] })),
    caveats: caveats(plan),
    sources: sources(plan),
    asOf: `2025-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
  };
}
