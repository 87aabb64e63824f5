#!/usr/bin/env bash
# Installs the SARIF Multitool (npm package @microsoft/sarif-multitool-linux) that the build uses
# to validate the SARIF logs the tests write, and prints the path of its executable.
#
#   scripts/install-sarif-multitool.sh            # installs once into $TOKENLINT_TOOLS_DIR
#
# TOKENLINT_TOOLS_DIR defaults to ~/.cache/tokenlint; the install is shared by every checkout on
# the machine and guarded by a lock so parallel builds do not race. Needs node/npm and access to
# the npm registry the first time only.
set -euo pipefail

VERSION="5.7.0"
TOOLS_DIR="${TOKENLINT_TOOLS_DIR:-${HOME}/.cache/tokenlint}"
PREFIX="${TOOLS_DIR}/sarif-multitool-${VERSION}"
EXE="${PREFIX}/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"

if [[ -x "${EXE}" ]]; then
  echo "${EXE}"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "install-sarif-multitool: npm is required (apt-get install -y npm)" >&2
  exit 1
fi

mkdir -p "${TOOLS_DIR}"
exec 9>"${TOOLS_DIR}/.sarif-multitool.lock"
flock 9
if [[ ! -x "${EXE}" ]]; then
  echo "install-sarif-multitool: installing @microsoft/sarif-multitool-linux@${VERSION} into ${PREFIX}" >&2
  mkdir -p "${PREFIX}"
  npm install --prefix "${PREFIX}" --no-save --no-audit --no-fund --loglevel=error \
    "@microsoft/sarif-multitool-linux@${VERSION}" >&2
  chmod u+x "${EXE}"
fi
echo "${EXE}"
