import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../i18n';
import { atomFeed } from '../../lib/atom';
import { getCaseStudies } from '../../lib/cases';
import { ISTIO_TODAY_PATH, getIstioToday } from '../../lib/istio-today';
import { langPaths, casePath, pageUrl } from '../../lib/url';
import { LANGUAGES, type Lang } from '../../lib/languages';

export const getStaticPaths = (() => langPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const lang = (props as { lang: Lang }).lang;
  const dict = t(lang);
  const absolute = (path: string) => new URL(pageUrl(lang, path), site).href;
  const studies = await getCaseStudies();
  const istioToday = await getIstioToday();
  const { intro } = istioToday.editions[lang];
  const body = atomFeed({
    title: dict.site.title,
    subtitle: dict.site.tagline,
    lang: LANGUAGES[lang].tag,
    selfUrl: absolute('/feed.xml'),
    homeUrl: absolute('/'),
    entries: studies
      .map((study) => ({
        title: study.articles[lang].data.title,
        summary: study.articles[lang].data.description,
        url: absolute(casePath(study.slug)),
        updated: study.facts.data.asOf,
      }))
      .concat({
        title: intro.data.title,
        summary: intro.data.description,
        url: absolute(ISTIO_TODAY_PATH),
        updated: istioToday.asOf,
      }),
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
