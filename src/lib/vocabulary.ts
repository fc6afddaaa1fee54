/**
 * Closed value sets of the content model. The schema, the dictionaries (which
 * must name every value, or type-checking fails) and the filters all read these.
 */
export const INDUSTRIES = [
  'real-estate',
  'geospatial-analytics',
  'weather-data',
  'hr-software',
  'automotive-marketplace',
  'footwear',
  'realtime-messaging',
  'fintech',
] as const;

export const PLATFORMS = ['gke', 'aws', 'ibm-cloud', 'kubernetes', 'on-premises', 'mixed', 'not-reported'] as const;

/** In the order the matrix shows them: seeing the mesh first, then steering it, then running it. */
export const CAPABILITIES = [
  'observability',
  'tracing',
  'traffic-routing',
  'retries-timeouts',
  'circuit-breaking',
  'security-mtls',
  'external-services',
  'multi-tenancy',
  'upgrades-operations',
  'custom-data-plane',
  'local-development',
] as const;

export const LEVELS = ['documented', 'partial', 'not-reported'] as const;

export const SOURCE_KINDS = ['blog', 'talk', 'video', 'podcast', 'issue', 'repository', 'article', 'filing'] as const;

/** ok: checked and live; moved: the address changed (note says where); rotted: gone; unchecked: not verified live. */
export const SOURCE_STATUSES = ['ok', 'moved', 'rotted', 'unchecked'] as const;

/**
 * company: the source is about this case's company or project; general: Istio
 * material that says what the software could do, not what this team did with it.
 */
export const SOURCE_SCOPES = ['company', 'general'] as const;

export const CAVEAT_KINDS = ['conflict', 'correction', 'link-rot', 'unverified'] as const;

export const FIGURE_QUALIFIERS = ['exact', 'approx', 'more-than', 'up-to'] as const;

export const FIGURE_STYLES = ['count', 'percent', 'usd'] as const;

export type Industry = (typeof INDUSTRIES)[number];
export type Platform = (typeof PLATFORMS)[number];
export type Capability = (typeof CAPABILITIES)[number];
export type Level = (typeof LEVELS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type SourceStatus = (typeof SOURCE_STATUSES)[number];
export type SourceScope = (typeof SOURCE_SCOPES)[number];
export type CaveatKind = (typeof CAVEAT_KINDS)[number];
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];
export type FigureStyle = (typeof FIGURE_STYLES)[number];

/**
 * The 2018 lessons the Istio-today page follows up, in page order. Each is also
 * the fixed anchor of its section (`/istio-today/#mixer`), which case pages link to.
 */
export const ISTIO_TODAY_LESSONS = [
  'mixer',
  'upgrades',
  'sidecar-cost',
  'multicluster',
  'observability',
  'extensions',
  'mtls',
  'local-development',
] as const;

/** Every section of the Istio-today page, in page order; each name is its anchor and its content file. */
export const ISTIO_TODAY_SECTIONS = ['architecture', ...ISTIO_TODAY_LESSONS, 'releases'] as const;

export type IstioTodayLesson = (typeof ISTIO_TODAY_LESSONS)[number];
export type IstioTodaySection = (typeof ISTIO_TODAY_SECTIONS)[number];
