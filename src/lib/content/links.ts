/**
 * The one link rule for articles, Markdown and JSX alike: `https:`, `http:`,
 * a site path that names a page (language-neutral: `/cases/namely/`), or `#`.
 */

export const ALLOWED_LINKS = 'https:// or http:// addresses, site paths such as /cases/namely/, or #anchors';

/** Browsers ignore tabs, newlines and leading control characters in a URL; so does this check. */
const squeeze = (url: string) => [...url].filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f).join('');

export interface LinkVerdict {
  found: string;
  fix: string;
}

/** Why a link target is not allowed, or undefined when it is. Images are not pages, so only their scheme is checked. */
export function checkLink(
  url: string,
  kind: 'link' | 'image',
  pagePaths: ReadonlySet<string>,
): LinkVerdict | undefined {
  const target = squeeze(url);
  const shown = url.length > 60 ? `${url.slice(0, 50)}…` : url;
  if (!target) return { found: 'an empty link target', fix: `Give the ${kind} a target: ${ALLOWED_LINKS}.` };
  if (target.startsWith('#')) return undefined;
  if (/^https?:\/\/[^/]/i.test(target)) {
    return URL.canParse(target)
      ? undefined
      : { found: `the malformed address "${shown}"`, fix: 'Correct the address; copy it from the browser bar.' };
  }
  if (target.startsWith('//') || target.startsWith('/\\')) {
    return { found: `the scheme-less address "${shown}"`, fix: 'Write the full address, starting with https://.' };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(target)?.[1];
  if (scheme) {
    return {
      found: `a ${scheme.toLowerCase()}: ${kind}`,
      fix: `Link only to ${ALLOWED_LINKS}; a ${scheme.toLowerCase()}: ${kind} never reaches a reader.`,
    };
  }
  if (!target.startsWith('/')) {
    return {
      found: `the relative ${kind} "${shown}"`,
      fix: 'Write a site path starting with /, such as /cases/namely/.',
    };
  }
  if (kind === 'image') return undefined;
  const path = target.split(/[?#]/)[0] ?? '/';
  const page = path.endsWith('/') ? path : `${path}/`;
  if (pagePaths.has(page)) return undefined;
  return {
    found: `a link to "${shown}", which is no page of the site`,
    fix: `Link to an existing page with a language-neutral path (the build adds the language and base path): ${[...pagePaths].join(', ')}.`,
  };
}
