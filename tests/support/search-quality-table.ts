/**
 * The search-quality table: what readers type, per language, and the page that
 * must come first where one obviously should. Pages other than cases (Istio
 * today, the timeline, facet pages) are in the index and in the ground truth
 * too. Which pages are relevant is not
 * written here: it is computed from the built pages' visible text (see
 * search-quality.ts), so the table stays true as the content changes.
 * `npm run bench` prints precision, recall and first place over it; the browser
 * tests assert the same figures.
 */
export interface QualityQuery {
  query: string;
  /**
   * What must rank first, where one page is the obvious answer: a case's slug, or the site
   * path of another page without the language prefix ("/istio-today/").
   */
  first?: string;
  /**
   * What the query stands for, for the report; `page` asks for a page other than a case; `alias` is another
   * word for an industry, platform or capability than its label (a synonym, an abbreviation, another spelling),
   * which must find the pages that hold the label or another of its words.
   */
  kind: 'company' | 'industry' | 'capability' | 'product' | 'phrase' | 'page' | 'reported' | 'alias' | 'nonsense';
}

export const QUALITY_TABLE: Record<'zh' | 'en', QualityQuery[]> = {
  zh: [
    { query: 'Auto Trader', first: 'auto-trader', kind: 'company' },
    { query: 'Descartes Labs', first: 'descartes-labs', kind: 'company' },
    { query: '笛卡尔实验室', first: 'descartes-labs', kind: 'company' },
    { query: 'HP FitStation', first: 'hp-fitstation', kind: 'company' },
    { query: 'Namely', first: 'namely', kind: 'company' },
    { query: 'PubNub', first: 'pubnub', kind: 'company' },
    { query: 'SOFA Mesh', first: 'sofa-mesh', kind: 'company' },
    { query: '蚂蚁金服', first: 'sofa-mesh', kind: 'company' },
    { query: '阿里 UC', first: 'sofa-mesh', kind: 'company' },
    { query: '天气公司', first: 'the-weather-company', kind: 'company' },
    { query: 'Trulia', first: 'trulia', kind: 'company' },
    { query: '房地产', first: 'trulia', kind: 'industry' },
    { query: '地理空间分析', first: 'descartes-labs', kind: 'industry' },
    { query: '气象数据', first: 'the-weather-company', kind: 'industry' },
    { query: '人力资源', first: 'namely', kind: 'industry' },
    { query: '汽车交易平台', first: 'auto-trader', kind: 'industry' },
    { query: '定制鞋履', first: 'hp-fitstation', kind: 'industry' },
    { query: '实时消息', first: 'pubnub', kind: 'industry' },
    { query: '金融科技', first: 'sofa-mesh', kind: 'industry' },
    { query: '可观测性', first: 'trulia', kind: 'capability' },
    { query: '分布式追踪', kind: 'capability' },
    { query: '流量路由', kind: 'capability' },
    { query: '重试与超时', kind: 'capability' },
    { query: '熔断', kind: 'capability' },
    { query: '安全与 mTLS', kind: 'capability' },
    { query: '多租户', kind: 'capability' },
    { query: '本地开发', kind: 'capability' },
    { query: 'Envoy', kind: 'product' },
    { query: 'Jaeger', kind: 'product' },
    { query: 'Prometheus', kind: 'product' },
    { query: 'Mixer', kind: 'product' },
    { query: 'MOSN', first: 'sofa-mesh', kind: 'product' },
    { query: 'Dubbo', kind: 'product' },
    { query: 'Spinnaker', kind: 'product' },
    { query: 'Cilium', first: 'hp-fitstation', kind: 'product' },
    { query: 'ServiceEntry', first: 'the-weather-company', kind: 'product' },
    { query: 'GKE', kind: 'product' },
    { query: 'GDPR', first: 'auto-trader', kind: 'phrase' },
    { query: '卫星', first: 'descartes-labs', kind: 'phrase' },
    { query: '生物特征', first: 'hp-fitstation', kind: 'phrase' },
    { query: '扩缩容', first: 'descartes-labs', kind: 'phrase' },
    { query: '双向 TLS', kind: 'phrase' },
    { query: 'Istio 1.0', kind: 'phrase' },
    { query: '"服务网格"', kind: 'phrase' },
    { query: 'ambient 模式', first: '/capabilities/ambient-mode/', kind: 'page' },
    { query: 'ztunnel', first: '/istio-today/', kind: 'page' },
    { query: '版本时间线', first: '/istio-today/', kind: 'page' },
    { query: 'Istio 1.5', kind: 'page' },
    { query: 'Istio 1.24', first: '/timeline/', kind: 'page' },
    { query: '2020', first: '/timeline/', kind: 'page' },
    { query: 'mTLS', kind: 'page' },
    { query: '金融科技行业', first: '/industries/fintech/', kind: 'page' },
    { query: '多集群', kind: 'reported' },
    { query: '谷歌云', kind: 'reported' },
    { query: '无边车', kind: 'reported' },
    { query: '服务网格', kind: 'reported' },
    { query: '边车', kind: 'reported' },
    { query: 'k8s', kind: 'alias' },
    { query: '人事软件', first: 'namely', kind: 'alias' },
    { query: '二手车', first: 'auto-trader', kind: 'alias' },
    { query: '运动鞋', first: 'hp-fitstation', kind: 'alias' },
    { query: '天气预报', first: 'the-weather-company', kind: 'alias' },
    { query: '灰度发布', kind: 'alias' },
    { query: '链路追踪', kind: 'alias' },
    { query: '双向认证', kind: 'alias' },
    { query: '断路器', kind: 'alias' },
    { query: 'kubernetesx zzz', kind: 'nonsense' },
    { query: '量子纠缠', kind: 'nonsense' },
    { query: 'qwxzvk', kind: 'nonsense' },
  ],
  en: [
    { query: 'Auto Trader', first: 'auto-trader', kind: 'company' },
    { query: 'Descartes Labs', first: 'descartes-labs', kind: 'company' },
    { query: 'HP FitStation', first: 'hp-fitstation', kind: 'company' },
    { query: 'Namely', first: 'namely', kind: 'company' },
    { query: 'PubNub', first: 'pubnub', kind: 'company' },
    { query: 'SOFA Mesh', first: 'sofa-mesh', kind: 'company' },
    { query: 'Ant Financial', first: 'sofa-mesh', kind: 'company' },
    { query: 'Alibaba', first: 'sofa-mesh', kind: 'company' },
    { query: 'The Weather Company', first: 'the-weather-company', kind: 'company' },
    { query: 'Trulia', first: 'trulia', kind: 'company' },
    { query: 'Zillow', kind: 'company' },
    { query: 'real estate', first: 'trulia', kind: 'industry' },
    { query: 'geospatial analytics', first: 'descartes-labs', kind: 'industry' },
    { query: 'weather data', first: 'the-weather-company', kind: 'industry' },
    { query: 'HR software', first: 'namely', kind: 'industry' },
    { query: 'automotive marketplace', first: 'auto-trader', kind: 'industry' },
    { query: 'custom footwear', first: 'hp-fitstation', kind: 'industry' },
    { query: 'footwear', first: 'hp-fitstation', kind: 'industry' },
    { query: 'real-time messaging', first: 'pubnub', kind: 'industry' },
    { query: 'financial technology', first: 'sofa-mesh', kind: 'industry' },
    { query: 'observability', first: 'trulia', kind: 'capability' },
    { query: 'distributed tracing', kind: 'capability' },
    { query: 'traffic routing', kind: 'capability' },
    { query: 'retries and timeouts', kind: 'capability' },
    { query: 'circuit breaking', kind: 'capability' },
    { query: 'security and mTLS', kind: 'capability' },
    { query: 'multi-tenancy', kind: 'capability' },
    { query: 'local development', kind: 'capability' },
    { query: 'Envoy', kind: 'product' },
    { query: 'Jaeger', kind: 'product' },
    { query: 'Prometheus', kind: 'product' },
    { query: 'Mixer', kind: 'product' },
    { query: 'MOSN', first: 'sofa-mesh', kind: 'product' },
    { query: 'Dubbo', kind: 'product' },
    { query: 'Spinnaker', kind: 'product' },
    { query: 'Cilium', first: 'hp-fitstation', kind: 'product' },
    { query: 'ServiceEntry', first: 'the-weather-company', kind: 'product' },
    { query: 'GKE', kind: 'product' },
    { query: 'GDPR', first: 'auto-trader', kind: 'phrase' },
    { query: 'satellite', first: 'descartes-labs', kind: 'phrase' },
    { query: 'biometric', first: 'hp-fitstation', kind: 'phrase' },
    { query: 'payroll', first: 'namely', kind: 'phrase' },
    { query: 'autoscaling', first: 'descartes-labs', kind: 'phrase' },
    { query: 'pub/sub messaging', kind: 'phrase' },
    { query: 'mutual TLS', kind: 'phrase' },
    { query: 'Istio 1.0', kind: 'phrase' },
    { query: '"service mesh"', kind: 'phrase' },
    { query: 'ambient mode', first: '/capabilities/ambient-mode/', kind: 'page' },
    { query: 'ztunnel', first: '/istio-today/', kind: 'page' },
    { query: 'release timeline', kind: 'page' },
    { query: 'Istio 1.5', kind: 'page' },
    { query: 'Istio 1.24', first: '/timeline/', kind: 'page' },
    { query: '2020', first: '/timeline/', kind: 'page' },
    { query: 'mTLS', kind: 'page' },
    { query: 'multi-cluster', kind: 'reported' },
    { query: 'human resources', kind: 'reported' },
    { query: 'sidecar', kind: 'reported' },
    { query: 'k8s', kind: 'alias' },
    { query: 'HRIS', first: 'namely', kind: 'alias' },
    { query: 'used cars', first: 'auto-trader', kind: 'alias' },
    { query: 'shoes', first: 'hp-fitstation', kind: 'alias' },
    { query: 'meteorology', first: 'the-weather-company', kind: 'alias' },
    { query: 'realtime messaging', first: 'pubnub', kind: 'alias' },
    { query: 'fintech', first: 'sofa-mesh', kind: 'alias' },
    { query: 'canary', kind: 'alias' },
    { query: 'multitenancy', kind: 'alias' },
    { query: 'circuit breaker', kind: 'alias' },
    { query: 'two-way TLS', kind: 'alias' },
    { query: 'kubernetesx zzz', kind: 'nonsense' },
    { query: 'flux capacitor', kind: 'nonsense' },
    { query: 'qwxzvk', kind: 'nonsense' },
  ],
};

/**
 * Pages whose visible text holds a query that search does not find, with the
 * reason. Each is a limit of Pagefind's word segmentation, not of this site's
 * check, which runs on every candidate Pagefind returns. The browser test fails
 * on any miss not listed here.
 */
export const KNOWN_MISSES: { lang: 'zh' | 'en'; query: string; path: string; reason: string }[] = [];
