"""Regenerate `bench/data/rules_at_first_run.jsonl`: the rules as they were when each gold set
arrived, run on that set and on every set before it.

    python bench/first_run_rules.py        (needs the git history: not a shallow clone)

Each gold set in tests/data/ was labelled before the rules saw it, then the rules were fixed
on it. So the rules today are right on those sets far more often than on news they have
never seen (bench/README.md: 90 % macro-F1 now, 74-81 % on each first run). A model trained
on today's rule outputs learns to trust them that much. To measure a model beside the rules
as a new corpus meets them, `bench/suggest_model.py` replays history: at the commit that
added set X, the rules had been fixed on the earlier sets only. Their outputs on the earlier
sets (train) and on X (test, first run) are what this file keeps, commit by commit.

Each gold file (not the sample articles' `seed_gold.jsonl`, copied from shared/ and the
rules' first material) then gets, on every line, `rules_at_first_run`: what the rules said
of that sentence at its set's first run. `annotator train` learns from that instead of
today's rules, so the model it ships learns how the rules fail on news they have not met.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench/data/rules_at_first_run.jsonl"
SETS = [
    "seed",
    "heldout",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind34",
    "blind35",
    "blind36",
    "blind37",
    "blind38",
    "blind39",
    "blind40",
    "blind41",
    "blind42",
    "blind43",
    "blind44",
    "blind45",
    "blind46",
    "blind47",
    "blind48",
    "blind49",
    "blind50",
    "blind51",
    "blind52",
    "blind53",
    "blind54",
    "blind55",
    "blind56",
    "blind57",
    "blind58",
    "blind59",
    "blind60",
    "blind61",
    "blind62",
    "blind63",
    "blind64",
    "blind65",
    "blind66",
    "blind67",
    "blind68",
    "blind69",
    "blind70",
    "blind71",
    "blind72",
    "blind73",
    "blind74",
    "blind75",
    "blind76",
    "blind77",
    "blind78",
    "blind79",
    "blind80",
    "blind81",
    "blind82",
    "blind83",
    "blind84",
    "blind85",
    "blind86",
    "blind87",
    "blind88",
    "blind89",
    "blind90",
    "blind91",
    "blind92",
    "blind93",
    "blind94",
    "blind95",
    "blind96",
    "blind97",
    "blind98",
    "blind99",
    "blind100",
    "blind101",
    "blind102",
    "blind103",
    "blind104",
    "blind105",
    "blind106",
    "blind107",
    "blind108",
    "blind109",
    "blind110",
    "blind111",
    "blind112",
    "blind113",
    "blind114",
    "blind115",
    "blind116",
    "blind117",
    "blind118",
    "blind119",
    "blind120",
    "blind121",
    "blind122",
    "blind123",
    "blind124",
    "blind125",
    "blind126",
    "blind127",
    "blind128",
    "blind129",
    "blind130",
    "blind131",
    "blind132",
    "blind133",
    "blind134",
    "blind135",
    "blind136",
    "blind137",
    "blind138",
    "blind139",
    "blind140",
    "blind141",
    "blind142",
    "blind143",
    "blind144",
    "blind145",
    "blind146",
    "blind147",
    "blind148",
    "blind149",
    "blind150",
    "blind151",
    "blind152",
    "blind153",
    "blind154",
    "blind155",
    "blind156",
    "blind157",
    "blind158",
    "blind159",
    "blind160",
    "blind161",
    "blind162",
    "blind163",
    "blind164",
    "blind165",
    "blind166",
    "blind167",
    "blind168",
    "blind169",
    "blind170",
    "blind171",
    "blind172",
    "blind173",
    "blind174",
    "blind175",
    "blind176",
    "blind177",
    "blind178",
    "blind179",
    "blind180",
    "blind181",
    "blind182",
    "blind183",
    "blind184",
    "blind185",
    "blind186",
    "blind187",
    "blind188",
    "blind189",
    "blind190",
    "blind191",
    "blind192",
    "blind193",
    "blind194",
    "blind195",
    "blind196",
    "blind197",
    "blind198",
    "blind199",
    "blind200",
    "blind201",
    "blind202",
    "blind203",
    "blind204",
    "blind205",
    "blind206",
    "blind207",
    "blind208",
    "blind209",
    "blind210",
    "blind211",
    "blind212",
    "blind213",
    "blind214",
    "blind215",
    "blind216",
    "blind217",
    "blind218",
    "blind219",
    "blind220",
    "blind221",
    "blind222",
    "blind223",
    "blind224",
    "blind225",
    "blind226",
    "blind227",
]

DUMP = """
import json, sys
from pathlib import Path
sys.path.insert(0, ".")
from annotator.suggest.evaluate import read_gold, suggest_gold
for name in sys.argv[1:]:
    path = Path("tests/data") / f"{name}_gold.jsonl"
    gold = read_gold(path)
    for item, s in zip(gold, suggest_gold(gold)):
        print(json.dumps({"set": name, "file": item.file, "sentence_index": item.sentence_index,
            "label": s.label, "rule": s.rule,
            "cue": [[c.start, c.end] for c in s.cue], "source": s.source,
            "source_span": [s.source_span.start, s.source_span.end] if s.source_span else None},
            ensure_ascii=False))
"""


def commit_adding(name: str) -> str:
    out = subprocess.run(
        ["git", "log", "--format=%H", "--diff-filter=A", "--", f"tests/data/{name}_gold.jsonl"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if not out:
        sys.exit(f"no commit adds tests/data/{name}_gold.jsonl: is this a shallow clone?")
    return out[-1]


def main() -> None:
    lines: list[str] = []
    for k, name in enumerate(SETS[1:], 1):
        commit = commit_adding(name)
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "tree"
            subprocess.run(
                ["git", "worktree", "add", "--detach", "-q", str(tree), commit],
                cwd=ROOT,
                check=True,
            )
            try:
                dump = subprocess.run(
                    [sys.executable, "-c", DUMP, *SETS[: k + 1]],
                    cwd=tree,
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
            finally:
                subprocess.run(
                    ["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=True
                )
        for line in dump.splitlines():
            record = json.loads(line)
            record = {"first_run_of": name, "commit": commit[:10], **record}
            lines.append(json.dumps(record, ensure_ascii=False))
        print(f"{name}: rules of {commit[:10]} on {', '.join(SETS[: k + 1])}", file=sys.stderr)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} lines to {OUT.relative_to(ROOT)}", file=sys.stderr)
    record_in_gold([json.loads(line) for line in lines])


def record_in_gold(records: list[dict]) -> None:
    """Write each set's own first run into its gold file, line by line."""
    for name in SETS[1:]:
        own = {
            (r["file"], r["sentence_index"]): r
            for r in records
            if r["first_run_of"] == name and r["set"] == name
        }
        path = ROOT / "tests/data" / f"{name}_gold.jsonl"
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            r = own[(item["file"], item["sentence_index"])]
            item["rules_at_first_run"] = {
                "label": r["label"],
                "rule": r["rule"],
                "source": r["source"],
                "cue": r["cue"],
            }
            out.append(json.dumps(item, ensure_ascii=False))
        path.write_text("\n".join(out) + "\n", encoding="utf-8")
        print(f"recorded the first run in {path.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
