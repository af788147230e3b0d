"""One event, many reports (``store.facts.same_event``): reports merge only with the same root
code, dates within a day, a shared acting and a shared acted-upon actor and no other place;
the reason is printed. Different events on one day between the same actors stay apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dabir.store.same_event import Report, same_event

CALL = Report("04", "041", frozenset({"joe-biden"}), frozenset({"benjamin-netanyahu"}), date(2021, 5, 12),
               date(2021, 5, 12), None)  # fmt: skip


def test_two_reports_of_one_call_merge_with_a_reason() -> None:
    other = replace(CALL, code="040", start=date(2021, 5, 13), end=date(2021, 5, 13))
    why = same_event(CALL, other)
    assert why is not None and "joe-biden" in why and "benjamin-netanyahu" in why and "04" in why


def test_a_call_and_a_strike_the_same_day_stay_two() -> None:
    strike = replace(CALL, root="19", code="195")
    assert same_event(CALL, strike) is None


def test_two_different_visits_the_same_day_stay_two() -> None:
    visit = replace(CALL, code="042")
    assert same_event(CALL, visit) is None  # a phone call is not a visit


def test_days_apart_or_other_actors_or_places_stay_apart() -> None:
    assert same_event(CALL, replace(CALL, start=date(2021, 5, 20), end=date(2021, 5, 20))) is None
    assert same_event(CALL, replace(CALL, targets=frozenset({"naftali-bennett"}))) is None
    assert same_event(CALL, replace(CALL, sources=frozenset({"kamala-harris"}))) is None
    assert same_event(replace(CALL, place="gaza"), replace(CALL, place="tehran")) is None


def test_undated_reports_never_merge() -> None:
    assert same_event(replace(CALL, start=None, end=None), CALL) is None


def test_open_intervals_overlap() -> None:
    fighting = Report("19", "190", frozenset({"hamas"}), frozenset({"israel"}), date(2021, 5, 10), None, None)
    later = replace(fighting, start=date(2021, 5, 15), end=date(2021, 5, 15))
    assert same_event(fighting, later) is not None


def test_two_things_said_in_one_article_stay_two() -> None:
    support = Report("05", "051", frozenset({"joe-biden"}), frozenset({"israel-government"}), date(2021, 8, 27),
                     date(2021, 8, 27), None, article="a1", trigger="support")  # fmt: skip
    assert same_event(support, replace(support, trigger="appreciation")) is None
    assert same_event(support, replace(support, trigger="supported")) is not None  # one act, told twice
    call = replace(CALL, article="a1", trigger="spoke")
    assert same_event(call, replace(call, code="040", trigger="call")) is not None  # a call retold


def test_two_pairs_agreeing_in_one_article_stay_two_but_a_pair_retold_is_one() -> None:
    pair = frozenset({"jake-sullivan", "meir-ben-shabbat"})
    agreed = Report("03", "036", pair, pair, date(2021, 5, 11), date(2021, 5, 11), None, article="a1")
    other = frozenset({"jake-sullivan", "egypt-government"})
    assert same_event(agreed, replace(agreed, sources=other, targets=other)) is None
    alone = frozenset({"jake-sullivan"})
    assert same_event(agreed, replace(agreed, sources=alone, targets=alone)) is not None


def test_a_vague_report_does_not_join_two_reports_its_article_tells_apart() -> None:
    from dabir.store.same_event import clashes_in_article

    harper = frozenset({"stephen-harper"})
    vague = Report(
        "04", "040", frozenset(), frozenset(), date(2014, 1, 20), date(2014, 1, 20), None, article="a1"
    )
    netanyahu = replace(vague, sources=harper, targets=frozenset({"benjamin-netanyahu"}))
    abbas = replace(vague, sources=harper, targets=frozenset({"mahmoud-abbas"}))
    assert same_event(vague, netanyahu) is not None and same_event(vague, abbas) is not None
    assert clashes_in_article(netanyahu, abbas) and not clashes_in_article(vague, abbas)
    assert not clashes_in_article(netanyahu, replace(abbas, article="a2"))  # across articles: the merge rule


def test_a_trip_and_a_meeting_held_on_it_stay_two() -> None:
    trip = replace(CALL, code="042", article="a1", trigger="traveled")
    met = replace(CALL, code="040", article="a1", trigger="met")
    assert same_event(trip, met) is None  # a trip holds meetings but is not one
    assert same_event(replace(CALL, code="043"), replace(CALL, code="040")) is not None  # hosted, met


def test_meetings_told_apart_by_whom_they_were_with() -> None:
    inglis = frozenset({"chris-inglis"})
    governments = Report("04", "040", inglis, frozenset({"uk-government"}), date(2022, 6, 26), date(2022, 7, 5),
                         None, article="a1", trigger="met")  # fmt: skip
    private = replace(
        governments, targets=frozenset(), described=frozenset({"leaders from the private sector"})
    )
    schools = replace(private, described=frozenset({"educators and academic leaders"}))
    vague = replace(private, described=frozenset(), trigger="meetings")  # "in his meetings": whom unsaid
    assert same_event(governments, private) is None and same_event(private, schools) is None
    assert same_event(private, replace(private, trigger="meeting")) is not None  # one description, retold
    assert same_event(vague, private) is not None and same_event(vague, governments) is not None


def test_a_country_and_a_place_inside_it_meet_other_places_do_not() -> None:
    trip = Report("04", "042", frozenset({"william-hague"}), frozenset({"us-government"}), date(2010, 5, 14),
                  date(2010, 5, 14), "united states", "a1", place_country="USA", place_is_country=True)  # fmt: skip
    city = replace(trip, place="washington", place_country="USA", place_is_country=False)
    assert same_event(trip, city) is not None
    assert same_event(city, replace(city, place="new york")) is None  # two cities
    assert same_event(trip, replace(city, place="ramallah", place_country="PSE")) is None  # another country
    other = replace(city, article="a2", start=date(2010, 5, 15), end=date(2010, 5, 15))
    assert (
        same_event(replace(trip, dated=True), replace(other, dated=True)) is None
    )  # across articles: same place


def test_retellings_of_parts_of_one_listed_designation_join_it() -> None:
    from dabir.store.same_event import clashes_with_event

    treasury = frozenset({"us-treasury"})
    day = date(2016, 1, 28)
    whole = Report("16", "163", treasury, frozenset({"a", "b", "c"}), day, day, None, article="a1")
    first_two = replace(whole, targets=frozenset({"a", "b"}))
    third = replace(whole, targets=frozenset({"c"}))
    assert not clashes_with_event(third, [whole, first_two])  # "C was designated today" joins
    assert clashes_with_event(third, [first_two])  # with no report of the whole list, two acts
    other = replace(whole, targets=frozenset({"d"}))
    assert clashes_with_event(other, [whole, first_two])  # a party outside the list is another act


def test_an_attack_told_again_with_its_doer_is_one_attack_in_an_article() -> None:
    """ "today's terrorist attack in Abu Dhabi" (180: no one named) and "the Houthis have claimed
    responsibility for this attack" (190): one attack in one article; across articles, or told by
    another word ("the killing"), they stay apart."""
    day = date(2022, 1, 17)
    told = Report("18", "180", frozenset(), frozenset(), day, day, "abu dhabi", "a1", trigger="attack")
    again = replace(told, root="19", code="190", sources=frozenset({"ansarallah"}), place=None)
    assert same_event(told, again) is not None
    assert same_event(told, replace(again, trigger="killing")) is None
    assert same_event(replace(told, article="a2"), again) is None
