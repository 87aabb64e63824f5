#!/usr/bin/env python3
"""Scores tokenlint's call scanner against hand-labelled call sites of public repositories.

Each labels/OWNER__NAME.tsv names a repository, the commit labelled and every Dynatrace call site
found by hand (see README.md). For each repository whose snapshot is present (a bare git directory,
by default /work/.mirror/OWNER+NAME, or under --mirrors), the labelled commit is extracted into a
temporary folder, tokenlint scans it (JSON report), and the reported calls are matched to the labels:
same file, same HTTP method, same catalog path template, line within --slack lines; each label and
each reported call is used once, nearest line first.

  recall    = matched determined labels / determined labels
  precision = reported resolved calls that match a label / reported resolved calls

Unresolved calls (resolution "unresolved") are counted separately: they are what tokenlint says it
could not read, so they are neither a hit nor a false alarm. A reported call that matches an
undetermined label counts as correct for precision. Repositories that are not present are listed
and left out. This is a benchmark, not a test: it needs the snapshots, which the project does not keep.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def read_labels(path):
    meta, rows = {}, []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            key, _, value = line[1:].partition(":")
            meta[key.strip()] = value.strip()
            continue
        cols = line.split("\t")
        if cols[0] == "file":
            continue
        if len(cols) < 5:
            sys.exit(f"{path}:{n}: expected file, line, method, path, determined; got {line!r}")
        rows.append({"file": cols[0], "line": int(cols[1]), "method": cols[2].upper(), "path": cols[3],
                     "determined": cols[4].strip().lower() == "yes",
                     "note": cols[5] if len(cols) > 5 else "", "at": f"{path.name}:{n}"})
    return meta, rows


def extract(git_dir, commit, dest):
    """Writes the commit's Java, properties and YAML files under dest (one git process for all blobs;
    a blob the snapshot lacks is skipped)."""
    tree = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "-z", commit],
                          capture_output=True, check=True).stdout.split(b"\0")
    wanted = []
    for entry in tree:
        if not entry:
            continue
        meta, _, name = entry.partition(b"\t")
        parts = meta.split()
        path = name.decode("utf-8", "surrogateescape")
        if parts[1] == b"blob" and path.endswith((".java", ".properties", ".yml", ".yaml")):
            wanted.append((parts[2].decode(), path))
    batch = subprocess.Popen(["git", "--git-dir", str(git_dir), "cat-file", "--batch"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE)
    import threading
    threading.Thread(target=lambda: (batch.stdin.write("".join(f"{sha}\n" for sha, _ in wanted).encode()),
                                     batch.stdin.close()), daemon=True).start()
    out = batch.stdout
    for sha, path in wanted:
        header = out.readline().split()
        if len(header) < 3 or header[1] == b"missing":
            continue
        data = out.read(int(header[2]))
        out.read(1)
        target = dest / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    batch.wait()


def scan(jar, folder, out):
    # No config: tokenlint.yaml files of the repository, if any, are moved aside so the scan sees code only.
    for cfg in folder.rglob("tokenlint.yaml"):
        cfg.rename(cfg.with_suffix(".yaml.ignored"))
    cmd = ["java", "-jar", str(jar), "scan", str(folder), "--format", "json", "--output", str(out),
           "--fail-on", "never", "--no-cache"]
    run = subprocess.run(cmd, capture_output=True, text=True)
    report = out / "tokenlint.json"
    if not report.exists():
        sys.exit(f"tokenlint failed on {folder}:\n{run.stdout}\n{run.stderr}")
    return json.loads(report.read_text(encoding="utf-8"))["calls"]


def match(labels, calls, slack):
    """Pairs labels with reported calls: same file, method and path, nearest line within slack."""
    pairs, used = [], set()
    for label in sorted(labels, key=lambda x: (x["file"], x["line"])):
        best = None
        for i, c in enumerate(calls):
            if i in used or c["file"] != label["file"] or c["method"] != label["method"] or c["path"] != label["path"]:
                continue
            d = abs(c["line"] - label["line"])
            if d <= slack and (best is None or d < best[0]):
                best = (d, i)
        if best is not None:
            used.add(best[1])
            pairs.append((label, calls[best[1]]))
    return pairs, used


def snapshot(mirrors, repo):
    """The bare git directory of repo under mirrors, or None when it is not present."""
    git_dir = mirrors / repo.replace("/", "+")
    if (git_dir / "repo" / "HEAD").exists():
        git_dir = git_dir / "repo"  # the layout fetch leaves
    return git_dir if git_dir.exists() else None


def extract_corpus(mirrors, dest, only):
    for label_file in sorted((HERE / "labels").glob("*.tsv")):
        meta, _ = read_labels(label_file)
        repo, commit = meta.get("repo"), meta.get("commit")
        if not repo or not commit or (only and repo not in only):
            continue
        git_dir = snapshot(mirrors, repo)
        if git_dir is None:
            print(f"not present: {repo}")
            continue
        target = dest / repo.replace("/", "+")
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        extract(git_dir, commit, target)
        print(f"{repo}: {sum(1 for _ in target.rglob('*.java'))} Java files")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirrors", default="/work/.mirror", help="folder of the bare git snapshots (OWNER+NAME)")
    ap.add_argument("--jar", default=str(ROOT / "linter-cli" / "target" / "tokenlint.jar"))
    ap.add_argument("--slack", type=int, default=3, help="lines a reported call may be away from its label")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every missed and every extra call")
    ap.add_argument("--json", help="also write the per-repository numbers to this file")
    ap.add_argument("--extract-to", metavar="DIR",
                    help="only extract each present repository's labelled commit to DIR/OWNER+NAME (the speed "
                         "corpus of benchmarks/run.sh) and stop; nothing is scanned")
    ap.add_argument("repos", nargs="*", help="only these OWNER/NAME")
    args = ap.parse_args()
    if args.extract_to:
        return extract_corpus(Path(args.mirrors), Path(args.extract_to), args.repos)
    jar = Path(args.jar)
    if not jar.exists():
        sys.exit(f"{jar} not found: build tokenlint first (./mvnw -q install -DskipTests)")

    keys = ("determined", "found", "reported", "correct", "unresolved")
    totals = {"hand-written": dict.fromkeys(keys, 0), "generated": dict.fromkeys(keys, 0)}
    absent, rows, per_repo = [], [], {}
    for label_file in sorted((HERE / "labels").glob("*.tsv")):
        meta, labels = read_labels(label_file)
        repo, commit = meta.get("repo"), meta.get("commit")
        if not repo or not commit:
            print(f"{label_file.name}: no '# repo:' and '# commit:' lines yet, left out")
            continue
        if args.repos and repo not in args.repos:
            continue
        git_dir = snapshot(Path(args.mirrors), repo)
        if git_dir is None:
            absent.append(repo)
            continue
        work = Path(tempfile.mkdtemp(prefix="tokenlint-real-"))
        try:
            src = work / "src"
            src.mkdir()
            extract(git_dir, commit, src)
            raw = scan(jar, src, work / "out")
        finally:
            pass
        shutil.rmtree(work, ignore_errors=True)
        calls = [{"file": c["location"]["file"], "line": c["location"]["line"], "method": (c.get("method") or "?"),
                  "path": (c.get("operation") or {}).get("path") or c.get("path"),
                  "resolution": c.get("resolution"), "client": c.get("client")} for c in raw]
        # a Micrometer registry configured in code or properties is a call in tokenlint's model, but the
        # labels name only requests the code itself sends
        resolved = [c for c in calls if c["resolution"] != "unresolved" and c["client"] != "micrometer-dynatrace"]
        unresolved = [c for c in calls if c["resolution"] == "unresolved"]
        pairs, used = match(labels, resolved, args.slack)
        matched_labels = {id(p[0]) for p in pairs}
        # an endpoint Dynatrace does not have gets a 404 whatever the token: no scope can be at stake
        determined = [x for x in labels if x["determined"] and "not-in-catalog" not in x["note"]]
        found = [x for x in determined if id(x) in matched_labels]
        extra = [c for i, c in enumerate(resolved) if i not in used]
        missed = [x for x in determined if id(x) not in matched_labels]
        r = {"labels": len(labels), "determined": len(determined), "found": len(found),
             "reported": len(resolved), "correct": len(used), "unresolved": len(unresolved),
             "missed": [f'{x["file"]}:{x["line"]} {x["method"]} {x["path"]}' for x in missed],
             "extra": [f'{c["file"]}:{c["line"]} {c["method"]} {c["path"]}' for c in extra]}
        r["kind"] = "generated" if meta.get("kind") == "generated" else "hand-written"
        per_repo[repo] = r
        for k in keys:
            totals[r["kind"]][k] += r[k]
        rows.append((repo, r))

    print(f"{'repository':48} {'labels':>6} {'det.':>5} {'found':>5} {'recall':>7} {'reported':>8} {'wrong':>5} {'unres.':>6}")
    for repo, r in rows:
        recall = r["found"] / r["determined"] if r["determined"] else 1.0
        print(f"{repo:48} {r['labels']:>6} {r['determined']:>5} {r['found']:>5} {recall:>7.2f} {r['reported']:>8} "
              f"{r['reported'] - r['correct']:>5} {r['unresolved']:>6}")
        if args.verbose:
            for m in r["missed"]:
                print(f"    missed {m}")
            for e in r["extra"]:
                print(f"    extra  {e}")
    summary = {}
    for kind, t in totals.items():
        if not any(t.values()):
            continue
        recall = t["found"] / t["determined"] if t["determined"] else float("nan")
        precision = t["correct"] / t["reported"] if t["reported"] else float("nan")
        summary[kind] = {"recall": recall, "precision": precision, **t}
        print(f"\n{kind} code: repositories {sum(1 for _, r in rows if r['kind'] == kind)}; determined call sites "
              f"{t['determined']}; found {t['found']}; reported {t['reported']}; unresolved {t['unresolved']}")
        print(f"{kind} code: recall {recall:.3f}  precision {precision:.3f}")
    if absent:
        print(f"\nnot present (fetch them to score them): {', '.join(absent)}")
    if args.json:
        Path(args.json).write_text(json.dumps({"summary": summary, "repos": per_repo, "absent": absent}, indent=1,
                                              sort_keys=True))
    if not rows:
        print("no repository present: nothing scored")


if __name__ == "__main__":
    main()
