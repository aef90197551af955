#!/usr/bin/env python3
"""The TABARI and PETRARCH validation suites, coded with their own dictionaries (issue 5).

For each suite: make_docs.py writes the records as documents, `sitrep code --dictionaries ...` codes
them, score.py triples compares (code, source, target) record by record. Prints each suite's summary
and fails when a suite's exact rate is below its floor (--min SUITE=RATE). Exits 77 (skip) when
../shared is missing, unless CI=true.
"""
import argparse, os, re, subprocess, sys, tempfile
from shared_data import missing

SUITES = {  # name: (make_docs kind, records, --dictionaries, gold)
    "tabari": ("tabari", "tabari-validate/", "tabari:tabari-validate/Validate.project", "tabari-validate/"),
    "petrarch2": ("petrarch", "petrarch2-unittest/PETR.UnitTest.records.xml", "petrarch:petrarch2-unittest",
                  "petrarch2-unittest/PETR.UnitTest.records.xml"),
    "udpetrarch": ("petrarch", "udpetrarch-validate/PETR_Validate_records_2_02.xml", "petrarch:udpetrarch-validate",
                   "udpetrarch-validate/PETR_Validate_records_2_02.xml"),
    "petr2_gsr": ("petrarch", "udpetrarch-validate/PETR2_GSR_validation.xml",
                  "petrarch:udpetrarch-validate/phoenix-dictionaries", "udpetrarch-validate/PETR2_GSR_validation.xml"),
}
# Options the suite's records switch on in their comments, which make_docs leaves out: TABARI's
# validation turns FORWARD on for its pronoun-forwarding stories (FRWD-...).
OPTIONS = {"tabari": ["--option", "FORWARD: ^^*****NNN*SSS"]}
# PETRARCH's <Config> tags hold for the records after them (SCORING.md); make_docs leaves them out, so
# the records are coded in groups, each with the settings in force where it stands. Only the settings
# sitrep reads are passed (require_dyad and the comma bounds). UniversalPetrarch's validation records
# carry the same tags, but its expected codings follow the defaults (with the tags, the "said" events
# and comma bounds they set would be coded), so that suite is coded with the defaults.
CONFIG_READ = ("require_dyad", "comma_min", "comma_max", "comma_emin", "comma_emax", "comma_bmin", "comma_bmax")


def config_groups(records_xml):
    """Record id -> the tuple of --option lines in force at it."""
    text = open(records_xml, encoding="utf-8", errors="replace").read()
    current, out = {}, {}
    for m in re.finditer(r'<Config\s+option="(\w+)"\s+value="([^"]*)"|<Sentence\s[^>]*\bid="([^"]+)"', text):
        if m.group(1):
            if m.group(1).lower() in CONFIG_READ:
                current[m.group(1).lower()] = m.group(2)
        elif m.group(3) not in out:
            out[m.group(3)] = tuple("%s=%s" % (k, v) for k, v in sorted(current.items()))
    return out


def code_in_groups(cmd, docs, out, groups, tmp):
    """Codes the documents of each settings group with those settings; one output file."""
    import json
    by = {}
    for line in open(docs, encoding="utf-8"):
        doc_id = json.loads(line)["id"]
        key = groups.get(doc_id, groups.get(re.sub(r"_\d+$", "", doc_id), ()))
        by.setdefault(key, []).append(line)
    with open(out, "w", encoding="utf-8") as merged:
        for i, (key, lines) in enumerate(sorted(by.items())):
            part, part_out = os.path.join(tmp, "part%d.jsonl" % i), os.path.join(tmp, "part%d.out.jsonl" % i)
            with open(part, "w", encoding="utf-8") as f:
                f.writelines(lines)
            options = [x for k in key for x in ("--option", k)]
            subprocess.run(cmd + options + [part, "-o", part_out], check=True)
            merged.write(open(part_out, encoding="utf-8").read())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sitrep", required=True)
    ap.add_argument("--eval", required=True, help="../shared/eval")
    ap.add_argument("--min", action="append", default=[], help="SUITE=RATE")
    a = ap.parse_args()
    if not os.path.isdir(a.eval):
        return missing(a.eval, "triples")
    floors = {k: float(v) for k, v in (m.split("=") for m in a.min)}
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for name, (kind, records, dicts, gold) in SUITES.items():
            docs, out = os.path.join(tmp, name + ".docs.jsonl"), os.path.join(tmp, name + ".out.jsonl")
            with open(docs, "w") as f:
                subprocess.run([sys.executable, os.path.join(a.eval, "make_docs.py"), kind, os.path.join(a.eval, records)],
                               stdout=f, stderr=subprocess.DEVNULL, check=True)
            spec = dicts.split(":", 1)
            cmd = [a.sitrep, "code", "-q", "--no-geo", "--dictionaries", spec[0] + ":" + os.path.join(a.eval, spec[1]),
                   *OPTIONS.get(name, [])]
            if name == "petrarch2":
                code_in_groups(cmd, docs, out, config_groups(os.path.join(a.eval, records)), tmp)
            else:
                subprocess.run(cmd + [docs, "-o", out], check=True)
            res = subprocess.run([sys.executable, os.path.join(a.eval, "score.py"), "triples", "--gold",
                                  os.path.join(a.eval, gold), "--system", out], capture_output=True, text=True, check=True)
            summary = res.stdout.strip().splitlines()[-1]
            exact = float(re.search(r"exact=([0-9.]+)", summary).group(1))
            floor = floors.get(name)
            bad = floor is not None and exact < floor
            failed |= bad
            print("%-11s %s%s" % (name, summary, "  BELOW %.2f" % floor if bad else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
