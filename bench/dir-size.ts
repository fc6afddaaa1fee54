/** Bytes and file counts of a built folder, for the dist and Pagefind index sizes. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface DirSize {
  bytes: number;
  files: number;
  html: number;
}

export function dirSize(dir: string): DirSize {
  const total: DirSize = { bytes: 0, files: 0, html: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    total.bytes += statSync(join(entry.parentPath, entry.name)).size;
    total.files++;
    if (entry.name.endsWith('.html')) total.html++;
  }
  return total;
}
