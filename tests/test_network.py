import pytest
from shapely.geometry import MultiLineString

import routes
from routes.geocode import Place
from routes.network import _split_antimeridian, leg_geometry


def legs(text, **kw):
    case = routes.case_from_text(text, **kw)
    return {(leg.source.name, leg.target.name, leg.kind) for leg in case.leg_items}, case


def of_kind(found, kind):
    """The (source, target) pairs of one kind of leg: "flow" or "link"."""
    return {(a, b) for a, b, k in found if k == kind}


def test_chain_from_production_through_transit():
    found, _ = legs(
        "Le Panama, pays de transit pour la cocaïne produite en Amérique du Sud, notamment en "
        "Colombie, joue un rôle clé dans ces flux vers l’Europe."
    )
    assert ("Colombia", "Panama", "flow") in found
    assert ("South America", "Panama", "flow") not in found


def test_origin_and_destination_by_sea():
    found, case = legs(
        "La cocaïne arrive dans des conteneurs en provenance du Panama et à destination du "
        "port d’Anvers."
    )
    assert found == {("Panama", "Port of Antwerp", "flow")}
    (leg,) = case.leg_items
    assert leg.mode == "sea"
    assert 8000 <= leg.length_km <= 10000
    assert leg.evidence[0].text.startswith("La cocaïne arrive")


def test_region_destination_is_subsumed_by_a_port_in_it():
    found, _ = legs(
        "Des conteneurs de cocaïne partent du Panama à destination du port d’Anvers. "
        "Le Panama est une plaque tournante du trafic de cocaïne vers l’Europe."
    )
    assert ("Panama", "Europe", "flow") not in found
    assert ("Panama", "Port of Antwerp", "flow") in found


def test_links_are_not_flows():
    found, case = legs(
        "Les enquêteurs ont trouvé des connexions entre les trafiquants du Peterbos et ceux des "
        "quartiers nord de Marseille."
    )
    kinds = {k for *_, k in found}
    assert kinds == {"link"}
    (leg,) = case.leg_items
    assert {leg.source.name, leg.target.name} == {"Peterbos", "Quartiers Nord (Marseille)"}


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("The cocaine was shipped from Guayaquil bound for Rotterdam in a banana container.",
         "en", ("Guayaquil", "Rotterdam")),
        ("El cargamento de cocaína procedente de Colombia llegó con destino a Algeciras.",
         "es", ("Colombia", "Algeciras")),
        ("De cocaïne was afkomstig uit Ecuador en bestemd voor de haven van Rotterdam.",
         "nl", ("Ecuador", "Rotterdam")),
    ],
)
def test_flows_in_other_languages(text, lang, pair):
    found, _ = legs(text, lang=lang)
    assert any((a, b) == pair or (a == pair[0] and pair[1] in b) for a, b, k in found
               if k == "flow"), found


def _place(name, lat, lon, ftype="city", cc=""):
    return Place(id=name, name=name, lat=lat, lon=lon, feature_type=ftype, country_code=cc,
                 gazetteer_id=name, precision="city")


def test_geodesic_leg_across_the_antimeridian_is_split():
    a = _place("Suva", -18.14, 178.44, cc="FJ")
    b = _place("Apia", -13.83, -171.77, cc="WS")
    geom, km, how = leg_geometry(a, b, "air")
    assert how == "geodesic"
    assert isinstance(geom, MultiLineString)
    assert 1000 < km < 1300
    for line in geom.geoms:
        assert all(-180 <= x <= 180 for x, _ in line.coords)


def test_split_antimeridian_keeps_points():
    parts = _split_antimeridian([(170.0, 0.0), (-170.0, 10.0)])
    assert parts[0][-1] == (180.0, 5.0)
    assert parts[1][0] == (-180.0, 5.0)


def test_the_drugs_of_a_new_paragraph_continue_the_last_leg() -> None:
    found, _ = legs(
        "Customs officers at the port of Southampton seized cocaine that had arrived from "
        "Kingston via Antwerp.\n\nThe drugs were to be driven north to Manchester by lorry.",
        lang="en",
    )
    assert ("Port of Southampton", "Manchester", "flow") in found or (
        "Southampton", "Manchester", "flow") in found


def test_direction_words_between_cue_and_place() -> None:
    found, _ = legs(
        "Opium grown in Afghanistan is smuggled by road to northern Pakistan, where the drugs "
        "are refined.",
        lang="en",
    )
    assert ("Afghanistan", "Pakistan", "flow") in found


def test_an_origin_of_its_own_is_not_carried_from_a_region() -> None:
    found, _ = legs(
        "La cocaïne transite par l'Afrique de l'Ouest vers l'Europe. Selon l'enquête, la drogue "
        "quittait le port brésilien de Santos pour rejoindre Dakar.",
    )
    assert ("Europe", "Dakar", "flow") not in found
    assert ("Santos", "Dakar", "flow") in found


def test_spanish_singular_container_is_drug_context() -> None:
    found, _ = legs(
        "La aduana localizó 400 kilos en un contenedor procedente de Guayaquil con destino "
        "final el puerto de Valencia.",
        lang="es",
    )
    assert any(a == "Guayaquil" and "Valencia" in b for a, b, _ in found)


def test_arrival_at_the_entry_port_and_onward_by_truck() -> None:
    found, _ = legs(
        "Negen mannen zijn veroordeeld voor de invoer van cocaïne via de haven van Zeebrugge."
        "\n\nDe cocaïne kwam in containers met fruit aan uit Santos, in Brazilië. Na het uithalen "
        "werd ze met vrachtwagens naar loodsen in Frankrijk gebracht.",
        lang="nl",
    )
    assert {a for a, b, _ in found if "Zeebrugge" in b} == {"Santos"}
    assert any("Zeebrugge" in a and b == "France" for a, b, _ in found)


def test_a_country_is_entered_through_the_port_named_before() -> None:
    found, _ = legs(
        "De douane onderschepte dinsdag cocaïne in de Rotterdamse haven. De drugs kwamen uit "
        "Guayaquil en waren via Panama naar Nederland verscheept.",
        lang="nl",
    )
    assert ("Panama", "Port of Rotterdam", "flow") in found
    assert ("Panama", "The Netherlands", "flow") not in found


def test_the_network_supplies_from_its_home() -> None:
    found, _ = legs(
        "Un homme a été tué par balles à Marseille. Selon la police, le réseau marseillais "
        "approvisionnerait des points de deal à Nîmes et à Grenoble.",
    )
    assert ("Marseille", "Nîmes", "flow") in found
    assert ("Marseille", "Grenoble", "flow") in found


def test_cargo_transferred_to_a_ship_is_a_flow_but_a_prisoner_is_not() -> None:
    found, _ = legs(
        "The cocaine reached Rosario by barge, where it was transferred to a bulk carrier "
        "sailing for Hamburg.",
        lang="en",
    )
    assert ("Rosario", "Hamburg", "flow") in found
    found, _ = legs(
        "The cocaine boss was transferred from Rosario to a prison near Buenos Aires.", lang="en"
    )
    assert not {k for *_, k in found if k == "flow"}


def test_loading_port_after_the_production_origin() -> None:
    found, _ = legs(
        "La marchandise, originaire du Paraguay, avait été chargée à Montevideo, en Uruguay, "
        "avant d'être saisie au port d'Anvers.",
    )
    assert ("Paraguay", "Montevideo", "flow") in found
    assert any(a == "Montevideo" and "Antwerp" in b for a, b, _ in found)


def test_loaded_transshipped_and_arriving() -> None:
    found, _ = legs(
        "The cocaine had been loaded onto a container ship in Santa Marta, Colombia, and "
        "transshipped in Rotterdam before arriving at the port of Felixstowe.",
        lang="en",
    )
    assert ("Santa Marta", "Rotterdam", "flow") in found
    assert any(a == "Rotterdam" and "Felixstowe" in b for a, b, _ in found)


def test_a_locator_is_not_a_stop_and_the_seizure_port_is_on_the_way() -> None:
    found, _ = legs(
        "Police seized 860 kilograms of cocaine at the port of Durban on Monday. The container "
        "had been shipped from Santos in Brazil and was bound for a company in Germiston, east "
        "of Johannesburg.",
        lang="en",
    )
    assert ("Germiston", "Johannesburg", "flow") not in found
    assert any(a == "Santos" and "Durban" in b for a, b, _ in found)
    assert any("Durban" in a and b == "Germiston" for a, b, _ in found)


def test_links_to_the_towns_named_in_particular() -> None:
    found, _ = legs(
        "Le parquet souligne les liens étroits entre ces groupes anversois et la mafia active "
        "aux Pays-Bas, en particulier à Amsterdam et à Rotterdam.",
    )
    assert {frozenset((a, b)) for a, b, k in found if k == "link"} == {
        frozenset(("Antwerp", "Amsterdam")), frozenset(("Antwerp", "Rotterdam"))}


def test_a_region_after_a_town_locates_it_and_a_sea_is_no_destination() -> None:
    found, _ = legs(
        "La drogue était acheminée par la route jusqu'à Sevran, en Seine-Saint-Denis, depuis "
        "le port du Havre.",
    )
    assert not any(b == "Seine-Saint-Denis" for _, b, _ in found)


def test_part_of_the_drugs_leaves_the_port_of_entry_inland() -> None:
    found, _ = legs(
        "La red introducía cocaína procedente de Colombia a través del puerto de Valencia."
        "\n\nParte de la droga se trasladaba en camiones hasta Galicia, desde donde un clan la "
        "distribuía en Portugal.",
        lang="es",
    )
    assert any(a == "Colombia" and "Valencia" in b for a, b, _ in found)
    assert any("Valencia" in a and b == "Galicia" for a, b, _ in found)
    assert ("Galicia", "Portugal", "flow") in found


def test_synthetic_drugs_leave_from_the_lab() -> None:
    found, _ = legs(
        "De politie heeft dinsdag in Baarle-Nassau een drugslab opgerold, het grootste van "
        "Nederland dit jaar."
        "\n\nDe meth was bestemd om per container naar Australië te worden verscheept.",
        lang="nl",
    )
    assert ("Baarle-Nassau", "Australia", "flow") in found


@pytest.mark.parametrize(
    ("text", "lang", "boss", "crew"),
    [
        ("La banda que opera en Envigado recibe órdenes de cabecillas recluidos en la cárcel "
         "de Itagüí.", "es", "Itagüí", "Envigado"),
        ("El cabecilla, residente en Madrid, coordinaba los envíos con proveedores de Cali.",
         "es", "Madrid", "Cali"),
    ],
)
def test_command_from_where_the_boss_is_held_or_lives(
    text: str, lang: str, boss: str, crew: str
) -> None:
    found, _ = legs(text, lang=lang)
    assert (boss, crew, "link") in found


def test_transshipment_port_abroad_is_not_where_drugs_come_in() -> None:
    found, _ = legs(
        "Customs officers seized 700kg of cocaine at the port of Southampton on Friday.\n\n"
        "The container had been loaded in Buenaventura, in Colombia, and transshipped at the "
        "port of Kingston in Jamaica before crossing the Atlantic. A lorry driver from "
        "Reading who came to collect it was arrested.", lang="en",
    )
    flows = of_kind(found, "flow")
    assert ("Buenaventura", "Port of Kingston") in flows or ("Buenaventura", "Kingston") in flows
    assert any(a in {"Port of Kingston", "Kingston"} and "Southampton" in b for a, b in flows)
    assert not any(a == "Reading" for a, _ in flows)  # where the driver lives


def test_buyers_and_ocean_qualifiers_are_not_stops() -> None:
    found, _ = legs(
        "Mexican marines seized three tonnes of fentanyl precursors at the Pacific port of "
        "Manzanillo on Sunday, the navy said, in a shipment that arrived from Shanghai.\n\n"
        "A navy spokesman said the vessel was headed for the coast of Guatemala, where the "
        "cargo would have been handed over to Mexican buyers.", lang="en",
    )
    flows = of_kind(found, "flow")
    assert ("Shanghai", "Manzanillo") in flows
    assert not any(a.startswith("Pacific") for a, _ in flows)
    assert ("Guatemala", "Manzanillo") not in flows


def test_the_container_found_in_a_port_sails_on_from_there() -> None:
    found, _ = legs(
        "La lancha cargada de cocaína había zarpado de Tumaco con destino a México.\n\n"
        "El hallazgo se suma a la incautación de 1,4 toneladas de cocaína en el puerto de "
        "Buenaventura. El contenedor iba rumbo al puerto de Valencia, en España.", lang="es",
    )
    flows = of_kind(found, "flow")
    assert ("Mexico", "Port of Valencia") not in flows
    assert any("Buenaventura" in a and "Valencia" in b for a, b in flows)


def test_a_transshipment_told_after_the_trip_goes_between_its_ends() -> None:
    found, _ = legs(
        "Les douaniers ont découvert 1,8 tonne de cocaïne au Havre, dans des conteneurs de "
        "bananes arrivés de Guayaquil.\n\n"
        "Les conteneurs avaient été transbordés à Colón, au Panama, avant de traverser "
        "l'Atlantique.", lang="fr",
    )
    flows = of_kind(found, "flow")
    assert ("Guayaquil", "Colón") in flows
    assert ("Colón", "Le Havre") in flows
    assert not any("Atlantic" in a or "Atlantic" in b for a, b in flows)


def test_crossing_a_country_and_reaching_a_coast_named_by_its_adjective() -> None:
    found, _ = legs(
        "Much of the cocaine sold in Sweden arrives by lorry from the Netherlands, crossing "
        "Denmark and the bridge into Malmö.", lang="en",
    )
    flows = of_kind(found, "flow")
    assert ("Denmark", "Malmö") in flows
    assert any(b == "Denmark" for _, b in flows)
    found, _ = legs(
        "Selon le parquet, la marchandise, produite au Maroc, avait traversé la Méditerranée "
        "jusqu'aux côtes andalouses.", lang="fr",
    )
    assert ("Morocco", "Andalusia", "flow") in found


def test_from_where_part_is_sent_on_reaches_the_next_place() -> None:
    found, _ = legs(
        "El hachís viajaba en camiones hasta Madrid, desde donde una parte se enviaba por "
        "carretera a Francia.", lang="es",
    )
    assert ("Madrid", "France", "flow") in found


def test_a_barge_from_upriver_reaches_the_port_where_it_was_found() -> None:
    found, _ = legs(
        "La Prefectura decomisó 1.100 kilos de cocaína en una barcaza amarrada en un puerto "
        "privado de San Lorenzo, a 25 kilómetros al norte de Rosario.\n\n"
        "La barcaza había descendido por la hidrovía procedente de Asunción. Los ataques fueron "
        "ordenados desde la cárcel de Ezeiza.", lang="es",
    )
    flows = of_kind(found, "flow")
    assert ("Asunción", "San Lorenzo") in flows
    assert not any(a == "Ezeiza" for a, _ in flows)


def test_command_from_a_prison_in_a_province_reaches_the_story_s_city() -> None:
    found, _ = legs(
        "ROSARIO, 27 ago (EFE).- Un joven murió baleado en Rosario.\n\n"
        "Los investigadores sostienen que el ataque fue ordenado desde la cárcel federal de "
        "Ezeiza, en la provincia de Buenos Aires, por un jefe de una banda local.", lang="es",
    )
    links = of_kind(found, "link")
    assert ("Ezeiza", "Rosario") in links
    assert not any(b == "Buenos Aires" for _, b in links)


def test_another_boss_abroad_is_not_the_crew() -> None:
    found, _ = legs(
        "MARSEILLE, 5 mai 2025 - Un homme a été tué par balles à Marseille.\n\n"
        "Les commanditaires vivraient à Dubaï, d'où ils donnent leurs ordres, tandis que "
        "d'autres, repliés en Algérie, continueraient de diriger des points de vente.",
        lang="fr",
    )
    links = of_kind(found, "link")
    assert ("Dubai", "Marseille") in links
    assert ("Dubai", "Algeria") not in links


def test_bosses_in_two_cities_command_the_story_s_network() -> None:
    found, _ = legs(
        "GIOIA TAURO, Italy, Oct 27 (Reuters) - Police seized 3 tonnes of cocaine in Calabria.\n\n"
        "The shipment was financed by a clan whose brokers operate from Belgrade and from the "
        "coastal town of Kotor.", lang="en",
    )
    links = of_kind(found, "link")
    assert ("Belgrade", "Kotor") not in links
    assert {a for a, _ in links} >= {"Belgrade", "Kotor"}


def test_onward_distribution_inside_the_country_does_not_return_to_the_port() -> None:
    found, _ = legs(
        "La cocaína llegó al puerto de Valencia procedente de Buenaventura. Parte de la droga "
        "se trasladaba en camiones hasta Galicia, desde donde un clan la distribuía en el norte "
        "de España y en Portugal.", lang="es",
    )
    flows = of_kind(found, "flow")
    assert ("Galicia", "Port of Valencia") not in flows
    assert ("Galicia", "Portugal") in flows


def test_pressure_from_a_capital_is_not_a_drug_origin() -> None:
    found, _ = legs(
        "Marines seized fentanyl precursors at the port of Lázaro Cárdenas.\n\n"
        "Mexico has come under growing pressure from Washington to curb the flow of fentanyl.",
        lang="en",
    )
    assert not any(a == "Washington" for a, _, _ in found)


def test_hashish_landed_then_trucked_to_a_border_town_and_across() -> None:
    found, _ = legs(
        "Publicado el 4 de febrero de 2025\n\n"
        "La Guardia Civil se incautó de 3.800 kilos de hachís en una playa de Sanlúcar de "
        "Barrameda. La droga había llegado en una narcolancha procedente de Alhucemas, en "
        "Marruecos.\n\n"
        "Los fardos iban a ser trasladados por carretera hasta La Jonquera (Girona), desde donde "
        "el hachís habría cruzado a Francia.", lang="es",
    )
    flows = of_kind(found, "flow")
    assert any(b == "Sanlúcar de Barrameda" for _, b in flows)
    assert ("Sanlúcar de Barrameda", "la Jonquera") in flows
    assert ("la Jonquera", "France") in flows


def test_flow_end_taken_from_an_earlier_paragraph_is_inferred_with_its_reason():
    _, case = legs(
        "Customs officers at the port of Felixstowe seized 900 kilos of cocaine on Tuesday.\n\n"
        "The inquiry is run by detectives in London.\n\n"
        "Investigators said a banana container shipped from Guayaquil carried the cocaine."
    )
    (leg,) = [leg for leg in case.leg_items if leg.kind == "flow"]
    assert (leg.source.name, leg.target.name) == ("Guayaquil", "Port of Felixstowe")
    assert leg.inferred
    assert "Port of Felixstowe is not named in the sentence" in leg.reason
    assert [e.text.split()[0] for e in leg.evidence] == ["Investigators"]


def test_flow_told_across_two_sentences_is_stated_and_quotes_both():
    _, case = legs(
        "Customs officers seized two tonnes of cocaine in the port of Gioia Tauro on Monday. "
        "The drugs were then to be trucked north to Milan."
    )
    (leg,) = [leg for leg in case.leg_items if leg.kind == "flow"]
    assert (leg.source.name, leg.target.name) == ("Port of Gioia Tauro", "Milan")
    assert not leg.inferred
    assert leg.reason == ""
    assert [e.text.split()[0] for e in leg.evidence] == ["Customs", "The"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a stop after the destination, with nothing that puts it later, is on the way
        ("A courier was arrested with heroin as she was about to board a flight to Amsterdam "
         "via Istanbul.", "en", {("Istanbul", "Amsterdam")}),
        ("De cannabis wordt naar het Verenigd Koninkrijk gesmokkeld in vrachtwagens die via "
         "Duinkerke de veerboot nemen.", "nl", {("Dunkirk", "United Kingdom")}),
        # a border crossing is a stop; "pour destination finale" a destination
        ("La résine de cannabis avait été chargée à Algésiras, avait franchi la frontière à Irun "
         "avant de remonter vers Bordeaux, avec pour destination finale Toulouse.", "fr",
         {("Algeciras", "Irun"), ("Irun", "Bordeaux"), ("Bordeaux", "Toulouse")}),
        # drugs "trasladada" are moved, unlike prisoners
        ("Desde Tumbes, la droga iba a ser trasladada por tierra hasta Lima y luego embarcada "
         "en el Callao.", "es", {("Tumbes", "Lima"), ("Lima", "Callao")}),
    ],
)
def test_stops_on_the_way_and_border_crossings(text, lang, expected):
    found, _ = legs(text, lang=lang)
    assert of_kind(found, "flow") == expected


def test_a_load_split_between_two_destinations():
    found, _ = legs(
        "La cocaïne avait été chargée à Livourne à destination de Bastia. Une partie de la "
        "marchandise devait ensuite être acheminée vers Ajaccio, l'autre vers Calvi.",
        lang="fr",
    )
    assert of_kind(found, "flow") == {("Livorno", "Bastia"), ("Bastia", "Ajaccio"),
                                      ("Bastia", "Calvi")}


def test_a_transshipment_told_after_the_origin():
    found, _ = legs(
        "La drogue, dissimulée dans un conteneur arrivé de Guayaquil, en Équateur, après un "
        "transbordement à Kingston, en Jamaïque, a été saisie au port du Havre.",
        lang="fr",
    )
    assert of_kind(found, "flow") == {("Guayaquil", "Kingston"), ("Kingston", "Port of Le Havre")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dutch puts the verb of residence after the place
        ("Volgens justitie wordt de bende in Rotterdam aangestuurd door een man die in Marbella "
         "woont.", ("Marbella", "Rotterdam")),
        ("De leider van de bende zou zich in Colombia ophouden, vermoedelijk in de stad Cali, en "
         "vanuit daar opdrachten geven aan zijn mannen op Aruba.", ("Cali", "Aruba")),
    ],
)
def test_dutch_command_ties(text, expected):
    found, case = legs(text, lang="nl")
    assert of_kind(found, "link") == {expected}
    (leg,) = case.leg_items
    assert leg.relation == "command"


def test_where_a_courier_or_a_load_is_stopped_ends_its_journey() -> None:
    found, _ = legs(
        "Le 3 mai, un passeur a été arrêté en gare de Perpignan, à la descente d'un train en "
        "provenance de Barcelone, avec deux kilos de cocaïne.\n\n"
        "Mardi, les douaniers ont intercepté au péage de Biriatou une camionnette qui venait "
        "de franchir la frontière à Irun.",
        lang="fr",
    )
    flows = of_kind(found, "flow")
    assert ("Barcelona", "Perpignan") in flows
    assert ("Irun", "Biriatou") in flows


def test_an_earlier_arrival_does_not_start_from_where_the_load_was_seized() -> None:
    found, _ = legs(
        "Lundi, les douaniers ont intercepté au péage de La Turbie une berline qui venait de "
        "franchir la frontière à Vintimille.\n\n"
        "Selon les enquêteurs, la cocaïne était arrivée par conteneur dans le port de Gênes.",
        lang="fr",
    )
    assert not any(a == "La Turbie" for a, _ in of_kind(found, "flow"))


def test_delivered_to_is_a_destination() -> None:
    found, _ = legs(
        "La cocaïne, partie de Gênes, devait être livrée à Lyon.", lang="fr")
    assert ("Genoa", "Lyon") in of_kind(found, "flow") or (
        "Port of Genoa", "Lyon") in of_kind(found, "flow")


def test_a_trip_told_again_from_its_start_with_a_ferry_leg() -> None:
    found, _ = legs(
        "Police seized 90 kg of cannabis in a lorry at the port of Liverpool on Tuesday.\n\n"
        "According to the National Crime Agency, the drugs were loaded at a farm near "
        "Alicante. The lorry then crossed Spain, took a ferry from Santander to Portsmouth and "
        "drove north through England to Liverpool.",
        lang="en",
    )
    flows = of_kind(found, "flow")
    assert ("Alicante", "Santander") in flows
    assert ("Santander", "Portsmouth") in flows
    assert ("Portsmouth", "Port of Liverpool") in flows or ("Portsmouth", "Liverpool") in flows
    # the trip told after the seizure does not start where the lorry was seized
    assert not any("Liverpool" in a for a, _ in flows)


def test_according_to_an_agency_names_no_destination() -> None:
    found, _ = legs(
        "According to the Police Service of Northern Ireland, the cannabis was loaded at a "
        "warehouse near Valencia.", lang="en")
    assert not any(b == "Northern Ireland" for _, b in of_kind(found, "flow"))


def test_bought_somewhere_then_driven_and_meant_for_dealing_spots() -> None:
    found, _ = legs(
        "La drogue avait été achetée à Rotterdam quelques jours plus tôt. Le véhicule avait "
        "ensuite traversé la Belgique, via Gand et Lille, avant de rejoindre Roubaix. Selon le "
        "parquet de Lille, la marchandise était destinée aux points de deal de Tourcoing.",
        lang="fr",
    )
    flows = of_kind(found, "flow")
    assert ("Rotterdam", "Gent") in flows
    assert ("Lille", "Roubaix") in flows
    # the court that speaks is not where the drugs went from
    assert ("Roubaix", "Tourcoing") in flows
    assert ("Lille", "Tourcoing") not in flows


@pytest.mark.parametrize(("text", "lang", "boss", "crew"), [
    ("Valencia, 3 dic (EFE).-\n\nLa organización estaba dirigida desde el centro penitenciario "
     "de Picassent por un narcotraficante.", "es", "Picassent", "Valencia"),
    ("Una célula que opera en Uruapan actúa bajo las órdenes de un líder recluido en el penal de "
     "Mil Cumbres, en Morelia.", "es", "Morelia", "Uruapan"),
    ("The Istanbul network was run by two brothers held at Silivri prison, in Turkey, who used "
     "smuggled phones to instruct associates in Mersin.", "en", "Silivri", "Mersin"),
    ("Het slachtoffer behoorde tot een groep uit Osdorp die wordt aangestuurd door een "
     "Amsterdammer die vanuit het Colombiaanse Cali opereert.", "nl", "Cali", "Osdorp"),
])
def test_command_ties_told_in_the_passive(text: str, lang: str, boss: str, crew: str) -> None:
    found, _ = legs(text, lang=lang)
    assert (boss, crew) in of_kind(found, "link")


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("TILBURG (ANP) - Een man is doodgeschoten in Tilburg. De groep werkt bovendien nauw samen "
     "met een bende uit Luik.", "nl", {"Tilburg", "Liège"}),
    ("Valencia, 3 dic (EFE).-\n\nLa red mantenía además contactos con una organización "
     "asentada en Burdeos.", "es", {"Valencia", "Bordeaux"}),
])
def test_cooperation_between_groups_is_a_connection(text: str, lang: str, pair: set) -> None:
    found, _ = legs(text, lang=lang)
    assert any({a, b} == pair for a, b in of_kind(found, "link"))


def test_police_cooperation_is_not_a_link() -> None:
    found, _ = legs("BRISTOL - Police seized cocaine in Bristol. \"We are working with partners "
                    "in Spain and Ecuador to identify those responsible.\"", lang="en")
    assert of_kind(found, "link") == set()


def test_a_command_told_before_a_connection_keeps_its_crew() -> None:
    found, _ = legs(
        "La organización, con base en Roquetas de Mar, estaría dirigida desde Tetuán, en "
        "Marruecos, y mantendría vínculos con un clan de Motril.", lang="es")
    links = of_kind(found, "link")
    assert ("Tétouan", "Roquetas de Mar") in links
    assert ("Tétouan", "Motril") not in links


def test_a_spanish_chain_told_over_three_sentences() -> None:
    found, _ = legs(
        "El contenedor había salido a mediados de noviembre de Barranquilla (Colombia) y, tras "
        "una escala en Cartagena de Indias, llegó el lunes a Valencia. La cocaína iba a ser "
        "extraída del recinto portuario y trasladada a una nave industrial de Riba-roja de "
        "Túria. Desde allí, la organización pensaba enviarla en camiones a Madrid.",
        lang="es")
    flows = of_kind(found, "flow")
    assert ("Barranquilla", "Cartagena") in flows
    assert ("Cartagena", "Valencia") in flows
    assert ("Valencia", "Ribarroja del Turia") in flows
    assert ("Ribarroja del Turia", "Madrid") in flows


def test_a_start_named_after_where_starts_another_leg() -> None:
    found, _ = legs(
        "La droga iba a ser trasladada por tierra a Santo Domingo, donde la organización la "
        "escondía en contenedores que salían desde el puerto de Haina con destino a Barcelona.",
        lang="es")
    flows = of_kind(found, "flow")
    assert any(b == "Barcelona" and "Haina" in a for a, b in flows)
    assert ("Santo Domingo", "Barcelona") not in flows


def test_a_lorry_loaded_abroad_crossing_countries() -> None:
    found, _ = legs(
        "Samedi, les douaniers ont saisi 210 kilos de résine au péage de Limas.\n\n"
        "Selon l'enquête, le camion avait été chargé dans un entrepôt de la région de Venlo. "
        "Il avait ensuite traversé l'Allemagne puis la Suisse avant de filer plein sud.",
        lang="fr")
    flows = of_kind(found, "flow")
    assert ("Venlo", "Germany") in flows
    assert ("Germany", "Switzerland") in flows


def test_a_border_crossed_at_a_toll() -> None:
    found, _ = legs(
        "La cocaïne, partie de Gérone, franchissait la frontière en camionnette par le péage du "
        "Boulou avant d'être livrée à Perpignan.", lang="fr")
    flows = of_kind(found, "flow")
    assert ("Le Boulou", "Perpignan") in flows


@pytest.mark.parametrize(("text", "lang"), [
    ("De cocaïne kwam uit Brazilië. De cocaïne moest na aankomst in Harlingen naar een loods in "
     "Drachten worden gebracht.", "nl"),
    ("The cocaine came from Brazil. After its arrival in Liverpool it was to be taken to Leeds.",
     "en"),
])
def test_where_the_drugs_arrived_first_is_a_stop(text: str, lang: str) -> None:
    found, _ = legs(text, lang=lang)
    flows = of_kind(found, "flow")
    assert len(flows) == 2
    assert all(b != "Brazil" for _, b in flows)
    assert {a for a, _ in flows} >= {"Brazil"}


def test_a_border_town_crossed_after_a_destination_and_carried_on() -> None:
    found, _ = legs("La marchandise avait été chargée près de Tarragone, en Espagne, avant de "
                    "franchir la frontière au Perthus. Elle devait être livrée à Tourcoing.",
                    lang="fr")
    assert of_kind(found, "flow") == {("Tarragona", "el Pertús"), ("el Pertús", "Tourcoing")}


def test_unloaded_then_feeding_the_dealing_points() -> None:
    found, _ = legs("Selon l'enquête, la résine avait été chargée dans la région de Séville, "
                    "avait franchi la frontière au Perthus, et devait être déchargée dans un "
                    "hangar de Cavaillon avant d'alimenter les points de vente d'Avignon.",
                    lang="fr")
    assert of_kind(found, "flow") >= {("el Pertús", "Cavaillon"), ("Cavaillon", "Avignon")}


def test_a_stop_after_avant_d_comes_after_the_destination() -> None:
    found, _ = legs("La marchandise, produite au Maroc, avait traversé la Méditerranée jusqu'à "
                    "Algésiras, avant d'être chargée dans des voitures entrées en France par "
                    "le Perthus.", lang="fr")
    assert of_kind(found, "flow") == {("Morocco", "Algeciras"), ("Algeciras", "el Pertús")}


def test_an_air_drop_then_trucks_then_the_port() -> None:
    found, _ = legs("La droga había sido producida en Bolivia y trasladada en una avioneta que "
                    "la arrojó en un campo cercano a Pergamino. Desde allí fue llevada en "
                    "camionetas hasta un galpón de Campana, y luego al puerto de Zárate.",
                    lang="es")
    assert of_kind(found, "flow") >= {("Bolivia", "Pergamino"), ("Pergamino", "Campana"),
                                      ("Campana", "Zárate")}


def test_seized_at_a_port_terminal_bound_for_another_port() -> None:
    found, _ = legs("La policía secuestró 760 kilos de cocaína en la terminal portuaria de "
                    "Zárate, que tenía como destino el puerto de Sines, en Portugal.", lang="es")
    assert ("Zárate", "Port of Sines") in of_kind(found, "flow")


def test_a_yacht_with_a_stopover() -> None:
    found, _ = legs("De douane heeft donderdag in de jachthaven van Oostende een zeilboot "
                    "onderschept met 220 kilo cocaïne. Het zeiljacht was eind maart vertrokken "
                    "uit Setúbal, in Portugal, en had onderweg een tussenstop gemaakt in Brest.",
                    lang="nl")
    assert of_kind(found, "flow") >= {("Setúbal", "Brest"), ("Brest", "Ostend")}


def test_a_dutch_van_loaded_with_a_stopover_and_a_verb_last_destination() -> None:
    found, _ = legs("De douane vond 65 kilo cocaïne in een bestelwagen in Rekkem. De wagen was "
                    "geladen in Dordrecht en had eerst een tussenstop gemaakt in een loods in "
                    "Harelbeke. De lading moest uiteindelijk in Rijsel worden afgeleverd.",
                    lang="nl")
    assert of_kind(found, "flow") >= {("Dordrecht", "Harelbeke"), ("Harelbeke", "Lille")}


def test_a_ferry_pour_and_arrived_from() -> None:
    found, _ = legs("Les douaniers du port de Saint-Malo ont découvert 46 kg de cocaïne dans un "
                    "camion qui s'apprêtait à embarquer sur le ferry pour Portsmouth. La drogue "
                    "serait arrivée d'Espagne par la route.", lang="fr")
    flows = of_kind(found, "flow")
    assert ("Saint-Malo", "Portsmouth") in flows
    assert all(b != "Spain" for _, b in flows)


def test_seized_at_a_ferry_terminal_before_the_night_boat() -> None:
    found, _ = legs("De Douane heeft maandag bij de veerterminal in IJmuiden 86 kilo cocaïne "
                    "gevonden in een vrachtwagen die op het punt stond de nachtboot naar "
                    "Engeland te nemen.", lang="nl")
    assert ("IJmuiden", "United Kingdom") in of_kind(found, "flow")


def test_a_toll_crossed_then_where_it_was_stored() -> None:
    found, _ = legs("La marchandise franchissait la frontière en camionnette par le péage du "
                    "Boulou. Elle était ensuite stockée à Lunel.", lang="fr")
    assert ("Le Boulou", "Lunel") in of_kind(found, "flow")


def test_the_lab_is_where_it_was_found_not_where_its_drugs_went() -> None:
    found, _ = legs("El martes, el Ejército desmanteló un laboratorio clandestino en el "
                    "municipio de Tancítaro. Los precursores fueron importados de China a "
                    "través del puerto de Lázaro Cárdenas. La droga producida en el laboratorio "
                    "era llevada a Uruapan.", lang="es")
    flows = of_kind(found, "flow")
    assert ("China", "Port of Lázaro Cárdenas") in flows
    assert ("Tancítaro", "Uruapan") in flows


def test_a_dutch_loading_verb_last_and_a_border_that_is_no_stop() -> None:
    found, _ = legs("De douane heeft zaterdag in de haven van Zeebrugge 2,7 ton cocaïne "
                    "onderschept. De container was in Guayaquil geladen. De cocaïne zou met een "
                    "vrachtwagen naar een loods in Menen worden gebracht, vlak bij de Franse "
                    "grens. Van daaruit moest ze verder naar Rijsel.", lang="nl")
    flows = of_kind(found, "flow")
    assert flows >= {("Guayaquil", "Port of Zeebrugge"), ("Menen", "Lille")}
    assert all("France" not in pair for pair in flows)


def test_a_group_led_by_a_man_abroad_is_commanded_from_there() -> None:
    found, _ = legs("In Oostende werden twee verdachten opgepakt. Het parket vermoedt dat de groep "
                    "wordt geleid door een Albanees die in Tirana verblijft.", lang="nl")
    assert ("Tirana", "Ostend") in of_kind(found, "link")


def test_a_nationality_between_the_cue_and_the_town() -> None:
    found, _ = legs("De douane heeft in de haven van Bremerhaven 1600 kilo cocaïne gevonden in "
                    "een container, afkomstig uit het Braziliaanse Itajaí. De lading was bestemd "
                    "voor een transportbedrijf in Helmond.", lang="nl")
    assert of_kind(found, "flow") >= {("Itajaí", "Port of Bremerhaven"),
                                      ("Port of Bremerhaven", "Helmond")}


def test_towards_a_metropolis_named_by_its_adjective() -> None:
    found, _ = legs("Les douaniers du port de Dunkerque ont découvert 2 tonnes de cocaïne. La "
                    "marchandise devait être sortie du terminal, puis convoyée par la route vers "
                    "la métropole lilloise.", lang="fr")
    assert ("Port of Dunkirk", "Lille") in of_kind(found, "flow")


@pytest.mark.parametrize(("text", "expected"), [
    ("De cocaïne was afkomstig uit Ecuador en was via de haven van Hamburg Nederland "
     "binnengekomen.", {("Ecuador", "Port of Hamburg"), ("Port of Hamburg", "The Netherlands")}),
    # buyers from Lille come from there; the drugs do not
    ("De drugs waren bestemd voor straatdealers in Luik en voor klanten uit Rijsel.", set()),
])
def test_entered_a_country_and_customers_from_a_town(text, expected) -> None:
    found, _ = legs(text, lang="nl")
    assert of_kind(found, "flow") == expected


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # where the drugs were found is where the next sentence's trip starts
    ("Een rubberboot met 290 kilo cocaïne is zaterdag onderschept op het strand van Noordwijk. "
     "De cocaïne moest naar een bedrijfspand in Alphen aan den Rijn worden gebracht.", "nl",
     {("Noordwijk-Binnen", "Alphen aan den Rijn")}),
    # …but not when that sentence tells how they got there
    ("Les enquêteurs ont découvert dans un garage de Lunel 160 kilos de cannabis. La "
     "marchandise franchissait la frontière en camionnette par le péage du Boulou.", "fr",
     set()),
    # "uit China binnengekomen": came from China
    ("De grondstoffen zijn via de haven van Rotterdam uit China binnengekomen en daarna per "
     "vrachtwagen naar Drenthe vervoerd.", "nl",
     {("China", "Port of Rotterdam"), ("Port of Rotterdam", "Drenthe")}),
    # "en naar afnemers in Luik": a second destination, not the next stop
    ("De cocaïne uit Rotterdam moest verder naar Aken en naar afnemers in Luik worden "
     "gebracht.", "nl", {("Rotterdam", "Aachen"), ("Rotterdam", "Liège")}),
    # "Vandaar": on from the last stop; "een kleiner deel": one more branch of the split
    ("De cocaïne uit Curaçao werd naar een appartement in Machelen gebracht. Vandaar ging ze "
     "naar dealers in Vilvoorde en Leuven. Een kleiner deel werd naar Aarschot gebracht.",
     "nl", {("Curacao", "Machelen"), ("Machelen", "Vilvoorde"), ("Machelen", "Leuven"),
            ("Machelen", "Aarschot")}),
    # sold there: a destination; couriers from Brussels are people, not the drugs' origin
    ("De bende smokkelde cocaïne via Brussels Airport binnen en verkocht die in Vilvoorde. "
     "Koeriers, vaak jonge vrouwen uit Brussel, vlogen vanuit Punta Cana naar Zaventem.", "nl",
     {("Brussels Airport", "Vilvoorde"), ("Punta Cana", "Zaventem")}),
    # "procedía de": an origin
    ("La lancha procedía de Belice y su cargamento iba a ser desembarcado en Chetumal.", "es",
     {("Belize", "Chetumal")}),
])
def test_stops_told_across_sentences(text, lang, expected):
    found, _ = legs(text, lang=lang)
    assert of_kind(found, "flow") == expected


def test_dutch_verb_last_origin() -> None:
    found, _ = legs("De cocaïne werd volgens justitie in Hamburg ingekocht en met personenauto's "
                    "naar Enschede gereden.", lang="nl")
    assert of_kind(found, "flow") == {("Hamburg", "Enschede")}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # "vers 1h30" is a time, not a destination
    ("Les douaniers ont saisi 120 kilos d'héroïne au péage de Saint-Avold vers 1h30, a "
     "annoncé le parquet de Nancy.", "fr", set()),
    # the border crossed "à hauteur de Sarrebruck" is a stop
    ("La drogue avait été chargée à Duisbourg avant de franchir la frontière à hauteur de "
     "Sarrebruck. Elle était destinée à Metz.", "fr",
     {("Duisburg", "Saarbrücken"), ("Saarbrücken", "Metz")}),
    # "y, a través de Irun, hacia Bayona": a second branch from Basauri, through Irun
    ("La droga era trasladada en furgonetas a una nave de Basauri, desde donde se repartía "
     "hacia Madrid y, a través del paso fronterizo de Irun, hacia Bayona, donde el grupo de "
     "Sestao tenía clientes.", "es",
     {("Basauri", "Madrid"), ("Basauri", "Irun"), ("Irun", "Bayonne")}),
    # "some of it" goes on from where the last sentence ended
    ("Fentanyl was pressed into pills in a garage in Abbotsford and sold across the region. "
     "Investigators allege that some of it was driven east to Calgary.", "en",
     {("Abbotsford", "Calgary")}),
    # "repackaged in Lagos": the start of the next leg
    ("Investigators believe the cocaine may have been repackaged in Lagos and shipped on to "
     "Spain.", "en", {("Lagos", "Spain")}),
])
def test_more_stops(text, lang, expected):
    found, _ = legs(text, lang=lang)
    assert of_kind(found, "flow") == expected


def test_a_courier_arrived_from_abroad_is_arrested_where_she_landed() -> None:
    found, _ = legs("Le 2 avril, une passeuse arrivée de São Paulo avait été interpellée à "
                    "Genève avec 4 kilos de cocaïne.", lang="fr")
    assert of_kind(found, "flow") == {("São Paulo", "Geneva")}


def test_the_story_quarter_is_home_under_a_dateline() -> None:
    # a command tie from a prison to "the network" goes to the quarter the story is about,
    # not to the dateline's town
    found, _ = legs(
        "Bordeaux, 22 janv 2026 (AFP) - Un homme a été tué dans la cité des Aubiers, dans le "
        "nord de Bordeaux. Le point de deal des Aubiers est actif. Selon les enquêteurs, le "
        "réseau serait dirigé depuis la prison de Gradignan.", lang="fr")
    assert ("Gradignan", "Aubiers") in of_kind(found, "link")


@pytest.mark.parametrize(("text", "lang", "link"), [
    ("Onze personnes ont été arrêtées à Lausanne. Les enquêteurs estiment que la logistique "
     "était pilotée depuis Annemasse, où résidait l'un des chefs.", "fr",
     ("Annemasse", "Lausanne")),
    ("Agentes detuvieron a cinco personas en Bluefields. Según la Policía, la red estaría "
     "coordinada desde Puerto Limón por un ciudadano costarricense.", "es",
     ("Limón", "Bluefields")),
])
def test_run_from_afar(text, lang, link):
    found, _ = legs(text, lang=lang)
    assert link in of_kind(found, "link")


@pytest.mark.parametrize(("text", "expected"), [
    # "Die cocaïne": the load of the sentence before goes on from where it was
    ("De cocaïne werd uit de haven van Antwerpen gehaald en naar een loods in Herentals "
     "gebracht. Die cocaïne moest verder naar Aken en naar afnemers in Luik worden gebracht.",
     {("Port of Antwerp", "Herentals"), ("Herentals", "Aachen"), ("Herentals", "Liège")}),
    # the lab just told made "die drug", not the last stop of an earlier load
    ("De cocaïne kwam via de haven van Antwerpen naar Almere. Vrijdag werd bij Dronten een "
     "groot crystal-methlab aangetroffen. Die drug zou via Schiphol naar Australië worden "
     "gesmokkeld.",
     {("Port of Antwerp", "Almere Stad"), ("Dronten", "Amsterdam Airport Schiphol"),
      ("Amsterdam Airport Schiphol", "Australia")}),
])
def test_dutch_demonstrative_loads(text, expected):
    found, _ = legs(text, lang="nl")
    assert of_kind(found, "flow") == expected


def test_pills_made_in_one_town_stored_in_another() -> None:
    found, _ = legs(
        "Las pastillas se fabrican en laboratorios de Culiacán y se transportan por carretera "
        "hasta la ciudad de Chihuahua. Allí se almacenan antes de ser enviadas a Juárez. Una "
        "vez en El Paso, la mercancía sigue hacia Denver.", lang="es")
    # ("Una vez en El Paso": the load sent to Juárez had got there)
    assert of_kind(found, "flow") == {("Culiacán", "Chihuahua"), ("Chihuahua", "Ciudad Juárez"),
                                      ("Ciudad Juárez", "El Paso"), ("El Paso", "Denver")}


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Selon les enquêteurs, la cocaïne arrivait par conteneurs au Havre, en provenance de la "
     "République dominicaine. Elle était ensuite acheminée par la route jusqu'à Saran.", "fr",
     {("Dominican Republic", "Le Havre"), ("Le Havre", "Saran")}),
    # Dutch "kwamen … aan in", "waarna", "Vandaar"; the lab is where it was found, not the
    # dateline's town
    ("APELDOORN (ANP) - Bij Vaassen heeft de politie maandag een groot laboratorium "
     "opgerold. De chemicaliën waren afkomstig uit China en kwamen per goederentrein aan in "
     "het Duitse Duisburg, waarna ze in een vrachtwagen naar Deventer werden gebracht. "
     "Vandaar gingen ze naar Vaassen. De crystal meth die in het lab werd gemaakt, was "
     "bestemd voor Japan.", "nl",
     {("China", "Duisburg"), ("Duisburg", "Deventer"), ("Deventer", "Vaassen"),
      ("Vaassen", "Japan")}),
])
def test_arrival_and_next_legs(text, lang, expected):
    found, _ = legs(text, lang=lang)
    assert of_kind(found, "flow") == expected


def test_dealers_of_a_town_are_where_the_drugs_go() -> None:
    # couriers "uit Brussel" are people; dealers "de Marseille" are the drugs' destination
    found, _ = legs("La cocaïne venue d'Espagne était revendue aux dealers de Marseille.",
                    lang="fr")
    assert of_kind(found, "flow") == {("Spain", "Marseille")}


def test_resin_and_convoys_are_drugs_on_the_move():
    found, _ = legs(
        "Selon une source à Niamey, la filière est ancienne. Produite au Maroc, la résine "
        "traverse la Mauritanie jusqu'à Gao. Les convois remontent ensuite vers Agadez.",
        lang="fr",
    )
    flows = of_kind(found, "flow")
    assert ("Morocco", "Mauritania") in flows
    assert ("Mauritania", "Gao") in flows
    assert ("Gao", "Agadez") in flows


def test_a_port_qualified_by_its_nationality_is_a_stop_on_the_way_to_the_seizure():
    found, _ = legs(
        "Police have seized 300 kilograms of cocaine in a container at the port of Walvis Bay."
        "\n\nOfficers found the drugs during a scan of a container which had been loaded at "
        "Santos in Brazil and transshipped at the Angolan port of Lobito, police said.",
        lang="en",
    )
    flows = of_kind(found, "flow")
    assert ("Lobito", "Walvis Bay") in flows
    assert ("Santos", "Lobito") in flows


def test_a_lab_product_moved_through_a_border_crossing():
    found, _ = legs(
        "El lunes, soldados desmantelaron un narcolaboratorio en las afueras de Hermosillo, en "
        "Sonora. La droga producida en el laboratorio era trasladada a Nogales y cruzada a "
        "Estados Unidos por la garita de Lukeville, con destino final en Phoenix.",
        lang="es",
    )
    flows = of_kind(found, "flow")
    assert ("Hermosillo", "Nogales") in flows
    assert ("Lukeville", "Phoenix") in flows


def test_what_the_sentence_before_told_of_shipped_by_a_pronoun():
    found, _ = legs(
        "In de loods lag ruim 900 kilo houtskool waarin cocaïne was verwerkt. Volgens het OM was "
        "die vanuit Barranquilla naar de haven van Antwerpen verscheept en vervolgens met een "
        "vrachtwagen naar Tiel vervoerd.",
        lang="nl",
    )
    flows = of_kind(found, "flow")
    assert ("Barranquilla", "Port of Antwerp") in flows
    assert ("Port of Antwerp", "Tiel") in flows


def test_from_that_city_by_trucks_that_cross_the_border_at_a_town_of_a_state():
    found, _ = legs(
        "La carga tenía como destino Iguala, en Guerrero. Desde esa ciudad, la heroína iba a "
        "ser enviada a Chicago en tractocamiones que cruzan la frontera por Piedras Negras, "
        "Coahuila.",
        lang="es",
    )
    flows = of_kind(found, "flow")
    assert ("Iguala de la Independencia", "Piedras Negras") in flows
    assert ("Piedras Negras", "Chicago") in flows
    assert not any("Coahuila" in pair for pair in flows)


def test_goods_of_moroccan_origin_stored_abroad_then_delivered_by_a_pronoun():
    found, _ = legs(
        "Selon l'enquête, la marchandise, d'origine marocaine, avait été stockée dans un "
        "entrepôt de Figueres, en Catalogne. Elle devait être livrée à Perpignan.", lang="fr",
    )
    flows = of_kind(found, "flow")
    assert ("Morocco", "Figueres") in flows
    assert ("Figueres", "Perpignan") in flows


def test_from_one_country_to_another_through_a_town():
    found, _ = legs(
        "Condenan al jefe de una banda que llevaba cocaína de Bolivia a Chile por Mendoza.",
        lang="es",
    )
    flows = of_kind(found, "flow")
    assert flows == {("Bolivia", "Mendoza"), ("Mendoza", "Chile")}
    found, _ = legs(
        "De grondstoffen kwamen uit China en werden via de haven van Antwerpen naar Nederland "
        "gebracht.", lang="nl",
    )
    assert ("China", "Port of Antwerp") in of_kind(found, "flow")


def test_a_drug_named_by_its_country_comes_from_it_and_goes_on_to_an_island():
    found, _ = legs(
        "L'héroïne afghane est chargée sur la côte du Makran à bord de boutres. De là, la "
        "drogue remonte jusqu'à Antananarivo. Une partie repart ensuite par avion depuis "
        "l'aéroport d'Ivato vers l'île Maurice.", lang="fr",
    )
    flows = of_kind(found, "flow")
    assert ("Afghanistan", "Makran coast") in flows
    assert ("Ivato Airport", "Mauritius") in flows
    found, _ = legs(
        "La carga iba a ser trasladada en camiones a São Paulo, el principal mercado de la "
        "marihuana paraguaya en Brasil.", lang="es",
    )
    assert not any(a == "Paraguay" for a, _ in of_kind(found, "flow"))


def test_where_the_boat_was_to_unload_is_where_the_load_went():
    found, _ = legs(
        "La narcolancha pretendía descargar el hachís en una playa de Barbate. Desde allí, "
        "los fardos iban a ser distribuidos por carretera hacia Madrid.", lang="es")
    assert ("Barbate", "Madrid", "flow") in found


def test_from_there_starts_at_the_place_the_sentence_before_named():
    found, _ = legs(
        "Couriers took cocaine from Leeds to Hull. Police said the gang kept its stock in a "
        "lock-up in Goole. From there, couriers drove the drugs to dealers in Grimsby.",
        lang="en")
    assert ("Goole", "Grimsby", "flow") in found
    assert ("Kingston upon Hull", "Grimsby", "flow") not in found


def test_a_second_destination_reached_another_way_is_no_further_stop():
    found, _ = legs(
        "The drugs were driven from Leeds to dealers in Scunthorpe on the south bank of the "
        "Humber, and up the coast to Bridlington.", lang="en")
    assert {("Leeds", "Scunthorpe", "flow"), ("Leeds", "Bridlington", "flow")} <= found
    assert ("Scunthorpe", "Bridlington", "flow") not in found


@pytest.mark.parametrize(
    ("text", "lang", "pairs"),
    [("De bende haalde de drugs op in Breda en sloeg ze op in een loods in Tilburg.", "nl",
      {("Breda", "Tilburg")}),
     ("The drugs had been picked up in Antwerp and were bound for Leeds.", "en",
      {("Antwerp", "Leeds")})],
)
def test_where_drugs_were_fetched_and_stored(text, lang, pairs):
    found, _ = legs(text, lang=lang)
    assert pairs <= of_kind(found, "flow")


def test_the_division_a_town_is_in_is_no_further_stop():
    found, _ = legs("Couriers drove the cocaine from Leeds to Bridlington in the East Riding of "
                    "Yorkshire.", lang="en")
    assert of_kind(found, "flow") == {("Leeds", "Bridlington")}


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [("Officers at Kotoka International Airport arrested a woman as she tried to board a "
      "flight to London. She had swallowed 80 pellets of cocaine.", "en",
      ("Kotoka International Airport", "London")),
     ("Un passeur a été interpellé à l'aéroport de Dakar alors qu'il s'apprêtait à embarquer "
      "pour Madrid avec trois kilos de cocaïne.", "fr",
      ("Leopold Sedar Senghor International Airport", "Madrid"))],
)
def test_a_courier_caught_boarding_flies_from_the_airport(text, lang, pair):
    found, _ = legs(text, lang=lang)
    assert pair in of_kind(found, "flow")


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [("De politie vermoedt een verband met een conflict tussen handelaars uit Eindhoven en "
      "Tilburg.", "nl", {"Eindhoven", "Tilburg"}),
     ("Officers believe the syndicate has links to a criminal network in Sydney with "
      "associates in Dubai.", "en", {"Sydney", "Dubai"}),
     ("The Leeds gang takes its instructions from senior figures who are based in Dubai.",
      "en", {"Leeds", "Dubai"})],
)
def test_rivals_partners_and_instructions_are_links(text, lang, pair):
    found, _ = legs(text, lang=lang)
    assert pair in [{a, b} for a, b, k in found if k == "link"]


def test_where_two_rivals_fight_is_not_a_link_between_places():
    found, _ = legs("Les enquêteurs soupçonnent une rivalité entre deux réseaux qui se disputent "
                    "les points de deal de l'agglomération, de Saint-Martin-d'Hères à Échirolles.",
                    lang="fr")
    assert of_kind(found, "link") == set()


@pytest.mark.parametrize(
    ("text", "lang", "pairs"),
    [("La cocaïne alimentait les points de deal de Rouen. Une partie repartait vers Elbeuf et "
      "Évreux.", "fr", {("Rouen", "Elbeuf"), ("Rouen", "Évreux")}),
     ("Het ging om een partij cocaïne die uit Breda kwam en bestemd was voor afnemers in "
      "Tilburg.", "nl", {("Breda", "Tilburg")})],
)
def test_part_of_a_load_and_a_destination_told_with_its_verb(text, lang, pairs):
    found, _ = legs(text, lang=lang)
    assert pairs <= of_kind(found, "flow")


def test_drugs_found_in_a_port_before_shipping_went_from_there():
    found, _ = legs(
        "La Policía halló el martes 1,8 toneladas de cocaína ocultas en tres contenedores en la "
        "Sociedad Portuaria Regional de Buenaventura, el principal puerto de Colombia. La droga, "
        "camuflada entre sacos de café, tenía como destino el puerto de Algeciras, en España.",
        lang="es")
    assert {a for a, b in of_kind(found, "flow") if "Algeciras" in b} == {"Buenaventura"}


@pytest.mark.parametrize(
    ("text", "lang", "pairs"),
    [("Officers found 40kg of cocaine in a container that had sailed from Guayaquil, Ecuador, "
      "to the Seaforth container terminal in Liverpool.", "en", {("Guayaquil", "Seaforth")}),
     ("Los precursores llegaron desde China al puerto de Manzanillo y fueron trasladados por "
      "carretera hasta Culiacán.", "es", {("China", "Manzanillo"), ("Manzanillo", "Culiacán")})],
)
def test_a_cue_with_its_own_place_does_not_reach_the_next(text, lang, pairs):
    found, _ = legs(text, lang=lang)
    assert pairs <= of_kind(found, "flow")


def test_where_a_load_is_kept_is_where_the_next_leg_starts():
    found, _ = legs(
        "On Saturday police searched a storage facility in Caboolture. Police allege the "
        "Caboolture storage unit was a staging point before the drugs were trucked to Brisbane "
        "and Sydney.", lang="en")
    assert {("Caboolture", "Brisbane"), ("Caboolture", "Sydney")} <= of_kind(found, "flow")
    found, _ = legs(
        "La cocaïne, débarquée au Havre, remontait ensuite jusqu'à un hangar loué à "
        "Grand-Couronne, puis vers Elbeuf.", lang="fr")
    assert ("Grand-Couronne", "Le Havre") not in of_kind(found, "flow")


def test_bags_carried_on_are_the_drugs_of_the_sentence_before():
    found, _ = legs(
        "De cocaïne kwam in sporttassen aan in de haven van Antwerpen vanuit Ecuador. "
        "Uithalers brachten de sporttassen naar een loods in Beveren.", lang="nl")
    assert ("Port of Antwerp", "Beveren") in of_kind(found, "flow")


def test_a_second_destination_named_by_its_part_is_no_further_stop():
    found, _ = legs("Los fardos iban a ser distribuidos por carretera desde Sevilla hacia Madrid "
                    "y el sur de Francia.", lang="es")
    assert of_kind(found, "flow") == {("Sevilla", "Madrid"), ("Sevilla", "France")}


@pytest.mark.parametrize(
    ("text", "lang", "pairs"),
    [("The heroin originated in Afghanistan and was moved through Iran before reaching "
      "Istanbul.", "en", {("Afghanistan", "Iran"), ("Iran", "Istanbul")}),
     ("Le haschich venait du Maroc et passait par l'Espagne.", "fr", {("Morocco", "Spain")}),
     ("Detectives say the cannabis was grown in Albania and stashed in a lock-up in Dover "
      "before it was driven to Leeds.", "en", {("Albania", "Dover"), ("Dover", "Leeds")}),
     ("The pills were shipped from Rotterdam and stashed at a farm near Lisburn.", "en",
      {("Rotterdam", "Lisburn")})],
)
def test_where_drugs_originated_were_stashed_or_reached(text, lang, pairs):
    found, _ = legs(text, lang=lang)
    assert pairs <= of_kind(found, "flow")


def test_a_distance_from_a_place_is_no_origin():
    found, _ = legs("The atoll, lying about 120 miles from Cuba, has become a stopover for "
                    "cocaine heading to the United States.", lang="en")
    assert not any(a == "Cuba" for a, _ in of_kind(found, "flow"))
    found, _ = legs("Le village, situé à 30 km de Perpignan, servait d'étape à la résine "
                    "envoyée vers Lyon.", lang="fr")
    assert ("Perpignan", "Lyon") not in of_kind(found, "flow")


def test_shipments_from_a_place_are_flows_not_a_boss_giving_orders():
    found, _ = legs("Prosecutors say he coordinated shipments from Guatemala through Belize "
                    "and Cancún to Houston between 2020 and 2023.", lang="en")
    assert {("Guatemala", "Belize"), ("Belize", "Cancún"), ("Cancún", "Houston")} <= of_kind(
        found, "flow")
    assert not of_kind(found, "link")


@pytest.mark.parametrize(
    ("text", "lang", "pairs", "absent"),
    [("The heroin was produced in Afghanistan and driven to Karachi, while the hashish came "
      "from Morocco through Spain.", "en", {("Afghanistan", "Karachi"), ("Morocco", "Spain")},
      {("Karachi", "Morocco"), ("Afghanistan", "Spain")}),
     ("La cocaïne produite en Colombie arrivait au port d'Anvers, tandis que le cannabis "
      "venait du Maroc par l'Espagne.", "fr", {("Colombia", "Port of Antwerp"),
                                               ("Morocco", "Spain")},
      {("Port of Antwerp", "Spain")})],
)
def test_a_clause_about_another_load_starts_another_chain(text, lang, pairs, absent):
    found, _ = legs(text, lang=lang)
    assert pairs <= of_kind(found, "flow")
    assert not absent & of_kind(found, "flow")


def test_the_island_a_port_is_on_is_no_further_stop():
    found, _ = legs("The container was to be transshipped at Port of Spain, Trinidad, before "
                    "crossing the Atlantic to Antwerp.", lang="en")
    flows = of_kind(found, "flow")
    assert ("Port of Spain", "Antwerp") in flows
    assert not any("Trinidad" in pair for pair in flows)


def test_drugs_that_came_from_a_country_es():
    found, _ = legs("La droga venía de Bolivia, entró por Corumbá y fue llevada hasta "
                    "Santos.", lang="es")
    assert ("Bolivia", "Corumbá") in of_kind(found, "flow")


def test_where_in_a_continent_a_load_went_refines_the_continent():
    found, _ = legs("Los contenedores iban a zarpar desde el puerto de Santos hacia Europa. "
                    "Según la documentación, debían llegar a Hamburgo tras una escala en "
                    "Le Havre.", lang="es")
    flows = of_kind(found, "flow")
    assert {("Port of Santos", "Le Havre"), ("Le Havre", "Hamburg")} <= flows
    assert ("Port of Santos", "Europe") not in flows


def test_the_drugs_path_after_a_persons_extradition():
    found, _ = legs("Fue detenido en Lisboa y extraditado a Chile por enviar cocaína desde "
                    "el puerto de San Antonio hacia Rotterdam.", lang="es")
    flows = of_kind(found, "flow")
    assert ("San Antonio", "Rotterdam") in flows
    assert not any("Lisbon" in pair or "Chile" in pair for pair in flows)
    found, _ = legs("He was extradited to the United States from Colombia last year.", lang="en")
    assert not of_kind(found, "flow")


def test_a_stop_far_beyond_the_trip_told_is_the_next_one():
    found, _ = legs("La cocaína fue llevada por carretera desde Tulcán hasta Guayaquil. El "
                    "cargamento iba a hacer escala en Colón, en Panamá, antes de cruzar el "
                    "Atlántico.", lang="es")
    flows = of_kind(found, "flow")
    assert ("Guayaquil", "Colón") in flows
    assert ("Tulcán", "Colón") not in flows


def test_drugs_leaving_through_an_airport_for_a_flight_es():
    found, _ = legs("La droga también sale por Cali, donde la policía detuvo a dos mulas que "
                    "pretendían abordar un vuelo a Madrid.", lang="es")
    assert ("Cali", "Madrid") in of_kind(found, "flow")


def test_and_as_far_as_is_one_more_destination_fr():
    found, _ = legs("La marchandise est stockée à Apt, puis redistribuée vers Avignon, Carpentras "
                    "et jusqu'à Orange.", lang="fr")
    flows = of_kind(found, "flow")
    assert {("Apt", "Avignon"), ("Apt", "Carpentras"), ("Apt", "Orange")} <= flows
    assert ("Carpentras", "Orange") not in flows


def test_to_continue_through_is_the_next_leg():
    found, _ = legs("Desde Turbo la droga salía en lanchas rápidas hacia las costas de Panamá, "
                    "para seguir por Guatemala y México hasta Estados Unidos.", lang="es")
    flows = of_kind(found, "flow")
    assert {("Turbo", "Panama"), ("Panama", "Guatemala")} <= flows
    assert ("Mexico", "Panama") not in flows


def test_dutch_verb_last_after_the_towns_country():
    found, _ = legs("De container was in Guayaquil, in Ecuador, geladen en via Panama naar "
                    "Rotterdam verscheept.", lang="nl")
    assert {("Guayaquil", "Panama"), ("Panama", "Rotterdam")} <= of_kind(found, "flow")


def test_made_in_one_country_and_brought_on_from_another():
    found, _ = legs("La résine, produite au Maroc, remontait d'Espagne par l'autoroute, après "
                    "avoir franchi la frontière à Hendaye.", lang="fr")
    flows = of_kind(found, "flow")
    assert {("Morocco", "Spain"), ("Spain", "Hendaye")} <= flows
    found, _ = legs("La cocaïne, achetée à Rotterdam et dans le port d'Anvers, était conduite "
                    "jusqu'à Namur.", lang="fr")
    assert ("Rotterdam", "Port of Antwerp") not in of_kind(found, "flow")


def test_distributed_in_dutch_past_tense_and_across_the_border():
    found, _ = legs("Een bende haalde cocaïne uit de haven van Antwerpen en verdeelde die in "
                    "Lokeren en Temse.", lang="nl")
    assert {("Port of Antwerp", "Lokeren"), ("Port of Antwerp", "Temse")} <= of_kind(
        found, "flow")
    found, _ = legs("The drugs were produced in Sinaloa and smuggled across the border at "
                    "Nogales.", lang="en")
    assert ("Sinaloa", "Nogales") in of_kind(found, "flow")


def test_stashed_on_an_island():
    found, _ = legs("The cocaine was stashed on Bimini before being ferried to Miami.", lang="en")
    assert ("Bimini", "Miami") in of_kind(found, "flow")


def test_driven_onto_a_ferry_and_ashore():
    found, _ = legs("The vans were driven onto the night ferry at Zeebrugge and came ashore "
                    "at the passenger terminal in Hull.", lang="en")
    assert ("Zeebrugge", "Hull") in of_kind(found, "flow")


def test_county_lines_runners_and_the_other_way_there():
    found, _ = legs("Runners were sent by train from Leeds to Scarborough, or driven along the "
                    "A64 to York, carrying wraps hidden in their clothing.", lang="en")
    flows = of_kind(found, "flow")
    assert {("Leeds", "Scarborough"), ("Leeds", "York")} <= flows
    assert ("Scarborough", "York") not in flows
    found, _ = legs("The cocaine was stashed on Bimini. From there, the load was ferried north "
                    "to Nassau in preparation for the final run to Miami.", lang="en")
    assert ("Nassau", "Miami") in of_kind(found, "flow")


def test_loaded_off_a_coast_passing_an_archipelago_and_sailing_on():
    found, _ = legs("El pesquero cargó la droga frente a las costas de Brasil y navegó hacia el "
                    "norte pasando frente a Dakar hasta Vigo.", lang="es")
    assert {("Brazil", "Dakar"), ("Dakar", "Vigo")} <= of_kind(found, "flow")
    found, _ = legs("Le conteneur de cocaïne, chargé à Santos, avait fait escale à Dakar. Il "
                    "devait repartir vers le port de Valence.", lang="fr")
    assert ("Dakar", "Port of Valencia") in of_kind(found, "flow")


def test_dutch_arrived_in_the_port_then_on():
    found, _ = legs("De cocaïne was per container vanuit Peru in de haven van Antwerpen "
                    "aangekomen en daarna met een bestelbus naar Gent gebracht.", lang="nl")
    assert {("Peru", "Port of Antwerp"), ("Port of Antwerp", "Gent")} <= of_kind(found, "flow")


def test_one_part_and_another_sold_to_buyers_elsewhere():
    found, _ = legs("La droga llegaba a una quinta en Funes. Una parte abastecía a los búnkeres de "
                    "Rosario y otra se vendía a compradores de Córdoba.", lang="es")
    flows = of_kind(found, "flow")
    assert {("Funes", "Rosario"), ("Funes", "Córdoba")} <= flows
    assert ("Rosario", "Córdoba") not in flows


def test_a_part_sold_elsewhere_leaves_from_where_the_load_was_shared_out():
    found, _ = legs("Vanuit Lokeren werd de cocaïne verdeeld onder straatdealers in het Waasland. "
                    "Een deel van de partijen werd verkocht aan afnemers in Gent.", lang="nl")
    flows = of_kind(found, "flow")
    assert ("Lokeren", "Gent") in flows
    assert ("Waasland", "Gent") not in flows


def test_dutch_reloaded_somewhere_for_buyers_elsewhere():
    found, _ = legs("Koeriers reden de pillen naar Duitsland, waar ze in Kleef werden overgeladen "
                    "voor afnemers in Düsseldorf.", lang="nl")
    assert ("Kleve", "Düsseldorf") in of_kind(found, "flow")


def test_a_ship_bound_for_the_story_towns_region_goes_to_that_town():
    found, _ = legs(
        "LE HAVRE, 17 octobre 2025 – Les douaniers ont saisi 800 kilos de cocaïne. La "
        "marchandise avait été chargée à Guayaquil avant d'être transbordée à Kingston, sur un "
        "porte-conteneurs à destination de la Normandie. Elle devait ensuite partir par la route "
        "vers l'Île-de-France.", lang="fr")
    flows = of_kind(found, "flow")
    assert ("Kingston", "Le Havre") in flows
    assert ("Le Havre", "Île-de-France") in flows
    assert not any("Normandie" in pair for pair in flows)


def test_the_country_of_a_stop_is_not_the_next_stop():
    found, _ = legs(
        "La cocaína salió de Villeta por el río Paraná hasta el puerto de Montevideo, en "
        "Uruguay, desde donde iba a ser trasladada en un buque con destino al puerto de "
        "Amberes, en Bélgica.", lang="es")
    flows = of_kind(found, "flow")
    assert ("Port of Montevideo", "Port of Antwerp") in flows
    assert not any(a == "Uruguay" for a, _ in flows)


def test_a_stop_on_the_way_after_a_destination_and_its_country():
    found, _ = legs(
        "La cocaína salió del puerto de Guayaquil. Según la documentación, los contenedores "
        "debían llegar a Amberes, en Bélgica, tras una escala en Rotterdam (Países Bajos).",
        lang="es")
    flows = of_kind(found, "flow")
    assert ("Antwerp", "Rotterdam") not in flows
    assert ("Rotterdam", "Antwerp") in flows


def test_a_town_near_which_a_country_is_left_is_the_origin():
    found, _ = legs(
        "La cocaína había salido de la costa pacífica de Colombia, cerca de Tumaco, y debía ser "
        "desembarcada en Mazatlán.", lang="es")
    flows = of_kind(found, "flow")
    assert ("Tumaco", "Mazatlán") in flows
    assert ("Colombia", "Mazatlán") not in flows


def test_the_crossing_point_comes_before_the_country_it_leads_into():
    found, _ = legs(
        "La cocaína llegó a Culiacán, desde donde sería enviada por carretera para cruzarla a "
        "Estados Unidos por Nogales.", lang="es")
    flows = of_kind(found, "flow")
    assert ("Culiacán", "Nogales") in flows
    assert ("Nogales", "United States") in flows
    assert ("United States", "Nogales") not in flows


def test_delivering_flats_in_a_place_is_a_destination():
    found, _ = legs(
        "Les go-fast chargés de résine de cannabis traversaient l'Espagne puis la France par "
        "l'autoroute avant de livrer des appartements « nourrices » en Seine-Saint-Denis.",
        lang="fr")
    assert ("Spain", "Seine-Saint-Denis") in of_kind(found, "flow")


def test_crossings_near_a_town_and_the_region_it_lies_in():
    found, _ = legs(
        "La pasta base ingresaba desde Bolivia por pasos no habilitados cercanos a Colchane, en "
        "la región de Tarapacá; era trasladada luego hasta Iquique oculta en camiones de carga.",
        lang="es")
    flows = of_kind(found, "flow")
    assert ("Bolivia", "Colchane") in flows
    assert ("Colchane", "Iquique") in flows
    assert not any("Tarapacá" in pair for pair in flows)


def test_where_a_gang_buys_and_the_small_town_it_passes_through():
    found, _ = legs(
        "Selon le parquet, les deux bandes s'approvisionnent à Heerlen, aux Pays-Bas. Le "
        "cannabis est ramené en voiture par des passeurs qui passent par Welkenraedt avant de "
        "rejoindre Eupen, en Belgique.", lang="fr")
    flows = of_kind(found, "flow")
    assert ("Heerlen", "Welkenraedt") in flows
    assert ("Welkenraedt", "Eupen") in flows


def test_both_sides_of_a_border_crossed_between_two_towns():
    found, _ = legs(
        "La résine, achetée à Anvers, franchissait la frontière entre Menin et Halluin avant de "
        "rejoindre Roubaix.", lang="fr")
    flows = of_kind(found, "flow")
    assert {("Antwerp", "Menen"), ("Menen", "Halluin"), ("Halluin", "Roubaix")} <= flows


def test_through_a_border_post_and_once_in_the_town():
    found, _ = legs(
        "El hachís había sido introducido desde Tánger a través de la frontera de Fnideq. Una "
        "vez en Ceuta, los fardos se almacenaban en una nave.", lang="es")
    flows = of_kind(found, "flow")
    assert ("Tangier", "Fnidek") in flows
    assert ("Fnidek", "Ceuta") in flows


def test_the_same_trip_told_again_with_its_stop():
    found, _ = legs(
        "Police said the heroin seized in the raids had been brought from Jalalabad to Peshawar. "
        "The couriers move it by lorry through Landi Kotal, then down to Peshawar, where it is "
        "sold.", lang="en")
    flows = of_kind(found, "flow")
    assert ("Jalālābād", "Landi Kotal") in flows
    assert ("Landi Kotal", "Peshawar") in flows
    assert ("Peshawar", "Landi Kotal") not in flows
    assert ("Jalālābād", "Peshawar") not in flows


def test_a_country_told_after_the_town_the_drugs_were_fetched_in_is_where_they_came_from():
    found, _ = legs(
        "De heroïne werd opgehaald bij tussenpersonen in Gent, die de drugs uit containers met "
        "rijst uit Pakistan lieten halen.", lang="nl")
    flows = of_kind(found, "flow")
    assert ("Pakistan", "Gent") in flows
    assert ("Gent", "Pakistan") not in flows


def test_the_drug_made_of_imported_precursors_leaves_from_the_lab():
    found, _ = legs(
        "De politie heeft in een loods bij Nistelrode een groot drugslab opgerold. \"Zulke labs "
        "zijn een gevaar voor de omgeving\", zei de politie, die dit jaar al tientallen labs in "
        "Nederland heeft opgerold. De grondstoffen voor het lab kwamen uit China en waren via "
        "de haven van Antwerpen binnengekomen. De crystal meth was bestemd voor Japan.",
        lang="nl")
    flows = of_kind(found, "flow")
    assert ("Nistelrode", "Japan") in flows
    assert not any(b == "Japan" and a != "Nistelrode" for a, b in flows)


def test_drugs_stopped_at_the_airport_they_were_leaving_from():
    found, _ = legs(
        "Op Schiphol werden vorige maand drie koffers met xtc onderschept die op weg waren naar "
        "Tokio.", lang="nl")
    assert ("Amsterdam Airport Schiphol", "Tokyo") in of_kind(found, "flow")


def test_drugs_bought_elsewhere_and_brought_back_go_to_the_network_home():
    found, case = legs(
        "LIMOGES – Le tribunal a condamné six membres d'un réseau de trafic de drogue de Limoges. "
        "La résine était achetée à Perpignan et rapportée en voiture par des mules.", lang="fr")
    assert ("Perpignan", "Limoges") in of_kind(found, "flow")
    leg = next(x for x in case.leg_items if x.target.name == "Limoges")
    assert any("achetée à Perpignan" in e.text for e in leg.evidence)
    # the text names where it was bought, not where it went: the story's place is inferred
    assert leg.inferred
    assert "main place" in leg.reason


def test_the_way_told_next_replaces_the_trip_home_from_where_it_was_bought():
    found, _ = legs(
        "LIMOGES – Le tribunal a condamné six membres d'un réseau de trafic de drogue de Limoges. "
        "Le réseau s'approvisionnait à Perpignan. La drogue passait par Toulouse avant de "
        "rejoindre Limoges.", lang="fr")
    flows = of_kind(found, "flow")
    assert flows == {("Perpignan", "Toulouse"), ("Toulouse", "Limoges")}


def test_bought_from_clans_where_drugs_from_a_continent_land():
    found, _ = legs(
        "LUGO – La Guardia Civil detuvo a seis personas. Según la investigación, la cocaína se "
        "adquiría a clanes asentados en Sanxenxo, adonde llega la droga procedente de Sudamérica, "
        "y era trasladada por carretera hasta Lugo.", lang="es")
    flows = of_kind(found, "flow")
    assert ("South America", "Sanxenxo") in flows
    assert ("Sanxenxo", "Lugo") in flows
    assert ("South America", "Lugo") not in flows


def test_pills_pressed_around_a_town_and_a_port_of_entry():
    found, _ = legs(
        "Investigators say the tablets were pressed in makeshift labs around Mazatlán, in the "
        "Mexican state of Sinaloa, and smuggled through the port of entry at Calexico, "
        "California, inside pallets of tomatoes.", lang="en")
    assert ("Mazatlán", "Calexico") in of_kind(found, "flow")


def test_as_well_as_to_buyers_elsewhere_is_another_destination_of_the_stash():
    found, _ = legs(
        "From Texas, couriers drove the drugs to a stash house in Camden, where they were sold "
        "to dealers in Trenton, as well as to buyers in Allentown and Scranton.", lang="en")
    flows = of_kind(found, "flow")
    assert {("Camden", "Trenton"), ("Camden", "Allentown"), ("Camden", "Scranton")} <= flows
    assert ("Trenton", "Allentown") not in flows


def test_from_the_country_the_trip_reached_is_from_its_port():
    found, _ = legs(
        "De cocaïne was afkomstig uit Colombia en kwam via de haven van Gent binnen. Vanuit "
        "België werden de partijen naar Tilburg gereden.", lang="nl")
    flows = of_kind(found, "flow")
    assert ("Gent", "Tilburg") in flows
    assert ("Belgium", "Tilburg") not in flows


def test_a_local_share_out_after_the_trip_home_keeps_the_trip():
    found, _ = legs(
        "PEREIRA – La Policía capturó a cinco personas en Pereira. La cocaína era comprada a "
        "intermediarios en Medellín. En la zona, la droga era distribuida en Dosquebradas.",
        lang="es")
    flows = of_kind(found, "flow")
    assert ("Medellín", "Pereira") in flows
    assert ("Medellín", "Dosquebradas") not in flows


def test_buyers_from_a_town_are_not_where_the_network_bought():
    found, _ = legs(
        "KORTRIJK – De rechtbank in Kortrijk heeft zes mannen veroordeeld voor drugshandel. "
        "Volgens het onderzoek kochten afnemers uit Rijsel en Roubaix hun cocaïne bij de bende in "
        "Menen. Ze staken via Halluin de grens over en reden weer terug.", lang="nl")
    assert not any(b == "Kortrijk" for a, b in of_kind(found, "flow"))


def test_as_far_as_is_a_destination_and_a_county_holds_no_town_of_its_state():
    found, _ = legs(
        "From stash houses in King County, the drugs were distributed throughout the region and "
        "as far as Yakima and Boise, Idaho.", lang="en")
    flows = of_kind(found, "flow")
    assert ("King County", "Yakima") in flows
    assert ("King County", "Boise") in flows


def test_and_as_far_as_is_another_destination_of_the_same_trip():
    found, _ = legs(
        "From there, couriers drove the drugs to Jackson in Mississippi, and as far as Mobile and "
        "Tallahassee.", lang="en")
    flows = of_kind(found, "flow")
    assert ("Jackson", "Mobile") not in flows


def test_across_a_named_border_near_a_town_and_money_sent_back():
    found, _ = legs(
        "Investigators say the ring also moved cocaine across the Canadian border near Blaine to "
        "buyers in Surrey, British Columbia, and sent cash south to Hermosillo.", lang="en")
    flows = of_kind(found, "flow")
    assert ("Blaine", "Surrey") in flows
    assert not any("Hermosillo" in pair for pair in flows)


def test_the_rest_arrives_from_a_country_by_road_via_a_town():
    found, _ = legs(
        "Une partie du cannabis est cultivée dans le nord du pays, le reste arrive du Nigeria "
        "voisin par la route, via Malanville, selon les enquêteurs.", lang="fr")
    flows = of_kind(found, "flow")
    assert ("Nigeria", "Malanville") in flows
    assert ("Malanville", "Nigeria") not in flows


def test_the_town_where_drugs_arrive_from_a_country():
    found, _ = legs(
        "Les passeurs avaient été recrutés à Albina, une ville frontalière où la cocaïne arrive "
        "de Guyane en pirogue.", lang="fr")
    assert ("Guyane", "Albina") in of_kind(found, "flow")


@pytest.mark.parametrize(("text", "lang"), [
    ("CONAKRY – Selon les enquêteurs, le réseau disposait de relais à Bamako et à Madrid.", "fr"),
    ("La organización, con base en Conakry, tenía ramificaciones en Bamako y en Madrid.", "es"),
])
def test_relays_abroad_are_links_of_the_network(text, lang):
    found, _ = legs(text, lang=lang)
    links = of_kind(found, "link")
    assert ("Conakry", "Bamako") in links
    assert ("Conakry", "Madrid") in links


def test_in_connection_with_a_cause_is_no_link():
    found, _ = legs(
        "TROYES – Un homme a été tué par balles dans le quartier des Chartreux. « C'est une "
        "exécution en lien avec le contrôle d'un point de deal », a déclaré le magistrat, qui a "
        "confié l'enquête à la police judiciaire de Reims.", lang="fr")
    assert not any("Reims" in pair for pair in of_kind(found, "link"))


def test_smaller_quantities_flown_on_to_an_island_town():
    # "quantities to": a word ending in "ties" is not "ties to"
    found, _ = legs(
        "The methamphetamine was shipped in containers to Auckland. From Auckland, couriers flew "
        "smaller quantities to Dunedin, where a second cell sold it.", lang="en")
    assert ("Auckland", "Dunedin") in of_kind(found, "flow")


def test_amphetamine_via_a_border_crossing_to_buyers_in_a_country():
    found, _ = legs(
        "De amfetamine uit het lab in Oldenzaal ging volgens het OM via de grensovergang bij "
        "Venlo naar Duitsland, met afnemers in Osnabrück en Bielefeld.", lang="nl")
    flows = of_kind(found, "flow")
    assert ("Oldenzaal", "Venlo") in flows
    assert {("Venlo", "Osnabrück"), ("Venlo", "Bielefeld")} <= flows
    assert ("Osnabrück", "Bielefeld") not in flows


def test_a_second_destination_after_the_way_to_the_first_leaves_from_the_lab():
    found, _ = legs(
        "Vorige week viel de politie binnen op een boerderij in Nuth, in de gemeente "
        "Beekdaelen, waar een productielocatie voor amfetamine werd aangetroffen. Volgens het "
        "OM in Maastricht was de amfetamine bestemd voor afnemers in Duitsland, via Aken, en "
        "voor de Britse markt.", lang="nl")
    flows = of_kind(found, "flow")
    assert {("Nuth", "Aachen"), ("Nuth", "United Kingdom")} <= flows
    assert ("Aachen", "United Kingdom") not in flows
    assert not any(a == "Germany" for a, _ in flows)


def test_a_second_destination_after_the_country_of_the_first():
    found, _ = legs(
        "Desde Lima, la droga debía ser llevada al Callao para ser embarcada en contenedores con "
        "destino a Hamburgo, en Alemania, y a Rotterdam.", lang="es")
    flows = of_kind(found, "flow")
    assert {("Callao", "Hamburg"), ("Callao", "Rotterdam")} <= flows
    assert ("Hamburg", "Rotterdam") not in flows


def test_the_ship_that_brought_the_drugs_docked_in_the_regions_port():
    found, case = legs(
        "TERNEUZEN – De douane heeft 300 kilo cocaïne gevonden in een container met ananassen. "
        "De verdachten komen uit Gent.\n\n"
        "Het schip met de ananassen was vertrokken uit Santos en had onderweg een tussenstop "
        "gemaakt in Cartagena, voordat het in de Zeeuwse haven aanmeerde.", lang="nl")
    flows = of_kind(found, "flow")
    assert ("Santos", "Cartagena") in flows
    assert ("Cartagena", "Terneuzen") in flows
    leg = next(x for x in case.leg_items if x.target.name == "Terneuzen")
    # "the Zeeland port" is the town where the drugs were found: both sentences are quoted
    assert any("TERNEUZEN" in e.text for e in leg.evidence)
    assert any("Zeeuwse haven" in e.text for e in leg.evidence)


def test_entering_a_country_by_a_crossing_then_on_once_inside():
    found, _ = legs(
        "SAN JOSÉ – Según la fiscalía, la cocaína, procedente de Colombia, llegaba en lanchas a "
        "Panamá y entraba a Costa Rica por el puesto fronterizo de Paso Canoas, escondida en "
        "camiones. Una vez en territorio nacional, era llevada hasta Liberia, donde se "
        "almacenaba.", lang="es")
    flows = of_kind(found, "flow")
    assert {("Colombia", "Panama"), ("Panama", "Paso Canoas"), ("Paso Canoas", "Liberia")} <= flows
    assert ("Colombia", "Paso Canoas") not in flows


def test_cut_and_packed_in_a_flat_is_the_next_stop_then_sold_in_a_list():
    found, _ = legs(
        "LYON – Selon l'enquête, la résine était stockée dans un box loué à Vénissieux. Elle était "
        "ensuite coupée et conditionnée dans un appartement de Villeurbanne, puis revendue à "
        "Vaulx-en-Velin, dans le quartier du Mas du Taureau et à Givors.", lang="fr")
    flows = of_kind(found, "flow")
    assert {("Vénissieux", "Villeurbanne"), ("Villeurbanne", "Givors"),
            ("Villeurbanne", "Mas du Taureau")} <= flows
    assert not any(a in {"Mas du Taureau", "Vaulx-en-Velin"} for a, _ in flows)


def test_loaded_into_containers_at_a_terminal_after_the_trip_inland():
    found, _ = legs(
        "La cocaína llegaba hasta San José, donde se guardaba, y luego se trasladaba al Caribe "
        "para ser contaminada en contenedores de banano en la terminal de Moín, en Limón.",
        lang="es")
    assert ("San José", "Moín") in of_kind(found, "flow")


def test_shared_out_in_the_region_leaves_from_the_story_town_and_says_so():
    found, case = legs(
        "TARRAGONA – La droga llegaba en narcolanchas desde Marruecos hasta Cataluña. Después se "
        "distribuía por la región, hasta Reus y Lleida.", lang="es")
    flows = of_kind(found, "flow")
    assert {("Tarragona", "Reus"), ("Tarragona", "Lleida")} <= flows
    leg = next(x for x in case.leg_items if x.target.name == "Reus")
    assert leg.inferred
    assert "main place" in leg.reason


def test_precursors_ordered_abroad_and_the_produced_drug_leaves_from_the_lab():
    found, _ = legs(
        "Tot tien jaar cel voor crystal-methlab op bedrijventerrein in Oosterhout\n\n"
        "De grondstoffen werden in China besteld en kwamen via de haven van Rotterdam het land "
        "binnen. Ze werden vervolgens met vrachtwagens naar Oosterhout gebracht. De "
        "geproduceerde crystal meth was grotendeels bestemd voor Nieuw-Zeeland.", lang="nl")
    flows = of_kind(found, "flow")
    assert ("China", "Port of Rotterdam") in flows
    assert ("Oosterhout", "New Zealand") in flows


def test_after_extraction_the_drug_leaves_from_the_washing_lab():
    found, case = legs(
        "HERENTALS – In een loods in Herentals is een cocaïnewasserij ontmanteld. De lading "
        "kwam uit Peru en werd via de haven van Antwerpen ingevoerd. Na extractie ging de "
        "cocaïne verder naar afnemers in Duitsland.", lang="nl")
    flows = of_kind(found, "flow")
    assert {("Port of Antwerp", "Herentals"), ("Herentals", "Germany")} <= flows
    assert ("Port of Antwerp", "Germany") not in flows
    leg = next(x for x in case.leg_items if x.target.name == "Herentals")
    assert leg.inferred  # the text does not say the load went to the lab


def test_the_way_to_the_washing_lab_does_not_start_there():
    found, _ = legs(
        "In februari ontmantelde de politie in een bedrijfspand in Schiedam een "
        "cocaïnewasserij. Volgens het OM was de cocaïne in Peru verwerkt, via de haven van "
        "Rotterdam binnengekomen en daarna naar Schiedam gebracht.", lang="nl")
    flows = of_kind(found, "flow")
    assert ("Port of Rotterdam", "Schiedam") in flows
    assert ("Schiedam", "Port of Rotterdam") not in flows


def test_a_line_extending_its_reach_to_one_more_town_is_one_more_market():
    found, _ = legs(
        "Cocaine from the Moss Side area of Manchester was sold to users in Stockport and "
        "Bolton before the gang extended its reach to Blackpool on the Lancashire coast.",
        lang="en")
    flows = of_kind(found, "flow")
    assert ("Moss Side", "Blackpool") in flows
    assert not any(b == "Blackpool" and a in {"Stockport", "Bolton"} for a, b in flows)


def test_seized_drugs_go_nowhere_after_the_seizure():
    found, _ = legs(
        "LE MANS – La résine remontait d'Espagne par la route, via Bordeaux, jusqu'à la Sarthe. "
        "Le 3 octobre, les gendarmes avaient intercepté un convoyeur à hauteur de Mamers, avec "
        "2 kg de résine. Une partie de la marchandise était ensuite revendue à Sablé-sur-Sarthe.",
        lang="fr")
    assert ("Mamers", "Sablé-sur-Sarthe") not in of_kind(found, "flow")


def test_a_supplier_based_in_a_town_is_where_the_drugs_come_from():
    found, case = legs(
        "ROUEN – La cocaïne était fournie par un grossiste installé à Sevran et acheminée par "
        "l'autoroute A13.", lang="fr")
    assert ("Sevran", "Rouen") in of_kind(found, "flow")
    leg = next(x for x in case.leg_items if x.source.name == "Sevran")
    assert leg.inferred  # the text says who supplied it, not where it went


def test_a_load_taken_in_a_warehouse_near_a_town_starts_the_trip_there():
    found, _ = legs(
        "La marchandise avait été chargée dans un entrepôt agricole des environs d'Alicante. Le "
        "camion avait ensuite traversé l'Espagne et était entré en France par le poste-frontière "
        "du Perthus.", lang="fr")
    assert ("Alicante", "Le Perthus") in {(a, b.replace("el Pertús", "Le Perthus"))
                                        for a, b in of_kind(found, "flow")}


def test_the_final_destination_told_next_goes_on_from_the_last_stop():
    found, _ = legs(
        "La droga fue trasladada por carretera hasta Cusco. Su destino final era el puerto de "
        "Ilo, desde donde iba a ser embarcada rumbo a Rotterdam.", lang="es")
    flows = of_kind(found, "flow")
    assert ("Cusco", "Ilo") in flows


def test_the_town_where_a_load_crossed_into_a_country_is_the_stop():
    found, _ = legs(
        "The meth crossed into the United States hidden in a truck at the port of entry in "
        "Nogales and was then driven north to a stash house in Tucson.", lang="en")
    flows = of_kind(found, "flow")
    assert ("Nogales", "Tucson") in flows
    assert not any(b == "United States" for _, b in flows)


def test_two_stash_houses_told_together_both_receive_and_send():
    found, _ = legs(
        "The pills were driven to a warehouse in Mesa. From there, the loads were split at stash "
        "houses in Tempe and Chandler and sold to crews who moved them on to Tucson.", lang="en")
    flows = of_kind(found, "flow")
    assert {("Mesa", "Tempe"), ("Mesa", "Chandler"), ("Tempe", "Tucson"),
            ("Chandler", "Tucson")} <= flows
    assert ("Tempe", "Chandler") not in flows


def test_dutch_towns_supplied_from_there_are_destinations():
    found, _ = legs(
        "Koeriers brachten de cocaïne daarna naar een opslagplaats in Bree. Van daaruit werden "
        "dealers in Genk en Hasselt bevoorraad.", lang="nl")
    assert {("Bree", "Genk"), ("Bree", "Hasselt")} <= of_kind(found, "flow")


def test_how_a_wholesaler_got_his_supply_comes_before_him():
    found, _ = legs(
        "De bende haalde de cocaïne op bij een groothandelaar in Venlo, die de drugs zelf via de "
        "haven van Antwerpen aangevoerd kreeg. Koeriers reden daarna naar een opslagplaats in "
        "Bree.", lang="nl")
    flows = of_kind(found, "flow")
    assert ("Port of Antwerp", "Venlo") in flows
    assert ("Venlo", "Bree") in flows
    assert ("Venlo", "Port of Antwerp") not in flows


def test_the_town_of_a_quarter_supplied_is_where_it_is_not_a_next_stop():
    found, _ = legs(
        "Vanuit Menen werd ook een verkooppunt in de wijk Rabot in Gent bevoorraad.", lang="nl")
    flows = of_kind(found, "flow")
    assert ("Menen", "Rabot") in flows
    assert ("Rabot", "Ghent") not in flows


def test_the_town_a_border_crossing_is_in_is_no_stop_and_finally_is_one():
    found, _ = legs(
        "La cocaïne partait de Maastricht vers la Belgique par le poste-frontière de Rekem, à "
        "Lanaken, pour continuer vers Liège et enfin Namur.", lang="fr")
    flows = of_kind(found, "flow")
    assert not any("Lanaken" in (a, b) for a, b in flows)
    assert ("Liège", "Namur") in flows


def test_from_a_country_to_airstrips_in_a_region():
    found, _ = legs(
        "La red recibía cargamentos de cocaína que llegaban en avionetas desde Venezuela a "
        "pistas clandestinas de La Mosquitia.", lang="es")
    assert ("Venezuela", "La Mosquitia") in of_kind(found, "flow")


def test_a_region_then_a_town_in_it_is_where_in_the_region():
    found, _ = legs(
        "La résine avait traversé l'Espagne puis était entrée en France par Perpignan avant de "
        "remonter vers la Champagne, où elle devait alimenter les points de vente d'Épernay.",
        lang="fr")
    flows = of_kind(found, "flow")
    assert ("Perpignan", "Épernay") in flows
    assert ("Champagne", "Épernay") not in flows


def test_dutch_shipped_in_a_port_is_where_the_load_left():
    found, _ = legs(
        "De partij was in Santos, in Brazilië, verscheept en via Rotterdam naar Vlissingen "
        "gevaren.", lang="nl")
    flows = of_kind(found, "flow")
    assert {("Santos", "Rotterdam"), ("Rotterdam", "Vlissingen")} <= flows
    assert ("Rotterdam", "Santos") not in flows


def test_the_drug_made_from_precursors_leaves_from_the_lab_told_earlier():
    found, _ = legs(
        "DRONTEN – De politie heeft in het buitengebied van Zeewolde een groot drugslab "
        "voor crystal meth ontmanteld. Twee Mexicanen en een man uit Almere werden ter plaatse "
        "aangehouden; zij zitten nog altijd vast en worden volgende maand voorgeleid aan de "
        "rechter-commissaris. Volgens het OM werden de grondstoffen in China ingekocht "
        "en via de haven van Rotterdam in vrachtcontainers naar Nederland gehaald, verstopt "
        "tussen gewone chemische producten. De crystal meth zelf was bestemd voor de export naar "
        "Australië.", lang="nl")
    flows = of_kind(found, "flow")
    assert ("Zeewolde", "Australia") in flows
    assert not any(b == "Australia" and a != "Zeewolde" for a, b in flows)



def test_where_a_load_was_packed_into_a_truck_is_where_the_trip_starts():
    found, _ = legs(
        "ADELAIDE – Police allege the cocaine was packed into hidden compartments in a truck in "
        "Brisbane's north, driven through Dubbo and unloaded at a shed in Mildura.", lang="en")
    flows = of_kind(found, "flow")
    assert {("Brisbane", "Dubbo"), ("Dubbo", "Mildura")} <= flows
    assert not any(b == "Brisbane" for _, b in flows)


def test_mainly_to_the_area_of_a_city_refines_the_country():
    found, case = legs(
        "La marihuana cultivada en Almería viajaba en furgonetas hacia Francia, principalmente a "
        "la zona de Lyon, donde se paga mucho más.", lang="es")
    assert ("Almería", "Lyon") in of_kind(found, "flow")
    lyon = next(p for p in case.place_items if p.name == "Lyon")
    assert lyon.feature_type == "city"  # the city, not a quarter of Almería


def test_mainly_from_a_wholesaler_of_a_town_is_where_in_the_department():
    found, _ = legs(
        "RENNES – La cocaïne était achetée en Seine-Saint-Denis, principalement auprès d'un "
        "grossiste de Bobigny, puis acheminée jusqu'à Rennes.", lang="fr")
    flows = of_kind(found, "flow")
    assert ("Bobigny", "Rennes") in flows
    assert ("Seine-Saint-Denis", "Bobigny") not in flows


def test_part_sold_on_after_the_road_to_a_region_leaves_from_the_story_town():
    found, case = legs(
        "QUIMPER – Le réseau de Quimper revendait de la résine. La résine venait d'Espagne avant "
        "de prendre la route de la Bretagne. Une partie des stupéfiants était ensuite revendue à "
        "Lorient.", lang="fr")
    flows = of_kind(found, "flow")
    assert ("Quimper", "Lorient") in flows
    assert ("Spain", "Lorient") not in flows
    leg = next(x for x in case.leg_items if x.target.name == "Lorient")
    assert leg.inferred  # the text does not say it left from Quimper


def test_stops_told_after_the_destination_are_on_the_way():
    found, _ = legs(
        "La droga había ingresado al país desde Colombia y fue trasladada por carretera hasta "
        "Guayaquil en camiones de carga, con escalas en bodegas de Quevedo.", lang="es")
    flows = of_kind(found, "flow")
    assert {("Colombia", "Quevedo"), ("Quevedo", "Guayaquil")} <= flows
    assert ("Guayaquil", "Quevedo") not in flows


def test_the_town_a_port_is_told_in_is_no_stop():
    found, _ = legs(
        "El camión debía continuar hasta el puerto de Paita, en Piura, desde donde la droga iba "
        "a ser embarcada rumbo al puerto de Valencia.", lang="es")
    flows = of_kind(found, "flow")
    assert not any("Piura" in pair for pair in flows)
    assert any(a == "Paita" and "Valencia" in b for a, b in flows)


def test_the_way_of_the_money_is_no_drug_flow():
    found, _ = legs(
        "The cocaine was trucked from Monterrey to Houston and sold in Dallas. The cash was "
        "then driven back south through Laredo to Monterrey.", lang="en")
    flows = of_kind(found, "flow")
    assert ("Monterrey", "Houston") in flows
    assert not any("Laredo" in pair for pair in flows)


def test_the_town_a_stop_belongs_to_is_no_stop():
    found, _ = legs(
        "De cocaïne werd vanuit de haven van Rotterdam naar een loods in Lommel, een "
        "deelgemeente van Lier, gebracht en vandaar verdeeld naar afnemers in Duitsland.",
        lang="nl")
    flows = of_kind(found, "flow")
    assert not any("Lier" in pair for pair in flows)
    assert ("Lommel", "Germany") in flows or ("Lommel", "Duitsland") in flows


def test_the_boss_fleeing_is_no_drug_flow():
    found, _ = legs(
        "De politie vond 800 kilo cocaïne in een loods in Genk. De man zelf was toen al "
        "vertrokken naar Marokko.", lang="nl")
    assert not any("Morocco" in pair or "Marokko" in pair for pair in of_kind(found, "flow"))


def test_a_transshipment_told_in_a_new_paragraph_goes_before_the_arrival():
    found, _ = legs(
        "La Guardia Civil intervino 900 kilos de cocaína en un contenedor que había llegado al "
        "muelle de Ferrol procedente del puerto brasileño de Santos.\n\n"
        "El contenedor fue transbordado en el puerto portugués de Leixões antes de completar su "
        "travesía hasta Galicia.", lang="es")
    flows = of_kind(found, "flow")
    assert any(a == "Santos" and "Leix" in b for a, b in flows)
    assert not any("Leix" in b and "Ferrol" in a for a, b in flows)


def test_a_change_of_train_told_after_the_destination_is_on_the_way():
    found, _ = legs(
        "Runners carried heroin by train from Leeds to Norwich, changing at Peterborough.",
        lang="en")
    flows = of_kind(found, "flow")
    assert {("Leeds", "Peterborough"), ("Peterborough", "Norwich")} <= flows


def test_a_gang_that_ran_drugs_from_one_county_to_another_is_a_flow():
    found, _ = legs(
        "A gang that ran crack cocaine from Merseyside into Lancashire has been jailed.", lang="en")
    assert ("Merseyside", "Lancashire") in of_kind(found, "flow")


def test_a_crossing_by_trails_in_a_border_town_is_a_stop():
    found, _ = legs(
        "La cocaína procedía de Colombia, ingresaba al país por trochas en Ureña y era "
        "trasladada por carretera hasta Barquisimeto.", lang="es")
    flows = of_kind(found, "flow")
    assert ("Colombia", "Barquisimeto") not in flows
    assert ("Ureña", "Barquisimeto") in flows


def test_no_inferred_supply_to_a_town_whose_supply_the_text_tells():
    case = routes.case_from_text(
        "Cocaine shipped from Shanghai arrived at the Port of Vancouver. It was trucked to "
        "Edmonton, and from there dealers sold it on the streets of Calgary.\n\n"
        "Dealing in Saskatoon has also grown, police said.", lang="en")
    inferred = {leg.target.name for leg in case.leg_items if leg.inferred}
    assert "Calgary" not in inferred
    assert "Saskatoon" in inferred  # the town whose supply is not told is still inferred


def test_drugs_moved_on_from_there_by_the_road_are_no_person_transfer():
    found, _ = legs(
        "La cocaína cruza desde Guatemala hacia Tapachula. De ahí es trasladada por la "
        "carretera federal hasta Oaxaca.", lang="es")
    assert ("Tapachula", "Oaxaca") in of_kind(found, "flow")


def test_and_also_from_another_start_is_another_way_in():
    found, _ = legs(
        "La cocaína llega por mar procedente de Colombia a las costas del sur y también cruza "
        "desde Guatemala hacia Tapachula.", lang="es")
    flows = of_kind(found, "flow")
    assert ("Guatemala", "Tapachula") in flows
    assert ("Colombia", "Guatemala") not in flows


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("De xtc kocht de vrouw in grote partijen bij een leverancier in Venlo, die ze met de "
     "bestelwagen tot in Hasselt bracht.", "nl", ("Venlo", "Hasselt")),
    ("He bought the cocaine from a supplier in Leeds, who drove it to York.", "en",
     ("Leeds", "York")),
])
def test_the_supplier_s_town_is_where_the_drugs_came_from(text, lang, pair):
    found, _ = legs(text, lang=lang)
    assert pair in of_kind(found, "flow")


def test_parcels_told_small_are_the_drugs():
    found, _ = legs(
        "De pakjes werden vanuit een woning in Aalst klaargemaakt. Ze waren bestemd voor kopers "
        "in Canada en Japan.", lang="nl")
    assert {("Aalst", "Canada"), ("Aalst", "Japan")} <= of_kind(found, "flow")


def test_where_a_landed_load_was_shipped_from_goes_to_where_it_landed():
    found, _ = legs(
        "Heroin was offloaded from a dhow near Malindi and brought to the port of Mombasa by road. "
        "The drugs were shipped from the Makran coast across the Indian Ocean.", lang="en")
    flows = of_kind(found, "flow")
    assert any(a == "Makran coast" and b == "Malindi" for a, b in flows)
    assert not any(a == "Makran coast" and "Mombasa" in b for a, b in flows)


def test_the_rest_of_a_load_goes_its_own_way_from_the_start():
    found, _ = legs(
        "From Mombasa the gang shipped part of the heroin by boat to Zanzibar and moved the rest "
        "by road through Uganda to South Sudan.", lang="en")
    flows = of_kind(found, "flow")
    assert ("Mombasa", "Zanzibar") in flows
    assert ("Zanzibar", "Uganda") not in flows
    assert ("Mombasa", "Uganda") in flows


def test_a_town_s_border_crossing_is_a_stop():
    found, _ = legs(
        "Cocaine is moved by road from Abidjan, entering Ghana through the Elubo border "
        "before reaching Kumasi.", lang="en")
    flows = of_kind(found, "flow")
    assert {("Abidjan", "Elubo"), ("Elubo", "Kumasi")} <= flows


def test_the_end_products_leave_from_where_the_precursors_went():
    found, _ = legs(
        "De grondstoffen werden vanuit China naar de haven van Antwerpen verscheept en daarna "
        "per vrachtwagen naar Enschede gebracht. \"Dit is een van de grootste labs die we in "
        "Overijssel hebben gezien\", zegt de politie. De eindproducten gingen via Bad Bentheim "
        "naar afnemers in Hannover.", lang="nl")
    flows = of_kind(found, "flow")
    assert ("Enschede", "Bad Bentheim") in flows


def test_a_gang_working_with_partners_elsewhere_is_linked_to_them():
    found, _ = legs(
        "Los fiscales sostienen que la banda, con base en Lambayeque, trabajaba en coordinación "
        "con socios en Trujillo.",
        lang="es")
    assert any({a, b} == {"Lambayeque", "Trujillo"} for a, b in of_kind(found, "link"))


def test_police_working_with_partners_abroad_is_no_link():
    found, _ = legs(
        "La policía de Chiclayo trabaja en coordinación con socios en Madrid.", lang="es")
    assert not of_kind(found, "link")


def test_en_lien_avec_des_commanditaires_is_a_tie():
    found, _ = legs(
        "DOUALA, 3 mars 2025 – Trois passeurs ont été arrêtés à Douala. Les suspects seraient en "
        "lien avec des commanditaires basés à Abuja.", lang="fr")
    assert any({a, b} == {"Douala", "Abuja"} for a, b in of_kind(found, "link"))


def test_associates_abroad_of_a_man_of_the_story_s_town():
    found, _ = legs(
        "TEGUCIGALPA, 3 de marzo de 2025 – Un hombre fue capturado en Tegucigalpa. Según la "
        "investigación, el capturado mantenía vínculos con socios en Managua.", lang="es")
    assert any({a, b} == {"Tegucigalpa", "Managua"} for a, b in of_kind(found, "link"))


def test_the_way_not_taken_is_no_stop():
    found, _ = legs(
        "The heroin is now shipped from Pakistan by sea to Mozambique instead of overland "
        "through Iran and Turkey.", lang="en")
    flows = of_kind(found, "flow")
    assert ("Pakistan", "Mozambique") in flows
    assert not any("Turkey" in pair or "Iran" in pair for pair in flows)


@pytest.mark.parametrize(("text", "lang"), [
    ("La drogue revenait par l'autoroute, via Gand et Lille. À Valenciennes, elle était coupée "
     "puis livrée à des revendeurs de Maubeuge.", "fr"),
    ("The drugs came back by motorway through Ghent and Lille. In Valenciennes, they were cut "
     "and then delivered to dealers in Maubeuge.", "en"),
])
def test_where_a_sentence_finds_the_load_is_the_next_stop(text, lang):
    found, _ = legs(text, lang=lang)
    flows = of_kind(found, "flow")
    assert {("Lille", "Valenciennes"), ("Valenciennes", "Maubeuge")} <= flows
    assert ("Lille", "Maubeuge") not in flows


def test_the_harvest_of_a_plantation_leaves_from_it():
    found, _ = legs(
        "De politie heeft een cannabisplantage opgerold in een loods in Menen. Het netwerk baat "
        "ook plantages uit in Henegouwen. De oogst werd over de grens gebracht naar Rijsel.",
        lang="nl")
    assert ("Menen", "Lille") in of_kind(found, "flow")


def test_a_quarter_drawn_at_its_town_gives_way_to_the_town_in_a_chain():
    found, _ = legs(
        "DERBY, 3 March 2025 - Police said the heroin was bought from a supplier in Bradford "
        "and taken back to Derby, where it was stored at a terraced house in Normanton before "
        "being sold on to dealers in Nottingham and Leicester.", lang="en")
    flows = of_kind(found, "flow")
    assert {("Bradford", "Derby"), ("Derby", "Nottingham"), ("Derby", "Leicester")} <= flows
    assert not any("Normanton" in pair for pair in flows)


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Des passeurs embarquaient à Pointe-à-Pitre sur des vols à destination de Paris, avec de "
     "la cocaïne dans leurs bagages.", "fr", ("Pointe-à-Pitre", "Paris")),
    ("The couriers boarded at Lima with cocaine in their luggage, on flights bound for Madrid.",
     "en", ("Lima", "Madrid")),
    ("Las mulas embarcaban en Caracas con cocaína en el estómago, en vuelos con destino a "
     "Lisboa.", "es", ("Caracas", "Lisbon")),
])
def test_where_couriers_board_is_where_the_flight_leaves(text, lang, pair):
    found, _ = legs(text, lang=lang)
    assert pair in of_kind(found, "flow")


@pytest.mark.parametrize(("text", "lang"), [
    ("Jorge Ruiz, 47, was flown from Quito on Monday in the custody of US marshals to face "
     "trafficking charges in Houston.", "en"),
    ("Le suspect a été ramené de Malaga sous escorte jusqu'à Toulouse pour y être jugé pour "
     "trafic de cocaïne.", "fr"),
])
def test_a_person_moved_under_escort_is_no_flow(text, lang):
    found, _ = legs(text, lang=lang)
    assert not of_kind(found, "flow")


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("The cocaine boats left Tumaco bound for the Pacific coast of Guatemala.", "en",
     ("Tumaco", "Guatemala")),
    ("La cocaïne partait de Guinée à destination de la côte atlantique du Maroc.", "fr",
     ("Guinea", "Morocco")),
])
def test_a_coast_named_by_its_sea_is_the_country_of_that_coast(text, lang, pair):
    found, _ = legs(text, lang=lang)
    assert pair in of_kind(found, "flow")


def test_a_country_naming_where_the_next_place_lies_is_no_stop():
    found, _ = legs(
        "The cocaine boats left Buenaventura bound for Honduras and the Mexican state of Oaxaca.",
        lang="en")
    flows = of_kind(found, "flow")
    assert ("Buenaventura", "Oaxaca") in flows
    assert ("Buenaventura", "Mexico") not in flows


def test_a_country_whose_jurisdiction_is_named_is_no_stop():
    found, _ = legs(
        "He admitted conspiring to distribute cocaine aboard a vessel subject to U.S. "
        "jurisdiction. The boats were bound for Honduras.", lang="en")
    assert not of_kind(found, "flow")


@pytest.mark.parametrize("verb", ["vonden", "ontdekten"])
def test_a_dutch_find_at_a_port_is_where_the_load_went(verb):
    found, _ = legs(
        f"Douaniers in Vlissingen {verb} vorige week twee ton cocaïne in een container met "
        "bananen afkomstig uit Santa Marta.", lang="nl")
    assert ("Santa Marta", "Vlissingen") in {(a, b.replace("Port of ", "")) for a, b in
                                             of_kind(found, "flow")}


@pytest.mark.parametrize(("text", "lang"), [
    ("De pillen werden in Dilsen gemaakt. Ze waren bestemd voor Nieuw-Zeeland en werden als "
     "luchtvracht verstuurd via de luchthaven van Charleroi.", "nl"),
    ("The pills were made in Dilsen. They were bound for New Zealand and were sent as air "
     "freight via Charleroi airport.", "en"),
])
def test_the_way_to_where_a_load_was_meant_to_go_comes_before_it(text, lang):
    found, _ = legs(text, lang=lang)
    flows = of_kind(found, "flow")
    assert ("Charleroi", "New Zealand") in flows
    assert not any(a == "New Zealand" for a, _b in flows)


def test_a_load_bought_from_a_division_s_wholesalers_goes_home_then_on():
    found, case = legs(
        "VIERZON – Le réseau du quartier de la Gare a été démantelé. La cocaïne était achetée "
        "auprès de grossistes de Seine-Saint-Denis. Une partie de la marchandise repartait "
        "ensuite vers Bourges et Romorantin-Lanthenay.", lang="fr")
    flows = of_kind(found, "flow")
    assert {("Vierzon", "Bourges"), ("Vierzon", "Romorantin-Lanthenay")} <= flows
    assert not any(a == "Seine-Saint-Denis" and b != "Vierzon" for a, b in flows)
    home = next(leg for leg in case.leg_items if leg.target.name == "Vierzon")
    assert home.inferred


def test_the_way_to_an_allegedly_meant_destination_comes_before_it():
    found, _ = legs(
        "Police seized cocaine in Bulawayo. Part of the cocaine was allegedly destined for "
        "buyers in Francistown and would have been taken by road through Plumtree.", lang="en")
    flows = of_kind(found, "flow")
    assert ("Plumtree", "Francistown") in flows
    assert ("Francistown", "Plumtree") not in flows


@pytest.mark.parametrize(("text", "lang", "pairs"), [
    ("Une femme a été interpellée à l'aéroport de Roissy après la découverte de deux kilos de "
     "cocaïne dans sa valise. Elle était arrivée par un vol en provenance de Lima via Madrid.",
     "fr", {("Lima", "Madrid"), ("Madrid", "Paris-Charles de Gaulle Airport")}),
    ("A man was arrested in Lusaka after officers found two kilograms of heroin in his "
     "luggage. He had arrived on a flight from Karachi via Dubai.", "en",
     {("Karachi", "Dubai")}),
])
def test_a_courier_s_flight_after_the_find_is_the_way_the_drugs_came(text, lang, pairs):
    found, _ = legs(text, lang=lang)
    assert pairs <= of_kind(found, "flow")


def test_a_town_crossed_afterwards_is_after_the_landing_not_before():
    found, _ = legs(
        "La marchandise avait été débarquée au port d'Anvers, dans un conteneur en provenance "
        "de Santos, au Brésil. Le camion avait ensuite traversé la France par Reims avant de "
        "prendre la direction du sud.", lang="fr")
    flows = of_kind(found, "flow")
    assert ("Santos", "Port of Antwerp") in flows
    assert ("Port of Antwerp", "Reims") in flows
    assert ("Reims", "Port of Antwerp") not in flows


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("The cocaine came from Spain and was trucked to Manchester, then sent north by coach. "
     "Once in Carlisle, it was split up and sold in Penrith.", "en", ("Manchester", "Carlisle")),
    ("La droga ingresaba desde Bolivia y era trasladada en camiones hasta Santiago y, desde la "
     "capital, enviada al sur en buses. Una vez en Temuco, la droga era fraccionada.", "es",
     ("Santiago", "Temuco")),
])
def test_once_in_a_town_the_load_had_got_there(text, lang, pair):
    found, _ = legs(text, lang=lang)
    assert pair in of_kind(found, "flow")


def test_the_airport_of_a_town_is_no_stop_before_it():
    found, _ = legs(
        "Des passeurs embarquaient à Pointe-à-Pitre sur des vols à destination de Paris-Orly, "
        "avec de la cocaïne dans leurs bagages. Une fois à Paris, la drogue était récupérée par "
        "un membre du réseau puis acheminée en voiture jusqu'à Vierzon.", lang="fr")
    flows = of_kind(found, "flow")
    assert ("Paris", "Vierzon") in flows
    assert not any(b == "Paris" for _a, b in flows)


def test_a_load_escorted_by_gunmen_is_still_a_flow():
    found, _ = legs(
        "Los cargamentos de cocaína salían de Tumaco escoltados por sicarios y custodiados por "
        "hombres armados hasta Cali.", lang="es")
    assert ("Tumaco", "Cali") in of_kind(found, "flow")
