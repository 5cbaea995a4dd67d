#!/usr/bin/env python3
"""Validate the aligned-passage annotations (passages.tsv) of the
real-news set.

Usage: python3 corpus/real/check_passages.py [STORY_DIR ...]

A story's passages.tsv holds one line per pair of sentences that state the
same fact, report A's sentence, a tab, report B's: each copied verbatim
from a.txt and b.txt (so each must occur in its report exactly once, or
the first occurrence is meant). Lines starting with '#' are comments.
A third column `also` marks a pair that states the same fact too, beside
a sentence's best counterpart: right when aligned, not required.
Checks that every text occurs in its report, that no sentence is paired
twice with its best counterpart, and that an `also` pair is no best pair.
Exit status 1 on any error.
"""
import sys
from pathlib import Path


def check(folder: Path) -> int:
    path = folder / "passages.tsv"
    if not path.exists():
        return 0
    a = (folder / "a.txt").read_text(encoding="utf-8")
    b = (folder / "b.txt").read_text(encoding="utf-8")
    errors, pairs, seen_a, seen_b = [], 0, set(), set()
    best, also = set(), []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) == 3 and parts[2] == "also":
            also.append((n, parts[0], parts[1]))
            continue
        if len(parts) != 2:
            errors.append(f"line {n}: expected two tab-separated texts, and 'also' or nothing")
            continue
        ta, tb = parts
        best.add((ta, tb))
        if ta not in a:
            errors.append(f"line {n}: A text not in a.txt: {ta[:60]!r}")
        if tb not in b:
            errors.append(f"line {n}: B text not in b.txt: {tb[:60]!r}")
        if ta in seen_a:
            errors.append(f"line {n}: A text paired twice: {ta[:60]!r}")
        if tb in seen_b:
            errors.append(f"line {n}: B text paired twice: {tb[:60]!r}")
        seen_a.add(ta)
        seen_b.add(tb)
        pairs += 1
    for n, ta, tb in also:
        if ta not in a:
            errors.append(f"line {n}: A text not in a.txt: {ta[:60]!r}")
        if tb not in b:
            errors.append(f"line {n}: B text not in b.txt: {tb[:60]!r}")
        if (ta, tb) in best:
            errors.append(f"line {n}: 'also' pair is a best pair too: {ta[:60]!r}")
    print(f"{folder.name}: {'ok' if not errors else 'ERROR'}; {pairs} pairs, {len(also)} also")
    for e in errors:
        print("  " + e)
    return len(errors)


def main(args):
    here = Path(__file__).resolve().parent
    folders = [Path(a) for a in args] or sorted(p for p in here.iterdir() if (p / "story.md").exists())
    sys.exit(1 if sum(check(f) for f in folders) else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
