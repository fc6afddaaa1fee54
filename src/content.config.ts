/**
 * The single source of truth for what a case study is.
 *
 * Facts live once, language-neutral, in `cases/<slug>.yaml`. Short labels that
 * readers see (a figure's label, a caveat) carry both languages side by side, so
 * a fact and its wording in either language cannot drift apart. Long prose lives
 * in `articles/<lang>/<slug>.mdx`, one file per language, keyed by its path.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import {
  CAPABILITIES,
  INDUSTRIES,
  LEVELS,
  PLATFORMS,
  SOURCE_KINDS,
  SOURCE_STATUSES,
  SOURCE_SCOPES,
  CAVEAT_KINDS,
  FIGURE_QUALIFIERS,
  FIGURE_STYLES,
  ISTIO_TODAY_SECTIONS,
} from './lib/vocabulary';
import { gated } from './lib/content/gated-loader';
import { LANGS, LANGUAGES, type Lang } from './lib/languages';

/**
 * Longest reader-facing strings, in characters: a name or label fits on one line
 * of a card, a title on two, a note or caption in a short paragraph.
 */
export const MAX_LENGTH = { label: 120, title: 300, note: 800, url: 2000 } as const;

/** Reader-facing text: trimmed, not empty, at most `max` characters. */
export const text = (max: number, empty = 'Write the text; it may not be empty.') =>
  z.string().trim().min(1, empty).max(max, `Shorten it to at most ${max} characters.`);

/** Today as YYYY-MM-DD (UTC): nothing in the facts may be dated after the build. */
const today = () => new Date().toISOString().slice(0, 10);

/** Whether a YYYY-MM-DD string names a day that exists (2018-02-30 does not). */
const isCalendarDay = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
};

/** A date as precise as the source gives it: `2018`, `2018-05` or `2018-05-02`; a real day, not in the future. */
export const partialDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'Write the date as YYYY, YYYY-MM or YYYY-MM-DD (for example 2018-05 or 2018-07-31).',
  )
  .refine((d) => d.length < 10 || isCalendarDay(d), 'That day does not exist in the calendar; check the source.')
  .refine((d) => d <= today().slice(0, d.length), 'The date is after today; facts record what has already happened.');

/** A full date, YYYY-MM-DD: a real day, not in the future. */
export const fullDate = partialDate.refine((d) => d.length === 10, 'Write the full date as YYYY-MM-DD.');

/** An address readers can follow: only https: and http: links ever reach a page. */
export const webUrl = z
  .url({ protocol: /^https?$/, error: 'Use an absolute address starting with https:// or http://.' })
  .max(MAX_LENGTH.url, `Shorten the address to at most ${MAX_LENGTH.url} characters.`);

/** A list in which no entry may appear twice. */
export const uniqueList = <T extends z.ZodType>(item: T) =>
  z.array(item).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((entry, i) => {
      const key = JSON.stringify(entry);
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: [i], message: 'This entry is listed twice; delete the repeat.' });
      }
      seen.add(key);
    });
  });

/** One reader-facing string in every language of the languages table; none may be empty nor longer than `max`. */
export const localizedText = (max: number) =>
  z.strictObject(
    Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        text(max, `Give the ${LANGUAGES[lang].name} (${lang}) wording; it may not be empty.`),
      ]),
    ) as Record<Lang, ReturnType<typeof text>>,
  );

/** A note, caption or sentence in every language (at most 800 characters each). */
export const localized = localizedText(MAX_LENGTH.note);
/** A name or label in every language (at most 120 characters each). */
export const localizedLabel = localizedText(MAX_LENGTH.label);
/** A line the length of a title in every language (at most 300 characters each). */
export const localizedLine = localizedText(MAX_LENGTH.title);

/** A source key as cited in the text, e.g. `T1`: capital letters, then digits. */
export const sourceKey = z
  .string()
  .regex(/^[A-Z]+\d+$/, 'A source key is capital letters followed by digits, such as T1 or A12.');

const enumOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: () => `Use one of the ${what} values: ${values.join(', ')}.` });

/** A publication the case rests on. */
export const sourceSchema = z
  .strictObject({
    /** Key used to cite it in the article and in the facts, e.g. `T1`. */
    key: sourceKey,
    /** Title as published, in its own language; never translated. */
    title: text(MAX_LENGTH.title),
    /** Author, speaker or publisher as credited; omit if uncredited. */
    author: text(MAX_LENGTH.label).optional(),
    /** Where it appeared: blog, conference, repository host. */
    venue: text(MAX_LENGTH.label),
    /** Publication date as precise as known; omit when the source gives none. */
    date: partialDate.optional(),
    /** Canonical address; omit only when no public address is known, and say so in `note`. */
    url: webUrl.optional(),
    /** What kind of publication it is. */
    kind: enumOf(SOURCE_KINDS, 'kind'),
    /** Language the source is written in. */
    lang: z.enum(LANGS),
    /**
     * company: about this case's company or project; general: Istio material
     * (release notes, feature overviews) that shows what the software offered,
     * never what this team did. A documented or partial level needs a company source.
     */
    scope: enumOf(SOURCE_SCOPES, 'scope'),
    /** Whether the link was confirmed, has moved, has rotted, or could not be checked. */
    status: enumOf(SOURCE_STATUSES, 'status').default('unchecked'),
    /** Why the status is what it is, or where the content moved. */
    note: localized.optional(),
  })
  .refine((s) => s.url !== undefined || s.note !== undefined, {
    message: 'A source without a url needs a `note` saying why no address is given.',
    path: ['url'],
  });

/** How well a capability's use is documented, and what documents it. */
export const capabilityClaim = z
  .strictObject({
    /** documented, partial, or not-reported (no public evidence either way). */
    level: enumOf(LEVELS, 'level'),
    /** Keys of the sources this rests on; required unless not reported. */
    sources: uniqueList(sourceKey).default([]),
    /** One line saying what exactly was used. */
    note: localizedLine.optional(),
    /**
     * One line saying why the level is what it is, by the definitions: documented
     * = a source says the team used it; partial = a stated goal, a talk title, or
     * partly done; not reported = no evidence. Required unless not reported.
     */
    reason: localizedLine.optional(),
  })
  .refine((c) => c.level === 'not-reported' || c.sources.length > 0, {
    message: 'A documented or partial capability must cite at least one source key in `sources`.',
    path: ['sources'],
  })
  .refine((c) => c.level === 'not-reported' || c.reason !== undefined, {
    message: 'A documented or partial capability needs a `reason` ({ zh, en }) saying why it has that level.',
    path: ['reason'],
  });

/** A number a reader can compare across cases. */
export const keyFigure = z.strictObject({
  /** The number itself; formatting per locale happens at render time. */
  value: z.number().nonnegative(),
  /** How the source qualifies it. */
  qualifier: enumOf(FIGURE_QUALIFIERS, 'qualifier').default('exact'),
  /** How to print it: a count, a percentage or US dollars. */
  style: enumOf(FIGURE_STYLES, 'style').default('count'),
  /** What it counts, e.g. "microservices on GKE". */
  label: localizedLabel,
  /** When it was true, as the source dates it. */
  asOf: partialDate.optional(),
  /** Source key. */
  source: sourceKey,
});

/** Something that happened to the company, its mesh or its software after the case. */
export const laterEvent = z.strictObject({
  /** When it happened. */
  date: partialDate,
  /** What happened, in one sentence. */
  text: localized,
  /** Source keys. */
  sources: uniqueList(sourceKey).min(1, 'A later event needs at least one source key.'),
});

/** A change made to the case after its first publication, shown to readers. */
export const correction = z.strictObject({
  /** The day the change was published. */
  date: fullDate,
  /** What changed (a rating, a fact, a sentence) and why, in a sentence or two. */
  what: localized,
});

/** A place where sources disagree, a link rotted, or the original article was wrong. */
export const caveat = z.strictObject({
  /** conflict, correction, link-rot or unverified. */
  kind: enumOf(CAVEAT_KINDS, 'kind'),
  /** What a reader should know, in one or two sentences. */
  text: localized,
  /** Source keys involved. */
  sources: uniqueList(sourceKey).min(1, 'A caveat needs at least one source key.'),
});

/** A label that is the same in both languages (a product name) or differs per language. */
const label = z.union([z.string().trim().min(1).max(28), localizedLabel], {
  error: 'Write a short label (at most 28 characters), or a zh/en pair of labels (at most 120 characters each).',
});

/** What ran where, drawn as a diagram; only for cases whose sources describe it. */
export const architecture = z.strictObject({
  /** Control-plane components as the sources name them, e.g. Pilot, Mixer, Citadel. */
  controlPlane: uniqueList(label).min(1).max(4),
  /** The sidecar proxy in each pod, e.g. Envoy or MOSN. */
  proxy: label,
  /** What the application pods are, briefly. */
  workloads: label,
  /** Where telemetry went: back-ends or tools. */
  telemetry: uniqueList(label).max(3).default([]),
  /** Services outside the mesh that it called, if the sources say so. */
  outside: label.optional(),
  /** Text alternative: what the diagram shows, in a sentence per language. */
  alt: localized,
  /** Source keys the drawing rests on. */
  sources: uniqueList(sourceKey).min(1, 'A diagram needs at least one source key.'),
});

/** The facts of one case study. The file name is its URL slug. */
export const caseSchema = z
  .strictObject({
    /** Company or project name as readers know it. */
    company: localizedLabel,
    /** Industry, for the filter and the matrix. */
    industry: enumOf(INDUSTRIES, 'industry'),
    /** Headquarters with its source; omit when no source confirms it. */
    headquarters: z.strictObject({ place: localizedLabel, source: sourceKey }).optional(),
    /** Where the mesh ran. */
    platform: z.strictObject({
      /** gke, aws, ibm-cloud, kubernetes (provider not named), on-premises, mixed or not-reported. */
      kind: enumOf(PLATFORMS, 'platform.kind'),
      /** Details, e.g. "GKE; legacy services on EC2". */
      note: localized.optional(),
      /** Source keys. */
      sources: uniqueList(sourceKey).default([]),
    }),
    /** Adoption period as the sources give it, e.g. 2017–2019. */
    period: z.strictObject({ text: localizedLine, sources: uniqueList(sourceKey).min(1) }),
    /** Istio versions named by the sources; empty when none is stated. */
    /** A qualifier for the versions, where the sources disagree or are vague. */
    istioVersionsNote: localized.optional(),
    istioVersions: uniqueList(z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'Write an Istio version like 1.0 or 1.0.6.')),
    /** Numbers worth comparing; at least one. */
    keyFigures: z.array(keyFigure).min(1, 'Give at least one key figure with its source.'),
    /** Every capability, each with a level: a missing one is an error, never a silent gap. */
    capabilities: z.strictObject(
      Object.fromEntries(CAPABILITIES.map((c) => [c, capabilityClaim])) as Record<
        (typeof CAPABILITIES)[number],
        typeof capabilityClaim
      >,
    ),
    /** The mesh as a diagram; omit when the sources do not describe the architecture. */
    architecture: architecture.optional(),
    /** What changed after the case was published. */
    sinceThen: z.array(laterEvent).default([]),
    /** Says plainly what is not known about later years; required when `sinceThen` is empty. */
    sinceThenNote: localized.optional(),
    /**
     * Sections of the Istio-today page that follow up this case's lessons, e.g. `[mixer, upgrades]`.
     * "Since then" links to them instead of retelling how Istio changed; each value is a section anchor.
     */
    istioToday: z
      .array(enumOf(ISTIO_TODAY_SECTIONS, 'istioToday'))
      .default([])
      .refine((list) => new Set(list).size === list.length, 'istioToday names a section twice; list each once.'),
    /** Disagreements between sources, corrections to the original article, rotted links. */
    caveats: z.array(caveat).default([]),
    /** Everything the page rests on. */
    sources: z.array(sourceSchema).min(1),
    /** The public corrections log: each change after first publication, dated, with its reason. */
    corrections: z.array(correction).default([]),
    /** Date on which these facts were last checked against the sources. */
    asOf: fullDate,
  })
  .superRefine((data, ctx) => {
    const keys = new Set<string>();
    data.sources.forEach((s, i) => {
      if (keys.has(s.key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources', i, 'key'],
          message: `Source key ${s.key} is listed twice; give each source its own key.`,
        });
      }
      keys.add(s.key);
    });
    const check = (key: string, path: (string | number)[]) => {
      if (!keys.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `Source key ${key} is not in this case's sources; add it under \`sources\` or cite a listed key (${[...keys].join(', ')}).`,
        });
      }
    };
    if (data.sinceThen.length === 0 && data.sinceThenNote === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['sinceThen'],
        message:
          'Say what has happened since, with sources, or give `sinceThenNote` saying plainly that nothing later is known.',
      });
    }
    const scopeOf = new Map(data.sources.map((s) => [s.key, s.scope]));
    for (const [cap, claim] of Object.entries(data.capabilities)) {
      claim.sources.forEach((k, i) => check(k, ['capabilities', cap, 'sources', i]));
      const onlyGeneral = claim.sources.length > 0 && !claim.sources.some((k) => scopeOf.get(k) === 'company');
      if (claim.level !== 'not-reported' && onlyGeneral) {
        ctx.addIssue({
          code: 'custom',
          path: ['capabilities', cap, 'level'],
          message: `A ${claim.level} level needs at least one source about this company (scope: company); ${claim.sources.join(', ')} ${claim.sources.length === 1 ? 'is' : 'are all'} general Istio material. Cite a company source or rate it not-reported.`,
        });
      }
    }
    data.keyFigures.forEach((f, i) => check(f.source, ['keyFigures', i, 'source']));
    data.sinceThen.forEach((e, i) => e.sources.forEach((k, j) => check(k, ['sinceThen', i, 'sources', j])));
    data.caveats.forEach((c, i) => c.sources.forEach((k, j) => check(k, ['caveats', i, 'sources', j])));
    data.period.sources.forEach((k, i) => check(k, ['period', 'sources', i]));
    data.platform.sources.forEach((k, i) => check(k, ['platform', 'sources', i]));
    if (data.headquarters) check(data.headquarters.source, ['headquarters', 'source']);
    data.architecture?.sources.forEach((k, i) => check(k, ['architecture', 'sources', i]));
  });

/** The prose of one case in one language; `articles/<lang>/<slug>.mdx`. */
export const articleSchema = z.strictObject({
  /** Page title, in this language. */
  title: text(MAX_LENGTH.title).min(4, 'Write a title of at least 4 characters.'),
  /** One or two sentences for cards, search results and link previews. */
  description: z
    .string()
    .trim()
    .min(20, 'Write at least 20 characters: one or two sentences.')
    .max(220, 'Shorten it to at most 220 characters: one or two sentences.'),
});

/**
 * One section of the Istio-today page in one language: `istio-today/<lang>/<section>.mdx`,
 * where `<section>` is one of ISTIO_TODAY_SECTIONS or `intro` (the page head).
 */
export const istioTodaySectionSchema = z.strictObject({
  /** The section heading; for `intro`, the page title. */
  title: text(MAX_LENGTH.title).min(2, 'Write a heading of at least 2 characters.'),
  /** `intro` only: one or two sentences for search results, feeds and link previews. */
  description: z
    .string()
    .trim()
    .min(20, 'Write at least 20 characters: one or two sentences.')
    .max(220, 'Shorten it to at most 220 characters: one or two sentences.')
    .optional(),
  /** `intro` only: the day the page was last checked against the fact sheets. */
  asOf: fullDate.optional(),
  /** `architecture` only: what the then-and-now diagram shows, as a text alternative. */
  alt: text(MAX_LENGTH.note).min(40, 'Describe the diagram in at least 40 characters.').optional(),
  /** `architecture` only: source keys the diagram rests on. */
  diagramSources: uniqueList(sourceKey).min(1).optional(),
});

/** Sources of the Istio-today page besides the release announcements (those come with src/data/istio-releases.ts). */
export const istioTodaySourcesSchema = z.strictObject({
  sources: z.array(sourceSchema).min(1),
});

/**
 * Every content rule runs over every file before any collection loads, and each
 * collection stores the files the gate passed, as it parsed them; see `lib/content/check.ts`.
 */
const schemas = { caseSchema, articleSchema, istioTodaySectionSchema, istioTodaySourcesSchema };

export const collections = {
  cases: defineCollection({ loader: gated('cases', schemas), schema: caseSchema }),
  articles: defineCollection({ loader: gated('articles', schemas), schema: articleSchema }),
  istioToday: defineCollection({ loader: gated('istioToday', schemas), schema: istioTodaySectionSchema }),
  istioTodaySources: defineCollection({ loader: gated('istioTodaySources', schemas), schema: istioTodaySourcesSchema }),
};
