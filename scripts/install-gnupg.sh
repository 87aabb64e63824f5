#!/usr/bin/env bash
# Installs GnuPG (Debian package `gnupg`), which scripts/release/check-release.sh uses to sign a
# staged release with a throwaway key and verify every signature.
#
#   scripts/install-gnupg.sh        # as root, or with sudo available
set -euo pipefail

if command -v gpg >/dev/null 2>&1; then
  echo "install-gnupg: $(command -v gpg) already installed"
  exit 0
fi

SUDO=""
if [[ "$(id -u)" -ne 0 ]]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
${SUDO} apt-get update -q
${SUDO} apt-get install -y -q gnupg
echo "install-gnupg: $(command -v gpg) installed"
