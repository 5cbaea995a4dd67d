#!/usr/bin/env python3
"""Validate the real-news development set (one folder per story).

Usage: python3 corpus/real/check.py [STORY_DIR ...]

For every story: a.txt, b.txt, a.ann, b.ann and story.md exist; the markup
is well formed; kinds are valid; figure values are plain decimal numbers;
each .ann with its markup removed equals its .txt byte for byte; every
figure key used in both reports has a status line in story.md, and every
status line names a key both reports use. Prints per-story counts. Exit
status 1 on any error.
"""
import re
import sys
from pathlib import Path

KINDS = ("person", "organization", "place", "date")
ENTITY_RE = re.compile(r"\[\[([^\[\]{}|]+)\|([^\[\]{}|]+)(?:\|([^\[\]{}|]+))?\]\]")
FIGURE_RE = re.compile(r"\{\{([^\[\]{}|]+)\|([^\[\]{}|]*)\|([^\[\]{}|]*)(?:\|([a-z0-9][a-z0-9-]*))?\}\}")
VALUE_RE = re.compile(r"^-?\d+(?:\.\d+)?$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
STATUS_RE = re.compile(r"^(agree|conflict)\s+([a-z0-9][a-z0-9-]*)\b")
PREPOSITIONS = ("on ", "in ", "at ", "since ", "by ", "until ", "from ", "of ", "during ")


def parse(text):
    """Return (clean_text, entities, figures, errors)."""
    errors, entities, figures = [], [], []
    out, pos = [], 0
    token = re.compile(r"\[\[|\{\{|\]\]|\}\}")
    while True:
        m = token.search(text, pos)
        if not m:
            out.append(text[pos:])
            break
        out.append(text[pos:m.start()])
        line = text.count("\n", 0, m.start()) + 1
        if m.group() in ("]]", "}}"):
            errors.append(f"line {line}: stray {m.group()!r}")
            out.append(m.group())
            pos = m.end()
            continue
        start = sum(len(s) for s in out)
        if m.group() == "[[":
            em = ENTITY_RE.match(text, m.start())
            if not em:
                errors.append(f"line {line}: malformed entity near {text[m.start():m.start()+60]!r}")
                out.append("[[")
                pos = m.end()
                continue
            surface, kind, canon = em.groups()
            if kind not in KINDS:
                errors.append(f"line {line}: invalid kind {kind!r} for {surface!r}")
            if surface != surface.strip() or (canon and canon != canon.strip()):
                errors.append(f"line {line}: surrounding whitespace in {surface!r}")
            if canon is not None and canon == surface:
                errors.append(f"line {line}: canonical equals surface for {surface!r}")
            if kind == "person" and re.search(r"['’]s$", surface):
                errors.append(f"line {line}: possessive in person span {surface!r}")
            if kind in ("organization", "place") and surface.startswith("the "):
                errors.append(f"line {line}: leading 'the' in {kind} {surface!r}")
            if kind == "date" and surface.lower().startswith(PREPOSITIONS):
                errors.append(f"line {line}: preposition in date span {surface!r}")
            entities.append((kind, surface, canon or surface, start))
            out.append(surface)
            pos = em.end()
        else:
            fm = FIGURE_RE.match(text, m.start())
            if not fm:
                errors.append(f"line {line}: malformed figure near {text[m.start():m.start()+60]!r}")
                out.append("{{")
                pos = m.end()
                continue
            surface, value, unit, key = fm.groups()
            if not VALUE_RE.match(value):
                errors.append(f"line {line}: non-numeric value {value!r} for {surface!r}")
            if surface != surface.strip() or unit != unit.strip():
                errors.append(f"line {line}: surrounding whitespace in figure {surface!r}")
            if re.match(r"(?i)(about|nearly|almost|more than|over|up to|at least|some|around) ", surface):
                errors.append(f"line {line}: qualifier inside figure {surface!r}")
            figures.append((surface, value, unit, key, start))
            out.append(surface)
            pos = fm.end()
    return "".join(out), entities, figures, errors


def check_story(folder: Path) -> int:
    errors = []
    keys = {}
    counts = []
    for side in ("a", "b"):
        ann, txt = folder / f"{side}.ann", folder / f"{side}.txt"
        if not ann.exists() or not txt.exists():
            errors.append(f"{side}: missing {side}.ann or {side}.txt")
            continue
        clean, entities, figures, errs = parse(ann.read_text(encoding="utf-8"))
        errors += [f"{side}.ann {e}" for e in errs]
        raw = txt.read_text(encoding="utf-8")
        if clean != raw:
            at = next((i for i, (x, y) in enumerate(zip(clean, raw)) if x != y), min(len(clean), len(raw)))
            errors.append(f"{side}.ann does not strip to {side}.txt at char {at}: "
                          f"{clean[max(0, at-30):at+30]!r} vs {raw[max(0, at-30):at+30]!r}")
        keys[side] = {f[3] for f in figures if f[3]}
        counts.append(f"{side}: {len(raw.split())} words, {len(entities)} entities, {len(figures)} figures")
    story = folder / "story.md"
    if not story.exists():
        errors.append("missing story.md")
    elif len(keys) == 2:
        statuses = {}
        for line in story.read_text(encoding="utf-8").splitlines():
            m = STATUS_RE.match(line.strip())
            if m:
                statuses[m.group(2)] = m.group(1)
        shared = keys["a"] & keys["b"]
        for key in sorted(shared - statuses.keys()):
            errors.append(f"story.md: no status for key {key!r}")
        for key in sorted(statuses.keys() - shared):
            errors.append(f"story.md: key {key!r} is not used in both reports")
        for key in sorted((keys["a"] | keys["b"]) - shared):
            errors.append(f"key {key!r} is used in one report only (give one-sided figures no key)")
    status = "ok" if not errors else "ERROR"
    print(f"{folder.name}: {status}; " + "; ".join(counts))
    for e in errors:
        print(f"  {e}")
    return len(errors)


def main(args):
    here = Path(__file__).resolve().parent
    folders = [Path(a) for a in args] or sorted(p for p in here.iterdir() if (p / "story.md").exists())
    failures = sum(check_story(f) for f in folders)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main(sys.argv[1:])
