/**
 * Writes the two MDX articles of a synthetic case: the five required sections
 * in order, one `###` per documented or partial capability, a citation after
 * every sentence, and a length drawn from the range real articles have
 * (zh ≈ 1,000–1,500 Han characters, en ≈ 600–900 words).
 */
import { CAPABILITIES, type Platform } from '../../src/lib/vocabulary.ts';
import { type Lang } from '../../src/lib/languages.ts';
import type { CasePlan } from './plan.ts';
import { CAPABILITY_HEADINGS, CAPABILITY_TOOLS, CITIES, PRODUCTS, SERVICES } from './pools.ts';
import { EN } from './text-en.ts';
import type { SectionText } from './text-types.ts';
import { ZH } from './text-zh.ts';

/** Same as REQUIRED_HEADINGS in src/lib/content/headings.ts, which node cannot import directly (extensionless imports). */
export const HEADINGS: Record<Lang, readonly [string, string, string, string, string]> = {
  zh: ['背景', '引入 Istio 之前', '网格做了什么', '架构', '结果与经验'],
  en: ['Background', 'Before Istio', 'What the mesh did', 'Architecture', 'Outcomes and lessons'],
};

const PLATFORM_TEXT: Record<Platform, { zh: string; en: string }> = {
  gke: { zh: ' GKE ', en: 'GKE' },
  aws: { zh: ' AWS ', en: 'AWS' },
  'ibm-cloud': { zh: ' IBM Cloud ', en: 'IBM Cloud' },
  kubernetes: { zh: '自建 Kubernetes ', en: 'self-managed Kubernetes' },
  'on-premises': { zh: '自有机房', en: 'on-premises hardware' },
  mixed: { zh: '公有云与自有机房混合的环境', en: 'a mix of public cloud and its own data centres' },
  'not-reported': { zh: '未公开的平台', en: 'an undisclosed platform' },
};
const PEAKS = {
  zh: ['周末晚间', '月底结算日', '每年双十一', '早高峰', '节假日前夕'],
  en: ['weekend evenings', 'month-end close', 'Black Friday', 'the morning rush', 'holiday weekends'],
};
const LANGUAGES = ['Java', 'Go', 'Node.js', 'Python', 'PHP', 'Ruby', 'Scala', 'Kotlin', 'C++', 'Rust'];
const TEXT: Record<Lang, SectionText> = { zh: ZH, en: EN };

export const hanCount = (text: string) => text.match(/\p{Script=Han}/gu)?.length ?? 0;
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

export interface Article {
  text: string;
  /** Han characters (zh) or words (en) in the body. */
  length: number;
}

export function caseArticle(plan: CasePlan, lang: Lang): Article {
  const { rng } = plan;
  const t = TEXT[lang];
  const measure = lang === 'zh' ? hanCount : wordCount;
  const capsOnRecord = CAPABILITIES.filter((c) => plan.levels[c] !== 'not-reported');
  const [capA = 'observability', capB = capA] = rng.sample(capsOnRecord, 2);
  const capName = (c: (typeof CAPABILITIES)[number]) =>
    lang === 'zh' ? CAPABILITY_HEADINGS[c].zh : CAPABILITY_HEADINGS[c].en.toLowerCase();
  const link = rng.pick(plan.linkable);
  let tool = 'Envoy';
  const slot: Record<string, () => string> = {
    co: () => plan.company[lang],
    what: () => plan.what[lang],
    city: () => rng.pick(CITIES)[lang],
    founded: () => String(plan.year - rng.int(3, 20)),
    year: () => String(plan.year),
    small: () => String(rng.int(2, 12)),
    big: () => String(rng.int(2, 90) * 100000),
    eng: () => String(rng.int(40, 900)),
    svc: () => rng.pick(SERVICES)[lang],
    svc2: () => rng.pick(SERVICES)[lang],
    peak: () => rng.pick(PEAKS[lang]),
    lang: () => rng.pick(LANGUAGES),
    lang2: () => rng.pick(LANGUAGES),
    hours: () => String(rng.int(2, 30)),
    svcCount: () => String(rng.int(40, 900)),
    p: () => rng.pick(PRODUCTS),
    p2: () => rng.pick(PRODUCTS),
    pct: () => String(rng.int(5, 60)),
    mb: () => String(rng.int(30, 120)),
    ms: () => String(rng.int(50, 3000)),
    platform: () => PLATFORM_TEXT[plan.platform][lang],
    cn: () => plan.codename,
    tool: () => tool,
    linkName: () => link?.name[lang] ?? '',
    linkPath: () => `/cases/${link?.slug ?? ''}/`,
    capA: () => capName(capA),
    capB: () => capName(capB),
  };
  const fill = (template: string) =>
    template.replaceAll(/\{(\w+)\}/g, (_, key: string) => {
      const make = slot[key];
      if (!make) throw new Error(`Unknown slot {${key}} in template "${template}"`);
      return make();
    });
  const cite = () => `[${rng.sample(plan.ownKeys, rng.chance(0.3) ? 2 : 1).join(', ')}]`;
  const end = (sentence: string) => {
    const text = fill(sentence).trim();
    const capital = lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
    return lang === 'zh' ? `${capital} ${cite()}。` : `${capital} ${cite()}.`;
  };
  const free = () =>
    end(
      `${rng.pick(t.openers)}${rng.pick(t.subjects)}${lang === 'en' ? ' ' : ''}${rng.pick(t.actions)}${rng.pick(t.tails)}`,
    );

  const paragraphs = (sentences: string[]) => {
    const out: string[] = [];
    while (sentences.length) out.push(sentences.splice(0, rng.int(2, 4)).join(lang === 'zh' ? '' : ' '));
    return out.join('\n\n');
  };

  /** Sentences until the budget is met: required ones, then the section's templates, then free ones. */
  const grow = (budget: number, required: readonly string[], pool: readonly string[]) => {
    const out = required.map(end);
    const queue = rng.sample(pool, pool.length);
    while (measure(out.join(' ')) < budget) {
      const next = queue.shift();
      out.push(next ? end(next) : free());
    }
    return paragraphs(out);
  };

  // Each section overshoots its budget by up to one sentence, so the budgets add up to ~88% of the target.
  const total = lang === 'zh' ? rng.int(1000, 1500) : rng.int(600, 900);
  const mesh = capsOnRecord.map((c) => {
    tool = rng.pick(CAPABILITY_TOOLS[c]);
    const extra = plan.levels[c] === 'partial' ? [t.always.partial] : [];
    const body = grow((total * 0.3) / capsOnRecord.length, extra, t.capability[c]);
    return `### ${CAPABILITY_HEADINGS[c][lang]}\n\n${body}`;
  });
  const linkLine = link && rng.chance(0.4) ? [t.always.link] : [];
  const sections = [
    grow(total * 0.14, [t.always.background], t.background),
    grow(total * 0.16, [], t.before),
    mesh.join('\n\n'),
    grow(total * 0.12, [t.always.architecture], t.architecture),
    grow(total * 0.16, linkLine, t.outcomes),
  ];
  const body = HEADINGS[lang].map((h, i) => `## ${h}\n\n${sections[i] ?? ''}`).join('\n\n');
  const title = `${plan.company[lang]}${lang === 'zh' ? '：' : ': '}${fill(rng.pick(t.titles))}`;
  const frontMatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(fill(t.description))}`,
    '---',
  ];
  return { text: `${frontMatter.join('\n')}\n\n${body}\n`, length: measure(body) };
}
