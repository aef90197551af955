#!/usr/bin/env python3
"""Runs sitrep on a public evaluation suite in ../shared/eval and checks the scores against floors.

Exit 0 when every floor holds, 1 when one does not, 77 (ctest: skipped) when ../shared is missing
outside CI; under CI=true a missing ../shared is a failure.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from shared_data import missing

SUITES = {
    # name: (input, gold, scorer mode, docs maker)
    "seed": ("seeds", "eval/seed/gold.jsonl", "events", None),
    "wire-dev": ("eval/wire-dev/articles", "eval/wire-dev", "events", None),
    "plover-gsr": ("eval/plover-gsr", "eval/plover-gsr", "plover-gsr", "plover-gsr"),
    "acled": ("eval/acled-dev", "eval/acled-dev", "acled", "acled"),
    # geoparsing with gold toponyms: `sitrep geocode --spans` resolves the given spans
    "lgl": ("eval/geo/lgl", "eval/geo/lgl", "geo", "geo"),
    "geowebnews": ("eval/geo/geowebnews", "eval/geo/geowebnews", "geo", "geo"),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sitrep", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--suite", required=True, choices=sorted(SUITES))
    ap.add_argument("--min", action="append", default=[], help="metric=floor, e.g. F1=0.8")
    args = ap.parse_args()

    shared = os.path.abspath(args.shared)
    if not os.path.exists(os.path.join(shared, "eval", "score.py")):
        return missing(shared, "check_eval")
    inp, gold, mode, maker = SUITES[args.suite]
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(shared, inp)
        if maker:
            source = os.path.join(tmp, "docs.jsonl")
            with open(source, "w") as f:
                subprocess.run([sys.executable, os.path.join(shared, "eval", "make_docs.py"), maker,
                                os.path.join(shared, inp)], stdout=f, stderr=subprocess.DEVNULL, check=True)
        out = os.path.join(tmp, "out.jsonl")
        command = ["geocode", "--spans", "-q"] if mode == "geo" else ["code", "-q"]
        subprocess.run([args.sitrep] + command + [source, "-o", out], check=True)
        score = subprocess.run([sys.executable, os.path.join(shared, "eval", "score.py"), mode, "--gold",
                                os.path.join(shared, gold), "--system", out, "--json"],
                               capture_output=True, text=True, check=True)
        result = json.loads(score.stdout)
        verbose = subprocess.run([sys.executable, os.path.join(shared, "eval", "score.py"), mode, "--gold",
                                  os.path.join(shared, gold), "--system", out], capture_output=True, text=True)
        print(verbose.stdout.strip().splitlines()[-1] if verbose.stdout.strip() else "")
    metrics = result.get("metrics", {})
    ok = True
    for spec in args.min:
        name, floor = spec.split("=")
        value = metrics.get(name)
        if isinstance(value, dict):
            value = value.get("value")
        good = value is not None and value >= float(floor)
        ok &= good
        print(f"{'ok  ' if good else 'FAIL'} {args.suite} {name} = {value} (floor {floor})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
