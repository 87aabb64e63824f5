#!/usr/bin/env bash
# Installs a Debian package unless its command is already on the PATH (as root, or with sudo):
#   scripts/lib/apt-install.sh LABEL COMMAND PACKAGE
# Used by the scripts/install-*.sh that .ci/run runs (kept out of that pattern on purpose).
set -euo pipefail
label=$1 command=$2 package=$3

if command -v "$command" >/dev/null 2>&1; then
  echo "$label: $(command -v "$command") already installed"
  exit 0
fi

SUDO=""
if [[ "$(id -u)" -ne 0 ]]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
${SUDO} apt-get update -q
${SUDO} apt-get install -y -q "$package"
echo "$label: $(command -v "$command") installed"
