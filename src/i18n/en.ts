import { labelsIn } from '../lib/vocabulary';
import type { Dictionary } from './types';

export const en: Dictionary = {
  site: {
    title: 'Istio Production Cases',
    tagline:
      'Early accounts of running Istio, or a fork of it: what the sources record, what they leave out, and where each fact comes from',
    description:
      'Production case studies of the Istio service mesh, from the first teams in 2018 onwards: what they used, what went wrong, what happened next, each fact sourced.',
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
  },
  footer: {
    licence: 'Text published under CC BY 4.0; quoted facts belong to their sources.',
    source: 'Source code',
    facts: 'How facts are sourced',
  },
  home: {
    title: 'Istio Production Cases',
    lead: 'The first teams to put Istio into production, around 2018',
    intro:
      'Each case covers the company, the problem it had before the mesh, the jobs the mesh took on, how it turned out and what changed afterwards. Every capability is rated documented, partial or not reported against a named source, and the page says so when sources disagree or a link has died.',
    casesHeading: 'All cases',
    documented: 'Documented capabilities',
    compareCta: 'Compare every case side by side',
    browse: 'Browse by industry or capability',
    caseCount: (n) => (n === 1 ? '1 case' : `${n} cases`),
  },
  facts: {
    heading: 'At a glance',
    company: 'Company',
    industry: 'Industry',
    headquarters: 'Headquarters',
    hqUnknown: 'Not confirmed by the sources reviewed',
    platform: 'Platform',
    period: 'Adoption',
    istio: 'Istio version',
    istioUnknown: 'Not stated by the sources',
    figures: 'Key figures',
    asOf: (date) => `Facts checked on ${date}`,
    figureDate: (date) => ` (${date})`,
  },
  caseStudy: {
    capabilities: 'Capabilities used',
    capabilitiesLead:
      '"Not reported" means the public sources reviewed hold no evidence either way, not that the company confirmed it went without.',
    sinceThen: 'Since then',
    levelReason: 'Why this level:',
    corrections: 'Changes since first publication',
    correctionsLead: 'Every change to this case after it was first published, with the reason.',
    caveats: 'Corrections and open questions',
    sources: 'Sources',
    sourcesLead: 'Bracketed keys in the text point to these sources.',
    backToList: 'Back to all cases',
    noUrl: 'No public address',
  },
  diagram: {
    heading: 'Architecture diagram',
    caption: 'Drawn by this site from the sources; not an original slide.',
    controlPlane: 'Control plane',
    app: 'App',
    config: 'config',
    telemetry: 'telemetry',
    calls: 'calls',
    outside: 'Outside the mesh',
  },
  compare: {
    title: 'Compare capabilities',
    lead: 'Which parts of Istio each team used, in three levels according to what the sources record.',
    caption: 'Istio capabilities by case',
    company: 'Case',
    legend: 'Legend',
    perCase: 'Total',
    perCapability: (n) => (n === 1 ? 'Total over 1 case' : `Total over ${n} cases`),
    tally: (documented, partial) => `${documented} documented, ${partial} partial`,
    byIndustry: 'One industry only:',
  },
  search: {
    title: 'Search',
    lead: 'Full-text search across every case study and its facts.',
    label: 'Search the cases',
    placeholder: 'e.g. observability, ServiceEntry, Dubbo',
    submit: 'Search',
    filters: 'Filters',
    anyValue: 'Any',
    loading: 'Loading the search index…',
    noResults: 'Nothing matches "{q}".',
    resultsOne: '1 result for "{q}"',
    resultsMany: '{n} results for "{q}"',
    resultsAbout: 'About {n} results for "{q}"',
    filteredNone: 'No case matches these filters.',
    filteredOne: '1 result matches the filters',
    filteredMany: '{n} results match the filters',
    filteredAbout: 'About {n} results match the filters',
    more: 'Show {n} more',
    otherLanguage: { zh: 'Search the Chinese edition', en: 'Search the English edition' },
    suggestions: 'Or try:',
    kinds: {
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
    devHint: 'Development only: the dev server has no search index. Run npm run build, then npm run preview.',
    noScript: 'Search needs JavaScript. You can still browse all cases or the comparison table.',
    hint: 'Press Esc to clear the search box',
  },
  about: {
    title: 'About this site',
    description: 'What the collection covers, how its facts are sourced and dated, and the licence of its text.',
  },
  facets: {
    kind: { capabilities: 'Capability', industries: 'Industry', platforms: 'Platform' },
    title: (kind, label) =>
      kind === 'capabilities'
        ? `Cases using ${label}`
        : kind === 'industries'
          ? `Cases in ${label}`
          : `Cases running on ${label}`,
    description: (kind, label) =>
      kind === 'capabilities'
        ? `Istio production cases whose sources record ${label}, with the level and the source behind each.`
        : kind === 'industries'
          ? `Istio production cases from ${label}, with their platform and documented capabilities.`
          : `Istio production cases whose mesh ran on ${label}, with the source behind each.`,
    capabilityTally: (documented, partial) =>
      `${documented} ${documented === 1 ? 'case documents' : 'cases document'} it; ${partial} ${partial === 1 ? 'has' : 'have'} partial evidence.`,
    tally: (n) => (n === 1 ? '1 case' : `${n} cases`),
    none: 'No case records this yet.',
    others: (kind) =>
      kind === 'capabilities' ? 'All capabilities' : kind === 'industries' ? 'All industries' : 'All platforms',
    by: (kind) =>
      kind === 'capabilities' ? 'By capability:' : kind === 'industries' ? 'By industry:' : 'By platform:',
    backedBy: 'Sources:',
  },
  timeline: {
    title: 'Timeline',
    description: 'Every dated event of the Istio production cases next to the Istio releases, year by year.',
    lead: 'When each team told its story in public, what happened to it afterwards, and the Istio releases in between, on one axis.',
    release: (version) => `Istio ${version}`,
    told: 'Told in public: ',
    unverified: 'date not confirmed',
    legendRelease: 'Istio release',
    legendCase: 'Case event',
  },
  pagination: {
    label: 'Pages',
    previous: 'Previous',
    next: 'Next',
    page: (n, of) => `Page ${n} of ${of}`,
  },
  related: { heading: 'Related cases', shared: 'Also documents: ', separator: ', ' },
  istioToday: {
    sinceThenLead: 'How Istio has changed on this since:',
    pageLink: 'Istio today',
    contents: 'On this page',
    unverified: 'Unverified',
    datedByTag: 'dated by its git tag',
    taggedOn: (date) => `git tag: ${date}`,
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
  },
  industry: labelsIn('industries', 'en'),
  platform: labelsIn('platforms', 'en'),
  capability: labelsIn('capabilities', 'en'),
  level: { documented: 'Documented', partial: 'Partial', 'not-reported': 'Not reported' },
  sourceKind: {
    blog: 'Blog post',
    talk: 'Talk',
    video: 'Video',
    podcast: 'Podcast',
    issue: 'GitHub issue',
    repository: 'Repository',
    article: 'Article',
    filing: 'Filing',
  },
  sourceStatus: { ok: 'Link checked', moved: 'Address moved', rotted: 'Link dead', unchecked: 'Not checked live' },
  caveatKind: {
    conflict: 'Sources disagree',
    correction: 'Correction',
    'link-rot': 'Link problem',
    unverified: 'Unverified',
  },
  qualifier: {
    exact: (n) => n,
    approx: (n) => `about ${n}`,
    'more-than': (n) => `${n}+`,
    'up-to': (n) => `up to ${n}`,
  },
};
