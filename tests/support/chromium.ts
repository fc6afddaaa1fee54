/**
 * Makes sure Debian's Chromium is present for the browser tests. Installs it with
 * apt when running as root (as `playwright install --with-deps` would); otherwise
 * stops with a message saying what to install. Never downloads a browser build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium(): string {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's package (sudo apt-get update && sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  console.log(`Chromium not found at ${CHROMIUM}; installing Debian's chromium package with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but ${CHROMIUM} still does not exist.`);
  return CHROMIUM;
}

if (import.meta.main) console.log(ensureChromium());
