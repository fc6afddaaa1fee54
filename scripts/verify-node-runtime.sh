#!/usr/bin/env bash
# The `node` devDependency pins Node 24, but its install script fetches the
# platform binary with a nested `npm install`, outside package-lock.json's
# integrity check. This compares the binary every npm script runs on with the
# SHA-256 recorded in scripts/node-runtime.sha256 when the version was pinned
# (taken from the registry tarball, which npm verifies against its sha512).
# It runs before any Node code, so it never trusts the binary it checks.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=node_modules/node/bin/node
manifest=node_modules/node/package.json
[ -f "$manifest" ] && [ -x "$binary" ] || { echo "verify-node-runtime: $binary is missing; run npm ci first." >&2; exit 1; }
version=$(grep -o '"version": *"[^"]*"' "$manifest" | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/')

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) platform=linux-x64 ;;
  Linux-aarch64) platform=linux-arm64 ;;
  Darwin-arm64) platform=darwin-arm64 ;;
  Darwin-x86_64) platform=darwin-x64 ;;
  *) platform=unknown ;;
esac
entry="node-$platform@$version"
expected=$(awk -v e="$entry" '$2 == e { print $1 }' scripts/node-runtime.sha256)

if [ -z "$expected" ]; then
  if [ "$platform" = linux-x64 ]; then
    echo "verify-node-runtime: no checksum recorded for $entry. After changing the node devDependency, record the binary's SHA-256 from the registry tarball (see docs/architecture.md, 'The Node runtime')." >&2
    exit 1
  fi
  echo "verify-node-runtime: no checksum recorded for $entry; not verified on this platform." >&2
  exit 0
fi
actual=$(sha256sum "$binary" | cut -d' ' -f1)
if [ "$actual" != "$expected" ]; then
  echo "verify-node-runtime: $binary is not the binary recorded for $entry (expected $expected, found $actual). Do not run the build; reinstall with npm ci and check scripts/node-runtime.sha256." >&2
  exit 1
fi
echo "verify-node-runtime: $entry matches its recorded SHA-256."
