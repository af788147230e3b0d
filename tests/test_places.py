"""The offline gazetteer (dabir.resolve.places) and the CENTCOM strike-line reader and scorer
(dabir.evaluate_centcom), on the bundled GeoNames data and the shared corpus's real table."""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

import pytest

from dabir.evaluate_centcom import (
    MalformedRow,
    StrikeLine,
    baseline_predict,
    parse_number,
    read_strike_lines,
    score_places,
)
from dabir.resolve.places import Gazetteer, Place, distance_km, fold, gazetteer, loose_key, place_key
from tests.conftest import shared_path

STRIKES = ("corpus", "centcom-oir-strikes", "oir_strike_lines_2014-2016.csv")
slow = pytest.mark.slow  # the gazetteer's first use builds its index (seconds)


@pytest.fixture(scope="module")
def places() -> Gazetteer:
    return gazetteer()


@pytest.fixture(scope="module")
def strike_lines() -> list[StrikeLine]:
    return read_strike_lines(shared_path(*STRIKES))


# --- keys (no gazetteer) ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ar Raqqah", "Raqqa"),
        ("Al Hasakah", "Hasakah"),
        ("Dayr az Zawr", "Deir ez-Zor"),
        ("Bayji", "Baiji"),
        ("Al Qaim", "Qaim"),
        ("Fallujah", "Falluja"),
        ("Kobani", "Kobane"),
        ("Sanaa", "Sana'a"),
        ("Hodeidah", "Al Hudaydah"),
        ("Tal Afar", "Tall ‘Afar"),
        ("Al Huwayjah", "Hawijah"),
        ("الرقة", "رقة"),
    ],
)
def test_transliteration_variants_share_a_loose_key(one: str, other: str) -> None:
    assert loose_key(one) == loose_key(other)


@pytest.mark.parametrize(("one", "other"), [("Mosul", "Basra"), ("Raqqa", "Rutbah"), ("Sinjar", "Samarra")])
def test_different_towns_keep_different_loose_keys(one: str, other: str) -> None:
    assert loose_key(one) != loose_key(other)


def test_exact_key_drops_diacritics_apostrophes_and_leading_articles_only() -> None:
    assert fold("Tall ‘Afar") == "tall afar"
    assert fold("Ḩadīthah") == "hadithah"
    assert place_key("Ar Raqqah") == "raqqah"
    assert place_key("Dayr az Zawr") == "dayr az zawr"  # an inner article stays in the exact key
    assert place_key("Al") == "al"  # a name that is only an article keeps it
    assert loose_key("Dayr az Zawr") == "darzar"


# --- look-ups -----------------------------------------------------------------------------------


@slow
@pytest.mark.parametrize(
    ("name", "countries", "geonames"),
    [
        ("Ar Raqqah", (), 172955),
        ("Raqqa", (), 172955),
        ("Al Hasakah", (), 173811),
        ("Hasakah", (), 173811),
        ("Dayr az Zawr", (), 170794),
        ("Deir ez-Zor", (), 170794),
        ("Bayji", (), 97783),
        ("Baiji", (), 97783),
        ("Al Qaim", (), 92138),
        ("Qaim", (), 92138),
        ("Kirkuk", (), 94787),
        ("Sinjar", ("IRQ",), 448149),
        ("Fallujah", (), 99454),
        ("Falluja", (), 99454),
        ("Ramadi", (), 98717),
        ("Mosul", (), 99072),
        ("Tal Afar", (), 90393),
        ("Haditha", (), 96309),
        ("Hit", ("IRQ",), 95788),
        ("Kobani", (), 172256),
        ("Ayn al Arab", (), 172256),
        ("Mar’a", ("SYR",), 167245),
        ("Abu Kamal", (), 174448),
        ("Al Bukamal", (), 174448),
        ("Gaza", (), 281133),
        ("Jerusalem", (), 281184),
        ("Tehran", (), 112931),
        ("Sanaa", (), 71137),
        ("Sana'a", (), 71137),
        ("Hodeidah", (), 79415),
        ("Al Hudaydah", (), 79415),
        ("الموصل", (), 99072),
        ("غزة", (), 281133),
    ],
)
def test_news_spellings_find_the_town(
    places: Gazetteer, name: str, countries: tuple[str, ...], geonames: int
) -> None:
    found = places.lookup(name, countries)
    assert found is not None and found.id == f"geonames:{geonames}", found


@slow
def test_an_acronym_in_capitals_is_no_transliteration_variant(places: Gazetteer) -> None:
    assert places.lookup("Ossian") is not None  # a town whose loose key is "asan"
    assert places.lookup("ASEAN") is None  # "ASEAN" is spelled as written, never loosely
    mosul = places.lookup("MOSUL")  # a dateline's name still matches on its exact key
    assert mosul is not None and mosul.id == "geonames:99072"


@slow
def test_a_town_carries_kind_population_country_and_coordinates(places: Gazetteer) -> None:
    mosul = places.lookup("Mosul")
    assert mosul is not None
    assert mosul == Place("geonames:99072", "Mosul", "city", "IRQ", mosul.lat, mosul.lon, mosul.population)
    assert mosul.population > 1_000_000
    assert 36.0 < mosul.lat < 36.6 and 42.9 < mosul.lon < 43.4
    baghdad = places.lookup("Baghdad")
    assert baghdad is not None and 340 < distance_km(mosul, baghdad) < 370


@slow
def test_context_chooses_between_towns_of_one_name(places: Gazetteer) -> None:
    in_iraq = places.lookup("Sinjar", ["IRQ"])
    in_syria = places.lookup("Sinjar", ["SYR"])
    assert in_iraq is not None and in_iraq.country == "IRQ"
    assert in_syria is not None and in_syria.country == "SYR"
    assert in_iraq.id != in_syria.id
    assert places.lookup("Sinjar", ["Syria"]) == in_syria  # a country name is context too


@slow
def test_context_beats_population(places: Gazetteer) -> None:
    libya = places.lookup("Tripoli")
    lebanon = places.lookup("Tripoli", ["LBN"])
    assert libya is not None and libya.country == "LBY"
    assert lebanon is not None and lebanon.country == "LBN"
    assert lebanon.population < libya.population


@slow
def test_the_larger_town_wins_without_context(places: Gazetteer) -> None:
    tehran = places.lookup("Tehran")
    assert tehran is not None and tehran.population > 5_000_000  # not the small Tīrān also called so
    assert places.candidates("Tehran")[0].id == tehran.id
    assert len(places.candidates("Tehran")) > 1


@slow
def test_a_short_name_matches_only_inside_the_context(places: Gazetteer) -> None:
    assert places.lookup("Hit") is None
    assert places.lookup("Hit", ["SYR"]) is None
    hit = places.lookup("Hit", ["IRQ"])
    assert hit is not None and hit.country == "IRQ"
    assert hit in places.candidates("Hit")  # still proposed, for a caller that decides itself


@slow
def test_outside_the_context_only_a_large_place_on_its_exact_name_stands(places: Gazetteer) -> None:
    raqqa = places.lookup("Raqqa", ["IRQ"])
    assert raqqa is not None and raqqa.country == "SYR"
    assert places.lookup("Habbaniyah") is not None  # without context even a loose false friend
    assert places.lookup("Habbaniyah", ["IRQ"]) is None  # not Havana ("Habana") for an Iraqi story
    assert places.lookup("Al Baghdadi", ["IRQ"]) is None  # not Georgia's Baghdati, once Baghdadi
    assert places.lookup("Washington", ["IRQ"]) is not None


@slow
@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Iraq", "IRQ"),
        ("Syria", "SYR"),
        ("Syrian Arab Republic", "SYR"),
        ("Iran", "IRN"),
        ("Palestine", "PSE"),
        ("Palestinian Territory", "PSE"),
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("USA", "USA"),
        ("UAE", "ARE"),
        ("العراق", "IRQ"),
    ],
)
def test_countries_by_name_alias_and_code(places: Gazetteer, name: str, iso3: str) -> None:
    found = places.lookup(name)
    assert found is not None and found.kind == "country" and found.country == iso3


@slow
def test_a_country_name_beats_a_town_of_that_name_even_in_another_context(places: Gazetteer) -> None:
    iraq = places.lookup("Iraq", ["SYR"])
    assert iraq is not None and iraq.kind == "country" and iraq.country == "IRQ"


@slow
def test_countries_by_iso_code(places: Gazetteer) -> None:
    for code in ("IQ", "IRQ", "iq", "U.S.", "UAE"):
        found = places.country(code.upper())
        assert found is not None and found.kind == "country", code
    assert places.country("IQ") == places.country("IRQ") == places.lookup("Iraq")
    assert places.context(["iq", "Syria", "Tikrit, Iraq"]) == {"IRQ", "SYR"}


@slow
def test_codes_are_not_names_and_lower_case_is_a_word(places: Gazetteer) -> None:
    iceland = places.country("IS")
    assert iceland is not None and iceland.name == "Iceland"
    assert places.lookup("IS") is None  # the Islamic State's initials, not Iceland
    assert places.country("us") is None
    found = places.lookup("us")
    assert found is None or found.kind != "country"


@slow
def test_every_country_looks_up_to_itself(places: Gazetteer) -> None:
    countries = places.countries()
    assert len(countries) > 240
    for country in countries:
        assert places.lookup(country.name) == country, country.name
        assert places.country(country.country) == country, country.country
        assert -90 <= country.lat <= 90 and -180 <= country.lon <= 180


@slow
def test_a_country_point_is_inside_the_country(places: Gazetteer) -> None:
    iraq, fiji = places.lookup("Iraq"), places.lookup("Fiji")
    assert iraq is not None and 29 < iraq.lat < 38 and 38 < iraq.lon < 49
    assert fiji is not None and abs(fiji.lon) > 170  # across the 180th meridian, not at 0°


# --- the CENTCOM strike lines -------------------------------------------------------------------


def test_the_real_table_reads_whole(strike_lines: list[StrikeLine]) -> None:
    assert len(strike_lines) == 5531
    first = strike_lines[0]
    assert first.date == date(2016, 10, 17)
    assert (first.country, first.location, first.number) == ("Syria", "Abu Kamal", 1)
    assert first.line.startswith("- Near Abu Kamal, one strike")
    assert {line.country for line in strike_lines} >= {"Iraq", "Syria"}


def test_a_malformed_row_is_skipped_and_reported(tmp_path: Path) -> None:
    table = tmp_path / "strikes.csv"
    table.write_text(
        "date,country,location,number,manually_edited,description,line\n"
        '10/17/2016,Syria,Raqqa,1,,x,"- Near Ar Raqqah, one strike destroyed two oil pump jacks."\n'
        '2016-10-17,Syria,Raqqa,1,,x,"- Near Ar Raqqah, one strike."\n'
        '10/17/2016,Iraq,,2,,x,"- Near Mosul, two strikes."\n'
        '10/17/2016,Iraq,Mosul,two,,x,"- Near Mosul, two strikes."\n'
        "10/17/2016,Iraq,Mosul\n",
        encoding="utf-8",
    )
    problems: list[str] = []
    lines = read_strike_lines(table, problems=problems)
    assert [line.location for line in lines] == ["Raqqa"]
    assert len(problems) == 4
    assert "line 3" in problems[0] and "MM/DD/YYYY" in problems[0]
    assert "empty location" in problems[1]
    assert "'two' is not a count" in problems[2]
    assert "empty number, line" in problems[3]


def test_a_table_without_the_columns_is_an_error(tmp_path: Path) -> None:
    table = tmp_path / "other.csv"
    table.write_text("date,place\n10/17/2016,Raqqa\n", encoding="utf-8")
    with pytest.raises(MalformedRow, match="no column country, location, number, line"):
        read_strike_lines(table)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one", 1),
        ("an", 1),
        ("13", 13),
        ("twenty-one", 21),
        ("a hundred and five", 105),
        ("two thousand", 2000),
    ],
)
def test_number_words(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["several", "", "one strike", "1.5"])
def test_what_is_no_number(text: str) -> None:
    assert parse_number(text) is None


def test_the_baseline_reads_the_bullet(strike_lines: list[StrikeLine]) -> None:
    assert baseline_predict(strike_lines[1]) == ("Ar Raqqah", 1)
    line = StrikeLine(
        date(2015, 11, 23), "Iraq", "Hit", 3, "- Near Hit in Al Anbar Province, three airstrikes struck."
    )
    assert baseline_predict(line) == ("Hit", 3)
    assert baseline_predict(
        StrikeLine(date(2015, 1, 1), "Iraq", "Tikrit", 17, "- In Tikrit, 17 airstrikes struck.")
    ) == (None, None)


@slow
def test_a_perfect_predictor_scores_one(strike_lines: list[StrikeLine]) -> None:
    scores = score_places(strike_lines, lambda line: (line.location, line.number))
    for part in ("place", "number"):
        assert scores[part]["precision"] == scores[part]["recall"] == scores[part]["f1"] == 1.0
        assert scores[part]["correct"] == 5531


@slow
def test_a_wrong_predictor_scores_zero(strike_lines: list[StrikeLine]) -> None:
    scores = score_places(strike_lines, lambda line: ("Tehran", line.number + 1))
    for part in ("place", "number"):
        assert scores[part]["predicted"] == 5531
        assert scores[part]["correct"] == 0
        assert scores[part]["f1"] == 0.0


@slow
def test_an_abstaining_predictor_has_no_recall(strike_lines: list[StrikeLine]) -> None:
    scores = score_places(strike_lines, lambda line: (None, None))
    assert scores["place"]["predicted"] == 0 and scores["place"]["recall"] == 0.0
    assert scores["number"]["gold"] == 5531 and scores["number"]["f1"] == 0.0
    assert (
        scores["place"]["gold_unresolved"]
        == score_places(strike_lines, baseline_predict)["place"]["gold_unresolved"]
    )


def _predicting(place: str, _: StrikeLine) -> tuple[str | None, int | None]:
    return place, None


@slow
def test_a_place_is_right_by_id_by_distance_or_by_spelling() -> None:
    def line(location: str, country: str = "Iraq") -> StrikeLine:
        return StrikeLine(date(2016, 1, 1), country, location, 1, f"- Near {location}, one strike.")

    cases = [
        (line("Raqqa", "Syria"), "Ar Raqqah", True),  # one GeoNames id
        (line("Mosul"), "Al Mawsil al Jadidah", True),  # another id, 1 km away
        (line("Mosul"), "Baghdad", False),  # 350 km away
        (line("Sultan Abdallah"), "Sultan Abdallah", True),  # not in the gazetteer: same key
        (line("Sultan Abdallah"), "Mosul", False),
    ]
    for strike, predicted, right in cases:
        scores = score_places([strike], functools.partial(_predicting, predicted))
        assert scores["place"]["correct"] == int(right), (strike.location, predicted)


@slow
def test_the_baseline_on_the_whole_table(strike_lines: list[StrikeLine]) -> None:
    scores = score_places(strike_lines, baseline_predict)
    assert scores["place"]["f1"] > 0.99  # measured 0.995: misses are the releases' typos
    assert scores["number"]["f1"] > 0.99  # measured 0.9995
    assert 0 < scores["place"]["gold_unresolved"] < 25  # airbases and villages GeoNames lacks
