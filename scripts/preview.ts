/**
 * `npm run preview` (also `npm run serve`): serves the last build the way
 * GitHub Pages does, under the base path it was built for, which it reads from
 * the build itself. Options, all environment variables:
 *   OUT_DIR    the build to serve (default dist)
 *   BASE_PATH  the base path you expect; if the build was made for another, it
 *              says so and serves the build's own (its links only work there)
 *   PORT       default 4321
 *   HOST       default localhost; 0.0.0.0 to reach it from another machine
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../tests/support/serve.ts';

const outDir = process.env.OUT_DIR ?? 'dist';
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';
const slashed = (base: string) => `/${base.split('/').filter(Boolean).join('/')}/`.replace('//', '/');

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const index = join(outDir, 'index.html');
if (!existsSync(index)) fail(`No build in ${outDir}/ (${index} is missing). Run npm run build first.`);

/** Every page links its icon through the base path, so the build's base is the icon link's folder. */
const builtBase = readFileSync(index, 'utf8').match(/<link rel="icon" href="([^"]*)favicon\.svg"/)?.[1];
const requested = process.env.BASE_PATH === undefined ? undefined : slashed(process.env.BASE_PATH);
const base = builtBase ?? requested ?? '/';
if (requested !== undefined && builtBase !== undefined && requested !== builtBase) {
  console.warn(
    `Warning: ${outDir}/ was built for the base path ${builtBase}, not ${requested}; serving it under ${builtBase}, where its links work. ` +
      `To preview under ${requested}, rebuild: BASE_PATH=${requested} npm run build.`,
  );
}

try {
  const { origin } = await serveStatic(outDir, base, port, host);
  console.log(`Serving ${outDir}/ at ${origin}${base} (Ctrl+C to stop)`);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    fail(
      `Port ${port} on ${host} is already in use (another preview or dev server?). Stop it, or pick another: PORT=${port + 1} npm run preview`,
    );
  if (code === 'EACCES')
    fail(`Not allowed to listen on port ${port}; ports below 1024 need privileges. Try PORT=4321.`);
  fail(`Could not listen on ${host}:${port}: ${(error as Error).message}`);
}
