#!/usr/bin/env python3
"""Generate common_words.txt: frequent English words that are NOT proper nouns.

The list is used by the analyser to recognise an ordinary word that happens to be
capitalised (sentence start, headline case) so that it is not taken for a name.

How it is built (reproducible; needs `pip install wordfreq` and the Debian packages
`wamerican` (provides /usr/share/dict/words = american-english), `wbritish`,
`wamerican-large` and `wbritish-large`):

 1. Take wordfreq.top_n_list("en", TOP_N): the most frequent English words, already
    lower-cased and in frequency order.
 2. Keep only purely alphabetic entries of length >= 2 (drops numbers, "don't",
    single letters). Two-letter entries are kept only if they are in TWO_LETTER_WORDS
    (real English words; drops "el", "la", "km", "ms"), and lower-case Roman numerals
    ("ii", "iv", "xi") are dropped because they follow names ("Elizabeth II").
 3. Drop every word equal to the folded form (lower case, accents stripped, as the
    crate's text::fold does) of a single-word entry of countries.txt,
    places.txt or demonyms.txt ("china", "turkey", "english", "catholic"), or of
    given_names.txt ("john", "maria"). Words listed in ambiguous_given_names.txt
    ("will", "may", "mark", "grace") are names AND common words, so they are not
    dropped for being given names.
 4. Drop words that /usr/share/dict/words (plus british-english, so that British
    spellings count) lists only capitalised or all-caps and never in lower case: those
    are usually proper nouns or abbreviations ("obama", "eu", "oct", "jr"). The small
    word lists are used on purpose: the -large ones give obscure lower-case senses to
    many names ("berlin", "murphy").
 4b. Drop words that appear in none of the four word lists in any case: mostly chat
    slang, fragments and brands ("lol", "https", "dont", "fifa"), except the few
    modern words in ALLOW_UNLISTED.
 5. Drop the few words in EXTRA_PROPER below: the dictionary has a lower-case sense for
    them, but in news text they are overwhelmingly proper nouns (surnames, brands,
    platforms, name particles); and the lower-case abbreviations in ABBREVIATIONS
    ("gov", "inc", "gdp").
 6. Write the survivors sorted alphabetically (like the other lexicon files), lower
    case, one per line, after a short comment header.

Run from anywhere:  python3 gen_common_words.py   (rewrites common_words.txt beside it)
"""

import os
import sys
import unicodedata

from wordfreq import top_n_list

TOP_N = 7500
MIN_LEN = 2
DICT_PATH = "/usr/share/dict/words"
SMALL_DICTS = [DICT_PATH, "/usr/share/dict/british-english"]
ALL_DICTS = SMALL_DICTS + [
    "/usr/share/dict/american-english-large",
    "/usr/share/dict/british-english-large",
]

# Real words missing from the 2020 word lists (step 4b).
ALLOW_UNLISTED = {"cafe", "gameplay", "cyber"}
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "common_words.txt")

TWO_LETTER_WORDS = {
    "ad", "ah", "am", "an", "as", "at", "aw", "be", "by", "do", "eh", "ex", "go", "ha",
    "he", "hi", "id", "if", "in", "is", "it", "lo", "ma", "me", "my", "no", "of", "oh",
    "ok", "on", "or", "ow", "ox", "pa", "so", "to", "uh", "um", "up", "us", "we", "ye",
    "yo",
}
ROMAN_NUMERALS = {
    "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv",
    "xvi", "xvii", "xviii", "xix", "xx",
}

# Lower-case senses exist, but in news these are almost always names (step 5).
EXTRA_PROPER = {
    # surnames and name particles
    "brooks", "cooper", "der", "fisher", "ford", "hart", "khan", "lee", "miller",
    "potter", "rogers", "sanders", "smith", "turner", "walker", "wright",
    # places, planets and fictional names
    "costa", "mars", "sierra", "sri", "superman",
    # a head of state's surname, companies, platforms and products
    "trump", "google", "facebook", "twitter", "instagram", "youtube", "tiktok",
    "netflix", "tesla", "disney", "yahoo", "xbox", "playstation", "iphone", "ipad",
}

# Abbreviations written in lower case by the word lists (step 5); several are titles or
# legal forms that titles.txt / org_heads.txt handle.
ABBREVIATIONS = {
    "aka", "cal", "corp", "est", "gdp", "gen", "gov", "inc", "lbs", "mph", "non", "prof",
    "rep", "sec", "vol",
}


def read_entries(name):
    """Non-comment, non-empty lines of a sibling lexicon file."""
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8") as fh:
        return [ln.strip() for ln in fh if ln.strip() and not ln.startswith("#")]


def fold(text):
    """Lower-case and strip accents, like the crate's text::fold ("Pará" -> "para")."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def single_words_folded(names):
    return {fold(n) for n in names if " " not in n}


def load_dicts(paths):
    """(words seen in lower case, lower-cased words seen capitalised) over paths."""
    lower, other = set(), set()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as fh:
            for ln in fh:
                w = ln.strip()
                if not w or "'" in w:
                    continue
                if w == w.lower():
                    lower.add(w)
                else:
                    other.add(w.lower())
    return lower, other


def main():
    missing = [p for p in ALL_DICTS if not os.path.exists(p)]
    if missing:
        sys.exit(f"missing {missing}: apt-get install wamerican wbritish wamerican-large wbritish-large")
    place_like = set()
    for name in ("countries.txt", "places.txt", "demonyms.txt"):
        place_like |= single_words_folded(read_entries(name))
    given = single_words_folded(read_entries("given_names.txt"))
    ambiguous = single_words_folded(read_entries("ambiguous_given_names.txt"))
    dict_lower, dict_capitalised = load_dicts(SMALL_DICTS)
    all_lower, all_capitalised = load_dicts(ALL_DICTS)
    known = all_lower | all_capitalised

    kept, stats = [], {"shape": 0, "place": 0, "given": 0, "dict_proper": 0, "unlisted": 0, "extra": 0}
    for w in top_n_list("en", TOP_N):
        if (not w.isalpha() or len(w) < MIN_LEN or (len(w) == 2 and w not in TWO_LETTER_WORDS)
                or w in ROMAN_NUMERALS):
            stats["shape"] += 1
        elif w in place_like:
            stats["place"] += 1
        elif w in given and w not in ambiguous:
            stats["given"] += 1
        elif w in dict_capitalised and w not in dict_lower:
            stats["dict_proper"] += 1
        elif w not in known and w not in ALLOW_UNLISTED:
            stats["unlisted"] += 1
        elif w in EXTRA_PROPER or w in ABBREVIATIONS:
            stats["extra"] += 1
        else:
            kept.append(w)

    header = [
        "# Frequent English words that are not proper nouns (lower case, sorted alphabetically).",
        "# GENERATED by gen_common_words.py from wordfreq top_n_list('en', %d), minus entries of" % TOP_N,
        "# countries/places/demonyms/given_names.txt, words the system word lists have only",
        "# capitalised or not at all. Do not edit by hand: change the generator and rerun.",
    ]
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("\n".join(header + sorted(kept)) + "\n")
    print(f"wrote {len(kept)} words to {OUT}; dropped {stats}")


if __name__ == "__main__":
    main()
