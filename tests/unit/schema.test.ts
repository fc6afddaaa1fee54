import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/content.config';
import { CAPABILITIES, INDUSTRIES, PLATFORMS } from '../../src/lib/vocabulary';

const [capability = ''] = CAPABILITIES;

/** A complete case: the fixture's facts, with the industry, platform and capabilities the vocabulary has. */
const valid = () => {
  const data = parse(readFileSync('tests/fixtures/bad-content/malformed-case.yaml', 'utf8'));
  data.industry = INDUSTRIES[0];
  data.platform.kind = PLATFORMS[0];
  data.capabilities = Object.fromEntries(CAPABILITIES.map((c) => [c, { level: 'not-reported' }]));
  return data;
};
const problems = (data: unknown) => {
  const result = caseSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

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
    data.keyFigures[0].label = { zh: '个服务' };
    expect(problems(data)).toEqual(['keyFigures.0.label.en: Invalid input: expected string, received undefined']);
  });
  it('requires every capability', () => {
    const data = valid();
    data.capabilities = Object.fromEntries(Object.entries(data.capabilities).filter(([c]) => c !== capability));
    expect(problems(data)[0]).toMatch(new RegExp(`^capabilities\\.${capability}`));
  });
  it('requires sources for a documented capability', () => {
    const data = valid();
    data.capabilities[capability] = { level: 'documented', reason: { zh: '理由', en: 'Reason' } };
    expect(problems(data)).toEqual([
      `capabilities.${capability}.sources: A documented or partial capability must cite at least one source key in \`sources\`.`,
    ]);
  });
  it('requires a reason for a documented or partial level', () => {
    const data = valid();
    data.capabilities[capability] = { level: 'partial', sources: ['X1'] };
    expect(problems(data)).toEqual([
      `capabilities.${capability}.reason: A documented or partial capability needs a \`reason\` ({ zh, en }) saying why it has that level.`,
    ]);
  });
  it('rejects a documented or partial level that rests on general Istio sources alone', () => {
    const data = valid();
    data.sources.push({ ...data.sources[0], key: 'I6', scope: 'general' });
    data.capabilities[capability] = { level: 'partial', sources: ['I6'], reason: { zh: '理由', en: 'Reason' } };
    expect(problems(data)[0]).toMatch(
      new RegExp(`^capabilities\\.${capability}\\.level: A partial level needs at least one source about this company`),
    );
    data.capabilities[capability].sources = ['I6', 'X1'];
    expect(problems(data)).toEqual([]);
  });
  it('requires every source to say whether it is about the company or general', () => {
    const data = valid();
    delete data.sources[0].scope;
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
    data.sinceThen[0].date = '2018-13';
    expect(problems(data)[0]).toContain('sinceThen.0.date: Write the date as YYYY, YYYY-MM or YYYY-MM-DD');
  });
  it('rejects a source without a URL unless a note says why', () => {
    const data = valid();
    delete data.sources[0].url;
    expect(problems(data)[0]).toContain('sources.0.url: A source without a url needs a `note`');
  });
  it('accepts an architecture drawing whose sources are listed, and rejects one whose are not', () => {
    const data = valid();
    data.architecture = {
      controlPlane: ['Pilot', { zh: '增强版 Pilot', en: 'Enhanced Pilot' }],
      proxy: 'Envoy',
      workloads: { zh: '微服务', en: 'Microservices' },
      alt: { zh: '示意图', en: 'Diagram' },
      sources: ['X1'],
    };
    expect(problems(data)).toEqual([]);
    data.architecture.sources = ['Y2'];
    expect(problems(data)[0]).toMatch(/^architecture\.sources\.0: Source key Y2 is not in this case's sources/);
  });
});
