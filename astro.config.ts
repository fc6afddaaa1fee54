import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { siteConfig } from './src/site.config';
import { DEFAULT_LANG, LANGS, LANGUAGES } from './src/lib/languages';
import { rehypeSiteLinks } from './src/markdown/rehype-site-links';
import { rehypeCitations } from './src/markdown/rehype-citations';
import { remarkJsxElements } from './src/markdown/remark-jsx-elements';
import { pagefindIntegration } from './src/integrations/pagefind';
import { shareImagesIntegration } from './src/integrations/share-images';

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
    // unified() so our remark/rehype plugins run; GFM comes from remark-gfm, so the processor's own is off.
    processor: unified({
      gfm: false,
      smartypants: false,
      // The content gate has judged every article before this runs; JSX <a> and <img> become Markdown first.
      remarkPlugins: [remarkJsxElements, remarkGfm],
      rehypePlugins: [rehypeSiteLinks, rehypeCitations],
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
    shareImagesIntegration(),
    pagefindIntegration(),
  ],
  devToolbar: { enabled: false },
  vite: {
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
