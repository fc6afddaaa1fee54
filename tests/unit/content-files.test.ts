import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/content.config';

const dir = 'src/content/cases';

describe('every case file in the repository', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    it(`${file} matches the schema`, () => {
      const result = caseSchema.safeParse(parseYaml(readFileSync(join(dir, file), 'utf8')));
      const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      expect(problems).toEqual([]);
    });
  }
});
