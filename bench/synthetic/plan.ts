/**
 * The plan of one synthetic case: the choices that the facts file and both
 * articles must agree on (company, industry, capabilities, source keys), drawn
 * once from the case's own seeded stream.
 */
import {
  CAPABILITIES,
  INDUSTRIES,
  PLATFORMS,
  type Capability,
  type Industry,
  type Level,
  type Platform,
} from '../../src/lib/vocabulary.ts';
import { createRng, seedOf, type Rng } from './prng.ts';
import { CODENAME_HEADS, CODENAME_TAILS, INDUSTRY_WORDS, ISTIO_EVENTS, NAME_STEMS, type Pair } from './pools.ts';

export interface LinkTarget {
  slug: string;
  name: Pair;
}

export interface CasePlan {
  slug: string;
  company: Pair;
  industry: Industry;
  /** What the company does, e.g. "online property marketplace". */
  what: Pair;
  platform: Platform;
  /** Year the mesh was adopted. */
  year: number;
  /** A rare word that names the migration project. */
  codename: string;
  levels: Record<Capability, Level>;
  /** Keys of the case's own sources (S1…Sk). */
  ownKeys: string[];
  /** Istio release notes the case cites for later events. */
  istioEvents: (typeof ISTIO_EVENTS)[number][];
  /** Cases the articles may link to; every one exists in the built site. */
  linkable: readonly LinkTarget[];
  rng: Rng;
}

const pickLevel = (rng: Rng): Level => {
  const roll = rng.next();
  return roll < 0.35 ? 'documented' : roll < 0.6 ? 'partial' : 'not-reported';
};

export function planCase(index: number, seed: number, linkable: readonly LinkTarget[]): CasePlan {
  const rng = createRng(seedOf(`${seed}:${index}`));
  const industry = rng.pick(INDUSTRIES);
  const stem = rng.pick(NAME_STEMS);
  const suffix = rng.pick(INDUSTRY_WORDS[industry].name);
  const company = { zh: `${stem.zh}${suffix.zh}`, en: `${stem.en} ${suffix.en}` };
  const slug = `${company.en.toLowerCase().replaceAll(/[^a-z0-9]+/g, '-')}-${String(index + 1).padStart(5, '0')}`;
  const levels = Object.fromEntries(CAPABILITIES.map((c) => [c, pickLevel(rng)])) as Record<Capability, Level>;
  // Every case says the mesh did something: at least two capabilities are on record.
  for (const c of rng.sample(CAPABILITIES, 2)) if (levels[c] === 'not-reported') levels[c] = 'documented';
  const codename = `${rng.pick(CODENAME_HEADS)}${rng.pick(CODENAME_TAILS)}`;
  return {
    slug,
    company,
    industry,
    what: rng.pick(INDUSTRY_WORDS[industry].what),
    platform: rng.pick(PLATFORMS.filter((p) => p !== 'not-reported' || rng.chance(0.3))),
    year: rng.int(2017, 2023),
    codename: codename.charAt(0).toUpperCase() + codename.slice(1),
    levels,
    ownKeys: Array.from({ length: rng.int(3, 7) }, (_, i) => `S${i + 1}`),
    istioEvents: rng.sample(ISTIO_EVENTS, rng.int(1, 2)),
    linkable,
    rng,
  };
}
