"""Tests for routes.quarters: quarters the gazetteer lacks, drawn at their town."""

from __future__ import annotations

import pytest

from routes.case import case_from_article
from routes.geocode import Place
from routes.ingest import article_from_text
from routes.quarters import is_placed_at_town


def places(text: str, lang: str) -> dict[str, Place]:
    case = case_from_article(article_from_text(text, lang=lang))
    return {s.text: p for p in case.place_items for s in p.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "quarter", "town"),
    [
        ("fr", "Un homme a été blessé par balles dans le quartier du Vieux-Moulin, à Rennes.",
         "Vieux-Moulin", "Rennes"),
        ("fr", "À Rennes, trois kilos de cocaïne ont été saisis dans la cité de la Tour-Carrée.",
         "Tour-Carrée", "Rennes"),
        ("fr", "À Nantes, la police est intervenue dans un entrepôt du quartier industriel de "
         "Cheviré-Nord.", "Cheviré-Nord", "Nantes"),
        ("es", "Un hombre murió baleado en el barrio Los Almendros de la ciudad de Cali.",
         "Los Almendros", "Cali"),
        ("es", "En Medellín, la Comuna 8 vivió otra noche de disparos.", "Comuna 8",
         "Medellín"),
        ("nl", "Vorige week werd in de Eindhovense wijk Woensel op een woning geschoten.",
         "Woensel", "Eindhoven"),
        ("nl", "In Breda werd een man aangehouden in de Vuurtorenwijk.", "Vuurtorenwijk",
         "Breda"),
        ("en", "A man was shot dead in Lozells, Birmingham, on Friday night.", "Lozells",
         "Birmingham"),
        ("en", "Police raided six homes in the Twinbrook area of west Belfast.", "Twinbrook",
         "Belfast"),
    ],
)
def test_quarter_named_with_its_town(lang: str, text: str, quarter: str, town: str) -> None:
    found = places(text, lang)
    q = found[quarter]
    assert is_placed_at_town(q)
    assert (q.feature_type, q.precision, q.parent) == ("neighbourhood", "city", town)
    t = next(p for p in found.values() if p.name == town)
    assert (q.lat, q.lon, q.country_code) == (t.lat, t.lon, t.country_code)


def test_the_story_town_when_the_phrase_names_none() -> None:
    text = ("Coup de filet à Nantes. Mardi, un jeune homme a été blessé dans le quartier des "
            "Glycines. Plus tard, aux Glycines, la police a saisi deux kilos de résine.")
    found = places(text, "fr")
    q = found["Glycines"]
    assert q.parent == "Nantes"
    # the same name later in the story is the same quarter
    assert [m.text for m in q.mentions] == ["Glycines", "Glycines"]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # no town in the story: nothing is placed
        ("fr", "Un homme a été blessé dans le quartier des Glycines.", "Glycines"),
        # the estate of a person, a district that is a division
        ("en", "In Leeds, the estate of John Smith was seized by the court.", "John Smith"),
        ("en", "In Leeds, officers said the district of Columbia had no role.", "Columbia"),
        # a town's nickname, the cardinal quarters
        ("fr", "À Avignon, la cité des Papes a vu trois fusillades.", "Papes"),
        ("fr", "À Lille, les quartiers Nord sont touchés par le trafic.", "Nord"),
        # a common noun that opens a sentence
        ("nl", "In Breda is veel overlast. Probleemwijk of niet, de probleemwijk blijft.",
         "Probleemwijk"),
        # a name the text places after the comma in no town ("in the east end of the city")
        ("en", "In Glasgow a man was shot in Easterhouse, in the east end of the city.",
         "Easterhouse"),
    ],
)
def test_no_quarter(lang: str, text: str, word: str) -> None:
    found = places(text, lang)
    assert not any(is_placed_at_town(p) for p in found.values()), found.get(word)


def test_a_quarter_is_only_in_its_own_town() -> None:
    # Salford's centre is 3 km from Manchester's: the raid "in Salford" is not in Moss Side,
    # a quarter of Manchester drawn at Manchester's point.
    text = ("Man shot dead in Moss Side, Manchester, as police raid homes in Salford.\n\n"
            "Officers raided nine homes in Salford on Tuesday.")
    case = case_from_article(article_from_text(text, lang="en"))
    raid = next(i for i in case.incident_items if i.type == "raid")
    assert raid.place is not None
    assert raid.place.name == "Salford"


def test_unresolved_does_not_list_a_placed_quarter() -> None:
    text = "Un homme a été blessé dans le quartier du Vieux-Moulin, à Rennes."
    case = case_from_article(article_from_text(text, lang="fr"))
    assert all(u["text"] != "Vieux-Moulin" for u in case.unresolved)


def test_a_district_named_after_its_town() -> None:
    found = places("Vorige week ontplofte een explosief bij een woning in Leiden-Noord.", "nl")
    q = found["Leiden-Noord"]
    assert (q.parent, q.precision, q.country_code) == ("Leiden", "city", "NL")
    assert is_placed_at_town(q)


def test_quarters_coordinated_after_a_plural_cue() -> None:
    found = places("Ocho personas fueron detenidas en Gijón, en los barrios de La Calzada y El "
                   "Llano, y en Avilés.", "es")
    assert (found["La Calzada"].parent, found["El Llano"].parent) == ("Gijón", "Gijón")
    assert found["Avilés"].feature_type == "city"


def test_a_day_before_a_town_is_no_quarter() -> None:
    found = places("The victim was attacked on Monday, Birmingham police said.", "en")
    assert not any(is_placed_at_town(p) for p in found.values())


def test_a_dutch_quarter_with_its_article_then_its_town():
    from routes import case_from_text

    case = case_from_text("Maandagavond werd in de Kruiskamp in Den Bosch op een woning "
                          "geschoten.", lang="nl")
    quarter = next(p for p in case.place_items if p.name == "Kruiskamp")
    assert (quarter.feature_type, quarter.parent) == ("neighbourhood", "'s-Hertogenbosch")


def test_a_second_quarter_told_by_celui_du_is_in_its_own_town() -> None:
    found = places("Des perquisitions ont eu lieu dans le quartier de la Grande Résidence, à Lens, "
                   "et dans celui du Mont-Liébaut, à Béthune.", "fr")
    assert found["Mont-Liébaut"].parent == "Béthune"
    assert found["Grande Résidence"].parent == "Lens"


def test_a_quarter_the_gazetteer_knows_is_one_place() -> None:
    # Angelslo is a GeoNames place; "de Emmense wijk Angelslo" makes it a quarter of Emmen,
    # not a second place beside it
    text = ("Schietpartij in Angelslo.\n\nEMMEN - De politie heeft drie mannen aangehouden na de "
            "schietpartij in de Emmense wijk Angelslo.")
    case = case_from_article(article_from_text(text, lang="nl"))
    named = [p for p in case.place_items if p.name == "Angelslo"]
    assert len(named) == 1
    assert (named[0].feature_type, named[0].parent) == ("neighbourhood", "Emmen")
    assert len(named[0].mentions) == 2


def test_an_unknown_place_where_something_happened_is_a_quarter_of_the_dateline_town() -> None:
    text = ("Man shot in Creggan\n\nDERRY – A man was shot in both legs in Creggan on Wednesday "
            "night, police said.")
    q = places(text, "en")["Creggan"]
    assert is_placed_at_town(q)
    assert q.parent == "Derry"


@pytest.mark.parametrize(("text", "word"), [
    ("OTTAWA – Police dismantled a drug lab in the Fraser Valley on Tuesday.", "Fraser Valley"),
    ("RABAT – Trente tonnes de cocaïne ont été saisies dans le Royaume en trois ans.", "Royaume"),
])
def test_an_unknown_region_or_a_common_noun_is_no_quarter(text: str, word: str) -> None:
    found = places(text, "en" if "Police" in text else "fr")
    assert word not in found or not is_placed_at_town(found[word])


@pytest.mark.parametrize(("lang", "text", "quarter", "town"), [
    ("nl", "ROTTERDAM - Vrijdag ontplofte een explosief bij een woning in Hillesluis.",
     "Hillesluis", "Rotterdam"),
    ("es", "CARTAGENA, 3 de mayo de 2025 – Un hombre murió en un tiroteo en Bocagrande.",
     "Bocagrande", "Cartagena"),
])
def test_without_ner_an_unknown_name_after_in_is_a_quarter_of_the_dateline_town(
        lang: str, text: str, quarter: str, town: str) -> None:
    q = places(text, lang)[quarter]
    assert is_placed_at_town(q)
    assert q.parent == town


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("nl", "MAASTRICHT - De bende was actief in Zuid-Limburg en België.", "Zuid-Limburg"),
    ("es", "MADRID - La droga llegaba en Navidad desde Colombia.", "Navidad"),
])
def test_without_ner_regions_and_common_words_are_no_quarters(lang: str, text: str, word: str
                                                              ) -> None:
    found = places(text, lang)
    assert word not in found or not is_placed_at_town(found[word])



@pytest.mark.parametrize(("text", "lang", "name", "country"), [
    # a Bolivian "zona" of the town named after it
    ("EL ALTO, Bolivia.- La policía boliviana secuestró 300 kilos de cocaína en la zona de "
     "Villa Ingenio, en la ciudad de El Alto, y aprehendió a dos personas.", "es",
     "Villa Ingenio", "BO"),
    # American usage: "the city's X section"
    ("PATERSON, N.J. - Officials linked the case to a fatal shooting in the city's Wrigley Park "
     "section last July.", "en", "Wrigley Park", "US"),
    # an unknown name after a dwelling, in a story filed from a town
    ("WOLVERHAMPTON, 8 May 2026 – Two days later, armed officers arrested the suspect at a "
     "flat in Brackendale Heath, where they also found cash.", "en", "Brackendale Heath", "GB"),
])
def test_more_ways_a_quarter_of_the_story_town_is_told(text: str, lang: str, name: str,
                                                        country: str) -> None:
    quarter = places(text, lang)[name]
    assert (quarter.feature_type, quarter.country_code) == ("neighbourhood", country)


@pytest.mark.parametrize(("text", "lang", "name", "town", "not_a_place"), [
    # a colonia whose name holds a far-away town the gazetteer knows
    ("TORREÓN, Coah. – Un ataque armado contra una vivienda de la colonia Valle del Sacramento "
     "dejó dos muertos.", "es", "Valle del Sacramento", "Torreón", "Sacramento"),
    # an urbanización named like a Californian town
    ("AREQUIPA, Perú – La Policía allanó una casa de la urbanización La Merced, en Arequipa, y "
     "detuvo a dos hombres.", "es", "La Merced", "Arequipa", "Merced"),
    # a quarter named like a region abroad (Chad's Lac)
    ("Des perquisitions ont eu lieu dans le quartier du Lac, à Bourges.", "fr", "Lac", "Bourges",
     ""),
])
def test_a_name_the_text_calls_a_quarter_beats_a_far_place_of_that_name(
        text: str, lang: str, name: str, town: str, not_a_place: str) -> None:
    found = places(text, lang)
    assert (found[name].feature_type, found[name].parent) == ("neighbourhood", town)
    assert not_a_place not in found


def test_the_quarter_named_again_in_the_headline_is_the_same_quarter() -> None:
    found = places(
        "Pau : coup de filet dans les Hauts de Sainte-Croix\n\nPAU, 3 mars 2026 – Les policiers "
        "ont perquisitionné des appartements dans le quartier des Hauts de Sainte-Croix, à Pau.",
        "fr")
    quarter = found["Hauts de Sainte-Croix"]
    assert quarter.feature_type == "neighbourhood"
    assert len(quarter.mentions) == 2
    assert "Sainte-Croix" not in found


def test_two_quarters_named_before_a_plural_cue():
    found = places(
        "WINNIPEG — Police searched seven homes in the Weston and Spence neighbourhoods last "
        "week.", "en")
    for name in ("Weston", "Spence"):
        assert name in found
        assert found[name].feature_type == "neighbourhood"


def test_a_quarter_told_by_its_apposition():
    found = places(
        "NAIROBI — In June, police raided Kibera, a crowded suburb near the railway, arresting "
        "47 people.", "en")
    assert found["Kibera"].feature_type == "neighbourhood"


def test_an_office_is_no_quarter() -> None:
    case = case_from_article(article_from_text(
        "DAKAR, 5 mars 2025 — Quatre personnes ont été interpellées à Dakar, selon une source à "
        "la Délégation générale à la sûreté nationale.", lang="fr"))
    assert "Délégation" not in [p.name for p in case.place_items]


def test_a_quarter_named_bare_and_with_its_town_is_one_quarter() -> None:
    case = case_from_article(article_from_text(
        "COLMAR – Les douaniers ont saisi 300 kilos de résine.\n\n"
        "Deux interpellations à Bourtzwiller\n\n"
        "Mercredi, les policiers ont interpellé deux hommes dans le quartier de Bourtzwiller, "
        "à Mulhouse.", lang="fr"))
    quarters = [p for p in case.place_items if p.name == "Bourtzwiller"]
    assert len(quarters) == 1
    assert quarters[0].parent == "Mulhouse"


def test_a_far_namesake_after_a_dwelling_is_a_quarter_of_the_story_town() -> None:
    # Normanton is also a Yorkshire town 100 km from Derby, named only here
    found = places(
        "DERBY, 3 March 2025 - Police said the heroin was bought from a supplier in Bradford "
        "and taken back to Derby, where it was stored at a terraced house in Normanton.", "en")
    assert found["Normanton"].feature_type == "neighbourhood"
    assert found["Normanton"].parent == "Derby"
