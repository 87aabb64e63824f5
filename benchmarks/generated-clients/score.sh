#!/usr/bin/env bash
# Scores tokenlint on Java clients that OpenAPI Generator makes from Dynatrace's own specs.
#
#   benchmarks/generated-clients/score.sh [LIBRARY...]
#
# 1. Generates the clients (pom.xml here, `mvn generate-sources`) unless every
#    target/generated/<library>/<spec>/src exists already (REGENERATE=yes forces it).
# 2. Scans each target/generated/<library>/<spec> folder with linter-cli/target/tokenlint.jar,
#    one scan at a time, no cache.
# 3. Compares the calls found with the spec's operations, taken from `tokenlint catalog`
#    (each operation = one expected call: method + full path, e.g. POST /api/v2/metrics/ingest),
#    and cross-checks that list against the spec file itself (server base path + path).
#
# Prints a table per library x spec and writes, per combination, into
# target/score/<library>/<spec>/: tokenlint.json (the scan), missed.txt (expected operations no
# call matched) and wrong.txt (calls that match no operation of the spec, with their location).
# A summary table goes to target/score/summary.md.
#
# Environment: SPECS_DIR (default ../../../shared/reference/dynatrace-openapi relative to this
# folder), MVN (default: mvn on PATH, else the repository's mvnw), JAR (default
# linter-cli/target/tokenlint.jar), REGENERATE=yes, RESCAN=no (reuse the scans in target/score).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SPECS_DIR="${SPECS_DIR:-$HERE/../../../shared/reference/dynatrace-openapi}"
SPECS_DIR="$(cd "$SPECS_DIR" && pwd)"
JAR="${JAR:-$REPO/linter-cli/target/tokenlint.jar}"
GEN="$HERE/target/generated"
OUT="$HERE/target/score"

# Keep in step with the executions in pom.xml.
ALL_LIBS=(okhttp-gson native resttemplate webclient apache-httpclient retrofit2 feign)
SPECS=(env-v1 env-v2 config-v1)
if [ "$#" -gt 0 ]; then LIBS=("$@"); else LIBS=("${ALL_LIBS[@]}"); fi

if [ ! -f "$JAR" ]; then
  echo "score.sh: $JAR is missing; build it first: ./mvnw -q -pl linter-cli -am package -DskipTests" >&2
  exit 2
fi

spec_file() { # spec id -> file name in SPECS_DIR (env-v2 -> env-v2-1.254.json)
  local f
  f="$(ls "$SPECS_DIR" | grep -E "^$1-[0-9.]+\.json$" | sort -V | tail -n 1 || true)"
  if [ -z "$f" ]; then echo "score.sh: no $1-*.json in $SPECS_DIR" >&2; exit 2; fi
  echo "$f"
}

need_gen=no
[ "${REGENERATE:-no}" = yes ] && need_gen=yes
for lib in "${ALL_LIBS[@]}"; do for spec in "${SPECS[@]}"; do
  [ -d "$GEN/$lib/$spec/src" ] || need_gen=yes
done; done
if [ "$need_gen" = yes ]; then
  if [ -n "${MVN:-}" ]; then mvn_cmd="$MVN"
  elif command -v mvn >/dev/null 2>&1; then mvn_cmd=mvn
  else mvn_cmd="$REPO/mvnw"; fi
  echo "score.sh: generating clients ($mvn_cmd generate-sources, log in target/generate.log)" >&2
  mkdir -p "$HERE/target"
  if ! "$mvn_cmd" -B -f "$HERE/pom.xml" generate-sources "-Dspecs.dir=$SPECS_DIR" > "$HERE/target/generate.log" 2>&1; then
    tail -n 40 "$HERE/target/generate.log" >&2
    echo "score.sh: generation failed, see $HERE/target/generate.log" >&2
    exit 1
  fi
fi

mkdir -p "$OUT"
java -jar "$JAR" catalog --format json > "$OUT/catalog.json"

for lib in "${LIBS[@]}"; do for spec in "${SPECS[@]}"; do
  dir="$GEN/$lib/$spec"
  res="$OUT/$lib/$spec"
  if [ ! -d "$dir/src" ]; then echo "score.sh: $dir/src missing (generation failed for $lib?)" >&2; continue; fi
  if [ "${RESCAN:-yes}" = no ] && [ -f "$res/tokenlint.json" ]; then continue; fi
  rm -rf "$res"; mkdir -p "$res"
  echo "score.sh: scanning $lib/$spec" >&2
  java -jar "$JAR" scan "$dir" --no-cache --format json --output "$res" --fail-on never > "$res/scan.log" 2>&1 \
    || { echo "score.sh: scan of $dir failed, see $res/scan.log" >&2; continue; }
done; done

spec_args=()
for spec in "${SPECS[@]}"; do spec_args+=("$spec=$SPECS_DIR/$(spec_file "$spec")"); done

JAR_INFO="$(sha256sum "$JAR" | cut -c1-12) $(date -u -r "$JAR" +%Y-%m-%dT%H:%M:%SZ)"
JAR_INFO="$JAR_INFO" python3 - "$OUT" "${#LIBS[@]}" "${LIBS[@]}" "${spec_args[@]}" <<'PY'
import json, os, re, sys
from urllib.parse import urlparse

out = sys.argv[1]
jar_info = os.environ.get("JAR_INFO", "?")
nlibs = int(sys.argv[2])
libs = sys.argv[3:3 + nlibs]
specs = [a.split("=", 1) for a in sys.argv[3 + nlibs:]]
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}

def norm(path):
    """Path template with every {param} as {} and no trailing slash, for comparison."""
    p = re.sub(r"\{[^}/]*\}", "{}", path or "")
    return p[:-1] if len(p) > 1 and p.endswith("/") else p

catalog = json.load(open(os.path.join(out, "catalog.json")))["operations"]

def expected_ops(spec_id, spec_path):
    name = os.path.basename(spec_path)
    ops = {}
    for o in catalog:
        if o["source"].split(";")[0].strip() == name:
            ops[(o["method"].upper(), norm(o["path"]))] = o
    # Cross-check against the spec itself: server base path + path.
    spec = json.load(open(spec_path))
    base = urlparse(spec["servers"][0]["url"]).path.rstrip("/") if spec.get("servers") else spec.get("basePath", "")
    from_spec = {(m.upper(), norm(base + p)) for p, item in spec["paths"].items() for m in item if m in METHODS}
    if from_spec != set(ops):
        print(f"note: {spec_id}: catalog and spec differ: only in spec {sorted(from_spec - set(ops))[:5]}, "
              f"only in catalog {sorted(set(ops) - from_spec)[:5]}", file=sys.stderr)
    return ops

gen_root = os.path.join(os.path.dirname(out), "generated")
DECL = re.compile(r"^\s*(?:(?:public|private|protected|static|final|default|synchronized|abstract)\s+)*"
                  r"(?:<[^>]*>\s*)?[\w.<>\[\], ?]+\s+(\w+)\s*\(")
SUFFIXES = ("ValidateBeforeCall", "WithHttpInfoAsync", "WithHttpInfo", "RequestBuilder", "RequestCreation",
            "WithResponseSpec", "Async", "Call", "")
KEYWORDS = {"if", "for", "while", "switch", "catch", "synchronized", "return", "new", "throw", "try", "else"}
_lines = {}

def sanitize(op_id):
    """operationId as the generator names methods (camelCase, first letter lower, no symbols)."""
    parts = re.split(r"[^A-Za-z0-9]+", op_id)
    name = "".join(p[:1].upper() + p[1:] for p in parts if p)
    return (name[:1].lower() + name[1:]).lower()

def enclosing_op(path, line, by_id):
    if path not in _lines:
        try:
            _lines[path] = open(path, encoding="utf-8", errors="replace").read().split("\n")
        except OSError:
            _lines[path] = []
    lines = _lines[path]
    for i in range(min(line, len(lines)) - 1, -1, -1):
        m = DECL.match(lines[i])
        stripped = lines[i].lstrip()
        if m and "=" not in lines[i][:m.end()] and m.group(1) not in KEYWORDS \
                and not stripped.startswith(("return ", "new ", "throw ", "else ", "} ")):
            name = m.group(1).lstrip("_").lower()
            for suf in SUFFIXES:
                suf = suf.lower()
                if name.endswith(suf) and name[:len(name) - len(suf)] in by_id:
                    return by_id[name[:len(name) - len(suf)]]
            return None
    return None

rows = []
for lib in libs:
    for spec_id, spec_path in specs:
        res = os.path.join(out, lib, spec_id)
        report = os.path.join(res, "tokenlint.json")
        if not os.path.exists(report):
            rows.append((lib, spec_id, None))
            continue
        ops = expected_ops(spec_id, spec_path)
        calls = json.load(open(report))["calls"]
        matched, wrong = set(), []
        for c in calls:
            op = c.get("operation")
            # the operation the scanner linked, else the path it read
            cand = []
            if isinstance(op, dict):
                cand.append(((op.get("method") or c.get("method") or "").upper(), norm(op.get("path"))))
            elif isinstance(op, str) and " " in op:
                m, p = op.split(" ", 1)
                cand.append((m.upper(), norm(p)))
            cand.append(((c.get("method") or "").upper(), norm(c.get("path"))))
            hit = next((k for k in cand if k in ops), None)
            if hit:
                matched.add(hit)
            else:
                wrong.append(c)
        missed = [k for k in ops if k not in matched]
        unresolved = sum(1 for c in wrong if c.get("resolution") == "unresolved")
        # Where a call was reported: the generated method around it names the operation
        # (createToken, createTokenCall, createTokenWithHttpInfo, createTokenRequestBuilder, ...).
        by_id = {}
        for k, o in ops.items():
            if o.get("operationId"):
                by_id[sanitize(o["operationId"])] = k
        seen, seen_method = set(), set()
        for c in wrong:
            k = enclosing_op(os.path.join(gen_root, lib, spec_id, c["location"]["file"]), c["location"]["line"], by_id)
            c["_op"] = k
            if k:
                seen.add(k)
                if (c.get("method") or "").upper() == k[0]:
                    seen_method.add(k)
        missed_seen = sum(1 for k in missed if k in seen)
        missed_seen_method = sum(1 for k in missed if k in seen_method)
        with open(os.path.join(res, "missed.txt"), "w") as f:
            for k in sorted(missed, key=lambda k: (k[1], k[0])):
                o = ops[k]
                where = "reported in its generated method, method right" if k in seen_method else \
                    "reported in its generated method, method wrong" if k in seen else "no call reported"
                f.write(f"{o['method']} {o['path']} {o.get('operationId') or ''} ({where})\n")
        with open(os.path.join(res, "wrong.txt"), "w") as f:
            for c in sorted(wrong, key=lambda c: (c["location"]["file"], c["location"]["line"])):
                loc = c["location"]
                f.write(f"{loc['file']}:{loc['line']} {c.get('method')} {c.get('path')} "
                        f"[{c.get('resolution')}, {c.get('client')}] op={' '.join(c['_op']) if c['_op'] else '-'}\n")
        rows.append((lib, spec_id, dict(expected=len(ops), calls=len(calls), found=len(matched),
                                        wrong=len(wrong), unresolved=unresolved, missed=len(missed),
                                        seen=missed_seen, seen_method=missed_seen_method)))

head = ("| library | spec | expected | calls reported | found | wrong calls (unresolved) | missed "
        "| missed, but a call reported in its method (method right) | found % |")
lines = [head, "|" + "---|" * 9]
tot = dict(expected=0, calls=0, found=0, wrong=0, unresolved=0, missed=0, seen=0, seen_method=0)
for lib, spec_id, r in rows:
    if r is None:
        lines.append(f"| {lib} | {spec_id} | - | - | - | - | - | - | no scan |")
        continue
    for k in tot: tot[k] += r[k]
    pct = 100.0 * r["found"] / r["expected"] if r["expected"] else 0.0
    lines.append(f"| {lib} | {spec_id} | {r['expected']} | {r['calls']} | {r['found']} | "
                 f"{r['wrong']} ({r['unresolved']}) | {r['missed']} | {r['seen']} ({r['seen_method']}) | {pct:.1f} |")
if tot["expected"]:
    lines.append(f"| **all** | | {tot['expected']} | {tot['calls']} | {tot['found']} | "
                 f"{tot['wrong']} ({tot['unresolved']}) | {tot['missed']} | {tot['seen']} ({tot['seen_method']}) "
                 f"| {100.0 * tot['found'] / tot['expected']:.1f} |")
table = "\n".join(lines)
print(table)
print(f"jar: {jar_info}")
with open(os.path.join(out, "summary.md"), "w") as f:
    f.write(table + "\n\nfound = expected operations matched by a call with the right method and path;\n"
            "wrong = calls that match no operation of the spec (unresolved = the scanner could not read the path);\n"
            "missed = expected operations no call matched (listed in <library>/<spec>/missed.txt);\n"
            "of those, how many had a (wrong) call reported inside the generated method for the operation,\n"
            "and in brackets how many of these had the right HTTP method.\n"
            f"jar: {jar_info}\n")
print(f"\nper combination: {out}/<library>/<spec>/missed.txt, wrong.txt, tokenlint.json", file=sys.stderr)
PY
