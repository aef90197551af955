#!/usr/bin/env python3
"""Scores the committed model on a UD treebank through `sitrep parse --conllu --score` and checks floors.

Exit 0 when every floor holds, 1 otherwise; 77 (skipped) when ../shared is missing outside CI,
1 under CI=true.
"""
import argparse
import os
import re
import subprocess
import sys
from shared_data import missing


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sitrep", required=True)
    ap.add_argument("--treebank", required=True)
    ap.add_argument("--min", action="append", default=[], help="UPOS=95.0, lemma=97.0, UAS=87.0, LAS=84.0")
    args = ap.parse_args()
    if not os.path.exists(args.treebank):
        return missing(args.treebank, "check_parse")
    run = subprocess.run([args.sitrep, "parse", "--conllu", args.treebank, "--score", "-o", os.devnull],
                         capture_output=True, text=True)
    print(run.stderr.strip())
    if run.returncode != 0:
        return 1
    scores = dict(re.findall(r"(UPOS|XPOS|lemma|UAS|LAS) ([0-9.]+)", run.stderr))
    ok = True
    for spec in args.min:
        name, floor = spec.split("=")
        value = float(scores.get(name, "nan"))
        good = value >= float(floor)
        ok &= good
        print(f"{'ok  ' if good else 'FAIL'} {name} = {value} (floor {floor})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
