#!/usr/bin/env python3
"""Splits the fresh triage corpus ONCE into train/dev and a sealed test set (run on 2026-12-02).

Input: tests/triage/corpus/<set>.tsv (kind<TAB>category<TAB>text, written by four writers with
different briefs before any tuning). Per file and per kind, the lines are ordered by a seeded hash
of their text and the first ceil(30 %) are sealed. Output:
  content/intake/corpus/<set>.tsv   train/dev: the model learns from it, staff may extend it
  tests/triage/sealed/<set>.tsv     sealed: never tuned on, read once at the end
The input folder is removed afterwards, so nothing else holds the sealed lines.
"""
import hashlib, math, pathlib, sys

SEED = b"mediation-kiosk-triage-2026-12-02"
SEALED_SHARE = 0.30
root = pathlib.Path(__file__).resolve().parents[2]
src = root / "tests/triage/corpus"
train_dir = root / "content/intake/corpus"
sealed_dir = root / "tests/triage/sealed"
train_dir.mkdir(parents=True, exist_ok=True)
sealed_dir.mkdir(parents=True, exist_ok=True)
HEADER = "# kind<TAB>category<TAB>text — kind: danger, hard (calm, shares words with danger) or calm\n"
for f in sorted(src.glob("*.tsv")):
    rows = [l.rstrip("\n") for l in f.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    for r in rows:
        assert r.count("\t") == 2, f"{f.name}: {r!r}"
    sealed, train = [], []
    for kind in ("danger", "hard", "calm"):
        group = [r for r in rows if r.split("\t")[0] == kind]
        group.sort(key=lambda r: hashlib.sha256(SEED + r.split("\t")[2].encode()).hexdigest())
        n = math.ceil(len(group) * SEALED_SHARE)
        sealed += group[:n]
        train += group[n:]
    order = {r: i for i, r in enumerate(rows)}
    for d, part in ((train_dir, train), (sealed_dir, sealed)):
        part.sort(key=order.get)
        (d / f.name).write_text(HEADER + "".join(r + "\n" for r in part), encoding="utf-8")
    print(f"{f.name}: {len(rows)} lines -> {len(train)} train/dev, {len(sealed)} sealed")
