/** `npm run serve`: serves the last build (OUT_DIR, default dist/) the way GitHub Pages does. */
import { serveStatic } from '../tests/support/serve.ts';

const base = process.env.BASE_PATH ?? '/';
const port = Number(process.env.PORT ?? 4321);
const { origin } = await serveStatic(process.env.OUT_DIR ?? 'dist', base, port, process.env.HOST ?? 'localhost');
console.log(`Serving dist/ at ${origin}${base.endsWith('/') ? base : `${base}/`} (Ctrl+C to stop)`);
