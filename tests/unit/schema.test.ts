import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/content.config';

const valid = () =>
  parse(
    readFileSync('tests/fixtures/bad-content/malformed-case.yaml', 'utf8').replace(
      'industry: housing',
      'industry: fintech',
    ),
  );
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
      'industry: Use one of the industry values: real-estate, geospatial-analytics, weather-data, hr-software, automotive-marketplace, footwear, realtime-messaging, fintech.',
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
    delete data.capabilities.tracing;
    expect(problems(data)[0]).toMatch(/^capabilities\.tracing/);
  });
  it('requires sources for a documented capability', () => {
    const data = valid();
    data.capabilities.tracing = { level: 'documented' };
    expect(problems(data)).toEqual([
      'capabilities.tracing.sources: A documented or partial capability must cite at least one source key in `sources`.',
    ]);
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
