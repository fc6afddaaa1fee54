/**
 * Synthetic case studies for the scale benchmark, made by cloning the real
 * ones: case i copies real case i mod R under a new slug and a new company name
 * (the real name plus a codename), with its counted figures scaled a little.
 * The clones are as long, as linked and as cited as real cases, and every rule
 * the build checks holds for them because it holds for the originals. Seeded,
 * so every run builds the same site.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { LANGS, type Lang } from '../src/lib/languages.ts';

/** Rare words for a "few results" query: each clone carries one, so each matches about N/20 cases. */
const CODENAMES = [
  'Aurora', 'Basalt', 'Cobalt', 'Drift', 'Ember', 'Fjord', 'Garnet', 'Harbor', 'Indigo', 'Juniper',
  'Kestrel', 'Lumen', 'Mistral', 'Nimbus', 'Onyx', 'Prism', 'Quartz', 'Rowan', 'Sierra', 'Tundra',
]; // prettier-ignore

/** mulberry32: a tiny seeded generator, enough to vary clones reproducibly. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export interface SyntheticStats {
  synthetic: number;
  real: number;
  /** Han characters per zh article and words per en article, mean over all cases written. */
  length: Record<Lang, { mean: number }>;
  /** How many synthetic cases carry each codename. */
  codenames: Map<string, number>;
  bytes: number;
}

const measure: Record<Lang, (text: string) => number> = {
  zh: (text) => text.match(/\p{Script=Han}/gu)?.length ?? 0,
  en: (text) => text.split(/\s+/).filter(Boolean).length,
};

export function writeSyntheticContent(source: string, target: string, n: number, seed = 2018): SyntheticStats {
  // The whole folder, so collections beside the cases (about, Istio today, …) come along too.
  cpSync(source, target, { recursive: true });
  const slugs = readdirSync(join(source, 'cases'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
  const random = seeded(seed);
  const codenames = new Map<string, number>();
  const lengths: Record<Lang, number[]> = { zh: [], en: [] };
  let bytes = 0;
  const write = (path: string, text: string) => {
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
  };

  for (let i = 0; i < n; i++) {
    const original = slugs[i % slugs.length] as string;
    const codename = CODENAMES[Math.floor(random() * CODENAMES.length)] as string;
    const slug = `${original}-${codename.toLowerCase()}-${i + 1}`;
    const facts = parseDocument(readFileSync(join(source, 'cases', `${original}.yaml`), 'utf8'));
    const names = Object.fromEntries(LANGS.map((lang) => [lang, String(facts.getIn(['company', lang]))]));
    for (const lang of LANGS) facts.setIn(['company', lang], `${names[lang]} ${codename}`);
    // Longest first, in one pass, so a name inside another (or the same name in both languages) is renamed once.
    const namePattern = new RegExp(
      [...new Set(Object.values(names))]
        .sort((a, b) => b.length - a.length)
        .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'g',
    );
    const figures = facts.get('keyFigures');
    for (const figure of isSeq(figures) ? figures.items : []) {
      if (!isMap(figure)) continue;
      const value = figure.get('value');
      const counted = (figure.get('style') ?? 'count') === 'count';
      if (typeof value === 'number' && counted) figure.set('value', Math.max(1, Math.round(value * (0.5 + random()))));
    }
    facts.commentBefore = ` Synthetic clone ${i + 1} of ${original} for the scale benchmark (seed ${seed}).`;
    write(join(target, 'cases', `${slug}.yaml`), facts.toString());
    for (const lang of LANGS) {
      const article = readFileSync(join(source, 'articles', lang, `${original}.mdx`), 'utf8');
      // Names only in prose and titles: slugs in links are lowercase, so `/cases/trulia/` stays a real link.
      const renamed = article.replace(namePattern, (name) => `${name} ${codename}`);
      lengths[lang].push(measure[lang](renamed));
      write(join(target, 'articles', lang, `${slug}.mdx`), renamed);
    }
    codenames.set(codename, (codenames.get(codename) ?? 0) + 1);
  }
  const mean = (list: number[]) => Math.round(list.reduce((a, b) => a + b, 0) / Math.max(1, list.length));
  return {
    synthetic: n,
    real: slugs.length,
    length: { zh: { mean: mean(lengths.zh) }, en: { mean: mean(lengths.en) } },
    codenames,
    bytes,
  };
}
