#!/usr/bin/env python3
"""NGEC/POLECAT actor-resolution cases (../shared/eval/ngec-actors/): actor strings to country and role.

For every active case whose last call is agent_to_code or short_text_to_agent and that asserts a country
or a code_1 (role), sitrep resolves the string (`sitrep actor --jsonl`) with the case's context country
and date, and the case counts as right when every such assertion holds. Schema differences are mapped,
not tuned: NGEC writes intergovernmental organisations with the country "IGO", UN bodies "UNO" and EU bodies
"EUR" (sitrep: no country, code IGO..., IGOUNO..., IGOEUR...; sector IGO, or the body's function: JUD for
the ICJ, LEG for EU legislators), a bare country name with no role (sitrep, as CAMEO: its government), the role "UNK"
(unknown; sitrep: no role), and the role "MED", which NGEC uses for medical actors (sitrep, as CAMEO: HLH); POLECAT has no INS or SEP and writes insurgents and separatists REB. A case
without a date is resolved as of NGEC's Wikipedia index (2022-04-21), dates such as "1 July 2021" are read. Prints the rate and fails below --min; exits 77 (skip) when ../shared is missing, unless CI=true.
"""
import argparse, json, os, re, subprocess, sys, tempfile
from shared_data import missing


# NGEC resolves a case without a date ("" or "Today") against its Wikipedia index as it stood when the
# tests were written; NGEC's actor_resolution.py names the index format of 2022-04-21. Such cases are
# resolved as of that day, not as of the day the checker runs (who holds an office changes).
INDEX_DATE = "2022-04-21"
MONTHS = {m: i + 1 for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                          "august", "september", "october", "november", "december"))}


def case_date(text):
    """The case's date as YYYY-MM-DD: ISO, "1 July 2021" or "October 1, 2021"; else NGEC's index date."""
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        return text
    m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+),? (\d{4})", text) or re.fullmatch(r"([A-Za-z]+) (\d{1,2}),? (\d{4})", text)
    if m:
        a, b, year = m.groups()
        day, month = (a, b) if a.isdigit() else (b, a)
        if month.lower() in MONTHS:
            return "%s-%02d-%02d" % (year, MONTHS[month.lower()], int(day))
    return INDEX_DATE


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sitrep", required=True)
    ap.add_argument("--cases", required=True)
    ap.add_argument("--min", type=float, default=0.0)
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    if not os.path.exists(a.cases):
        return missing(a.cases, "ngec")
    cases = []
    for line in open(a.cases, encoding="utf-8"):
        d = json.loads(line)
        call = d["calls"][-1]
        if not d.get("is_active_test") or call["fn"] not in ("agent_to_code", "short_text_to_agent"):
            continue
        checks = [e for e in d["expect"] if e["field"] in ("country", "code_1") and e["op"] == "Eq"]
        if not checks:
            continue
        args = [x if isinstance(x, str) else "" for x in call["args"]] + ["", ""]
        cases.append((d["test"], args[0], args[1] or "", args[2] or "", checks))
    # context countries are written as names ("Mexico"): resolve them with sitrep too
    contexts = sorted({c for _, _, c, _, _ in cases if c and not (len(c) == 3 and c.isupper())})
    iso = {}
    if contexts:
        out = subprocess.run([a.sitrep, "actor"] + contexts, capture_output=True, text=True, check=True).stdout
        for name, row in zip(contexts, out.splitlines()):
            iso[name] = json.loads(row).get("country") or ""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for _, text, ctx, date, _ in cases:
            rec = {"text": text, "country": iso.get(ctx, ctx)}
            rec["date"] = case_date(date)
            f.write(json.dumps(rec) + "\n")
        path = f.name
    out = subprocess.run([a.sitrep, "actor", "--jsonl", path], capture_output=True, text=True, check=True).stdout
    os.unlink(path)
    rows = [json.loads(l) for l in out.splitlines()]
    right = 0
    for (name, text, ctx, date, checks), row in zip(cases, rows):
        got = {"country": row.get("country") or "", "code_1": row.get("sector") or ""}
        if (row.get("code") or "").startswith("IGO") and not row.get("country"):
            # NGEC: UN bodies have the country "UNO" and EU bodies "EUR" (sitrep's codes IGOUNO..., IGOEUR...),
            # other intergovernmental organisations "IGO"
            code = row.get("code") or ""
            got["country"] = "UNO" if code.startswith("IGOUNO") else "EUR" if code.startswith("IGOEUR") else "IGO"
        if row.get("sector") in ("INS", "SEP"):
            got["code_1"] = "REB"  # POLECAT has no insurgent or separatist role: armed opposition is REB
        if row.get("sector") == "HLH":
            got["code_1"] = "MED"  # NGEC's MED is medical (sitrep and CAMEO: HLH; CAMEO's MED is media)
        if not row.get("role_named") and not row.get("group") and row.get("country"):
            got["code_1"] = ""  # NGEC: a bare country name has no role (CAMEO: its government)
        # NGEC writes "UNK" for a person or group whose role is not said ("he", "occupiers"):
        # sitrep leaves the role empty
        ok = all(got[e["field"]] == ("" if e["field"] == "code_1" and e["expected"] == "UNK" else e["expected"] or "")
                 for e in checks)
        right += ok
        if a.verbose and not ok:
            want = {e["field"]: e["expected"] for e in checks}
            print("MISS %-22s %-45s want %s got %s" % (name, text[:45], want, got))
    rate = right / len(cases) if cases else 0.0
    print("ngec-actors: country and role right %.2f (%d/%d)" % (rate, right, len(cases)))
    return 0 if rate >= a.min else 1


if __name__ == "__main__":
    sys.exit(main())
