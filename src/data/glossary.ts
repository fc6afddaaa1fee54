/**
 * The site's glossary: one agreed form per term and language, the variants
 * that must not appear, and why. The content check applies it to every
 * article and fact, naming the file and line; a test reads every built page
 * of both languages as the net for everything else.
 * Titles of sources and quotations stay as published and are exempt; so is code.
 *
 * English follows British spelling (authorisation, organisation, behaviour).
 */
import type { Lang } from '../lib/languages';

export interface GlossaryTerm {
  /** The concept, in plain English. */
  term: string;
  /** The agreed form in each language that has one. */
  use: Partial<Record<Lang, string>>;
  /**
   * Variants that must not appear in visible text, per language. Patterns are
   * global, case-sensitive regular expressions; a match is reported as found.
   */
  forbidden: Partial<Record<Lang, RegExp[]>>;
  /**
   * The form a page's first use must take, per language: a Chinese page's first
   * 边车 carries the English word, so readers who know only that can follow.
   */
  firstUse?: Partial<Record<Lang, string>>;
  /** Why this form, and what to write instead. */
  notes: string;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    term: 'sidecar',
    use: { zh: '边车', en: 'sidecar' },
    forbidden: { zh: [/(?<!边车（)sidecar/g] },
    firstUse: { zh: '边车（sidecar）' },
    notes:
      'Chinese text writes 边车; the first use on a page is 边车（sidecar）, and the bare English word appears nowhere else (a proper name such as Edge Sidecar stays).',
  },
  {
    term: 'control plane',
    use: { zh: '控制平面', en: 'control plane' },
    forbidden: { zh: [/控制面(?!板)/g] },
    notes: '控制平面, never the clipped 控制面 (控制面板, a control panel, is a different word).',
  },
  {
    term: 'data plane',
    use: { zh: '数据平面', en: 'data plane' },
    forbidden: { zh: [/数据面(?!板)/g] },
    notes: '数据平面, never the clipped 数据面.',
  },
  {
    term: 'Pod',
    use: { zh: 'Pod', en: 'Pod' },
    forbidden: { zh: [/\bpods?\b/g], en: [/\bpods?\b/g] },
    notes:
      'The Kubernetes object, capitalised as the Kubernetes documentation writes it, in both languages: Pod, Pods, Pod-level.',
  },
  {
    term: 'mutual TLS',
    use: { zh: 'mTLS（双向 TLS）', en: 'mTLS (mutual TLS)' },
    forbidden: { zh: [/\bMTLS\b/g, /\bmtls\b/g], en: [/\bMTLS\b/g, /\bmtls\b/g] },
    notes: 'mTLS with a lower-case m; in code (mtls.auto) it stays as written.',
  },
  {
    term: 'observability',
    use: { zh: '可观测性', en: 'observability' },
    forbidden: { zh: [/可观察性/g] },
    notes: '可观测性, the usual Chinese term in cloud-native writing.',
  },
  {
    term: 'canary release',
    use: { zh: '金丝雀发布', en: 'canary release' },
    forbidden: { zh: [/灰度发布/g] },
    notes: '金丝雀发布, to match the English canary; 灰度发布 is a broader idea.',
  },
  {
    term: 'traffic splitting',
    use: { zh: '流量拆分', en: 'traffic splitting' },
    forbidden: { zh: [/流量切分/g] },
    notes: 'One Chinese term for splitting traffic between versions.',
  },
  {
    term: 'authorisation',
    use: { zh: '授权', en: 'authorisation' },
    forbidden: { en: [/\b[Aa]uthoriz(?:e|es|ed|ing|ation|ations)\b/g] },
    notes: 'British spelling. The resource name AuthorizationPolicy is code and stays as written.',
  },
  {
    term: 'British spelling',
    use: { en: 'organisation, behaviour, neighbourhood, standardise, visualise, customise, analyse, centre' },
    forbidden: {
      en: [
        /\borganiz(?:e|es|ed|ing|ation|ations)\b/g,
        /\bbehavior(?:s|al)?\b/g,
        /\bneighbor(?:s|hood|hoods|ing)?\b/g,
        /\bstandardiz(?:e|es|ed|ing|ation)\b/g,
        /\bvisualiz(?:e|es|ed|ing|ation|ations)\b/g,
        /\bcustomiz(?:e|es|ed|ing|ation|ations)\b/g,
        /\banalyz(?:e|es|ed|ing)\b/g,
        /\bcenter(?:s|ed)?\b/g,
      ],
    },
    notes:
      'English text is British throughout, except in source titles, quotations, code (istioctl analyze) and capitalised proper names (Trulia Neighborhoods).',
  },
];

export interface GlossaryFinding {
  term: string;
  /** The variant as found in the text. */
  found: string;
  /** Where in the text it starts. */
  index: number;
  /** What to write instead. */
  use: string;
  /** A few characters either side, to find it. */
  context: string;
}

/** Quotations and their marks: quoted words stay as their speaker or author wrote them. */
const QUOTED = [/“[^”]*”/g, /"[^"\n]*"/g, /「[^」]*」/g, /『[^』]*』/g];

/** Blanks out quotations, and then every exempt string (source titles and names), keeping every other character in place. */
function withoutExempt(text: string, exempt: readonly string[] = []): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let out = text;
  // Longest first, so a title that contains a shorter exempt string goes whole.
  for (const s of [...exempt].sort((a, b) => b.length - a.length)) if (s) out = out.split(s).join(blank(s));
  for (const q of QUOTED) out = out.replace(q, blank);
  return out;
}

/**
 * Every glossary variant in a text, quotations and the exempt strings removed.
 * `firstUse` applies the first-use rule, which holds for a whole page's text.
 */
export function glossaryFindings(
  text: string,
  lang: Lang,
  exempt: readonly string[] = [],
  firstUse = true,
): GlossaryFinding[] {
  const clean = withoutExempt(text, exempt);
  const findings: GlossaryFinding[] = [];
  for (const entry of GLOSSARY) {
    const use = entry.use[lang];
    if (use === undefined) continue;
    for (const pattern of entry.forbidden[lang] ?? []) {
      for (const m of clean.matchAll(
        new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`),
      )) {
        const at = m.index ?? 0;
        findings.push({
          term: entry.term,
          found: m[0],
          index: at,
          use,
          context: clean.slice(Math.max(0, at - 20), at + m[0].length + 20).replace(/\s+/g, ' '),
        });
      }
    }
    const first = firstUse ? entry.firstUse?.[lang] : undefined;
    const at = clean.indexOf(use);
    if (first && at >= 0 && !clean.startsWith(first, at)) {
      findings.push({
        term: entry.term,
        found: `${use} (first use without the English word)`,
        index: at,
        use: first,
        context: clean.slice(Math.max(0, at - 20), at + use.length + 20).replace(/\s+/g, ' '),
      });
    }
  }
  return findings;
}
