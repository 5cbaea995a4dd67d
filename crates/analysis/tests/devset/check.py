#!/usr/bin/env python3
"""Validate the Parallax development set (*.ann files in this folder).

Usage: python3 check.py [FILE.ann ...]
       python3 check.py --text FILE.ann   (print the clean text)

Checks that the inline markup is well formed, kinds are valid, figure values
are plain decimal numbers, and applies a few guideline lint rules. Prints per
file counts of entity mentions by kind and figures. Exit status 1 on error.
"""
import re
import sys
from pathlib import Path

KINDS = ("person", "organization", "place", "date")
ENTITY_RE = re.compile(r"\[\[([^\[\]{}|]+)\|([^\[\]{}|]+)(?:\|([^\[\]{}|]+))?\]\]")
FIGURE_RE = re.compile(r"\{\{([^\[\]{}|]+)\|([^\[\]{}|]*)\|([^\[\]{}|]*)\}\}")
VALUE_RE = re.compile(r"^-?\d+(?:\.\d+)?$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
PREPOSITIONS = ("on ", "in ", "at ", "since ", "by ", "until ", "from ", "of ", "during ")
NUMBER_WORDS = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
    r"billion|trillion|dozen|half|score)\b",
    re.I,
)


def parse(text):
    """Return (clean_text, entities, figures, errors)."""
    errors, entities, figures = [], [], []
    out, pos = [], 0
    token = re.compile(r"\[\[|\{\{")
    while True:
        m = token.search(text, pos)
        if not m:
            out.append(text[pos:])
            break
        out.append(text[pos:m.start()])
        start_off = sum(len(s) for s in out)
        line = text.count("\n", 0, m.start()) + 1
        if m.group() == "[[":
            em = ENTITY_RE.match(text, m.start())
            if not em:
                errors.append(f"line {line}: malformed entity near {text[m.start():m.start()+60]!r}")
                out.append(text[m.start():m.start() + 2])
                pos = m.start() + 2
                continue
            surface, kind, canon = em.group(1), em.group(2), em.group(3)
            if kind not in KINDS:
                errors.append(f"line {line}: invalid kind {kind!r} for {surface!r}")
            if surface != surface.strip() or (canon and canon != canon.strip()):
                errors.append(f"line {line}: surrounding whitespace in {surface!r}")
            if canon is not None and canon == surface:
                errors.append(f"line {line}: canonical equals surface for {surface!r}")
            if kind == "person" and re.search(r"['’]s$", surface):
                errors.append(f"line {line}: possessive in person span {surface!r}")
            if kind == "organization" and surface.lower().startswith("the "):
                errors.append(f"line {line}: leading 'the' in organization {surface!r}")
            if kind == "place" and surface.startswith("the "):
                errors.append(f"line {line}: leading 'the' in place {surface!r}")
            if kind == "date" and surface.lower().startswith(PREPOSITIONS):
                errors.append(f"line {line}: preposition in date span {surface!r}")
            entities.append((kind, surface, canon or surface, start_off))
            out.append(surface)
            pos = em.end()
        else:
            fm = FIGURE_RE.match(text, m.start())
            if not fm:
                errors.append(f"line {line}: malformed figure near {text[m.start():m.start()+60]!r}")
                out.append(text[m.start():m.start() + 2])
                pos = m.start() + 2
                continue
            surface, value, unit = fm.groups()
            if not VALUE_RE.match(value):
                errors.append(f"line {line}: non-numeric value {value!r} for {surface!r}")
            if surface != surface.strip() or unit != unit.strip():
                errors.append(f"line {line}: surrounding whitespace in figure {surface!r}")
            if not NUMBER_WORDS.search(surface):
                errors.append(f"line {line}: figure surface has no number {surface!r}")
            if re.match(r"(?i)(about|nearly|more than|up to|at least|almost|over|some|around)\b", surface):
                errors.append(f"line {line}: qualifier inside figure span {surface!r}")
            if re.search(r"[$€£¥]|\b(dollars?|euros?|pounds?|pesos?|reais|rand|naira|yen|yuan|shillings?|riyals?|"
                         r"won|rupees?|cedis?|lira|cents?|francs?|ringgit|baht|rupiah|dirhams?|dinars?)\b", surface, re.I) \
                    and not CURRENCY_RE.match(unit):
                errors.append(f"line {line}: money figure {surface!r} needs ISO currency unit, got {unit!r}")
            figures.append((surface, value, unit, start_off))
            out.append(surface)
            pos = fm.end()
    clean = "".join(out)
    for bad in ("[[", "]]", "{{", "}}"):
        if bad in clean:
            i = clean.index(bad)
            errors.append(f"stray {bad!r} in clean text near {clean[max(0, i-30):i+30]!r}")
    return clean, entities, figures, errors


def main(argv):
    here = Path(__file__).resolve().parent
    if argv[:1] == ["--text"]:
        for a in argv[1:]:
            sys.stdout.write(parse(Path(a).read_text(encoding="utf-8"))[0])
        return 0
    files = [Path(a) for a in argv] or sorted(here.glob("*.ann"))
    total_err = 0
    totals = {k: 0 for k in KINDS}
    total_fig = 0
    header = f"{'file':<28}{'words':>6}{'person':>8}{'org':>6}{'place':>7}{'date':>6}{'fig':>6}  status"
    print(header)
    print("-" * len(header))
    for f in files:
        clean, ents, figs, errs = parse(f.read_text(encoding="utf-8"))
        words = len(clean.split())
        counts = {k: sum(1 for e in ents if e[0] == k) for k in KINDS}
        for k in KINDS:
            totals[k] += counts[k]
        total_fig += len(figs)
        status = "ok" if not errs else f"{len(errs)} error(s)"
        print(f"{f.name:<28}{words:>6}{counts['person']:>8}{counts['organization']:>6}"
              f"{counts['place']:>7}{counts['date']:>6}{len(figs):>6}  {status}")
        for e in errs:
            print(f"    ERROR {e}")
        total_err += len(errs)
    print("-" * len(header))
    print(f"{'TOTAL (' + str(len(files)) + ' files)':<28}{'':>6}{totals['person']:>8}{totals['organization']:>6}"
          f"{totals['place']:>7}{totals['date']:>6}{total_fig:>6}  "
          f"{'ok' if not total_err else str(total_err) + ' error(s)'}")
    return 1 if total_err else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
