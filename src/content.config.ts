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
  CASE_KINDS,
  DIAGRAM_BASES,
  EVIDENCE,
  INDUSTRIES,
  LEVEL_OF,
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
import { DEFAULT_LANG, LANGS, LANGUAGES, type Lang } from './lib/languages';

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
    /** Language the source is written in, as a BCP 47 code: en, zh, ja, es, … (not only the site's languages). */
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Write the language as a BCP 47 code such as en, zh or ja.'),
    /**
     * company: about this case's company or project; general: Istio material
     * (release notes, feature overviews) that shows what the software offered,
     * never what this team did. A documented or partial level needs a company source.
     */
    scope: enumOf(SOURCE_SCOPES, 'scope'),
    /** Whether the link was confirmed, has moved, has rotted, or could not be checked; only moved and rotted are shown. */
    status: enumOf(SOURCE_STATUSES, 'status').default('unchecked'),
    /** An archived copy, for a link that rotted or moved. */
    archive: webUrl.optional(),
    /** A third-party summary standing in for an original that could not be found; the page says so. */
    secondary: z.boolean().optional(),
    /** Why the status is what it is, or where the content moved. */
    note: localized.optional(),
  })
  .refine((s) => s.url !== undefined || s.note !== undefined, {
    message: 'A source without a url needs a `note` saying why no address is given.',
    path: ['url'],
  });

/**
 * What the sources say about one capability: the string `not-reported`, or the
 * kind of evidence, the sources and one line saying what exactly was used. The
 * level is derived from the evidence (LEVEL_OF), never typed.
 */
const capabilityEvidence = z
  .strictObject({
    /** used, partly-used, planned, listed (a feature list, talk title or abstract) or declined (the company says it does not use it). */
    evidence: enumOf(EVIDENCE, 'evidence'),
    /** Keys of the sources this rests on; at least one must be about the company. */
    sources: uniqueList(sourceKey).min(1, 'Cite at least one source key in `sources`.'),
    /** One line of evidence: what the source says the team used, in each language. */
    note: localizedLine,
  })
  .transform((claim) => ({ ...claim, level: LEVEL_OF[claim.evidence] }));

const notReported = z
  .literal('not-reported')
  .transform(() => ({ level: 'not-reported' as const, evidence: undefined, sources: [] as string[], note: undefined }));

/** The error when a capability is neither form. */
export const CLAIM_FORMS =
  'Write not-reported, or a claim with `evidence` (used, partly-used, planned, listed or declined), `sources` and `note` ({ zh, en }).';

export const capabilityClaim = z.union([notReported, capabilityEvidence], { error: () => CLAIM_FORMS });

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
  /**
   * company: every part is drawn from sources about this company; typical: the
   * usual deployment of that Istio version, from general material, which the
   * page labels as not the company's own.
   */
  basis: enumOf(DIAGRAM_BASES, 'basis'),
  /** Control-plane components as the sources name them, e.g. Pilot, Mixer, Citadel, or istiod. */
  controlPlane: uniqueList(label).min(1).max(4),
  /** What the control-plane names rest on, when not all of `sources`; with no company source among them the basis is typical. */
  controlPlaneSources: uniqueList(sourceKey).min(1).optional(),
  /** A gateway in front of the mesh (ingress), if the sources name one. */
  gateway: label.optional(),
  /** How many clusters and how they relate, if the sources say, e.g. "config cluster + workload clusters". */
  clusters: label.optional(),
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
    /** full: the story with its verdict; brief: what the public record shows in a few sentences, and what to read. */
    kind: enumOf(CASE_KINDS, 'kind').default('full'),
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
    period: z.strictObject({
      /** When the company's Istio use began, as precise as the sources date it: the "adopted in" facet. */
      start: partialDate,
      /** The period as the sources give it, in a line. */
      text: localizedLine,
      sources: uniqueList(sourceKey).min(1),
    }),
    /** A qualifier for the versions, where the sources disagree or are vague. */
    istioVersionsNote: localized.optional(),
    /** Istio versions named by the sources; empty when none is stated. */
    istioVersions: uniqueList(z.string().regex(/^\d+\.\d+(\.\d+)?$/, 'Write an Istio version like 1.0 or 1.0.6.')),
    /** Numbers worth comparing; at least one for a full case. */
    keyFigures: z.array(keyFigure).default([]),
    /** What the public record does not say, said once under the lead: a sentence or two. */
    unknowns: localized.optional(),
    /** A brief's talk or post to read first: a source key. */
    read: sourceKey.optional(),
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
    const hasCompanySource = (list: readonly string[]) => list.some((k) => scopeOf.get(k) === 'company');
    for (const [cap, claim] of Object.entries(data.capabilities)) {
      claim.sources.forEach((k, i) => check(k, ['capabilities', cap, 'sources', i]));
      if (claim.level !== 'not-reported' && !hasCompanySource(claim.sources)) {
        ctx.addIssue({
          code: 'custom',
          path: ['capabilities', cap, 'evidence'],
          message: `Evidence "${claim.evidence}" needs at least one source about this company (scope: company); ${claim.sources.join(', ')} ${claim.sources.length === 1 ? 'is' : 'are all'} general Istio material, which shows what Istio offered, not what this team did. Cite a company source or write not-reported.`,
        });
      }
    }
    // A full case whose sources publish no number says so in unknowns rather than inventing one.
    if (data.kind === 'full' && data.keyFigures.length === 0 && data.unknowns === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['keyFigures'],
        message:
          'Give at least one key figure with its source; if the sources publish none, say so in unknowns (zh and en).',
      });
    }
    if (data.kind === 'brief' && data.read === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['read'],
        message: 'A brief names the talk or post to read first: read: <source key>.',
      });
    }
    if (data.read !== undefined) check(data.read, ['read']);
    data.keyFigures.forEach((f, i) => check(f.source, ['keyFigures', i, 'source']));
    data.sinceThen.forEach((e, i) => e.sources.forEach((k, j) => check(k, ['sinceThen', i, 'sources', j])));
    data.caveats.forEach((c, i) => c.sources.forEach((k, j) => check(k, ['caveats', i, 'sources', j])));
    data.period.sources.forEach((k, i) => check(k, ['period', 'sources', i]));
    data.platform.sources.forEach((k, i) => check(k, ['platform', 'sources', i]));
    if (data.headquarters) check(data.headquarters.source, ['headquarters', 'source']);
    const drawing = data.architecture;
    if (drawing) {
      drawing.sources.forEach((k, i) => check(k, ['architecture', 'sources', i]));
      drawing.controlPlaneSources?.forEach((k, i) => check(k, ['architecture', 'controlPlaneSources', i]));
      if (drawing.basis === 'company' && !hasCompanySource(drawing.sources)) {
        ctx.addIssue({
          code: 'custom',
          path: ['architecture', 'basis'],
          message:
            "A diagram of the company's own deployment needs a source about the company (scope: company); write basis: typical if it shows the usual deployment of that Istio version.",
        });
      } else if (drawing.basis === 'company' && !hasCompanySource(drawing.controlPlaneSources ?? drawing.sources)) {
        ctx.addIssue({
          code: 'custom',
          path: ['architecture', 'controlPlaneSources'],
          message: `The control plane (${drawing.controlPlane.map((c) => (typeof c === 'string' ? c : c[DEFAULT_LANG])).join(', ')}) rests on general Istio material only, so the drawing shows the typical deployment, not the company's: write basis: typical, or cite a source about the company that names them.`,
        });
      }
    }
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

/** Sources of the Istio-today page besides the release list's (those are in istio-today/releases.yaml). */
export const istioTodaySourcesSchema = z.strictObject({
  sources: z.array(sourceSchema).min(1),
});

/** 1.10 after 1.9: the version as one number to compare. */
const versionNumber = (version: string) => {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major * 1000 + minor;
};

/** One Istio minor release in istio-today/releases.yaml. */
const istioRelease = z.strictObject({
  /** Minor version, e.g. `1.5`. */
  version: z.string().regex(/^\d+\.\d+$/, 'Write the minor version as major.minor, such as 1.5.'),
  /** The announcement's date on istio.io, or the x.y.0 tag's date where `dateBasis` is git-tag. */
  date: fullDate,
  dateBasis: z.enum(['announcement', 'git-tag']).default('announcement'),
  /** Tagger date of the x.y.0 tag in istio/istio, where the fact sheets give it. */
  tagged: fullDate.optional(),
  /** Why the release or its date could not be confirmed; the timeline shows it. */
  doubt: localized.optional(),
  /** What the release brought, where notable for readers of the cases. */
  note: localized.optional(),
  /** Key of the source `date` comes from. */
  source: sourceKey,
  /** Key of the source the note comes from, when that is not `source`. */
  noteSource: sourceKey.optional(),
});

/** The release list and its sources: `istio-today/releases.yaml`, oldest release first. */
export const istioReleasesSchema = z
  .strictObject({
    sources: z.array(sourceSchema).min(1),
    releases: z.array(istioRelease).min(1),
  })
  .superRefine(({ sources, releases }, ctx) => {
    const keys = new Set(sources.map((s) => s.key));
    sources.forEach((source, i) => {
      if (source.url === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['sources', i, 'url'],
          message: 'Give the address: the timeline links each release to its source.',
        });
    });
    releases.forEach((release, i) => {
      for (const field of ['source', 'noteSource'] as const) {
        const key = release[field];
        if (key !== undefined && !keys.has(key))
          ctx.addIssue({
            code: 'custom',
            path: ['releases', i, field],
            message: `${key} is not in this file's sources; add it there or cite one that is.`,
          });
      }
      const previous = releases[i - 1];
      if (
        previous &&
        (release.date < previous.date || versionNumber(release.version) <= versionNumber(previous.version))
      )
        ctx.addIssue({
          code: 'custom',
          path: ['releases', i, 'version'],
          message: `List the releases oldest first: ${release.version} comes after ${previous.version} here.`,
        });
    });
  });

/**
 * Every content rule runs over every file before any collection loads, and each
 * collection stores the files the gate passed, as it parsed them; see `lib/content/check.ts`.
 */
const schemas = { caseSchema, articleSchema, istioTodaySectionSchema, istioTodaySourcesSchema, istioReleasesSchema };

export const collections = {
  cases: defineCollection({ loader: gated('cases', schemas), schema: caseSchema }),
  articles: defineCollection({ loader: gated('articles', schemas), schema: articleSchema }),
  istioToday: defineCollection({ loader: gated('istioToday', schemas), schema: istioTodaySectionSchema }),
  istioTodaySources: defineCollection({ loader: gated('istioTodaySources', schemas), schema: istioTodaySourcesSchema }),
  istioReleases: defineCollection({ loader: gated('istioReleases', schemas), schema: istioReleasesSchema }),
};
