/**
 * The one link rule for articles, Markdown and JSX alike: `https:`, `http:`,
 * a site path that names a page (language-neutral: `/cases/namely/`), or `#`.
 */

const ALLOWED_LINKS = 'https:// or http:// addresses, site paths such as /cases/namely/, or #anchors';

/** Browsers ignore tabs, newlines and leading control characters in a URL; so does this check. */
const squeeze = (url: string) => [...url].filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f).join('');

export interface LinkVerdict {
  found: string;
  fix: string;
}

/** What a link may point at: the site's pages and, where the check knows them, their fragments. */
export interface LinkTargets {
  /** Site page paths, language-neutral. */
  pages: ReadonlySet<string>;
  /** The ids of a page in the linking file's language; undefined for a page whose ids are not known. */
  fragmentsOf?: ((page: string) => ReadonlySet<string> | undefined) | undefined;
  /** The page the linking file is part of, for `#fragment` links. */
  self?: string | undefined;
}

/** Why a fragment is not on its page, or undefined when it is (or when fragments are not checked). */
function checkFragment(shown: string, page: string, fragment: string, targets: LinkTargets): LinkVerdict | undefined {
  if (!fragment || !targets.fragmentsOf) return undefined;
  const ids = targets.fragmentsOf(page);
  if (!ids) {
    return {
      found: `a link to "${shown}", a fragment of a page whose sections the content check does not know`,
      fix: 'Link to the page without the fragment, or to a section of a case page or of /istio-today/.',
    };
  }
  let id = fragment;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    // A malformed escape is compared as written, and so is not found.
  }
  if (ids.has(id)) return undefined;
  return {
    found: `a link to "${shown}", whose page has no element #${id}`,
    fix: `Link to one of its fragments: ${[...ids].join(', ')}; or to the page without a fragment.`,
  };
}

/**
 * Why a link target is not allowed, or undefined when it is. Images are not
 * pages: they come from the site itself, which makes no request to another host.
 */
export function checkLink(url: string, kind: 'link' | 'image', targets: LinkTargets): LinkVerdict | undefined {
  const target = squeeze(url);
  const shown = url.length > 60 ? `${url.slice(0, 50)}…` : url;
  if (!target) return { found: 'an empty link target', fix: `Give the ${kind} a target: ${ALLOWED_LINKS}.` };
  if (target.startsWith('#')) {
    return kind === 'link' && targets.self ? checkFragment(shown, targets.self, target.slice(1), targets) : undefined;
  }
  if (/^https?:\/\/[^/]/i.test(target)) {
    if (!URL.canParse(target))
      return { found: `the malformed address "${shown}"`, fix: 'Correct the address; copy it from the browser bar.' };
    if (kind === 'image') {
      const name = new URL(target).pathname.split('/').pop() || 'diagram.png';
      return {
        found: `an image from another host, "${shown}"`,
        fix: `Put the image in the repository (for example public/images/${name}) and write its site path, /images/${name}; pages make no request to another host.`,
      };
    }
    return undefined;
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
  if (targets.pages.has(page)) return checkFragment(shown, page, target.split('#')[1] ?? '', targets);
  return {
    found: `a link to "${shown}", which is no page of the site`,
    fix: `Link to an existing page with a language-neutral path (the build adds the language and base path): ${[...targets.pages].join(', ')}.`,
  };
}
