import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/atom';

describe('the Atom feed', () => {
  const xml = atomFeed({
    title: 'Cases & <more>',
    subtitle: 's',
    lang: 'en',
    selfUrl: 'https://x.test/repo/en/feed.xml',
    homeUrl: 'https://x.test/repo/en/',
    entries: [
      { title: 'A "quoted" title', summary: 'x < y', url: 'https://x.test/repo/en/cases/a/', updated: '2026-11-25' },
      { title: 'B', summary: 'b', url: 'https://x.test/repo/en/cases/b/', updated: '2025-01-02' },
    ],
  });
  it('escapes text and dates the feed by its newest entry', () => {
    expect(xml).toContain('<title>Cases &amp; &lt;more&gt;</title>');
    expect(xml).toContain('<title>A &quot;quoted&quot; title</title>');
    expect(xml).toContain('<summary>x &lt; y</summary>');
    expect(xml.match(/<updated>([^<]+)<\/updated>/)?.[1]).toBe('2026-11-25T00:00:00Z');
  });
  it('links every entry by its absolute URL under the base path', () => {
    expect(xml).toContain('<link href="https://x.test/repo/en/cases/b/"/>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
  });
});
