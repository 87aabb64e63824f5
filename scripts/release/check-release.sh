#!/usr/bin/env bash
# The release check (CI runs it after ./mvnw verify, see .ci/run; docs/releasing.md): stages a
# release of this tree the way a release is made and checks the staged files against what Maven
# Central requires, with scripts/release/StagedReleaseCheck.java.
#
# It works on a copy of the build's files in target/release-check/tree, so the working tree, its
# target folders and ~/.m2 stay as they were (deploy writes only to the copy's target/staging):
# - the copy's version loses its -SNAPSHOT, since Central takes release versions only;
# - a throwaway signing key is made for the run in a temporary GNUPGHOME (deleted at the end), so
#   the release-signing profile signs and every .asc is verified;
# - -Dtokenlint.repository names a made-up address, which every published pom must then carry.
# Then it zips the bundle (scripts/release/bundle.sh), damages a copy of the staging directory and
# expects the check to report each damage, so a check that passes everything fails this script.
#
# Deploy refuses to run offline, so Maven runs online; with the build's plugins in ~/.m2 (after one
# online build) nothing is downloaded. It takes about a minute on a 2-core machine: a build of the
# four modules without tests, plus javadoc, sources and signing.
# Usage: scripts/release/check-release.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$root/target/release-check"
tree="$work/tree"
repository="https://example.invalid/release-check/tokenlint"
started=$SECONDS

fail() { echo "check-release: $*" >&2; exit 1; }

command -v gpg >/dev/null || fail "gpg is needed to sign and verify (Debian: apt-get install gnupg)"
rm -rf "$work"
mkdir -p "$tree"

# 1. The copy: what the build reads (root pom, wrapper, license, the modules), no build output.
modules=$(sed -n 's:.*<module>\(.*\)</module>.*:\1:p' "$root/pom.xml")
[ -n "$modules" ] || fail "no <module> in $root/pom.xml"
# shellcheck disable=SC2086 # one word per module
tar -C "$root" --exclude=target -cf - pom.xml mvnw .mvn LICENSE $modules | tar -C "$tree" -xf -

# 2. A release version: the project version is the first <version> of the root pom.
snapshot=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$tree/pom.xml" | head -1)
release=${snapshot%-SNAPSHOT}
[ -n "$snapshot" ] && [ "$release" != "$snapshot" ] || fail "root pom version '$snapshot' is not a -SNAPSHOT"
for pom in "$tree/pom.xml" $(for m in $modules; do echo "$tree/$m/pom.xml"; done); do
  sed -i "s:<version>$snapshot</version>:<version>$release</version>:" "$pom"
  grep -q -- "$snapshot" "$pom" && fail "$pom still names $snapshot"
done

# 3. A throwaway key, only for this run.
GNUPGHOME="$(mktemp -d)"
export GNUPGHOME
cleanup() { gpgconf --kill gpg-agent >/dev/null 2>&1 || true; rm -rf "$GNUPGHOME"; }
trap cleanup EXIT
gpg --batch --quiet --passphrase '' --quick-gen-key 'tokenlint release check <release-check@tokenlint.invalid>' \
    ed25519 sign 1d 2>/dev/null
key=$(gpg --batch --with-colons --list-secret-keys 2>/dev/null | awk -F: '/^fpr/ { print $10; exit }')
[ -n "$key" ] || fail "could not make a signing key"

# 4. Stage, as docs/releasing.md says (tests are the business of ./mvnw verify).
echo "check-release: staging $release of $(echo $modules | tr ' ' ,) in $tree/target/staging"
if ! (cd "$tree" && ./mvnw -B -q -Prelease deploy -DskipTests -Dgpg.keyname="$key" \
      -Dtokenlint.repository="$repository") >"$work/stage.log" 2>&1; then
  # The compiler's and javadoc's errors and the failed goal; else the end of the log.
  grep -E ': error: |^\[ERROR\] Failed to execute goal' "$work/stage.log" >&2 || tail -50 "$work/stage.log" >&2
  fail "the release build failed (log: $work/stage.log)"
fi
staging="$tree/target/staging"
check() {
  java "$root/scripts/release/StagedReleaseCheck.java" "$1" --project "$tree/pom.xml" --repository "$repository"
}

# 5. What was staged meets Central's requirements.
check "$staging" || fail "the staged release does not meet Central's requirements (above)"

# 6. The bundle holds every staged file but the repository metadata.
"$root/scripts/release/bundle.sh" "$staging" "$work/central-bundle.zip"
expected=$(cd "$staging" && find . -type f ! -name 'maven-metadata*' | wc -l)
[ "$(unzip -Z1 "$work/central-bundle.zip" | wc -l)" -eq "$expected" ] || fail "the bundle does not hold the $expected staged files"
unzip -Z1 "$work/central-bundle.zip" | grep -q 'maven-metadata' && fail "the bundle holds maven-metadata files"

# 7. The check reports damage: each of these must be named.
damaged="$work/damaged"
cp -r "$staging" "$damaged"
group="$damaged/dev/tokenlint"
rm "$group/rules/$release/rules-$release-javadoc.jar"
printf 'x' >>"$group/linter-core/$release/linter-core-$release.jar"
sed -i '/<licenses>/,/<\/licenses>/d' "$group/linter-cli/$release/linter-cli-$release.pom"
rm "$group/linter-maven-plugin/$release/linter-maven-plugin-$release-sources.jar.asc"
mkdir -p "$group/tokenlint-parent/$release"
if check "$damaged" >"$work/damaged.txt"; then
  fail "the check passed a damaged staging directory ($damaged)"
fi
for expect in \
    "rules/$release/rules-$release-javadoc.jar: missing" \
    "linter-core/$release/linter-core-$release.jar.sha1: does not match" \
    "linter-core/$release/linter-core-$release.jar.asc: gpg --verify fails" \
    "linter-cli/$release/linter-cli-$release.pom: no <licenses>" \
    "linter-maven-plugin-$release-sources.jar.asc: missing" \
    "dev/tokenlint/tokenlint-parent: staged but not one of the published artifacts"; do
  grep -qF -- "$expect" "$work/damaged.txt" || { cat "$work/damaged.txt" >&2; fail "the check did not report: $expect"; }
done
echo "check-release: the check reports each of 6 kinds of damage"
echo "check-release: ok ($((SECONDS - started)) s)"
