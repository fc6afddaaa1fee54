/**
 * Word pools shared by the synthetic facts and articles. They are wide on
 * purpose: the Pagefind index grows with distinct words, so a benchmark built
 * from one repeated sentence would understate index size and search cost.
 */
import { VOCABULARY, entryOf, type Capability, type Industry } from '../../src/lib/vocabulary.ts';

/** A type alias, not an interface, so it fits YamlValue's index signature. */
export type Pair = { zh: string; en: string };

/** Products engineers name in both languages; Chinese prose keeps them in Latin script. */
export const PRODUCTS = [
  'Envoy',
  'Prometheus',
  'Grafana',
  'Jaeger',
  'Zipkin',
  'Kiali',
  'Pilot',
  'Mixer',
  'Citadel',
  'istiod',
  'Kubernetes',
  'Helm',
  'Terraform',
  'Spinnaker',
  'Argo CD',
  'Flagger',
  'Vault',
  'cert-manager',
  'Fluentd',
  'Elasticsearch',
  'Kafka',
  'gRPC',
  'Redis',
  'Cassandra',
  'PostgreSQL',
  'Consul',
  'NGINX',
  'HAProxy',
  'OpenTelemetry',
  'SPIFFE',
  'Thanos',
  'Loki',
  'Datadog',
  'Jenkins',
  'GitLab CI',
  'Calico',
  'Cilium',
  'CoreDNS',
  'etcd',
  'MySQL',
  'MongoDB',
  'RabbitMQ',
  'Nacos',
  'Dubbo',
  'Spring Cloud',
  'Hystrix',
  'Eureka',
  'Zuul',
  'Kong',
  'Traefik',
  'Knative',
  'OPA',
  'Keycloak',
  'Sentry',
  'PagerDuty',
  'Splunk',
  'StatsD',
  'SkyWalking',
  'Telepresence',
  'Skaffold',
  'Tilt',
  'kind',
  'minikube',
  'Istio Operator',
  'istioctl',
  'Velero',
  'Harbor',
  'Tekton',
  'Argo Rollouts',
  'Linkerd',
  'MOSN',
  'WebAssembly',
  'Lua',
  'ClickHouse',
] as const;

/** The tools and resources a team would name for each capability. */
export const CAPABILITY_TOOLS: Record<Capability, readonly string[]> = {
  observability: ['Prometheus', 'Grafana', 'Kiali', 'Thanos', 'Datadog', 'StatsD', 'Loki'],
  tracing: ['Jaeger', 'Zipkin', 'OpenTelemetry', 'SkyWalking', 'B3 headers'],
  'traffic-routing': ['VirtualService', 'DestinationRule', 'Gateway', 'Flagger', 'Argo Rollouts'],
  'retries-timeouts': ['VirtualService', 'retry budgets', 'per-try timeouts', 'Envoy'],
  'circuit-breaking': ['outlierDetection', 'connectionPool', 'Hystrix', 'DestinationRule'],
  'security-mtls': ['Citadel', 'SPIFFE', 'PeerAuthentication', 'AuthorizationPolicy', 'Vault', 'cert-manager'],
  'external-services': ['ServiceEntry', 'egress gateway', 'DNS proxying', 'Sidecar'],
  'multi-tenancy': ['namespaces', 'Sidecar', 'revision labels', 'AuthorizationPolicy'],
  'upgrades-operations': ['istioctl', 'Helm', 'Istio Operator', 'revision tags', 'Argo CD'],
  'custom-data-plane': ['WebAssembly', 'EnvoyFilter', 'Lua', 'MOSN'],
  'local-development': ['Telepresence', 'Skaffold', 'kind', 'minikube', 'Tilt'],
};

/** A capability's tools; a capability added to the vocabulary since these pools were written gets generic ones. */
export const capabilityTools = (c: Capability): readonly string[] => CAPABILITY_TOOLS[c] ?? ['Envoy', 'istioctl'];

/** How the articles title each capability's subsection: its label in the vocabulary. */
export const capabilityHeading = (c: Capability): Pair => entryOf(VOCABULARY.capabilities, c);

export const SERVICES: readonly Pair[] = [
  { zh: '订单', en: 'orders' },
  { zh: '支付', en: 'payments' },
  { zh: '库存', en: 'inventory' },
  { zh: '搜索', en: 'search' },
  { zh: '推荐', en: 'recommendations' },
  { zh: '账户', en: 'accounts' },
  { zh: '风控', en: 'risk scoring' },
  { zh: '计费', en: 'billing' },
  { zh: '通知', en: 'notifications' },
  { zh: '地图瓦片', en: 'map tiles' },
  { zh: '报价', en: 'quotes' },
  { zh: '结算', en: 'settlement' },
  { zh: '物流跟踪', en: 'shipment tracking' },
  { zh: '媒体转码', en: 'media transcoding' },
  { zh: '认证', en: 'authentication' },
  { zh: '商品目录', en: 'catalogue' },
  { zh: '定价', en: 'pricing' },
  { zh: '消息推送', en: 'push messaging' },
  { zh: '预约', en: 'bookings' },
  { zh: '评价', en: 'reviews' },
  { zh: '报表', en: 'reporting' },
  { zh: '数据导入', en: 'ingestion' },
  { zh: '图片处理', en: 'image processing' },
  { zh: '排班', en: 'scheduling' },
  { zh: '地理编码', en: 'geocoding' },
  { zh: '会员', en: 'membership' },
  { zh: '优惠券', en: 'coupons' },
  { zh: '对账', en: 'reconciliation' },
  { zh: '客服', en: 'customer support' },
  { zh: '审计日志', en: 'audit logging' },
  { zh: '特征存储', en: 'feature store' },
  { zh: '配额', en: 'quota' },
];

/** Industry words that make the company's name and its description agree with its industry. */
/** Words for an industry; one added to the vocabulary since these pools were written is named by its label. */
export const industryWords = (industry: Industry): { name: readonly Pair[]; what: readonly Pair[] } => {
  const label = entryOf(VOCABULARY.industries, industry);
  return INDUSTRY_WORDS[industry] ?? { name: [{ zh: label.zh, en: label.en }], what: [label] };
};

const INDUSTRY_WORDS: Record<Industry, { name: readonly Pair[]; what: readonly Pair[] }> = {
  'real-estate': {
    name: [
      { zh: '房产', en: 'Homes' },
      { zh: '置业', en: 'Realty' },
      { zh: '地产', en: 'Estates' },
    ],
    what: [
      { zh: '在线房产平台', en: 'online property marketplace' },
      { zh: '租房与二手房信息网站', en: 'rental and resale listings site' },
    ],
  },
  'geospatial-analytics': {
    name: [
      { zh: '遥感', en: 'Geo' },
      { zh: '测绘', en: 'Maps' },
      { zh: '影像', en: 'Imaging' },
    ],
    what: [
      { zh: '卫星影像分析公司', en: 'satellite imagery analytics company' },
      { zh: '地理空间数据平台', en: 'geospatial data platform' },
    ],
  },
  'weather-data': {
    name: [
      { zh: '气象', en: 'Weather' },
      { zh: '天气', en: 'Climate' },
      { zh: '预报', en: 'Forecast' },
    ],
    what: [
      { zh: '天气数据服务商', en: 'weather data provider' },
      { zh: '气象预报 API 公司', en: 'forecast API company' },
    ],
  },
  'hr-software': {
    name: [
      { zh: '人力', en: 'People' },
      { zh: '薪酬', en: 'Payroll' },
      { zh: '云人事', en: 'HR Cloud' },
    ],
    what: [
      { zh: '人力资源 SaaS 厂商', en: 'HR software-as-a-service vendor' },
      { zh: '薪酬与福利管理平台', en: 'payroll and benefits platform' },
    ],
  },
  'automotive-marketplace': {
    name: [
      { zh: '汽车', en: 'Motors' },
      { zh: '车商', en: 'Autos' },
      { zh: '二手车', en: 'Cars' },
    ],
    what: [
      { zh: '汽车交易平台', en: 'car marketplace' },
      { zh: '二手车在线市场', en: 'used-vehicle marketplace' },
    ],
  },
  footwear: {
    name: [
      { zh: '鞋业', en: 'Footwear' },
      { zh: '足科', en: 'Fit' },
      { zh: '运动', en: 'Athletics' },
    ],
    what: [
      { zh: '定制鞋垫与鞋履公司', en: 'custom insole and footwear company' },
      { zh: '运动鞋零售商', en: 'athletic footwear retailer' },
    ],
  },
  'realtime-messaging': {
    name: [
      { zh: '消息', en: 'Relay' },
      { zh: '推送', en: 'Pulse' },
      { zh: '实时', en: 'Realtime' },
    ],
    what: [
      { zh: '实时消息网络', en: 'real-time messaging network' },
      { zh: '推送与聊天基础设施服务商', en: 'push and chat infrastructure provider' },
    ],
  },
  fintech: {
    name: [
      { zh: '支付', en: 'Pay' },
      { zh: '银行', en: 'Bank' },
      { zh: '金融', en: 'Finance' },
    ],
    what: [
      { zh: '移动支付公司', en: 'mobile payments company' },
      { zh: '数字银行', en: 'digital bank' },
      { zh: '消费金融平台', en: 'consumer lending platform' },
    ],
  },
};

/** Name stems, index-aligned between languages. */
export const NAME_STEMS: readonly Pair[] = [
  { zh: '北风', en: 'Northwind' },
  { zh: '蓝峰', en: 'Bluepeak' },
  { zh: '港湾', en: 'Harbor' },
  { zh: '流明', en: 'Lumen' },
  { zh: '雪松', en: 'Cedar' },
  { zh: '石英', en: 'Quartz' },
  { zh: '子午', en: 'Meridian' },
  { zh: '擎天', en: 'Atlas' },
  { zh: '红隼', en: 'Kestrel' },
  { zh: '银线', en: 'Silverline' },
  { zh: '轨道', en: 'Orbit' },
  { zh: '潮汐', en: 'Tidal' },
  { zh: '新月', en: 'Crescent' },
  { zh: '峰顶', en: 'Summit' },
  { zh: '花岗', en: 'Granite' },
  { zh: '极光', en: 'Aurora' },
  { zh: '灯塔', en: 'Beacon' },
  { zh: '钴蓝', en: 'Cobalt' },
  { zh: '猎鹰', en: 'Falcon' },
  { zh: '杜松', en: 'Juniper' },
  { zh: '星河', en: 'Galaxy' },
  { zh: '云帆', en: 'Cloudsail' },
  { zh: '海岚', en: 'Seamist' },
  { zh: '青松', en: 'Pinegreen' },
];

export const CITIES: readonly Pair[] = [
  { zh: '美国旧金山', en: 'San Francisco, USA' },
  { zh: '英国伦敦', en: 'London, UK' },
  { zh: '中国杭州', en: 'Hangzhou, China' },
  { zh: '德国柏林', en: 'Berlin, Germany' },
  { zh: '新加坡', en: 'Singapore' },
  { zh: '日本东京', en: 'Tokyo, Japan' },
  { zh: '印度班加罗尔', en: 'Bengaluru, India' },
  { zh: '加拿大多伦多', en: 'Toronto, Canada' },
  { zh: '澳大利亚悉尼', en: 'Sydney, Australia' },
  { zh: '法国巴黎', en: 'Paris, France' },
  { zh: '荷兰阿姆斯特丹', en: 'Amsterdam, Netherlands' },
  { zh: '美国纽约', en: 'New York, USA' },
  { zh: '美国西雅图', en: 'Seattle, USA' },
  { zh: '中国北京', en: 'Beijing, China' },
  { zh: '中国深圳', en: 'Shenzhen, China' },
  { zh: '瑞典斯德哥尔摩', en: 'Stockholm, Sweden' },
  { zh: '巴西圣保罗', en: 'São Paulo, Brazil' },
  { zh: '爱尔兰都柏林', en: 'Dublin, Ireland' },
];

/** Syllables for project codenames: rare words, so one query can hit only a few cases. */
export const CODENAME_HEADS = [
  'vex',
  'quor',
  'zan',
  'brim',
  'kel',
  'tor',
  'mav',
  'pryl',
  'sol',
  'drav',
  'wex',
  'fen',
  'gald',
  'hux',
  'jor',
  'lum',
  'nix',
  'orv',
  'pell',
  'rask',
  'syl',
  'thal',
  'umb',
  'yarn',
] as const;
export const CODENAME_TAILS = [
  'ora',
  'quin',
  'ith',
  'amon',
  'ello',
  'urn',
  'ask',
  'idge',
  'onyx',
  'elt',
  'avi',
  'orin',
  'usk',
  'arra',
  'ent',
  'ope',
  'ix',
  'ander',
  'ulo',
  'ette',
  'ock',
  'ima',
  'ost',
  'eya',
] as const;

/** Real Istio releases, for the "since then" events every case can point to. */
export const ISTIO_EVENTS = [
  {
    key: 'I5',
    date: '2020-03-05',
    version: '1.5',
    url: 'https://istio.io/latest/news/releases/1.5.x/announcing-1.5/',
    text: {
      zh: 'Istio 1.5 把控制面合并为 istiod，并弃用 Mixer',
      en: 'Istio 1.5 merged the control plane into istiod and deprecated Mixer',
    },
  },
  {
    key: 'I8',
    date: '2020-11-19',
    version: '1.8',
    url: 'https://istio.io/latest/news/releases/1.8.x/announcing-1.8/',
    text: { zh: 'Istio 1.8 移除了 Mixer', en: 'Istio 1.8 removed Mixer' },
  },
  {
    key: 'I12',
    date: '2021-11-18',
    version: '1.12',
    url: 'https://istio.io/latest/news/releases/1.12.x/announcing-1.12/',
    text: { zh: 'Istio 1.12 引入了 WasmPlugin API', en: 'Istio 1.12 introduced the WasmPlugin API' },
  },
  {
    key: 'I22',
    date: '2024-05-13',
    version: '1.22',
    url: 'https://istio.io/latest/news/releases/1.22.x/announcing-1.22/',
    text: { zh: 'Istio 1.22 宣布 ambient 模式进入 Beta', en: 'Istio 1.22 declared ambient mode Beta' },
  },
] as const;

export const ISTIO_VERSIONS = ['0.8', '1.0', '1.0.6', '1.1', '1.4', '1.6.8', '1.9', '1.12', '1.16', '1.20'] as const;
