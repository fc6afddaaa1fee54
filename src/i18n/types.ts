/**
 * The shape of a UI dictionary. Both languages implement it in full, so a key
 * missing from either is a type error, and every enum value needs a label.
 */
import type {
  Capability,
  CaveatKind,
  Evidence,
  Industry,
  Level,
  Platform,
  SourceKind,
  SourceStatus,
} from '../lib/vocabulary';
import type { QualifierWording } from '../lib/format';

export interface Dictionary {
  site: { title: string; tagline: string; description: string };
  /** A colon after a label, as the language writes it (full width after Chinese). */
  colon: string;
  /** Between the items of an inline list: `, ` in English, `、` in Chinese. */
  listSeparator: string;
  /** An aside in brackets after a word, as the language writes it: ` (…)` in English, `（…）` in Chinese, whose full-width brackets carry their own space. */
  parenthetical: (text: string) => string;
  nav: {
    label: string;
    home: string;
    compare: string;
    timeline: string;
    istioToday: string;
    search: string;
    about: string;
    skip: string;
    /** The phone header's menu button. */
    menu: string;
  };
  /** The light / dark / system choice in the header menu. */
  theme: { label: string; system: string; light: string; dark: string };
  footer: { licence: string; source: string; facts: string };
  home: {
    title: string;
    lead: string;
    intro: string;
    casesHeading: string;
    documented: string;
    compareCta: string;
    caseCount: (n: number) => string;
    /** Label of the links that narrow the list by industry or capability. */
    browse: string;
    /** Heading of the cards of the cases adopted in one year. */
    adoptedIn: (year: string) => string;
  };
  facts: {
    heading: string;
    company: string;
    industry: string;
    headquarters: string;
    hqUnknown: string;
    platform: string;
    period: string;
    /** The year the company's Istio use began, on cards and matrix rows. */
    adopted: (year: string) => string;
    istio: string;
    istioUnknown: string;
    figures: string;
    asOf: (date: string) => string;
    /** When a figure was true, set after its label. */
    figureDate: (date: string) => string;
  };
  caseStudy: {
    capabilities: string;
    capabilitiesLead: string;
    /** The link from a case's capabilities to the one rule that sets every level. */
    levelRule: string;
    /** Label of what the public record does not say, shown once under the lead. */
    unknowns: string;
    /** A brief entry: its marker, what it is, and the source to read. */
    brief: string;
    briefLead: string;
    read: string;
    sinceThen: string;
    /** Heading and lead of the public corrections log. */
    corrections: string;
    correctionsLead: string;
    caveats: string;
    sources: string;
    sourcesLead: string;
    backToList: string;
    noUrl: string;
    /** A link to an archived copy of a source. */
    archived: string;
    /** Said of a third-party summary standing in for an original that could not be found. */
    secondary: string;
    /** The table of contents. */
    toc: string;
    /** Accessible name of a heading's anchor link. */
    sectionLink: (heading: string) => string;
    /** Read before a source's ↩ links back to where it is cited (visually hidden). */
    backToCitations: string;
    previous: string;
    next: string;
    /** The previous/next navigation landmark. */
    pager: string;
  };
  diagram: {
    heading: string;
    caption: string;
    /** Caption of a drawing of the typical deployment of the time, not the company's own. */
    typical: string;
    gateway: string;
    clusters: string;
    controlPlane: string;
    app: string;
    config: string;
    telemetry: string;
    calls: string;
    outside: string;
  };
  compare: {
    title: string;
    lead: string;
    caption: string;
    company: string;
    legend: string;
    /** Heading of the column that totals each case. */
    perCase: string;
    /** Heading of the row that totals each capability over n cases. */
    perCapability: (n: number) => string;
    /** A total in words, for screen readers; the page shows it as symbols. */
    tally: (documented: number, partial: number) => string;
    /** Before the links that narrow the matrix to one industry. */
    byIndustry: string;
    /** The one rule that sets every level, stated once: a heading, a lead and each kind of evidence. */
    levelsHeading: string;
    levelsLead: string;
    evidence: Record<Evidence | 'none', string>;
    /** Why briefs have rows but no part in the totals. */
    briefsNote: string;
  };
  search: {
    title: string;
    lead: string;
    label: string;
    placeholder: string;
    submit: string;
    filters: string;
    anyValue: string;
    loading: string;
    /** Templates filled in the browser: {q} is the query, {n} the count. */
    noResults: string;
    resultsOne: string;
    resultsMany: string;
    /** While some candidates are still unchecked, the count is an estimate. */
    resultsAbout: string;
    filteredNone: string;
    filteredOne: string;
    filteredMany: string;
    filteredAbout: string;
    /** The "show more" button; {n} is how many more it shows. */
    more: string;
    /**
     * Offered, in this language, on the other languages' search pages when nothing matches there: the same
     * search in this language's edition. Then a few things to try.
     */
    inThisLanguage: string;
    suggestions: string;
    /** What a result is, by the first segment of its path; `other` for any page not listed. */
    kinds: Record<
      'cases' | 'istio-today' | 'capabilities' | 'industries' | 'platforms' | 'timeline' | 'about' | 'other',
      string
    >;
    /** Shown to readers when the index cannot be loaded. */
    unavailable: string;
    /** Added to it only on the dev server (`astro dev`), never in a build: how a developer gets an index. */
    devHint: string;
    noScript: string;
    hint: string;
    /**
     * Under the count when the query holds a word the vocabulary knows other words for: {terms} are the other
     * queries search tried too, joined by `termSeparator` (the template and the separator quote each one).
     */
    alsoSearched: string;
    termSeparator: string;
  };
  about: { title: string; description: string };
  /** Facet pages: one per capability, industry and platform. */
  facets: {
    /** What a facet page is about, by kind, shown above its title. */
    kind: Record<'capabilities' | 'industries' | 'platforms', string>;
    /** Title and description of a facet page; {label} is the value's label. */
    title: (kind: 'capabilities' | 'industries' | 'platforms', label: string) => string;
    description: (kind: 'capabilities' | 'industries' | 'platforms', label: string) => string;
    /** "n cases document it, m partly" and the like, from the data. */
    capabilityTally: (documented: number, partial: number) => string;
    tally: (n: number) => string;
    /** Shown when no case has the value yet. */
    none: string;
    /** Heading of the list of every value of the same kind. */
    others: (kind: 'capabilities' | 'industries' | 'platforms') => string;
    /** Before the links to every value of a kind, e.g. "By industry:". */
    by: (kind: 'capabilities' | 'industries' | 'platforms') => string;
    /** The sources a row rests on, before their titles. */
    backedBy: string;
  };
  timeline: {
    title: string;
    description: string;
    lead: string;
    /** Label of a release on the axis, e.g. "Istio 1.0". */
    release: (version: string) => string;
    /** Before the title of the source that first told a case in public. */
    told: string;
    /** Before the adoption period of a case, on the date its Istio use began. */
    adopted: string;
    /** After a release the fact sheets could not confirm. */
    unverified: string;
    /** Legend entries for the two kinds of event. */
    legendRelease: string;
    legendCase: string;
    /** Heading of a year that began on an earlier page of the timeline. */
    continued: (year: string) => string;
  };
  pagination: { label: string; previous: string; next: string; page: (n: number, of: number) => string };
  related: { heading: string; shared: string; separator: string };
  istioToday: {
    /** Lead-in of the links from a case's "Since then" to the Istio-today page. */
    sinceThenLead: string;
    /** Label of the whole page, for the link when a case names no section. */
    pageLink: string;
    contents: string;
    unverified: string;
    /** Shown, brackets included, where a release is dated by its git tag, not an announcement. */
    datedByTag: string;
    diagramCaption: string;
    eraThen: string;
    eraIstiod: string;
    eraAmbient: string;
    /** Label before the control-plane components, with its colon. */
    controlPlane: string;
    node: string;
    app: string;
    checkReport: string;
    telemetryInProxy: string;
    layer4: string;
    layer7: string;
  };
  notFound: { title: string; body: string; home: string; searchLabel: string; casesHeading: string };
  industry: Record<Industry, string>;
  platform: Record<Platform, string>;
  capability: Record<Capability, string>;
  level: Record<Level, string>;
  sourceKind: Record<SourceKind, string>;
  sourceStatus: Record<SourceStatus, string>;
  caveatKind: Record<CaveatKind, string>;
  qualifier: QualifierWording;
  /** The "report an error" link on case pages, and the GitHub issue it prefills. */
  report: {
    lead: string;
    link: string;
    /** The link where the repository takes no issues: it opens GitHub's editor on the case's file. */
    editLink: string;
    issueTitle: (company: string) => string;
    issueBody: (pageUrl: string) => string;
  };
}
