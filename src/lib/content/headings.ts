/**
 * The section headings an article has, in order, per kind of case and language.
 * A full case is a story with a verdict; a brief is a few sentences, no sections.
 */
import type { Lang } from '../languages';
import type { CaseKind } from '../vocabulary';

export const REQUIRED_HEADINGS: Record<CaseKind, Record<Lang, readonly string[]>> = {
  full: {
    zh: ['问题', '团队的做法', '结果', '给 2026 年做决定的团队'],
    en: ['The problem', 'What the team did', 'What happened', 'For a team deciding in 2026'],
  },
  brief: { zh: [], en: [] },
};
