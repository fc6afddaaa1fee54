/** Bytes as they would go over the wire with gzip: node's default level, which is deterministic. */
import { gzipSync } from 'node:zlib';

export const gzipSize = (body: Uint8Array) => (body.length ? gzipSync(body).length : 0);
