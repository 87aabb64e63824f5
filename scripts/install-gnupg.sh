#!/usr/bin/env bash
# Installs GnuPG (Debian package `gnupg`), which scripts/release/check-release.sh uses to sign a
# staged release with a throwaway key and verify every signature.
#
#   scripts/install-gnupg.sh        # as root, or with sudo available
set -euo pipefail
exec "$(dirname "$0")/lib/apt-install.sh" install-gnupg gpg gnupg
