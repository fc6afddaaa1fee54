/**
 * Every Istio minor release from 0.1 to the newest (1.31), each dated by its
 * announcement on istio.io: the `publishdate` of the announcement's file under
 * content/en/news/releases in istio/istio.io, read on 2026-12-07.
 *
 * The one list of releases on the site: the Istio-today page and `/timeline/`
 * both read it. An entry whose release could not be confirmed would stay in the
 * list with `verified: false` and a reason, so a reader sees the doubt instead
 * of a gap; no entry needs that today.
 *
 * Source keys are those of `shared/facts/dossier.md` (I*) and
 * `shared/facts/istio-since-2018.md` (A*, B*), except the sheet's `TAGS`, which
 * is `G1` here because citation keys are capital letters followed by digits.
 */

/** One reader-facing string in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** A publication a release entry rests on. */
export interface ReleaseSource {
  /** Citation key, capital letters then digits, as in the fact sheets. */
  key: string;
  /** Title as published; never translated. */
  title: string;
  /** Publisher or author as credited. */
  publisher: string;
  /** The source's own date, YYYY-MM-DD, when it has one. */
  date?: string;
  /** Address. istio.io addresses are derived from the page's file path in istio/istio.io. */
  url: string;
}

export interface IstioRelease {
  /** Minor version, e.g. `1.5`. */
  version: string;
  /** YYYY-MM-DD: the announcement's date on istio.io, or the git tag's date where no announcement was read. */
  date: string;
  /** What `date` is: the istio.io announcement or the tag in istio/istio. */
  dateBasis: 'announcement' | 'git-tag';
  /** Tagger date of the `x.y.0` tag in istio/istio, where the fact sheet gives it. */
  tagged?: string;
  /** False when the fact sheets could not confirm the release or its date. */
  verified: boolean;
  /** Why the entry is unverified; required exactly when `verified` is false. */
  doubt?: Bilingual;
  /** What the release brought, where notable for readers of the 2018 cases. */
  note?: Bilingual;
  /** Where `date` comes from. */
  source: ReleaseSource;
  /** Where the note comes from, when that is not `source`. */
  noteSource?: ReleaseSource;
}

const ISTIO = 'Istio';
const announcement = (key: string, version: string, date: string, title = `Announcing Istio ${version}`) => ({
  key,
  title,
  publisher: ISTIO,
  date,
  url: `https://istio.io/latest/news/releases/${version.startsWith('0.') ? '0.x' : `${version}.x`}/announcing-${version}/`,
});

/** An entry dated and described by its own announcement on istio.io. */
const announced = (key: string, version: string, date: string, note: Bilingual, title?: string): IstioRelease => ({
  version,
  date,
  dateBasis: 'announcement',
  verified: true,
  note,
  source: announcement(key, version, date, title),
});

/** The git tags of istio/istio, read up to 2026-08-22. */
export const gitTags: ReleaseSource = {
  key: 'G1',
  title: 'istio/istio git tags 1.1.0 … 1.30.0',
  publisher: 'Istio Release Robot',
  url: 'https://github.com/istio/istio/tags',
};

/** Oldest first. */
export const istioReleases: readonly IstioRelease[] = [
  {
    version: '0.1',
    date: '2017-05-24',
    dateBasis: 'announcement',
    verified: true,
    note: {
      en: 'First public release, by Google, IBM and Lyft, for Kubernetes only; retries, circuit breakers, mTLS, metrics and tracing were already there.',
      zh: 'Google、IBM 与 Lyft 首次公开发布，只支持 Kubernetes；重试、熔断、mTLS、指标与追踪从一开始就有。',
    },
    source: { ...announcement('I1', '0.1', '2017-05-24'), title: 'Introducing Istio' },
  },
  announced('R1', '0.2', '2017-10-10', {
    en: 'Istio across all namespaces of a cluster; mTLS and policy for TCP services; virtual machines in the mesh; Consul and Eureka as registries.',
    zh: '覆盖集群的全部命名空间；TCP 服务也有 mTLS 与策略；虚拟机可加入网格；可用 Consul 与 Eureka 作为注册中心。',
  }),
  announced('R2', '0.3', '2017-11-29', {
    en: 'A monthly release cadence; Mixer and Pilot themselves secured with mTLS; egress rules for TCP.',
    zh: '改为每月发布；Mixer 与 Pilot 自身也以 mTLS 保护；TCP 出站规则。',
  }),
  announced('R3', '0.4', '2017-12-18', {
    en: 'Helm charts to install Istio; Pilot support for Cloud Foundry.',
    zh: '提供安装 Istio 的 Helm chart；Pilot 支持 Cloud Foundry。',
  }),
  {
    version: '0.5',
    date: '2018-02-02',
    dateBasis: 'announcement',
    verified: true,
    note: {
      en: 'Sidecars injected automatically by a Kubernetes admission webhook.',
      zh: '由 Kubernetes 准入 webhook 自动注入边车。',
    },
    source: announcement('I2', '0.5', '2018-02-02'),
  },
  {
    version: '0.6',
    date: '2018-03-08',
    dateBasis: 'announcement',
    verified: true,
    note: {
      en: 'Mixer’s Check and Report could be deployed to separate clusters; Redis quota and Datadog adapters.',
      zh: 'Mixer 的 Check 与 Report 可以分开部署到不同集群；新增 Redis 配额与 Datadog 适配器。',
    },
    source: announcement('I3', '0.6', '2018-03-08'),
  },
  {
    version: '0.7',
    date: '2018-03-28',
    dateBasis: 'announcement',
    verified: true,
    note: {
      en: 'A quality release without new features; first preview of the v1alpha3 traffic API.',
      zh: '只抓质量、不加新功能的版本；首次预览 v1alpha3 流量 API。',
    },
    source: announcement('I4', '0.7', '2018-03-28'),
  },
  {
    version: '0.8',
    date: '2018-06-01',
    dateBasis: 'announcement',
    verified: true,
    note: {
      en: 'v1alpha3 (Gateway, VirtualService, DestinationRule, ServiceEntry) became the default; Pilot pushed configuration over ADS; the certificate authority was renamed Citadel.',
      zh: 'v1alpha3（Gateway、VirtualService、DestinationRule、ServiceEntry）成为默认 API；Pilot 通过 ADS 下发配置；证书颁发组件更名为 Citadel。',
    },
    source: announcement('I5', '0.8', '2018-06-01'),
  },
  {
    version: '1.0',
    date: '2018-07-31',
    dateBasis: 'announcement',
    verified: true,
    note: {
      en: 'Declared ready for production; networking APIs and multicluster reached Beta; mTLS could be switched on step by step; authorisation policies evaluated locally in Envoy.',
      zh: '宣布可用于生产；网络 API 与多集群进入 Beta；mTLS 可以逐步开启；授权策略完全在 Envoy 本地评估。',
    },
    source: announcement('I6', '1.0', '2018-07-31'),
  },
  {
    version: '1.1',
    date: '2019-03-19',
    dateBasis: 'announcement',
    tagged: '2019-03-18',
    verified: true,
    note: {
      en: 'Lighter sidecars and Pilot, the Sidecar resource, policy checks off by default, clusters joined through their gateways.',
      zh: '边车与 Pilot 更省资源；引入 Sidecar 资源；策略检查默认关闭；多个集群可经网关互联。',
    },
    source: announcement('A1', '1.1', '2019-03-19'),
  },
  {
    version: '1.2',
    date: '2019-06-18',
    dateBasis: 'announcement',
    tagged: '2019-06-18',
    verified: true,
    note: {
      en: 'Predictable releases: rebuilt build and test infrastructure, a quarterly cadence.',
      zh: '可预期的发布：重建构建与测试基础设施，改为按季度发布。',
    },
    source: announcement('A3', '1.2', '2019-06-18', 'Announcing Istio 1.2.0'),
  },
  {
    version: '1.3',
    date: '2019-09-12',
    dateBasis: 'announcement',
    tagged: '2019-09-11',
    verified: true,
    note: {
      en: 'Automatic protocol detection; the istio-policy service off by default; experimental HTTP telemetry without Mixer.',
      zh: '自动协议探测；istio-policy 服务默认关闭；实验性的、不经 Mixer 的 HTTP 遥测。',
    },
    source: announcement('A4', '1.3', '2019-09-12'),
  },
  {
    version: '1.4',
    date: '2019-11-14',
    dateBasis: 'announcement',
    tagged: '2019-11-14',
    verified: true,
    note: {
      en: 'Mixer-less telemetry in alpha; AuthorizationPolicy v1beta1; automatic mTLS as an option.',
      zh: '不经 Mixer 的遥测进入 alpha；AuthorizationPolicy v1beta1；可选的自动 mTLS。',
    },
    source: announcement('A5', '1.4', '2019-11-14'),
  },
  {
    version: '1.5',
    date: '2020-03-05',
    dateBasis: 'announcement',
    tagged: '2020-03-05',
    verified: true,
    note: {
      en: 'The control plane became one binary, istiod; in-proxy Telemetry v2 became the default and Mixer was deprecated; Wasm extensions in alpha.',
      zh: '控制平面合并为单一程序 istiod；代理内的 Telemetry v2 成为默认，Mixer 被弃用；Wasm 扩展进入 alpha。',
    },
    source: announcement('A6', '1.5', '2020-03-05'),
  },
  {
    version: '1.6',
    date: '2020-05-19',
    dateBasis: 'announcement',
    tagged: '2020-05-21',
    verified: true,
    note: {
      en: 'Canary upgrades by control-plane revision, plus in-place istioctl upgrade; WorkloadEntry for virtual machines.',
      zh: '按控制平面修订版（revision）做金丝雀升级，另有原地升级的 istioctl upgrade；面向虚拟机的 WorkloadEntry。',
    },
    source: announcement('A7', '1.6', '2020-05-19'),
  },
  {
    version: '1.7',
    date: '2020-08-21',
    dateBasis: 'announcement',
    tagged: '2020-08-21',
    verified: true,
    note: {
      en: 'Security for virtual-machine workloads in alpha; telemetry add-ons no longer installed by default.',
      zh: '虚拟机工作负载的安全能力进入 alpha；遥测附加组件不再默认安装。',
    },
    source: announcement('A8', '1.7', '2020-08-21'),
  },
  {
    version: '1.8',
    date: '2020-11-19',
    dateBasis: 'announcement',
    tagged: '2020-11-19',
    verified: true,
    note: {
      en: 'Mixer removed; Helm 3 installs with canary and in-place upgrades (alpha); DNS proxying.',
      zh: '移除 Mixer；Helm 3 安装支持金丝雀与原地升级（alpha）；DNS 代理。',
    },
    source: announcement('A9', '1.8', '2020-11-19'),
  },
  {
    version: '1.9',
    date: '2021-02-09',
    dateBasis: 'announcement',
    tagged: '2021-02-09',
    verified: true,
    note: {
      en: 'Virtual-machine integration in Beta; Gateway API in Alpha; a CUSTOM action for external authorisation (experimental).',
      zh: '虚拟机集成进入 Beta；Gateway API 进入 Alpha；用于外部授权的 CUSTOM 动作（实验性）。',
    },
    source: announcement('A10', '1.9', '2021-02-09'),
  },
  {
    version: '1.10',
    date: '2021-05-18',
    dateBasis: 'announcement',
    tagged: '2021-05-18',
    verified: true,
    note: {
      en: 'Revision tags (experimental); discovery selectors narrow what istiod watches.',
      zh: '修订版标签（实验性）；发现选择器缩小 istiod 的监听范围。',
    },
    source: announcement('A11', '1.10', '2021-05-18'),
  },
  {
    version: '1.11',
    date: '2021-08-12',
    dateBasis: 'announcement',
    tagged: '2021-08-12',
    verified: true,
    note: {
      en: 'istioctl tag out of experimental, with a default revision; external control plane in Beta; first look at the Telemetry and Wasm APIs.',
      zh: 'istioctl tag 脱离实验状态，并有默认修订版；外部控制平面进入 Beta；预览 Telemetry 与 Wasm API。',
    },
    source: announcement('A12', '1.11', '2021-08-12'),
  },
  {
    version: '1.12',
    date: '2021-11-16',
    dateBasis: 'announcement',
    tagged: '2021-11-18',
    verified: true,
    note: {
      en: 'WasmPlugin API (alpha); the Telemetry API covers metrics and access logs; full Gateway API v1alpha2 support.',
      zh: 'WasmPlugin API（alpha）；Telemetry API 覆盖指标与访问日志；完整支持 Gateway API v1alpha2。',
    },
    source: announcement('A13', '1.12', '2021-11-16'),
  },
  announced('R4', '1.13', '2022-02-09', {
    en: 'The ProxyConfig resource for proxy settings; hostnames of load balancers (as on Amazon EKS) resolved for multi-network gateways.',
    zh: '用 ProxyConfig 资源配置代理；多网络网关可自动解析负载均衡器的主机名（如 Amazon EKS）。',
  }),
  announced('R5', '1.14', '2022-05-24', {
    en: 'SPIRE as an identity provider through Envoy SDS; a minimum TLS version for workloads; automatic SNI.',
    zh: '可通过 Envoy SDS 使用 SPIRE 提供身份；可为工作负载设定最低 TLS 版本；自动 SNI。',
  }),
  announced('R6', '1.15', '2022-08-31', {
    en: 'Builds for arm64; istioctl uninstall Stable.',
    zh: '提供 arm64 构建；istioctl uninstall 进入 Stable。',
  }),
  {
    version: '1.16',
    date: '2022-11-15',
    dateBasis: 'announcement',
    tagged: '2022-11-15',
    verified: true,
    note: {
      en: 'OpenTelemetry tracing through the Telemetry API; experimental HBONE for sidecars and ingress.',
      zh: '可通过 Telemetry API 使用 OpenTelemetry 追踪；边车与入口网关可实验性地使用 HBONE。',
    },
    source: announcement('A14', '1.16', '2022-11-15'),
  },
  announced('R7', '1.17', '2023-02-14', {
    en: 'Canary upgrades with revision tags, and Helm installation, promoted to Beta; dual-stack networking in alpha.',
    zh: '基于修订版标签的金丝雀升级与 Helm 安装进入 Beta；双栈网络为 alpha。',
  }),
  {
    version: '1.18',
    date: '2023-06-07',
    dateBasis: 'announcement',
    tagged: '2023-06-07',
    verified: true,
    note: {
      en: 'The first release that ships ambient mode.',
      zh: '第一个带有 ambient 模式的版本。',
    },
    source: announcement('A15', '1.18', '2023-06-07', 'Announcing Istio 1.18.0'),
  },
  announced(
    'R8',
    '1.19',
    '2023-09-01',
    {
      en: 'Gateway API for traffic inside the mesh (experimental, with Gateway API v0.8.0); ambient mode, still alpha, gained ServiceEntry, WorkloadEntry, PeerAuthentication and DNS proxying.',
      zh: '网格内流量可用 Gateway API（实验性，配合 Gateway API v0.8.0）；仍为 alpha 的 ambient 模式支持 ServiceEntry、WorkloadEntry、PeerAuthentication 与 DNS 代理。',
    },
    'Announcing Istio 1.19.0',
  ),
  {
    version: '1.20',
    date: '2023-11-14',
    dateBasis: 'announcement',
    tagged: '2023-11-14',
    verified: true,
    note: {
      en: 'Full support for Gateway API v1.0; Istio policies attach to Gateway API objects through targetRef.',
      zh: '完整支持 Gateway API v1.0；Istio 策略可通过 targetRef 挂接到 Gateway API 对象上。',
    },
    source: announcement('A16', '1.20', '2023-11-14', 'Announcing Istio 1.20.0'),
  },
  announced(
    'R9',
    '1.21',
    '2024-03-11',
    {
      en: 'Compatibility versions keep an earlier release’s behaviour through an upgrade; ambient mode works with any CNI, through in-Pod traffic redirection.',
      zh: '兼容版本（compatibility version）让升级后仍保留上一版本的行为；借助 Pod 内流量重定向，ambient 模式可与任何 CNI 配合。',
    },
    'Announcing Istio 1.21.0',
  ),
  {
    version: '1.22',
    date: '2024-05-13',
    dateBasis: 'announcement',
    tagged: '2024-05-13',
    verified: true,
    note: {
      en: 'Ambient mode in Beta; Istio APIs promoted to v1; Gateway API for the mesh Stable; delta xDS on by default.',
      zh: 'ambient 模式进入 Beta；Istio API 升为 v1；网格内的 Gateway API 进入 Stable；默认启用增量 xDS。',
    },
    source: announcement('A17', '1.22', '2024-05-13', 'Announcing Istio 1.22.0'),
  },
  {
    version: '1.23',
    date: '2024-08-14',
    dateBasis: 'git-tag',
    tagged: '2024-08-14',
    verified: true,
    note: {
      en: 'The in-cluster operator deprecated; Helm or istioctl recommended instead.',
      zh: '弃用集群内 Operator，改为推荐 Helm 或 istioctl。',
    },
    source: gitTags,
    noteSource: {
      key: 'B13',
      title: 'Istio has deprecated its In-Cluster Operator',
      publisher: 'Mitch Connors (Microsoft) for the TOC',
      date: '2024-08-14',
      url: 'https://istio.io/latest/blog/2024/in-cluster-operator-deprecation-announcement/',
    },
  },
  {
    version: '1.24',
    date: '2024-11-07',
    dateBasis: 'announcement',
    tagged: '2024-11-07',
    verified: true,
    note: {
      en: 'Ambient mode generally available: ztunnel, waypoints and their APIs Stable.',
      zh: 'ambient 模式正式可用（GA）：ztunnel、waypoint 及其 API 进入 Stable。',
    },
    source: announcement('A18', '1.24', '2024-11-07', 'Announcing Istio 1.24.0'),
  },
  {
    version: '1.25',
    date: '2025-03-03',
    dateBasis: 'announcement',
    tagged: '2025-03-03',
    verified: true,
    note: {
      en: 'In ambient mode, DNS proxying on by default so that ServiceEntry hosts and egress gateways work; a default-deny policy for waypoints, applied through a GatewayClass targetRef; istio-cni upgradable in place.',
      zh: 'ambient 模式默认启用 DNS 代理，使 ServiceEntry 主机与出口网关开箱可用；可通过 GatewayClass 的 targetRef 为 waypoint 施加默认拒绝策略；istio-cni 可原地升级。',
    },
    source: announcement('A19', '1.25', '2025-03-03', 'Announcing Istio 1.25.0'),
  },
  {
    version: '1.26',
    date: '2025-05-08',
    dateBasis: 'announcement',
    tagged: '2025-05-08',
    verified: true,
    note: {
      en: 'Resources that Gateway API provisions can be customised; TCPRoute in waypoints. Its notes also make clear that no Istio version supports EnvoyFilter with waypoints.',
      zh: '可自定义 Gateway API 自动创建的资源；waypoint 支持 TCPRoute。发布说明同时澄清：没有任何 Istio 版本支持在 waypoint 上使用 EnvoyFilter。',
    },
    source: announcement('A20', '1.26', '2025-05-08', 'Announcing Istio 1.26.0'),
  },
  {
    version: '1.27',
    date: '2025-08-11',
    dateBasis: 'announcement',
    tagged: '2025-08-11',
    verified: true,
    note: {
      en: 'Ambient multicluster in Alpha; Gateway API Inference Extension; native nftables for sidecars.',
      zh: 'ambient 多集群进入 Alpha；Gateway API 推理扩展；边车原生支持 nftables。',
    },
    source: announcement('A21', '1.27', '2025-08-11', 'Announcing Istio 1.27.0'),
  },
  {
    version: '1.28',
    date: '2025-11-05',
    dateBasis: 'announcement',
    tagged: '2025-11-05',
    verified: true,
    note: {
      en: 'Ambient multicluster improved, still Alpha; dual-stack networking in Beta.',
      zh: 'ambient 多集群继续改进，仍为 Alpha；双栈网络进入 Beta。',
    },
    source: announcement('A22', '1.28', '2025-11-05', 'Announcing Istio 1.28.0'),
  },
  {
    version: '1.29',
    date: '2026-02-16',
    dateBasis: 'announcement',
    tagged: '2026-02-16',
    verified: true,
    note: {
      en: 'Ambient multicluster across networks in Beta; in ambient mode DNS capture on by default for new Pods, and istio-cni now reconciles the redirection rules of Pods already in the mesh.',
      zh: '跨网络的 ambient 多集群进入 Beta；ambient 模式对新建 Pod 默认捕获 DNS，istio-cni 也会自动校正已入网 Pod 的重定向规则。',
    },
    source: announcement('A23', '1.29', '2026-02-16', 'Announcing Istio 1.29.0'),
  },
  {
    version: '1.30',
    date: '2026-05-18',
    dateBasis: 'announcement',
    tagged: '2026-05-18',
    verified: true,
    note: {
      en: 'TrafficExtension API (alpha) for Wasm and Lua takes over from WasmPlugin as the main way to extend the proxy; agentgateway as an experimental gateway.',
      zh: '面向 Wasm 与 Lua 的 TrafficExtension API（alpha）取代 WasmPlugin，成为扩展代理的主要方式；agentgateway 可作实验性网关。',
    },
    source: announcement('A24', '1.30', '2026-05-18', 'Announcing Istio 1.30.0'),
  },
  {
    version: '1.31',
    date: '2026-08-20',
    dateBasis: 'announcement',
    verified: true,
    note: {
      en: 'agentgateway as a waypoint; weighted canaries for waypoints; zone-aware load balancing; a FIPS 140-3 compliance policy.',
      zh: 'agentgateway 可作 waypoint；waypoint 支持按权重的金丝雀发布；按可用区感知的负载均衡；FIPS 140-3 合规策略。',
    },
    source: announcement('A25', '1.31', '2026-08-20', 'Announcing Istio 1.31.0'),
  },
];

/** Every source the release list rests on, once each, in order of first use. */
export function releaseSources(releases: readonly IstioRelease[] = istioReleases): ReleaseSource[] {
  const byKey = new Map<string, ReleaseSource>();
  for (const release of releases) {
    for (const source of [release.source, release.noteSource]) {
      if (source && !byKey.has(source.key)) byKey.set(source.key, source);
    }
  }
  return [...byKey.values()];
}
