#!/usr/bin/env bash
# Debian's headless Chromium and its WebDriver, for the browser tests of the HTML report and the
# web app (tests/browser.py). Installs `chromium` and `chromium-driver` when either is missing
# (needs root or sudo). Prints nothing but the export line when it cannot install them:
#
#   eval "$(scripts/chromium.sh)"
#
# which sets FACTDB_BROWSER_UNAVAILABLE to the reason, the one case where the browser tests may
# skip. Never fails: the suite decides what a missing browser means.
set -uo pipefail

if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
    exit 0
fi
if [[ $(id -u) -eq 0 ]]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
else
    echo "export FACTDB_BROWSER_UNAVAILABLE='not root and no sudo: cannot apt-get install chromium'"
    exit 0
fi
log=$(mktemp /tmp/factdb-chromium-XXXXXX.log)
if ! { "${sudo[@]}" apt-get update -q &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver; } \
    >"$log" 2>&1; then
    echo "chromium.sh: apt-get failed, see $log" >&2
    echo "export FACTDB_BROWSER_UNAVAILABLE='apt-get install chromium chromium-driver failed (log $log)'"
    exit 0
fi
if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
    echo "export FACTDB_BROWSER_UNAVAILABLE='chromium installed but not at /usr/bin (log $log)'"
fi
exit 0
