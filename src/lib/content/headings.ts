/** The section headings every article has, in order, per language. */
import type { Lang } from '../languages';

export const REQUIRED_HEADINGS: Record<Lang, readonly string[]> = {
  zh: ['背景', '引入 Istio 之前', '网格做了什么', '架构', '结果与经验'],
  en: ['Background', 'Before Istio', 'What the mesh did', 'Architecture', 'Outcomes and lessons'],
};
