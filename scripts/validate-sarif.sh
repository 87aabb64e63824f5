#!/usr/bin/env bash
# Validates every *.sarif file under the given folders with the SARIF Multitool's `validate`
# command and fails when it reports any error. Warnings are printed but do not fail: the one
# expected warning is SARIF2017 for whole-file findings, which by design carry no region.
#
#   scripts/validate-sarif.sh linter-core/target/sarif-logs [more folders...]
#
# The Multitool is found through $SARIF_MULTITOOL or installed by install-sarif-multitool.sh.
# The Multitool exits 0 even when a log is invalid, so its console output is what is checked.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

files=()
for dir in "$@"; do
  if [[ -d "${dir}" ]]; then
    while IFS= read -r -d '' f; do files+=("$f"); done < <(find "${dir}" -name '*.sarif' -type f -print0 | sort -z)
  fi
done
if [[ ${#files[@]} -eq 0 ]]; then
  echo "validate-sarif: no SARIF logs under $* (tests skipped?)"
  exit 0
fi

tool="${SARIF_MULTITOOL:-}"
if [[ -z "${tool}" ]] && ! command -v npm >/dev/null 2>&1; then
  # A machine with only a JDK cannot install the Multitool; CI (which has npm) must validate.
  if [[ -n "${CI:-}" ]]; then
    echo "validate-sarif: npm is needed to install the SARIF Multitool in CI" >&2
    exit 1
  fi
  echo "validate-sarif: npm not found; skipping SARIF Multitool validation (the JSON-schema check still ran)"
  exit 0
fi
if [[ -z "${tool}" ]]; then
  tool="$("${here}/install-sarif-multitool.sh")"
fi

work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
failed=0
for f in "${files[@]}"; do
  out="${work}/$(basename "$f").validation.sarif"
  log="${work}/$(basename "$f").log"
  if ! "${tool}" validate "$f" --output "${out}" >"${log}" 2>&1; then
    echo "validate-sarif: the Multitool failed on $f:" >&2
    cat "${log}" >&2
    failed=1
    continue
  fi
  if grep -Eq ': error [A-Z]+[0-9]+:' "${log}"; then
    echo "validate-sarif: $f is not valid SARIF:" >&2
    grep -E ': (error|warning) [A-Z]+[0-9]+:' "${log}" >&2
    failed=1
  else
    warnings=$(grep -Ec ': warning [A-Z]+[0-9]+:' "${log}" || true)
    echo "validate-sarif: $f valid (${warnings} warnings)"
  fi
done
exit "${failed}"
