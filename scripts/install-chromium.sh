#!/usr/bin/env bash
# Installs headless Chromium (Debian package `chromium`), which HtmlReporterTest uses to render
# the HTML report and check the page after its script ran. Without it those tests are skipped.
#
#   scripts/install-chromium.sh        # as root, or with sudo available
set -euo pipefail

if command -v chromium-browser >/dev/null 2>&1; then
  echo "install-chromium: $(command -v chromium-browser) already installed"
  exit 0
fi
exec "$(dirname "$0")/lib/apt-install.sh" install-chromium chromium chromium
