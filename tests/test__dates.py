import datetime as dt

import pytest

from routes._dates import dates_in

PUB = dt.date(2024, 6, 14)  # a Friday


@pytest.mark.parametrize(
    ("text", "published", "value", "precision"),
    [
        ("En février 2025, une fusillade", None, "2025-02", "month"),
        ("le 14 février 2025 à l'aube", None, "2025-02-14", "day"),
        ("on 3 May 2023, police said", None, "2023-05-03", "day"),
        ("on May 3, 2023, police said", None, "2023-05-03", "day"),
        ("el 14 de febrero de 2025", None, "2025-02-14", "day"),
        ("op 8 juni 2024", None, "2024-06-08", "day"),
        ("en 2023 et 2024", None, "2023/2024", "year"),
        ("tussen 2019 en 2021", None, "2019/2021", "year"),
        ("l'arrestation, en décembre,", None, "--12", "month"),
        ("l'arrestation, en décembre,", PUB, "2023-12", "month"),
        ("en mars", PUB, "2024-03", "month"),
        ("mardi soir", PUB, "2024-06-11", "day"),
        ("le 20 juin", PUB, "2023-06-20", "day"),
        ("2024-02-29", None, "2024-02-29", "day"),
        ("last Friday", PUB, "2024-06-07", "day"),
        ("el pasado lunes", PUB, "2024-06-10", "day"),
        ("vorige week dinsdag", PUB, "2024-06-04", "day"),
        ("incautó ayer", PUB, "2024-06-13", "day"),
        ("hier soir", PUB, "2024-06-13", "day"),
        ("en 2019", None, "2019", "year"),
        ("El pasado mes de marzo, Panamá extraditó", PUB, "2024-03", "month"),
        ("au début du mois de mars", PUB, "2024-03", "month"),
        ("op 12 april vorig jaar", PUB, "2023-04-12", "day"),
        ("on 3 May last year", PUB, "2023-05-03", "day"),
        ("el 3 de mayo del año pasado", PUB, "2023-05-03", "day"),
        ("a mediados de abril", PUB, "2024-04", "month"),
    ],
)
def test_dates(text, published, value, precision):
    found = dates_in(text, published=published)
    assert [(d.value, d.precision) for d in found] == [(value, precision)]


@pytest.mark.parametrize(
    "text",
    [
        "sa cellule belge",  # "sa" is not samedi
        "un suspect de 35 ans",  # not 1991
        "environ 3200 mots",  # not a year
        "mardi",  # no anchor without a publication date
        "el mar Caribe",  # Spanish sea, not March
        "they may go",  # not May
        "2024-02-30",  # not a day
        "numéro 12.2019.5",
        "hier in Antwerpen",  # Dutch "here", not French "yesterday"
    ],
)
def test_false_hits_are_filtered(text):
    assert dates_in(text) == []


def test_offsets_are_shifted_by_base():
    (d,) = dates_in("xx en 2023", base=100)
    assert (d.start, d.end) == (103, 110)


@pytest.mark.parametrize(
    "text", ["El pasado diciembre", "en décembre dernier", "last December", "afgelopen december"]
)
def test_last_month_names_the_latest_past_month(text: str) -> None:
    (d,) = dates_in(text, published=dt.date(2025, 1, 19))
    assert (d.value, d.precision) == ("2024-12", "month")


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Vorige week werd hij opgepakt", "2025-10", "month"),
        ("Earlier this month, a man was shot", "2025-10", "month"),
        ("le mois dernier", "2025-09", "month"),
        ("el año pasado", "2024", "year"),
        ("vorige week dinsdag", "2025-10-21", "day"),
    ],
)
def test_relative_periods(text: str, value: str, precision: str) -> None:
    (d,) = dates_in(text, published=dt.date(2025, 10, 27))  # a Monday
    assert (d.value, d.precision) == (value, precision)


def test_this_year_is_context_not_a_date() -> None:
    assert dates_in("eerder dit jaar verdween een partij", published=dt.date(2025, 6, 1)) == []


def test_spanish_month_abbreviations() -> None:
    from routes._dates import dates_in

    assert [d.value for d in dates_in("el 5 ene de 2025 y el 3 dic de 2024")] == [
        "2025-01-05", "2024-12-03"]


@pytest.mark.parametrize(("text", "expected"), [
    ("On May 16, a Saturday, a navy patrol intercepted a boat.", ["2026-05-16"]),
    ("Le samedi 16 mai, un bateau a été intercepté.", ["2026-05-16"]),
    ("On Tuesday, March 3, police said.", ["2026-03-03"]),
    ("Tuesday, police said.", ["2026-05-26"]),
])
def test_a_weekday_told_with_its_date_is_that_date(text: str, expected: list[str]) -> None:
    import datetime as dt

    from routes._dates import dates_in

    assert [d.value for d in dates_in(text, published=dt.date(2026, 5, 28))] == expected


def test_a_night_told_by_its_two_days_is_the_day_it_ends_on() -> None:
    import datetime as dt
    published = dt.date(2026, 3, 4)
    for text in ("in de nacht van zaterdag op zondag", "dans la nuit de samedi à dimanche",
                 "en la noche del sábado al domingo"):
        assert [d.value for d in dates_in(text, published=published)] == ["2026-03-01"], text


@pytest.mark.parametrize(
    ("text", "value"),
    [("Police raided the flats in March last year.", "2024-03"),
     ("En mars de l'année dernière, la police a saisi 40 kilos.", "2024-03"),
     ("Les faits remontent à octobre de l'an passé.", "2024-10"),
     ("En marzo del año pasado, la policía incautó 40 kilos.", "2024-03"),
     ("In maart vorig jaar nam de politie 40 kilo in beslag.", "2024-03"),
     ("The boat was seized in February this year.", "2025-02"),
     ("Officers stopped the van in May last year.", "2024-05")],
)
def test_a_month_of_last_year(text: str, value: str) -> None:
    found = dates_in(text, published=dt.date(2025, 6, 12))
    assert [(d.value, d.precision) for d in found] == [(value, "month")]


def test_a_month_then_a_decimal_quantity_is_no_day():
    found = dates_in("Les douaniers ont découvert en mai 1,8 tonne de cocaïne.",
                     published=dt.date(2025, 6, 6))
    assert [d.value for d in found] == ["2025-05"]


@pytest.mark.parametrize(("text", "value"), [
    ("The indictment describes a February shooting in Compton.", "2025-02"),
    ("Le procès porte aussi sur la fusillade de février à Villeurbanne.", "2025-02"),
    ("La policía vincula el tiroteo de marzo en Soacha con la banda.", "2025-03"),
    ("De schietpartij van april in Tiel hing samen met de zaak.", "2025-04"),
])
def test_a_month_told_with_the_event_it_dates(text, value):
    found = dates_in(text, published=dt.date(2025, 4, 18))
    assert [(d.value, d.precision) for d in found] == [(value, "month")]
