import { describe, expect, it } from 'vitest';
import { codeSpans, firstUseGloss } from '../../src/lib/data-text';

describe('snippets gathered from many cases', () => {
  it('gloss the first 边车 of a Chinese page with its English word, once', () => {
    const gloss = firstUseGloss('zh');
    expect(gloss('无关的句子')).toBe('无关的句子');
    expect(gloss('自动注入边车')).toBe('自动注入边车（sidecar）');
    expect(gloss('又一个边车')).toBe('又一个边车');
    expect(firstUseGloss('zh')('边车（sidecar）已注明')).toBe('边车（sidecar）已注明');
    expect(firstUseGloss('en')('边车')).toBe('边车');
  });

  it('set commands as code', () => {
    expect(codeSpans('automatic mTLS; istioctl analyze.')).toEqual([
      { text: 'automatic mTLS; ', code: false },
      { text: 'istioctl analyze', code: true },
      { text: '.', code: false },
    ]);
    expect(codeSpans('run `kubectl apply` first')).toEqual([
      { text: 'run ', code: false },
      { text: 'kubectl apply', code: true },
      { text: ' first', code: false },
    ]);
  });
});
