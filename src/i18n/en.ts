/**
 * The English dictionary, which also defines the shape every other language's dictionary must have
 * (src/i18n/types.ts): a key missing from another language is a type error there. Records keyed by a
 * vocabulary say `satisfies`, so a new level or source kind without its English label is one too.
 */
import type { FacetKind } from '../lib/facets';
import type { QualifierWording } from '../lib/format';
import {
  labelsIn,
  type CaveatKind,
  type Evidence,
  type Level,
  type SourceKind,
  type SourceStatus,
} from '../lib/vocabulary';

export const dictionary = {
  /** A colon after a label, as the language writes it (full width after Chinese). */
  colon: ': ',
  /** Between the items of an inline list: `, ` here, `、` in Chinese. */
  listSeparator: ', ',
  /** An aside in brackets after a word: ` (…)` here, `（…）` in Chinese, whose full-width brackets carry their own space. */
  parenthetical: (text: string) => ` (${text})`,
  site: {
    title: 'Istio Production Cases',
    tagline:
      'Teams running Istio in production from 2018 to today: what the sources record, what they leave out, and where each fact comes from',
    description:
      'The public record of the Istio service mesh in production, 2018 to today: who runs it, at what scale, how they deploy and upgrade it, what happened next, each fact sourced.',
  },
  nav: {
    label: 'Main',
    home: 'Cases',
    compare: 'Compare',
    timeline: 'Timeline',
    istioToday: 'Istio today',
    search: 'Search',
    about: 'About',
    skip: 'Skip to content',
    menu: 'Menu',
  },
  theme: { label: 'Theme', system: 'System', light: 'Light', dark: 'Dark' },
  footer: {
    licence: 'Text published under CC BY 4.0; quoted facts belong to their sources.',
    source: 'Source code',
    facts: 'How facts are sourced',
  },
  home: {
    title: 'Istio Production Cases',
    lead: 'The public record of Istio in production, from the first teams in 2018 to today',
    intro:
      'Each case tells the problem the team had, what it did, what happened, and what that means for a team deciding in 2026. Every capability is rated by one rule against a source about the company, and the page says so when sources disagree or a link has died. Companies with too little on record for a full case appear as briefs.',
    casesHeading: 'All cases',
    documented: 'Documented capabilities',
    compareCta: 'Compare every case side by side',
    browse: 'Browse by industry or capability',
    caseCount: (n: number) => (n === 1 ? '1 case' : `${n} cases`),
    adoptedIn: (year: string) => `Adopted in ${year}`,
  },
  facts: {
    heading: 'At a glance',
    company: 'Company',
    industry: 'Industry',
    headquarters: 'Headquarters',
    hqUnknown: 'Not confirmed by the sources reviewed',
    platform: 'Platform',
    period: 'Adoption',
    /** The year the company's Istio use began, on cards and matrix rows. */
    adopted: (year: string) => `Since ${year}`,
    istio: 'Istio version',
    istioUnknown: 'Not stated by the sources',
    figures: 'Key figures',
    asOf: (date: string) => `Facts checked on ${date}`,
    /** When a figure was true, set after its label. */
    figureDate: (date: string) => ` (${date})`,
  },
  caseStudy: {
    capabilities: 'Capabilities used',
    capabilitiesLead:
      'Every level rests on a source about the company; "not reported" only means no source mentions it, not that it went unused.',
    levelRule: 'How levels are set',
    unknowns: 'What the record does not say',
    brief: 'Brief',
    briefLead:
      'Too little is on record for a full case: here is what the sources confirm in a few sentences, and the one source worth reading.',
    read: 'Read this first',
    sinceThen: 'Since then',
    corrections: 'Changes since first publication',
    correctionsLead: 'Every change to this case after it was first published, with the reason.',
    caveats: 'Corrections and open questions',
    sources: 'Sources',
    sourcesLead: 'Bracketed keys in the text point to these sources.',
    backToList: 'Back to all cases',
    noUrl: 'No public address',
    archived: 'Archived copy',
    secondary: 'Secondary source: a third-party summary; the original could not be found',
    toc: 'On this page',
    sectionLink: (heading: string) => `Link to section: ${heading}`,
    backToCitations: 'Back to where it is cited:',
    previous: 'Previous case',
    next: 'Next case',
    pager: 'More cases',
  },
  diagram: {
    heading: 'Architecture diagram',
    caption: 'Drawn by this site from the sources; not an original slide.',
    /** Caption of a drawing of the typical deployment of the time, not the company's own. */
    typical:
      "This shows the typical Istio deployment of the time, drawn from general Istio material; the sources do not describe the company's own.",
    gateway: 'Gateway',
    clusters: 'Clusters',
    controlPlane: 'Control plane',
    app: 'App',
    config: 'config',
    telemetry: 'Telemetry',
    calls: 'calls',
    outside: 'Outside the mesh',
  },
  compare: {
    title: 'Compare capabilities',
    lead: 'Which parts of Istio each team used, rated by what sources about the company say; the rule is below the table.',
    caption: 'Istio capabilities by case',
    company: 'Case',
    legend: 'Legend',
    perCase: 'Total',
    perCapability: (n: number) => (n === 1 ? 'Total over 1 case' : `Total over ${n} cases`),
    /** A total in words, for screen readers; the page shows it as symbols. */
    tally: (documented: number, partial: number) => `${documented} documented, ${partial} partial`,
    byIndustry: 'Show one industry:',
    levelsHeading: 'How levels are set',
    levelsLead:
      'One rule sets every cell: what a source about the company says. Istio release notes and general documentation show what the software could do, and never raise a level.',
    /** The one rule that sets every level, stated once: each kind of evidence, and none. */
    evidence: {
      used: 'Documented: a source about the company says the team used it, naming the feature or what it did.',
      'partly-used':
        'Partial: a source says it was used in part (some clusters or services, a pilot, partly rolled out).',
      planned: 'Partial: a source states it as a goal or plan.',
      listed:
        'Partial: it appears only in a feature list, a talk title or abstract, or a slide heading, without saying how it was used.',
      declined: 'Not used (stated): a source says the team does not use it, or chose against it.',
      none: 'Not reported: no source about the company mentions it; that does not mean it went unused.',
    } satisfies Record<Evidence | 'none', string>,
    briefsNote: 'Briefs have rows, marked as such, but no part in the totals: too little is on record for a full case.',
  },
  search: {
    title: 'Search',
    lead: 'Full-text search across every case study, Istio today, the timeline and the capability, industry and platform pages.',
    label: 'Search the site',
    placeholder: 'e.g. observability, ServiceEntry, Dubbo',
    submit: 'Search',
    filters: 'Filters',
    anyValue: 'Any',
    loading: 'Loading the search index…',
    /** Templates filled in the browser: {q} is the query, {n} the count; "about" while candidates are unchecked. */
    noResults: 'Nothing matches "{q}".',
    resultsOne: '1 result for "{q}"',
    resultsMany: '{n} results for "{q}"',
    resultsAbout: 'About {n} results for "{q}"',
    filteredNone: 'No case matches these filters.',
    filteredOne: '1 result matches the filters',
    filteredMany: '{n} results match the filters',
    filteredAbout: 'About {n} results match the filters',
    /** The "show more" button; {n} is how many more it shows. */
    more: 'Show {n} more',
    /** Offered on the other languages' search pages when nothing matches there: the same search in this language. */
    inThisLanguage: 'Search the English edition',
    suggestions: 'Or try:',
    /** What a result is, by the first segment of its path; `other` for any page not listed. */
    kinds: {
      cases: 'Case',
      brief: 'Brief',
      'istio-today': 'Istio today',
      capabilities: 'Capability',
      industries: 'Industry',
      platforms: 'Platform',
      timeline: 'Timeline',
      about: 'About',
      other: 'Page',
    },
    unavailable:
      'Search could not be loaded. Try reloading the page; you can still browse all cases or the comparison table.',
    /** Added only on the dev server (`astro dev`), never in a build: how a developer gets an index. */
    devHint: 'Development only: the dev server has no search index. Run npm run build, then npm run preview.',
    noScript: 'Search needs JavaScript. You can still browse all cases or the comparison table.',
    hint: 'Press Esc to clear the search box',
    /** Under the count: {terms} are the other words of the vocabulary searched too, joined by `termSeparator`. */
    alsoSearched: 'Also searched: "{terms}"',
    termSeparator: '", "',
  },
  about: {
    title: 'About this site',
    description: 'What the collection covers, how its facts are sourced and dated, and the licence of its text.',
  },
  /** Facet pages: one per capability, industry and platform. */
  facets: {
    kind: { capabilities: 'Capability', industries: 'Industry', platforms: 'Platform' },
    title: (kind: FacetKind, label: string) =>
      kind === 'capabilities'
        ? `Cases using ${label}`
        : kind === 'industries'
          ? `Cases in ${label}`
          : `Cases running on ${label}`,
    description: (kind: FacetKind, label: string) =>
      kind === 'capabilities'
        ? `Istio production cases whose sources record ${label}, with the level and the source behind each.`
        : kind === 'industries'
          ? `Istio production cases from ${label}, with their platform and documented capabilities.`
          : `Istio production cases whose mesh ran on ${label}, with the source behind each.`,
    capabilityTally: (documented: number, partial: number) =>
      `${documented} ${documented === 1 ? 'case documents' : 'cases document'} it; ${partial} ${partial === 1 ? 'has' : 'have'} partial evidence.`,
    tally: (n: number) => (n === 1 ? '1 case' : `${n} cases`),
    none: 'No case records this yet.',
    others: (kind: FacetKind): string =>
      kind === 'capabilities' ? 'All capabilities' : kind === 'industries' ? 'All industries' : 'All platforms',
    by: (kind: FacetKind): string =>
      kind === 'capabilities' ? 'By capability:' : kind === 'industries' ? 'By industry:' : 'By platform:',
    backedBy: 'Sources:',
  },
  timeline: {
    title: 'Timeline',
    description: 'Every dated event of the Istio production cases next to the Istio releases, year by year.',
    lead: 'When each team told its story in public, what happened to it afterwards, and the Istio releases in between, on one axis.',
    release: (version: string) => `Istio ${version}`,
    adopted: 'Istio adoption begins: ',
    briefMark: ' (brief)',
    told: 'Told in public: ',
    unverified: 'date not confirmed',
    legendRelease: 'Istio release',
    legendCase: 'Case event',
    /** Heading of a year that began on an earlier page of the timeline. */
    continued: (year: string) => `${year}, continued`,
  },
  pagination: {
    label: 'Pages',
    previous: 'Previous',
    next: 'Next',
    page: (n: number, of: number) => `Page ${n} of ${of}`,
  },
  related: { heading: 'Related cases', shared: 'Also documents: ', separator: ', ' },
  istioToday: {
    sinceThenLead: 'How Istio has changed on this since:',
    pageLink: 'Istio today',
    contents: 'On this page',
    unverified: 'Unverified',
    /** Shown, brackets included, where a release is dated by its git tag, not an announcement. */
    datedByTag: '(dated by its git tag)',
    diagramCaption:
      'One mesh at three stages. The parts drawn come from the release announcements and posts cited in the text.',
    eraThen: '2018: sidecars + Mixer',
    eraIstiod: 'From 1.5 (2020): istiod',
    eraAmbient: 'From 1.24 (2024): ambient',
    controlPlane: 'Control plane: ',
    node: 'Node',
    app: 'App',
    checkReport: 'Check / Report',
    telemetryInProxy: 'Telemetry made inside Envoy, no Mixer',
    layer4: 'L4 mTLS',
    layer7: 'L7',
  },
  notFound: {
    title: 'Page not found',
    body: 'The address may be wrong, or the page has moved.',
    home: 'Back to the cases',
    searchLabel: 'Try a search instead',
    casesHeading: 'All cases',
  },
  industry: labelsIn('industries', 'en'),
  platform: labelsIn('platforms', 'en'),
  capability: labelsIn('capabilities', 'en'),
  level: {
    documented: 'Documented',
    partial: 'Partial',
    'not-used': 'Not used (stated)',
    'not-reported': 'Not reported',
  } satisfies Record<Level, string>,
  sourceKind: {
    blog: 'Blog post',
    talk: 'Talk',
    video: 'Video',
    podcast: 'Podcast',
    issue: 'GitHub issue',
    repository: 'Repository',
    article: 'Article',
    filing: 'Filing',
  } satisfies Record<SourceKind, string>,
  sourceStatus: {
    ok: 'Link checked',
    moved: 'Address moved',
    rotted: 'Link dead',
    unchecked: 'Not checked live',
  } satisfies Record<SourceStatus, string>,
  caveatKind: {
    conflict: 'Sources disagree',
    correction: 'Correction',
    'link-rot': 'Link problem',
    unverified: 'Unverified',
  } satisfies Record<CaveatKind, string>,
  qualifier: {
    exact: (n) => n,
    approx: (n) => `about ${n}`,
    'more-than': (n) => `${n}+`,
    'up-to': (n) => `up to ${n}`,
  } satisfies QualifierWording,
  report: {
    lead: 'Spotted a wrong fact or a dead link?',
    link: 'Report an error on this page',
    /** The link where the repository takes no issues: it opens GitHub's editor on the case's file. */
    editLink: 'Suggest a correction on GitHub',
    issueTitle: (company: string) => `Error on the ${company} case`,
    issueBody: (url: string) => `Page: ${url}\n\nWhat is wrong:\n\nWhat it should say, and a source that shows it:\n`,
  },
};
