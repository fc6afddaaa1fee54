import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { siteConfig } from './src/site.config';
import { DEFAULT_LANG, LANGS, LANGUAGES } from './src/lib/languages';
import { rehypeSiteLinks } from './src/markdown/rehype-site-links';
import { rehypeCitations } from './src/markdown/rehype-citations';
import { rehypeHeadingLinks } from './src/markdown/rehype-heading-links';
import { remarkJsxElements } from './src/markdown/remark-jsx-elements';
import { pagefindIntegration } from './src/integrations/pagefind';
import { THEME_SCRIPT } from './src/lib/inline-scripts';

/** Cascade layers, first to last; later layers win whatever order the build emits the styles in. */
const CSS_LAYERS = 'reset, tokens, base, components, utilities';

export default defineConfig({
  site: siteConfig.url,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Tests and benchmarks build into temporary folders so parallel work never collides.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: siteConfig.cacheDir,
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    defaultLocale: DEFAULT_LANG,
    locales: [...LANGS],
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // Shiki colours code with style attributes, which the policy (no 'unsafe-inline') would refuse.
    syntaxHighlight: false,
    // unified() so our remark/rehype plugins run; GFM comes from remark-gfm, so the processor's own is off.
    processor: unified({
      gfm: false,
      smartypants: false,
      // The content gate has judged every article before this runs; JSX <a> and <img> become Markdown first.
      remarkPlugins: [remarkJsxElements, remarkGfm],
      // Heading ids first (Astro's own pass after ours keeps them), so each heading can link to itself.
      rehypePlugins: [rehypeSiteLinks, rehypeCitations, rehypeHeadingIds, rehypeHeadingLinks],
    }),
  },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => !page.endsWith('/404/'),
      i18n: {
        defaultLocale: DEFAULT_LANG,
        locales: Object.fromEntries(LANGS.map((lang) => [lang, LANGUAGES[lang].tag])),
      },
    }),
    {
      // In every page's <head>, after the policy, so it runs before first paint; Astro hashes it for the policy.
      name: 'istio-cases:theme-script',
      hooks: { 'astro:config:setup': ({ injectScript }) => injectScript('head-inline', THEME_SCRIPT) },
    },
    pagefindIntegration(),
  ],
  // Each page's <meta> Content-Security-Policy: scripts and styles only from the site, and inline ones by
  // the hash of their text (Astro hashes its styles itself), never 'unsafe-inline'. The search page adds
  // what Pagefind needs (src/pages/[...lang]/search.astro), the 404 page its script (BaseLayout.astro).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    css: {
      // The minifier knows :target-current (the table of contents' section in view) only as a draft.
      lightningcss: { drafts: { scrollNavigationControls: true } },
      postcss: {
        // Every stylesheet opens with the layer order, so whichever the page holds first sets it.
        plugins: [{ postcssPlugin: 'layer-order', Once: (root) => void root.prepend(`@layer ${CSS_LAYERS};`) }],
      },
    },
    build: {
      rollupOptions: {
        // Every MDX module starts with Astro's own "use astro:head-inject" directive, which the
        // bundler warns about once per article; the warning is about Astro's output, not ours.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
