/** The shape of one language's sentence templates for synthetic articles. */
import type { Capability } from '../../src/lib/vocabulary.ts';

export interface SectionText {
  background: readonly string[];
  before: readonly string[];
  architecture: readonly string[];
  outcomes: readonly string[];
  /** Sentences every case carries: the codename (a rare search term), the sidecar (a common one), a link. */
  always: { background: string; architecture: string; link: string; partial: string };
  capability: Record<Capability, readonly string[]>;
  openers: readonly string[];
  subjects: readonly string[];
  actions: readonly string[];
  tails: readonly string[];
  titles: readonly string[];
  description: string;
}
