/** An Atom feed of the case studies in one language, built from the same data as the pages. */
const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface FeedEntry {
  title: string;
  summary: string;
  url: string;
  /** YYYY-MM-DD */
  updated: string;
}

export interface Feed {
  title: string;
  subtitle: string;
  lang: string;
  selfUrl: string;
  homeUrl: string;
  entries: FeedEntry[];
}

const stamp = (date: string) => `${date}T00:00:00Z`;

export function atomFeed(feed: Feed): string {
  const updated =
    feed.entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? '1970-01-01';
  const entries = feed.entries.map(
    (e) => `  <entry>
    <title>${escape(e.title)}</title>
    <link href="${escape(e.url)}"/>
    <id>${escape(e.url)}</id>
    <updated>${stamp(e.updated)}</updated>
    <summary>${escape(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escape(feed.lang)}">
  <title>${escape(feed.title)}</title>
  <subtitle>${escape(feed.subtitle)}</subtitle>
  <link rel="self" href="${escape(feed.selfUrl)}"/>
  <link href="${escape(feed.homeUrl)}"/>
  <id>${escape(feed.homeUrl)}</id>
  <updated>${stamp(updated)}</updated>
  <author><name>${escape(feed.title)}</name></author>
${entries.join('\n')}
</feed>
`;
}
