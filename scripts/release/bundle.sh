#!/usr/bin/env bash
# Zips a staging directory that `./mvnw -Prelease deploy` wrote into a bundle for the Central
# Portal (upload it under "Publish Component", or POST it to the Portal's publisher API): the
# Maven repository layout with each file's checksums and signature, without the
# maven-metadata.xml files, which belong to a repository and not to a bundle.
# Usage: scripts/release/bundle.sh STAGING BUNDLE.zip
set -euo pipefail
if [ $# -ne 2 ] || [ ! -d "$1" ]; then
  echo "usage: $0 STAGING BUNDLE.zip" >&2
  exit 2
fi
staging="$(cd "$1" && pwd)"
bundle="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
rm -f "$bundle"
# Sorted names, no extra file attributes: the same staging gives the same list of entries.
(cd "$staging" && find . -type f ! -name 'maven-metadata*' | sed 's:^\./::' | LC_ALL=C sort | zip -q -X "$bundle" -@)
echo "$bundle: $(unzip -Z1 "$bundle" | wc -l) files"
