"""Tests for routes.geocode: context disambiguation and the geopy-compatible geocoder."""

from __future__ import annotations

import pytest
from geopy.location import Location

from routes.geocode import OfflineGeocoder, Place, places_from_mentions
from routes.ingest import article_from_text
from routes.recognise import mentions_from_article


def places(text: str, lang: str) -> dict[str, Place]:
    art = article_from_text(text, lang=lang)
    return {s.text: p for p in places_from_mentions(mentions_from_article(art), art)
            for s in p.mentions}


def test_antwerp_port() -> None:
    found = places("Deux tonnes de cocaïne saisies au port d’Anvers.", "fr")
    assert found["port d’Anvers"].feature_type == "port"
    assert (found["Anvers"].name, found["Anvers"].country_code) == ("Antwerp", "BE")


def test_country_beats_namesake_town() -> None:
    found = places("La drogue a transité par le Panama et la Colombie.", "fr")
    assert found["Panama"].feature_type == "country"
    assert found["Colombie"].country_code == "CO"


def test_cartagena_follows_the_country_named() -> None:
    colombia = places("La cocaína salió de Cartagena, en Colombia, hacia Europa.", "es")
    spain = places("La policía detuvo el barco en Cartagena, en España, con cocaína.", "es")
    assert colombia["Cartagena"].country_code == "CO"
    assert spain["Cartagena"].country_code == "ES"


def test_city_comma_state() -> None:
    found = places("He was arrested in Springfield, Illinois, on Friday.", "en")
    assert found["Springfield"].country_code == "US"
    assert abs(found["Springfield"].lat - 39.8) < 0.5
    assert found["Illinois"].feature_type == "admin"


def test_county_and_town_named_together_agree() -> None:
    found = places("Paris and Henry County are rich in history. The Henry County "
                   "commission met in Paris on Monday.", "en")
    assert (found["Paris"].country_code, found["Henry County"].country_code) == ("US", "US")
    assert abs(found["Paris"].lat - 36.3) < 0.2  # Paris, Tennessee
    assert abs(found["Henry County"].lat - 36.3) < 0.3


def test_nearest_namesakes_of_two_local_names() -> None:
    # Columbus, Georgia and Harris County, Georgia lie 40 km apart; the Ohio and Texas
    # readings, each the likelier alone, 1,500 km.
    found = places("Deputies from Harris County arrested a Columbus man on Friday.", "en")
    assert abs(found["Columbus"].lat - 32.5) < 0.2
    assert abs(found["Harris County"].lat - 32.8) < 0.3


def test_county_list_shares_a_state() -> None:
    found = places("Flooding affects Becker, Clay, Douglas, Grant, Otter Tail and Wilkin "
                   "counties.", "en")
    assert {p.name for p in found.values()} >= {"Becker County", "Douglas County"}
    # Minnesota's Douglas County, not Nebraska's or Colorado's.
    assert abs(found["Douglas"].lat - 45.9) < 0.3
    assert abs(found["Douglas"].lon + 95.3) < 0.5


def test_city_comma_postal_code() -> None:
    found = places("The firm is based in Springfield, IL and Dublin, OH.", "en")
    assert (found["IL"].name, found["OH"].name) == ("Illinois", "Ohio")
    assert abs(found["Springfield"].lat - 39.8) < 0.2  # Illinois' capital
    assert found["Dublin"].country_code == "US"
    # No Paris in Oklahoma: "OK" is not a state here.
    assert "OK" not in places("She left Paris, OK then.", "en")


def test_county_follows_its_state() -> None:
    found = places("Deputies in Polk County, Oregon, arrested two men.", "en")
    assert found["Polk County"].feature_type == "admin"
    assert abs(found["Polk County"].lat - 44.9) < 0.3


def test_town_named_like_a_country_when_the_article_places_it() -> None:
    found = places("A Palestine man was arrested by Anderson County deputies. He was "
                   "jailed in Palestine.", "en")
    assert found["Palestine"].country_code == "US"
    texas = places("Officers in China, Texas, seized a truck.", "en")
    assert texas["China"].country_code == "US"
    # A country after a comma does not place a town: "Russia, U.S. officials said".
    news = places("He worked in Russia, U.S. officials said on Wednesday.", "en")
    assert news["Russia"].feature_type == "country"


def test_tiny_country_does_not_beat_a_namesake_city() -> None:
    found = places("The ship docked in Norfolk on Monday, Virginia officials said.", "en")
    assert (found["Norfolk"].country_code, found["Norfolk"].feature_type) == ("US", "city")


def test_division_before_its_country() -> None:
    found = places("She moved from Toronto, Ontario, Canada, to Dublin.", "en")
    assert (found["Ontario"].feature_type, found["Ontario"].country_code) == ("admin", "CA")


def test_big_city_beats_its_division() -> None:
    found = places("The shipment was unloaded in Antwerp, Belgium.", "en")
    assert found["Antwerp"].feature_type in {"city", "port"}


def test_demonym_resolves_to_country() -> None:
    found = places("Two Colombian nationals were arrested in Rotterdam.", "en")
    assert found["Colombian"].country_code == "CO"
    assert found["Colombian"].feature_type == "country"


def test_offline_geocoder_geocode_and_reverse() -> None:
    geocoder = OfflineGeocoder()
    loc = geocoder.geocode("Amberes")
    assert isinstance(loc, Location)
    assert abs(loc.latitude - 51.22) < 0.1
    many = geocoder.geocode("Antwerpen", exactly_one=False, country_codes="BE")
    assert isinstance(many, list)
    assert all(isinstance(x, Location) and x.raw["country_code"] == "BE" for x in many)
    assert geocoder.geocode("Qwxzzy") is None
    back = geocoder.reverse((51.2194, 4.4025))
    assert isinstance(back, Location)
    assert back.raw["country_code"] == "BE"
    assert isinstance(geocoder.reverse("51.2194, 4.4025"), Location)


def test_small_namesake_does_not_win_on_its_country_alone():
    import routes

    case = routes.case_from_text(
        "El cargamento de cocaína procedente de Colombia llegó con destino a Algeciras.",
        lang="es",
    )
    algeciras = next(p for p in case.place_items if p.name == "Algeciras")
    assert algeciras.country_code == "ES"


class _Service:
    """A stand-in for an online geopy geocoder (tests stay offline)."""

    def __init__(self, mode="ok"):
        self.mode = mode
        self.calls = 0

    def geocode(self, query, **kw):
        from geopy import exc
        from geopy.location import Location

        self.calls += 1
        if self.mode == "timeout":
            raise exc.GeocoderTimedOut("slow")
        if self.mode == "429":
            raise exc.GeocoderQuotaExceeded("HTTP 429")
        if self.mode == "down":
            raise exc.GeocoderUnavailable("503")
        if query == "La Paternelle":
            return Location("La Paternelle, Marseille, France", (43.3223, 5.4122),
                            {"osm_id": 42, "address": {"country_code": "fr"}})
        if query == "Nowhere":
            return None
        return Location(f"{query}, Somewhere", (-40.0, 170.0),
                        {"osm_id": 7, "address": {"country_code": "nz"}})


def _online(tmp_path, mode="ok"):
    from routes.geocode import OnlineGeocoder

    service = _Service(mode)
    return OnlineGeocoder(service, cache_path=tmp_path / "cache.sqlite", min_delay_seconds=0,
                          error_wait_seconds=0), service


def test_online_answers_are_cached_across_runs(tmp_path):
    from routes.geocode import OnlineGeocoder

    online, service = _online(tmp_path)
    assert online.geocode("La Paternelle").latitude == 43.3223
    assert online.geocode("Nowhere") is None
    again = OnlineGeocoder(service, cache_path=tmp_path / "cache.sqlite", min_delay_seconds=0)
    assert again.geocode("La Paternelle").longitude == 5.4122
    assert again.geocode("Nowhere") is None
    assert service.calls == 2  # the second instance read both answers from the cache


@pytest.mark.parametrize("mode", ["timeout", "429", "down"])
def test_online_failures_fall_back_offline_and_are_not_cached(tmp_path, mode, caplog):
    online, service = _online(tmp_path, mode)
    loc = online.geocode("Anvers")
    assert loc is not None
    assert abs(loc.latitude - 51.22) < 0.1  # from the embedded gazetteer
    assert "offline gazetteer" in caplog.text
    service.mode = "ok"
    online.geocode("Anvers")
    assert service.calls >= 2  # asked again once the service is back


def test_online_places_must_agree_with_the_article(tmp_path):
    import routes

    online, _ = _online(tmp_path)
    text = ("En février 2025, une fusillade a éclaté à La Paternelle, à Marseille. "
            "Un homme est arrivé de Kralovia.")
    offline = routes.case_from_text(text)
    # offline, a quarter drawn at its town (routes.quarters); online, the service's answer
    quarter = next(p for p in offline.place_items if p.name == "La Paternelle")
    assert (quarter.precision, quarter.parent) == ("city", "Marseille")
    case = routes.case_from_article(routes.article_from_text(text), geocoder=online)
    names = {p.name: p for p in case.place_items}
    assert names["La Paternelle"].precision == "online"
    assert names["La Paternelle"].gazetteer_id == "_service:42"
    assert "Kralovia" not in names  # an answer in New Zealand is not trusted here
    assert "La Paternelle" not in {u["text"] for u in case.unresolved}


def test_unknown_geocoder_name_is_a_usage_error(tmp_path):
    from typer.testing import CliRunner

    from routes.cli import app

    art = tmp_path / "a.txt"
    art.write_text("Saisie de cocaïne à Anvers.", encoding="utf-8")
    r = CliRunner().invoke(app, ["extract", str(art), "--geocoder", "google", "-o",
                                 str(tmp_path / "c.geojson")])
    assert r.exit_code == 2
    assert "nominatim" in r.output


def test_a_town_outside_the_country_written_after_it_is_dropped() -> None:
    # No Cieneguita in the gazetteer's Costa Rica: the namesake in Mexico must not be drawn.
    found = places("El contenedor de piñas llegó procedente de Cieneguita, en Costa Rica.", "es")
    assert "Cieneguita" not in found
    assert found["Costa Rica"].country_code == "CR"


def test_town_nested_in_a_longer_name_is_not_a_namesake_abroad() -> None:
    found = places("La narcolancha fue interceptada frente a La Línea de la Concepción.", "es")
    assert "Concepción" not in found
    assert found["La Línea de la Concepción"].country_code == "ES"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La cocaïne venait du port colombien de Carthagène.", "fr"),
        ("De cocaïne kwam uit de Colombiaanse havenstad Cartagena.", "nl"),
        ("La droga salió del puerto colombiano de Cartagena.", "es"),
    ],
)
def test_country_adjective_before_a_port_picks_the_namesake(text: str, lang: str) -> None:
    found = places(text, lang)
    assert found["Carthagène" if lang == "fr" else "Cartagena"].country_code == "CO"


def test_neighbourhood_written_with_a_lower_case_article() -> None:
    found = places("Des tirs ont éclaté à la Castellane, dans les quartiers Nord de Marseille.",
                   "fr")
    assert found["Castellane"].name == "La Castellane"


def test_a_stated_distance_from_a_named_city_picks_the_namesake() -> None:
    found = places(
        "La Prefectura decomisó cocaína en una barcaza amarrada en un puerto privado de San "
        "Lorenzo, a 25 kilómetros al norte de Rosario. La barcaza venía de Asunción, en "
        "Paraguay.", "es",
    )
    assert found["San Lorenzo"].country_code == "AR"


def test_an_old_name_of_a_smaller_town_does_not_beat_the_city() -> None:
    found = places("A third suspect, a Serbian national, was detained in Milan, Italy police "
                   "said.", "en")
    assert found["Milan"].country_code == "IT"


@pytest.mark.parametrize(
    ("text", "lang", "key"),
    [
        ("La lancha fue interceptada frente a Tumaco, en la costa del Pacífico, por la Armada "
         "de Colombia. España recibe la droga.", "es", "Pacífico"),
        ("El buque iba a cruzar el Atlántico desde Colombia.", "es", "Atlántico"),
        ("MIAMI, Florida (May 2, 2025) — A man accused of launching cocaine-laden boats from "
         "Ecuador's Pacific coast has been extradited to the United States.", "en", "Pacific"),
    ],
)
def test_an_ocean_named_with_its_article_is_the_ocean(text: str, lang: str, key: str) -> None:
    assert places(text, lang)[key].feature_type == "region"


def test_an_airport_named_in_spanish_is_the_airport_not_its_town() -> None:
    import routes

    case = routes.case_from_text(
        "Fue detenido en el aeropuerto internacional de Tocumen con dos kilos de cocaína.",
        lang="es",
    )
    top = case.place_items[0]
    assert (top.name, top.country_code) == ("Tocumen International Airport", "PA")
    assert [m.text for m in top.mentions] == ["aeropuerto internacional de Tocumen"]


def test_a_named_quarter_unknown_to_the_gazetteer_is_not_a_far_namesake() -> None:
    import routes

    # "Salines" is also an old name of Larnaca (Cyprus); the quarter is in Ajaccio.
    case = routes.case_from_text(
        "Un homme a été tué par balles à Ajaccio, dans le quartier des Salines, en Corse.",
        lang="fr",
    )
    assert "Larnaca" not in {p.name for p in case.place_items}


def test_a_quarter_of_a_town_is_the_town() -> None:
    import routes

    case = routes.case_from_text(
        "Un jeune homme a été tué par balle dans un quartier de Saint-Laurent-du-Maroni, en "
        "Guyane. Les mules partent de Cayenne.",
        lang="fr",
    )
    assert "Saint-Laurent-du-Maroni" in {p.name for p in case.place_items}


def test_the_division_after_a_town_picks_its_namesake() -> None:
    import routes

    # Two towns of Guatemala are called La Democracia: Escuintla's (13,400 people) and
    # Huehuetenango's; the division named after a preposition decides, the size does not.
    case = routes.case_from_text(
        "Un ataque armado ocurrió el domingo en el municipio de La Democracia, en "
        "Huehuetenango, según la policía de Guatemala.",
        lang="es",
    )
    top = case.place_items[0]
    assert top.name == "La Democracia"
    assert top.lat > 15.5  # Huehuetenango's, not Escuintla's (14.2)


def test_a_country_name_beats_a_division_of_the_same_name_next_door() -> None:
    import routes

    case = routes.case_from_text(
        "Le camion avait traversé la Belgique puis le Luxembourg avant de filer vers Lyon.",
        lang="fr")
    lux = next(p for p in case.place_items if p.name == "Luxembourg")
    assert (lux.feature_type, lux.country_code) == ("country", "LU")


@pytest.mark.parametrize(("text", "lang"), [
    ("De kotter haalde de drugs op van een bulkschip dat uit de Braziliaanse haven Salvador "
     "kwam.", "nl"),
    ("The cargo ship had sailed from the Brazilian port of Salvador.", "en"),
])
def test_an_adjective_places_a_town_named_like_a_country(text: str, lang: str) -> None:
    assert places(text, lang)["Salvador"].country_code == "BR"


def test_neighbouring_us_towns_do_not_pull_a_french_story_to_virginia() -> None:
    found = places("À Saint-Malo, un camion s'apprêtait à embarquer sur le ferry pour Portsmouth. "
                   "Les enquêteurs soupçonnent un réseau de Southampton.", "fr")
    assert found["Portsmouth"].country_code == "GB"
    assert found["Southampton"].name == "Southampton"
    assert found["Southampton"].country_code == "GB"


def test_a_caribbean_parish_named_by_ner_in_its_country() -> None:
    found = places("The Jamaica Defence Force Coast Guard intercepted a go-fast boat south of "
                   "Clarendon, Jamaica, on Thursday.", "en")
    assert found["Clarendon"].country_code == "JM"


def test_a_french_alternate_name_loses_its_article_after_au() -> None:
    assert places("Le camion est entré en France au Perthus.", "fr")["Perthus"].country_code \
        == "FR"


def test_a_quarter_far_from_the_story_town_is_unknown() -> None:
    found = places("À Nantes, le réseau alimente les points de deal du quartier de Bellevue.",
                   "fr")
    assert "Bellevue" not in found


def test_an_island_is_the_island_not_its_capital() -> None:
    # GeoNames also calls Santa Cruz de Tenerife "Tenerife"; "l'île de Tenerife" is one place.
    found = places("Les douaniers ont saisi 300 kilos sur l'île de Tenerife, pas à Tenerife "
                   "même.", "fr")
    assert {p.name for p in found.values()} == {"Tenerife"}


def test_english_counties_are_not_american_towns() -> None:
    found = places("Police in Leeds said the cocaine was sold across Yorkshire and Kent.", "en")
    assert (found["Yorkshire"].country_code, found["Yorkshire"].feature_type) == ("GB", "admin")
    assert found["Kent"].country_code == "GB"


def test_a_country_named_by_its_own_name_beats_one_it_is_another_name_of() -> None:
    # "Saint-Martin" is the French side (MF); GeoNames also gives it to Sint Maarten (SX).
    found = places("Les gendarmes ont interpellé deux passeurs à Saint-Martin avec 12 kilos de "
                   "cocaïne.", "fr")
    assert found["Saint-Martin"].country_code == "MF"


def test_a_city_of_its_own_name_beats_a_bigger_one_it_is_another_name_of() -> None:
    # Changchun, China, also bears the name "Cancún".
    found = places("The boat left Belize for Cancún with 400 kilos of cocaine.", "en")
    assert found["Cancún"].country_code == "MX"


def test_caribbean_islands_are_islands() -> None:
    found = places("The container was transshipped at Port of Spain, Trinidad, while speedboats "
                   "ran cocaine from the Exumas and Andros to Florida.", "en")
    assert found["Trinidad"].country_code == "TT"
    assert found["Exumas"].country_code == "BS"
    assert found["Andros"].country_code == "BS"


def test_a_person_looking_town_after_a_locative_in_a_named_island_country() -> None:
    # The small French model reads "Marigot" and "Saint-Martin" as persons.
    found = places("La police a saisi 40 kilos de cocaïne à Marigot, sur l'île de "
                   "Saint-Martin.", "fr")
    assert found["Marigot"].country_code == "MF"


def test_a_town_of_the_story_country_keeps_its_short_name() -> None:
    # "Newcastle" is another name of Newcastle upon Tyne; in a story about England it is that
    # town, not Newcastle, Australia.
    found = places("De vrachtwagenchauffeur wilde de nachtboot naar Newcastle nemen. De "
                   "cocaïne was bestemd voor afnemers in het noorden van Engeland.", "nl")
    assert found["Newcastle"].country_code == "GB"


def test_the_division_a_story_town_lies_in_beats_a_namesake_town() -> None:
    # Ontario, California (171,000 people) is named after the province; a Toronto story
    # means the province.
    found = places("TORONTO — Police say the trucks carried cocaine from California into "
                   "Ontario.", "en")
    assert (found["Ontario"].country_code, found["Ontario"].feature_type) == ("CA", "admin")


def test_a_town_of_its_own_name_is_not_a_town_named_before_under_another_name() -> None:
    # Darwin was once called Palmerston; Palmerston is also a town of its own next to it.
    found = places("He flew the ice from Darwin to Katherine and Palmerston.", "en")
    assert found["Palmerston"].name == "Palmerston"


def test_trafficking_regions_and_a_port_of_the_curated_table() -> None:
    found = places("De cocaïne ging via Wyler naar het Ruhrgebied; de hasj kwam uit het "
                   "Waasland.", "nl")
    assert found["Ruhrgebied"].country_code == "DE"
    assert found["Waasland"].country_code == "BE"
    found = places("Les go-fast partaient d'une plage proche de Ksar Sghir, près de Tanger, avec "
                   "de la résine de Ketama.", "fr")
    assert found["Ksar Sghir"].country_code == "MA"
    found = places("Officers searched a lorry at the Port of Tyne in North Shields.", "en")
    assert found["Port of Tyne"].feature_type == "port"


def test_a_town_named_so_beats_a_slightly_bigger_town_with_that_other_name() -> None:
    # GeoNames gives "Zeebrugge" as another name of Old Saybrook, Connecticut.
    found = places("The vans were driven onto the night ferry at Zeebrugge.", "en")
    assert found["Zeebrugge"].country_code == "BE"


def test_el_alto_is_the_bolivian_city() -> None:
    # GeoNames' 500-inhabitant set lacks El Alto (Bolivia); the curated table has it.
    found = places("La droga fue hallada en El Alto, cerca de La Paz.", "es")
    assert found["El Alto"].country_code == "BO"



def test_an_alpine_road_tunnel_is_a_curated_crossing():
    import routes

    case = routes.case_from_text(
        "Le camion a été contrôlé à la sortie du tunnel du Mont-Blanc, à Chamonix.", lang="fr")
    tunnel = next(p for p in case.place_items if p.mentions[0].text == "tunnel du Mont-Blanc")
    assert (tunnel.name, tunnel.feature_type) == ("Mont Blanc Tunnel", "other")


def test_a_near_pair_of_namesakes_abroad_does_not_outvote_the_story() -> None:
    found = places(
        "Cocaine that reached Dover by lorry was sold by a gang from Croydon in Brighton, "
        "Hove and Lewes, and in south London.", "en")
    assert found["Brighton"].country_code == "GB"
    assert found["Dover"].country_code == "GB"


def test_the_north_of_a_country_named_as_a_region_is_that_region() -> None:
    found = places("Het onderzoek begon in Noord-Nederland en leidde naar Rotterdam.", "nl")
    assert found["Noord-Nederland"].name == "Northern Netherlands"
    assert found["Noord-Nederland"].feature_type == "region"
    found = places("A Preston gang ran county lines into North Wales and South Wales.", "en")
    for name in ("North Wales", "South Wales"):
        assert found[name].country_code == "GB"  # not North Wales, Pennsylvania
        assert found[name].feature_type == "region"


def test_a_galician_ria_and_its_islands_are_not_namesake_towns() -> None:
    found = places("La Guardia Civil interceptó una planeadora en la ría de Aldán y otra frente "
                   "a las islas Cíes.", "es")
    assert found["ría de Aldán"].country_code == "ES"
    assert found["islas Cíes"].name == "Cíes Islands"


def test_a_division_after_a_town_and_a_comma_is_the_town_s_division() -> None:
    found = places(
        "ZACATECAS, Zac.- El municipio de Fresnillo es escenario de la disputa entre el Cártel "
        "de Sinaloa y el Cártel Jalisco Nueva Generación; la célula responde a mandos con sede "
        "en Culiacán. Según la Fiscalía, los precursores llegaron desde China al puerto de "
        "Manzanillo, en Colima, y fueron trasladados por carretera hasta el laboratorio de "
        "Fresnillo. La metanfetamina producida ahí era enviada en tractocamiones por la "
        "carretera federal 45 hasta Ciudad Juárez, para ser cruzada a El Paso, Texas.", "es")
    assert (found["Texas"].country_code, found["Texas"].feature_type) == ("US", "admin")
    assert found["Colima"].feature_type == "admin"


@pytest.mark.parametrize(("text", "lang", "key", "name"), [
    ("La cocaïne venait de la Californie et partait vers Papeete.", "fr", "Californie",
     "California"),
    ("La droga llegaba a Nuevo México desde Sinaloa.", "es", "Nuevo México", "New Mexico"),
])
def test_a_us_state_by_its_french_or_spanish_name_is_the_state(text, lang, key, name) -> None:
    found = places(text, lang)
    assert (found[key].name, found[key].country_code) == (name, "US")
