/**
 * Every page's share card, in every language: what src/pages/og/[name].png.ts
 * draws. Each page's ShareMeta.astro checks that its own card is among these,
 * so a page whose title or description changes without its card here stops
 * the build, naming the page.
 */
import { facetLabels, t } from '../i18n';
import { getCaseStudies, type CaseStudy } from '../lib/cases';
import { FACET_KINDS, FACET_VALUES } from '../lib/facets';
import { formatFigure } from '../lib/format';
import { getIstioToday } from '../lib/istio-today';
import { LANGS, LANGUAGES, type Lang } from '../lib/languages';
import { adoptionYear } from '../lib/case-model';
import { HOME_PAGE_SIZE } from '../lib/listing';
import { entryOf } from '../lib/vocabulary';
import type { ShareCard } from './card';
import { shareImageName } from './cache';

/**
 * What a case adds to its card: its industry and first key figure. Briefs, and
 * full cases whose sources publish no number, show the year adoption began, so
 * no card is missing its figure.
 */
export function caseCardDetail(study: CaseStudy, lang: Lang): Pick<ShareCard, 'topic' | 'figure'> {
  const dict = t(lang);
  const facts = study.facts.data;
  const [figure] = facts.keyFigures;
  return {
    topic: entryOf(dict.industry, facts.industry),
    figure: figure
      ? { value: formatFigure(figure, LANGUAGES[lang].intl, dict.qualifier), label: figure.label[lang] }
      : { value: adoptionYear(facts), label: dict.facts.period },
  };
}

async function allCards(): Promise<ShareCard[]> {
  const [studies, istioToday] = await Promise.all([getCaseStudies(), getIstioToday()]);
  return LANGS.flatMap((lang) => {
    const dict = t(lang);
    const site = dict.site.title;
    const page = (title: string, description: string): ShareCard => ({ lang, site, title, description });
    const intro = istioToday.editions[lang].intro.data;
    return [
      page(dict.home.title, dict.site.description),
      ...(studies.length > HOME_PAGE_SIZE ? [page(dict.home.casesHeading, dict.site.description)] : []),
      page(dict.compare.title, dict.compare.lead),
      page(dict.search.title, dict.search.lead),
      page(dict.about.title, dict.about.description),
      page(dict.timeline.title, dict.timeline.description),
      page(intro.title, intro.description),
      ...FACET_KINDS.flatMap((kind) =>
        FACET_VALUES[kind].map((value) => {
          const label = facetLabels(lang, kind)[value] ?? value;
          return page(dict.facets.title(kind, label), dict.facets.description(kind, label));
        }),
      ),
      ...studies.map((study) => {
        const { title } = study.articles[lang].data;
        return { lang, site, title, ...caseCardDetail(study, lang) };
      }),
    ];
  });
}

let cached: Promise<Map<string, ShareCard>> | undefined;

/** The cards by image name; pages that share a card (a paginated listing's pages) share its image. */
export function siteCards(): Promise<Map<string, ShareCard>> {
  cached ??= allCards().then((cards) => new Map(cards.map((card) => [shareImageName(card), card])));
  return cached;
}
