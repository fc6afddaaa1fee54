/**
 * Writes a content folder of N synthetic case studies next to a copy of the
 * real ones, in the layout `src/content` has, for CONTENT_DIR to point at.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang } from '../../src/lib/languages.ts';
import { toYaml } from './yaml-emit.ts';
import { caseArticle } from './articles.ts';
import { caseFacts } from './facts.ts';
import { planCase, type LinkTarget } from './plan.ts';

export interface SyntheticStats {
  synthetic: number;
  real: number;
  /** Han characters per zh article and words per en article: min, mean, max. */
  length: Record<Lang, { min: number; mean: number; max: number }>;
  /** How many synthetic cases carry each project codename (a rare search term). */
  codenames: Map<string, number>;
  bytes: number;
}

/** The real cases, with their company names, so synthetic articles can link to them. */
function realTargets(source: string): LinkTarget[] {
  return readdirSync(join(source, 'cases'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const slug = f.replace(/\.yaml$/, '');
      const yaml = readFileSync(join(source, 'cases', f), 'utf8');
      const m = yaml.match(/^company:\s*\n\s+zh:\s*"([^"]+)"\s*\n\s+en:\s*"([^"]+)"/m);
      return { slug, name: { zh: m?.[1] ?? slug, en: m?.[2] ?? slug } };
    });
}

export function writeSyntheticContent(source: string, target: string, n: number, seed = 2018): SyntheticStats {
  for (const part of ['cases', 'articles']) cpSync(join(source, part), join(target, part), { recursive: true });
  for (const lang of LANGS) mkdirSync(join(target, 'articles', lang), { recursive: true });
  const real = realTargets(source);
  const lengths: Record<Lang, number[]> = { zh: [], en: [] };
  const codenames = new Map<string, number>();
  let bytes = 0;
  let previous: LinkTarget | undefined;
  const write = (path: string, text: string) => {
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
  };
  for (let i = 0; i < n; i++) {
    const plan = planCase(i, seed, previous ? [...real, previous] : real);
    write(
      join(target, 'cases', `${plan.slug}.yaml`),
      toYaml(caseFacts(plan), `Synthetic case ${i + 1} (seed ${seed}).`),
    );
    for (const lang of LANGS) {
      const article = caseArticle(plan, lang);
      lengths[lang].push(article.length);
      write(join(target, 'articles', lang, `${plan.slug}.mdx`), article.text);
    }
    codenames.set(plan.codename, (codenames.get(plan.codename) ?? 0) + 1);
    previous = { slug: plan.slug, name: plan.company };
  }
  const summary = (list: number[]) => ({
    min: Math.min(...list),
    mean: Math.round(list.reduce((a, b) => a + b, 0) / Math.max(1, list.length)),
    max: Math.max(...list),
  });
  return {
    synthetic: n,
    real: real.length,
    length: { zh: summary(lengths.zh), en: summary(lengths.en) },
    codenames,
    bytes,
  };
}
