/** Questions pages ask of a case's facts. Pure, so the unit tests feed it plain data. */
import type { Capability, Level } from './vocabulary';

/** Capabilities at a given level, in vocabulary order. */
export function capabilitiesAt<C extends Record<Capability, { level: Level }>>(
  capabilities: C,
  level: Level,
): Capability[] {
  return (Object.keys(capabilities) as Capability[]).filter((c) => capabilities[c]?.level === level);
}

/** The year the company's Istio use began, as its facts date it: how listings tell the first adopters from later ones. */
export const adoptionYear = (facts: { period: { start: string } }) => facts.period.start.slice(0, 4);
