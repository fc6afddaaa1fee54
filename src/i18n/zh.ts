import { labelsIn } from '../lib/vocabulary';
import type { Dictionary } from './types';

export const zh: Dictionary = {
  locale: 'zh-CN',
  ogLocale: 'zh_CN',
  site: {
    title: 'Istio 生产案例',
    tagline: '八家公司在生产环境运行 Istio 的经过，逐条注明出处',
    description:
      '从 2018 年最早的一批团队起，整理 Istio 服务网格的生产案例：用了哪些能力、遇到什么问题、后来怎样，每条事实都注明来源。',
  },
  nav: {
    label: '主导航',
    home: '案例',
    compare: '对比',
    timeline: '时间线',
    search: '搜索',
    about: '关于',
    skip: '跳到正文',
    switchTo: 'English',
  },
  footer: {
    licence: '正文以 CC BY 4.0 许可发布；引用的事实归各来源所有。',
    source: '源代码',
    facts: '事实如何取证',
  },
  home: {
    title: 'Istio 生产案例',
    lead: '2018 年前后，最早把 Istio 放进生产环境的一批团队',
    intro:
      '每个案例都写明公司背景、上网格之前的难题、网格承担了哪些职责、结果如何，以及此后发生的变化。能力的“已记录”“部分”“未报告”三档都指向具体来源；来源之间有矛盾、链接已失效时，页面会直说。',
    casesHeading: '全部案例',
    documented: '有据可查的能力',
    compareCta: '并排对比所有案例的能力',
    caseCount: (n) => `共 ${n} 个案例`,
  },
  facts: {
    heading: '概况',
    company: '公司',
    industry: '行业',
    headquarters: '总部',
    hqUnknown: '所查来源未能确认',
    platform: '运行平台',
    period: '采用时间',
    istio: 'Istio 版本',
    istioUnknown: '来源未说明',
    figures: '关键数字',
    asOf: (date) => `事实核对于 ${date}`,
    figureDate: (date) => `（${date}）`,
  },
  caseStudy: {
    capabilities: '用到的能力',
    capabilitiesLead: '“未报告”表示所查公开资料里没有证据，并不代表该公司确认没有使用。',
    sinceThen: '此后的变化',
    caveats: '勘误与存疑',
    sources: '来源',
    sourcesLead: '正文中的方括号编号指向下列来源。',
    backToList: '返回全部案例',
    noUrl: '无公开地址',
  },
  diagram: {
    heading: '架构示意',
    caption: '依据来源绘制的示意图，不是原文配图。',
    controlPlane: '控制平面',
    app: '应用',
    config: '下发配置',
    telemetry: '遥测',
    calls: '调用',
    outside: '网格之外',
  },
  compare: {
    title: '能力对比',
    lead: '每个案例用了 Istio 的哪些能力，依据来源记录的程度分为三档。',
    caption: '各案例的 Istio 能力一览',
    company: '案例',
    legend: '图例',
  },
  search: {
    title: '搜索',
    lead: '在全部案例的正文与概况中全文搜索，支持中文分词与英文产品名。',
    label: '搜索案例',
    placeholder: '例如：可观测性、ServiceEntry、MOSN',
    submit: '搜索',
    filters: '筛选',
    anyValue: '全部',
    loading: '正在载入搜索索引…',
    noResults: '没有找到与“{q}”相关的内容。',
    resultsOne: '“{q}”共有 1 条结果',
    resultsMany: '“{q}”共有 {n} 条结果',
    filtered: '按所选条件共有 {n} 条结果',
    unavailable: '搜索索引在开发模式下不存在：请先运行 npm run build，再用 npm start 打开网站。',
    noScript: '搜索需要 JavaScript。也可以直接浏览全部案例或能力对比表。',
    hint: '按 Esc 清空搜索框',
  },
  about: {
    title: '关于本站',
    description: '本站收录哪些案例、事实如何取证与标注日期、文字以什么许可发布。',
  },
  facets: {
    kind: { capabilities: '能力', industries: '行业', platforms: '运行平台' },
    title: (kind, label) =>
      kind === 'capabilities'
        ? `用到“${label}”的案例`
        : kind === 'industries'
          ? `${label}行业的案例`
          : `运行在 ${label} 上的案例`,
    description: (kind, label) =>
      kind === 'capabilities'
        ? `来源中记录了“${label}”的 Istio 生产案例，逐一列出记录程度和依据的来源。`
        : kind === 'industries'
          ? `${label}行业的 Istio 生产案例，列出运行平台和有据可查的能力。`
          : `网格运行在 ${label} 上的 Istio 生产案例，逐一列出依据的来源。`,
    capabilityTally: (documented, partial) => `${documented} 个案例有据可查，${partial} 个只有部分证据。`,
    tally: (n) => `共 ${n} 个案例`,
    none: '目前还没有案例记录这一项。',
    others: (kind) => (kind === 'capabilities' ? '全部能力' : kind === 'industries' ? '全部行业' : '全部运行平台'),
    backedBy: '来源：',
  },
  timeline: {
    title: '时间线',
    description: '按年份把各个 Istio 生产案例的事件和 Istio 版本发布放在同一条时间轴上。',
    lead: '各团队何时公开讲述自己的经历、之后发生了什么，以及其间的 Istio 版本发布，都在同一条时间轴上。',
    release: (version) => `Istio ${version}`,
    told: '公开讲述：',
    unverified: '日期未确认',
    legendRelease: 'Istio 版本发布',
    legendCase: '案例事件',
  },
  pagination: {
    label: '分页',
    previous: '上一页',
    next: '下一页',
    page: (n, of) => `第 ${n} 页，共 ${of} 页`,
  },
  related: { heading: '相关案例', shared: '同样有据可查：', separator: '、' },
  notFound: { title: '找不到这个页面', body: '地址可能有误，或页面已经移动。', home: '回到案例列表' },
  industry: labelsIn('industries', 'zh'),
  platform: labelsIn('platforms', 'zh'),
  capability: labelsIn('capabilities', 'zh'),
  level: { documented: '已记录', partial: '部分', 'not-reported': '未报告' },
  sourceKind: {
    blog: '博客',
    talk: '演讲',
    video: '视频',
    podcast: '播客',
    issue: 'GitHub issue',
    repository: '代码仓库',
    article: '文章',
    filing: '监管文件',
  },
  sourceStatus: { ok: '链接有效', moved: '地址已迁移', rotted: '链接已失效', unchecked: '未在线核实' },
  caveatKind: { conflict: '来源矛盾', correction: '原文勘误', 'link-rot': '链接问题', unverified: '未经证实' },
  qualifier: {
    exact: (n) => n,
    approx: (n) => `约 ${n}`,
    'more-than': (n) => `${n}+`,
    'up-to': (n) => `最多 ${n}`,
  },
};
