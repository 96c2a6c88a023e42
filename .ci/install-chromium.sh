#!/usr/bin/env bash
# Install headless-capable Chromium (plus Liberation fonts, so pages render with
# real glyphs) from Debian's packages, only if /usr/bin/chromium is missing.
# Used by the Tasklist UI smoke test (src/test/ui/tasklist-smoke.mjs), which
# drives this Chromium through playwright-core: no browser is ever downloaded
# (never run `npx playwright install`).
#
# Usage: bash .ci/install-chromium.sh      (needs root, as on the dev/CI machines)
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  exit 0
fi

echo "install-chromium: installing chromium and fonts-liberation (apt-get)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium fonts-liberation >/dev/null
/usr/bin/chromium --version 2>/dev/null | head -1
