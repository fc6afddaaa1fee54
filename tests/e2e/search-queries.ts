/**
 * What readers type, and the case each query must find in the top three.
 * Chinese queries run against the Chinese index, English against the English one.
 */
export interface SearchCase {
  query: string;
  expect: string;
}

export const ZH_QUERIES: SearchCase[] = [
  { query: '可观测性', expect: 'trulia' },
  { query: 'ServiceEntry', expect: 'the-weather-company' },
  { query: 'MOSN', expect: 'sofa-mesh' },
  { query: '房产', expect: 'trulia' },
  { query: '卫星', expect: 'descartes-labs' },
  { query: '天气', expect: 'the-weather-company' },
  { query: '人力资源', expect: 'namely' },
  { query: '汽车', expect: 'auto-trader' },
  { query: '鞋', expect: 'hp-fitstation' },
  { query: '实时消息', expect: 'pubnub' },
  { query: '蚂蚁金服', expect: 'sofa-mesh' },
  { query: 'Jaeger', expect: 'trulia' },
  { query: 'Vistio', expect: 'the-weather-company' },
  { query: 'Cilium', expect: 'hp-fitstation' },
  { query: 'Spinnaker', expect: 'namely' },
  { query: 'Dubbo', expect: 'sofa-mesh' },
  { query: '本地开发', expect: 'namely' },
  { query: 'GDPR', expect: 'auto-trader' },
  { query: '生物特征', expect: 'hp-fitstation' },
  { query: '扩缩容', expect: 'descartes-labs' },
];

export const EN_QUERIES: SearchCase[] = [
  { query: 'real estate', expect: 'trulia' },
  { query: 'footwear', expect: 'hp-fitstation' },
  { query: 'Dubbo', expect: 'sofa-mesh' },
  { query: 'satellite', expect: 'descartes-labs' },
  { query: 'weather', expect: 'the-weather-company' },
  { query: 'payroll', expect: 'namely' },
  { query: 'GDPR', expect: 'auto-trader' },
  { query: 'pub/sub messaging', expect: 'pubnub' },
  { query: 'Jaeger', expect: 'trulia' },
  { query: 'Vistio', expect: 'the-weather-company' },
  { query: 'Cilium', expect: 'hp-fitstation' },
  { query: 'Spinnaker', expect: 'namely' },
  { query: 'autoscaling', expect: 'descartes-labs' },
  { query: 'MOSN', expect: 'sofa-mesh' },
  { query: 'Ant Financial', expect: 'sofa-mesh' },
  { query: 'ServiceEntry', expect: 'the-weather-company' },
  { query: 'local development', expect: 'namely' },
  { query: 'Zillow', expect: 'trulia' },
  { query: 'biometric', expect: 'hp-fitstation' },
  { query: 'mTLS', expect: 'auto-trader' },
];
