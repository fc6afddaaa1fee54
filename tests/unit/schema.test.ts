import { describe, expect, it } from 'vitest';
import { caseSchema, CLAIM_FORMS } from '../../src/content.config';
import { CAPABILITIES as ALL, INDUSTRIES } from '../../src/lib/vocabulary';

/** The vocabulary's first four capabilities, whichever they are. */
const CAPABILITIES = ALL.slice(0, 4) as [string, string, string, string];

/** A complete case built from the vocabulary, so a new industry or capability needs no edit here. */
const source = {
  key: 'X1',
  title: 'An example source',
  venue: 'Nowhere',
  url: 'https://example.com/' as string | undefined,
  kind: 'blog',
  lang: 'en',
  scope: 'company' as string | undefined,
  note: undefined as unknown,
};
const figure = { value: 10, label: { zh: '个服务', en: 'services' } as Record<string, string>, source: 'X1' };
const event = { date: '2020-03-05', text: { zh: 'Mixer 被弃用', en: 'Mixer was deprecated' }, sources: ['X1'] };
const valid = () => ({
  company: { zh: '坏例子公司', en: 'Bad Example Inc.' },
  industry: INDUSTRIES[0],
  platform: { kind: 'gke' },
  period: { start: '2018', text: { zh: '2018 年', en: '2018' }, sources: ['X1'] },
  istioVersions: [],
  keyFigures: [{ ...figure }],
  capabilities: Object.fromEntries(ALL.map((c) => [c, 'not-reported'])) as Record<string, unknown>,
  architecture: undefined as unknown,
  sinceThen: [{ ...event }],
  sinceThenNote: undefined as unknown,
  corrections: [] as unknown[],
  read: undefined as unknown,
  kind: undefined as unknown,
  sources: [{ ...source }],
  asOf: '2026-11-25',
});
type Issue = { path: PropertyKey[]; message: string; code: string; errors?: Issue[][] };
/** Every issue as "path: message"; a union's, as those of the branch whose form the value took (the gate does the same). */
const flatten = (issues: readonly Issue[], prefix: PropertyKey[] = []): string[] =>
  issues.flatMap((i) => {
    const path = [...prefix, ...i.path];
    const branch = i.errors?.find(
      (list) => list.length && list.every((e) => e.path.length > 0 || e.code === 'unrecognized_keys'),
    );
    return i.code === 'invalid_union' && branch ? flatten(branch, path) : [`${path.join('.')}: ${i.message}`];
  });
const problems = (data: unknown) => {
  const result = caseSchema.safeParse(data);
  return result.success ? [] : flatten(result.error.issues as unknown as Issue[]);
};
const evidence = (kind: string, sources = ['X1']) => ({ evidence: kind, sources, note: { zh: '用法', en: 'Usage' } });

describe('the case schema', () => {
  it('accepts a complete case', () => {
    expect(problems(valid())).toEqual([]);
  });
  it('names the allowed values of an enum', () => {
    expect(problems({ ...valid(), industry: 'housing' })).toEqual([
      `industry: Use one of the industry values: ${INDUSTRIES.join(', ')}.`,
    ]);
  });
  it('rejects an unknown field instead of dropping it', () => {
    expect(problems({ ...valid(), headquaters: 'x' })[0]).toContain('headquaters');
  });
  it('rejects a label that lacks one language', () => {
    const data = valid();
    data.keyFigures = [{ ...figure, label: { zh: '个服务' } }];
    expect(problems(data)).toEqual(['keyFigures.0.label.en: Invalid input: expected string, received undefined']);
  });
  it('requires every capability', () => {
    const data = valid();
    data.capabilities = Object.fromEntries(Object.entries(data.capabilities).filter(([c]) => c !== CAPABILITIES[1]));
    expect(problems(data)[0]).toMatch(new RegExp(`^capabilities\\.${CAPABILITIES[1]}`));
  });
  it('takes a capability as not-reported or as evidence, sources and a note, nothing else', () => {
    const data = valid();
    data.capabilities[CAPABILITIES[0]] = 'documented';
    expect(problems(data)).toEqual([`capabilities.${CAPABILITIES[0]}: ${CLAIM_FORMS}`]);
  });
  it('derives the level from the evidence, so a feature list can never read as documented', () => {
    const data = valid();
    data.capabilities[CAPABILITIES[0]] = evidence('listed');
    data.capabilities[CAPABILITIES[1]] = evidence('used');
    data.capabilities[CAPABILITIES[2]] = evidence('declined');
    const parsed = caseSchema.parse(data) as { capabilities: Record<string, { level: string }> };
    expect(parsed.capabilities[CAPABILITIES[0]]?.level).toBe('partial');
    expect(parsed.capabilities[CAPABILITIES[1]]?.level).toBe('documented');
    expect(parsed.capabilities[CAPABILITIES[2]]?.level).toBe('not-used');
    expect(parsed.capabilities[CAPABILITIES[3]]?.level).toBe('not-reported');
  });
  it('requires sources and a one-line note for any evidence', () => {
    const data = valid();
    data.capabilities[CAPABILITIES[0]] = { evidence: 'used', sources: [], note: { zh: '用法', en: 'Usage' } };
    expect(problems(data)).toContain(
      `capabilities.${CAPABILITIES[0]}.sources: Cite at least one source key in \`sources\`.`,
    );
  });
  it('rejects evidence that rests on general Istio sources alone', () => {
    const data = valid();
    data.sources.push({ ...source, key: 'I6', scope: 'general' });
    data.capabilities[CAPABILITIES[0]] = evidence('partly-used', ['I6']);
    expect(problems(data)[0]).toMatch(
      new RegExp(
        `^capabilities\\.${CAPABILITIES[0]}\\.evidence: Evidence "partly-used" needs at least one source about this company`,
      ),
    );
    data.capabilities[CAPABILITIES[0]] = evidence('partly-used', ['I6', 'X1']);
    expect(problems(data)).toEqual([]);
  });
  it('requires every source to say whether it is about the company or general', () => {
    const data = valid();
    data.sources = [{ ...source, scope: undefined }];
    expect(problems(data)[0]).toContain('sources.0.scope: Use one of the scope values: company, general.');
  });
  it('accepts an empty "since then" only with a note saying nothing later is known', () => {
    const data = valid();
    data.sinceThen = [];
    expect(problems(data)[0]).toContain('sinceThen: Say what has happened since');
    data.sinceThenNote = { zh: '此后情况不明。', en: 'Nothing later is known.' };
    expect(problems(data)).toEqual([]);
  });
  it('dates each entry of the corrections log with a full date', () => {
    const data = valid();
    data.corrections = [{ date: '2026-11', what: { zh: '更正', en: 'Corrected' } }];
    expect(problems(data)[0]).toContain('corrections.0.date: Write the full date as YYYY-MM-DD');
  });
  it('rejects dates that are not YYYY, YYYY-MM or YYYY-MM-DD', () => {
    const data = valid();
    data.sinceThen = [{ ...event, date: '2018-13' }];
    expect(problems(data)[0]).toContain('sinceThen.0.date: Write the date as YYYY, YYYY-MM or YYYY-MM-DD');
  });
  it('needs the year adoption began', () => {
    const data = valid();
    delete (data.period as { start?: string }).start;
    expect(problems(data)[0]).toMatch(/^period\.start/);
  });
  it('rejects a source without a URL unless a note says why', () => {
    const data = valid();
    data.sources = [{ ...source, url: undefined }];
    expect(problems(data)[0]).toContain('sources.0.url: A source without a url needs a `note`');
  });
  it('holds a full case to a key figure, and a brief to the one source to read', () => {
    const full = valid();
    full.keyFigures = [];
    expect(problems(full)[0]).toMatch(/^keyFigures: Give at least one key figure/);
    expect(problems({ ...full, unknowns: { zh: '未公布任何数字。', en: 'No figure is published.' } })).toEqual([]);
    const brief = { ...valid(), kind: 'brief', keyFigures: [] };
    expect(problems(brief)).toEqual(['read: A brief names the talk or post to read first: read: <source key>.']);
    expect(problems({ ...brief, read: 'X1' })).toEqual([]);
    expect(problems({ ...brief, read: 'Z9' })[0]).toMatch(/^read: Source key Z9 is not in this case's sources/);
  });
  it('accepts an architecture drawing whose sources are listed, and rejects one whose are not', () => {
    const data = valid();
    data.architecture = {
      basis: 'company',
      controlPlane: ['Pilot', { zh: '增强版 Pilot', en: 'Enhanced Pilot' }],
      proxy: 'Envoy',
      workloads: { zh: '微服务', en: 'Microservices' },
      alt: { zh: '示意图', en: 'Diagram' },
      sources: ['X1'],
    };
    expect(problems(data)).toEqual([]);
    (data.architecture as { sources: string[] }).sources = ['Y2'];
    expect(problems(data)[0]).toMatch(/^architecture\.sources\.0: Source key Y2 is not in this case's sources/);
  });
  it("marks a drawing typical when its control plane rests on general material, not the company's sources", () => {
    const data = valid();
    data.sources.push({ ...source, key: 'I6', scope: 'general' });
    const drawing = {
      basis: 'company',
      controlPlane: ['Pilot', 'Mixer', 'Citadel'],
      controlPlaneSources: ['I6'],
      proxy: 'Envoy',
      workloads: { zh: '微服务', en: 'Microservices' },
      alt: { zh: '示意图', en: 'Diagram' },
      sources: ['X1', 'I6'],
    };
    data.architecture = drawing;
    expect(problems(data)[0]).toMatch(
      /^architecture\.controlPlaneSources: The control plane \(Pilot, Mixer, Citadel\) rests on general Istio material only/,
    );
    data.architecture = { ...drawing, basis: 'typical' };
    expect(problems(data)).toEqual([]);
    data.architecture = { ...drawing, controlPlaneSources: undefined, sources: ['I6'] };
    expect(problems(data)[0]).toMatch(/^architecture\.basis: A diagram of the company's own deployment needs a source/);
  });
});
