"""Name keys across transliterations (``name_key.v3``, NLP-NOTES §5).

A key only *proposes* candidates: "Esmail Qaani" and "Ismail Ghaani" share the key "sml qn",
while "Ismail Haniyeh" gets "sml hn". Keys collide on purpose-blind sounds (Khamenei and
Khomeini, two different men, share one), so a decision always takes more than the key.

Latin script: fold to ASCII and lowercase; drop apostrophes (ayn, hamza) and hyphens and the
articles al/el/ol/ul; fold gh→q, kh→x, sh→s, zh and dj→j, ph→f, ou→u, w→v, k→q; drop a final
-eh/-ah/-e/-a/-h; collapse doubled letters; drop vowels (y counts as one). Arabic script: unify
the Persian and Arabic forms of yeh and kaf, the alef and teh marbuta variants, and drop short
vowels and tatweel. A name that is one short acronym in capitals ("US", "U.S.", "IRGC", "SAA")
keeps its letters (``#us``): the folds are for spoken names and would make "US" and "SAA" one key.
A company's legal form closing a name (``vocab/legal-forms.txt``: "LLC", "S.A.R.L.") is left out
(v3), so a release's "X S.A.R.L." and its later "X" are one key.
"""

from __future__ import annotations

import re
import unicodedata

from dabir.vocab import legal_forms, titles

VERSION = "name_key.v3"
_APOSTROPHES = "'’‘ʼʻ`´"
_ARTICLES = {"al", "el", "ol", "ul"}
_FOLDS = (
    ("gh", "q"), ("kh", "x"), ("sh", "s"), ("zh", "j"), ("dj", "j"), ("ph", "f"), ("ou", "u"),
    ("w", "v"), ("ck", "q"), ("k", "q"),  # ق is written q or k: Qassem/Kassem, Ka'bi/Qa'bi
)  # fmt: skip
_FINAL = re.compile(r"(?:eh|ah|e|a|h)$")
_VOWELS = re.compile(r"[aeiouy]")
_VOWEL_FOLDS = str.maketrans({"e": "i", "y": "i", "o": "u"})
_DOUBLE = re.compile(r"(.)\1+")
_ACRONYM = re.compile(r"[A-Z]{2,4}")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
_ARABIC_UNIFY = str.maketrans(
    {"ی": "ي", "ى": "ي", "ک": "ك", "أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ۀ": "ه"}
)
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")  # short vowels, shadda, sukun, tatweel


def strip_titles(name: str) -> str:
    """The name without the titles that open it ("Brigadier-General Esmail Qaani" → "Esmail
    Qaani"); a name made only of title words is left as it is."""
    words = name.split()
    index = 0
    while index < len(words) - 1 and all(part in titles() for part in _title_parts(words[index])):
        index += 1
    return " ".join(words[index:])


def _title_parts(word: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii").lower()
    return [part for part in re.split(r"[-.]", folded) if part] or [folded]


def name_key(name: str) -> str:
    """The blocking key of a name: equal keys are candidates for the same actor."""
    if _ARABIC_SCRIPT.search(name):
        return _arabic_key(name)
    name = without_legal_form(name)  # "NIOC LLC" is "NIOC"
    acronym = name.strip().replace(".", "")
    if _ACRONYM.fullmatch(acronym):
        return "#" + acronym.lower()
    # A word of two or more vowels only ("Oo", "Ai") keeps its letters: dropping it would make
    # a two-word name look like a bare surname. A lone vowel (the ezafe "-e") goes.
    words = [_word_key(word) or (word if len(word) > 1 else "") for word in _latin_words(name)]
    return " ".join(word for word in words if word)


def identity_key(name: str) -> str:
    """The key under which a name not in the KB becomes one new actor: the blocking key's folds
    (case, accents, apostrophes, articles, legal forms, gh/q, kh/x, e/i, o/u, doubled letters,
    a final -eh) with the vowels kept, so "Esma'il Qa'ani" and "Ismail Ghaani" stay one actor
    but "Armenia" and "Romania" (blocking key "rmn" both) are two."""
    if _ARABIC_SCRIPT.search(name):
        return _arabic_key(name)
    name = without_legal_form(name)
    acronym = name.strip().replace(".", "")
    if _ACRONYM.fullmatch(acronym):
        return "#" + acronym.lower()
    words = [_spelled(word) for word in _latin_words(name) if len(word) > 1 or word not in "aeiouy"]
    return " ".join(word for word in words if word)  # the ezafe "-e" of "Sepah-e Pasdaran" goes


def _spelled(word: str) -> str:
    for old, new in _FOLDS:
        word = word.replace(old, new)
    word = _FINAL.sub("", word) if len(word) > 3 else word
    return _DOUBLE.sub(r"\1", word.translate(_VOWEL_FOLDS))


def without_legal_form(name: str) -> str:
    """The name without the company legal forms that close it ("Acme Trading Co., Ltd." →
    "Acme Trading"). A name is never cut to nothing or to articles alone ("Co. Ltd.", "Al Sal"
    stay), and a form of two letters counts only written in capitals or with a dot ("Banco SA",
    "Acme Co.", but the name "Joao Sa")."""
    words = name.split()
    kept = list(words)
    while len(kept) > 1 and _legal_form(kept[-1]):
        kept.pop()
    if len(kept) == len(words) or not _latin_words(" ".join(kept)) or all(_legal_form(w) for w in kept):
        return name
    return " ".join(kept).rstrip(",")


def _legal_form(word: str) -> bool:
    letters = re.sub(r"[.,\s]", "", word)
    if letters.lower() not in legal_forms():
        return False
    return len(letters) > 2 or letters.isupper() or "." in word


def _latin_words(name: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    folded = re.sub(f"[{re.escape(_APOSTROPHES)}]", "", folded)
    words = re.findall(r"[a-z]+", folded.replace("-", " "))
    return [w for w in words if w not in _ARTICLES]


def _word_key(word: str) -> str:
    for old, new in _FOLDS:
        word = word.replace(old, new)
    word = _FINAL.sub("", word) if len(word) > 3 else word
    word = _DOUBLE.sub(r"\1", word)
    return _VOWELS.sub("", word)


def _arabic_key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).translate(_ARABIC_UNIFY)
    text = _ARABIC_MARKS.sub("", text)
    words = re.findall(r"[\u0621-\u064a\u067e\u0686\u0698\u06af\u06a9]+", text)
    return " ".join(w.removeprefix("ال") if len(w) > 3 else w for w in words)
