"""Network: route legs between places — drug flows and network links — with geometry.

Flows come from origin / transit / destination cues in a sentence ("en provenance du Panama
et à destination du port d’Anvers", "from X bound for Y", "procedente de… con destino a…",
"afkomstig uit… bestemd voor…"), chained in order. Links are ties between groups that are not
drug movements ("connexions entre les trafiquants du Peterbos et ceux de Marseille"). Sea legs
follow shipping lanes (searoute); other legs are geodesic lines.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from pyproj import Geod
from shapely.geometry import LineString, MultiLineString

from routes._evidence import (
    BUYER_WORDS,
    DISTANCE,
    LANDMARK_ARTICLE,
    PERSON_FROM,
    SPECIFICITY,
    Evidence,
    PlaceMention,
    contains,
    evidence_of,
    in_sentence,
    place_mentions,
)
from routes._nlp import Parsed, Sentence
from routes._text import COMPASS, DRUG_NOUNS, WHERE_WORD
from routes.gazetteer import Gazetteer, gazetteer_from_cache, haversine_km
from routes.geocode import ISLAND_ID, Place, is_airport, is_placed_at_town
from routes.ingest import Article

log = logging.getLogger(__name__)

__all__ = ["Leg", "leg_geometry", "legs_from_article"]

GEOD = Geod(ellps="WGS84")
# Where in a place: "northern Mozambique", "le nord du Mali", "la costa de", "het zuiden van".
_QUALIFIER = (
    r"(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+|"
    # "afkomstig uit het Braziliaanse Itajaí": a nationality before the name
    r"(?-i:[A-ZÀ-Ý][a-zà-ÿ]+(?:aanse|iaanse|ische|sche|se|ian|ean|ese|ish|an|ine|i))\s+|"
    # ("bound for the Pacific coast of Guatemala", "la côte atlantique du Maroc")
    r"(?:the\s+)?(?:(?:Pacific|Atlantic|Caribbean|Gulf|Mediterranean|Black\s+Sea)\s+)?"
    r"(?:north|south|east|west|coast|outskirts|suburbs)\s+of\s+(?:the\s+)?|"
    r"(?:le\s+|la\s+|les\s+)?(?:nord|sud|est|ouest|centre|côte|banlieue|périphérie)\s+"
    r"(?:(?:pacifique|atlantique|caraïbe|méditerranéenne)\s+)?"
    r"(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*|"
    r"(?:el\s+|la\s+|las\s+)?(?:norte|sur|este|oeste|centro|costa|afueras)\s+"
    r"(?:(?:pacífica|atlántica|caribeña|del\s+Pacífico|del\s+Atlántico|del\s+Caribe)\s+)?"
    r"del?\s+|"
    r"(?:het\s+|de\s+)?(?:noorden|zuiden|oosten|westen|kust)\s+van\s+|"
    # "la région parisienne", "the Paris region", "la zona de"
    r"(?:la\s+|the\s+|de\s+|l['’])?(?:région|region|región|regio|zona|zone|area|métropole|"
    r"agglomération|aglomeración|agglomeratie|conurbation)\s+"
    r"(?:de\s+la\s+|du\s+|des\s+|de\s+|d['’]|of\s+|van\s+|del\s+)?)?"
)
_PREP = (r"\s*(?:de\s+la|de\s+l['’]|du|des|del|de|d['’]|en|au|aux|al|à|a|in|of|the|uit|van|naar|"
         r"sur|on|op|el|la|los|las|le|les|l['’]|het|to|at|bij|hasta)?\s*(?:le\s+|la\s+|les\s+|l['’]|"
         r"the\s+|el\s+|de\s+|het\s+)?" + _QUALIFIER + r"(?:ports?\s+of\s+entry\s+(?:at|in|of)\s+|"
         r"ports?\s+(?:\w+\s+)?"
         r"(?:de|d['’]|du|of)\s*(?:the\s+)?|havens?\s+van\s+|puertos?\s+(?:\w+\s+)?del?\s+|"
         # "via de luchthaven van Charleroi", "par l'aéroport de Liège"
         r"luchthaven\s+van\s+|aéroports?\s+(?:de|d['’])\s*|aeropuertos?\s+de\s+|"
         r"airports?\s+of\s+|"
         r"havenstad\s+|(?:terminal(?:es)?\s+portuari[oa]s|terminaux\s+portuaires|"
         r"(?:port\s+|container\s+)?terminals?|terminaux|terminales?)\s+(?:del?\s+|du\s+|des\s+|"
         r"de\s+la\s+|of\s+(?:the\s+)?|van\s+)?|(?:cités?|quartiers?|barrios?|colonias?|wijken?|neighbou?rhoods?|"
         r"estates?|townships?|favelas?|points?\s+de\s+(?:deal|vente)|péages?|peajes?|tolls?|"
         # "por la garita de Lukeville", "par le poste-frontière de Rekem"
         r"garitas?|pasos?\s+fronterizos?|postes?[-\s]frontières?|border\s+(?:crossings?|posts?)|"
         # "a través de la frontera de Beni Enzar", "por el complejo fronterizo de Chacalluta"
         r"fronteras?|(?:complejos?|cruces?)\s+fronterizos?|"
         # "vers l'île Maurice", "hacia la isla de Margarita"
         r"îles?|islas?|islands?|eilanden?|"
         r"grensovergang)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|"
         r"of\s+|van\s+|del\s+|bij\s+|near\s+|at\s+)?|"
         # "jusqu'aux côtes andalouses", "hacia las costas venezolanas": an adjective follows
         r"(?:côtes?|costas?|eaux(?:\s+territoriales)?|aguas(?:\s+territoriales)?)\s+)?$")
# A cue, then a few words, then a locative ("destined for a wholesaler near Hamburg").
# ("chargée dans un entrepôt agricole des environs d'Almería")
_LOOSE = (r"\b[^.;:]{0,45}?\b(?:near|around|in|at|à|au|aux|en|dans|près\s+de|cerca\s+de|bij|nabij|"
          r"de|d['’]|of|van|del|a)" + _PREP)
# "la red, con base en Cartagena": where a network ships from when no origin is stated.
_BASE = re.compile(
    r"(?:con\s+base\s+en|basée?s?\s+(?:à|au|en)|based\s+in|gevestigd\s+in|établie?s?\s+"
    r"(?:à|au|en)|asentad[oa]s?\s+en|operating\s+(?:from|out\s+of))\s*$",
    re.I,
)
# "La droga producida en el laboratorio era trasladada a Sonoyta": drugs moved, whatever
# comes between them and the verb.
_DRUG_SUBJECT = re.compile(
    r"^\W*(?:la|el|the|de|het|le|les|los|las)\s+(?:droga|drogue|cocaína|cocaïne|cocaine|drugs?|"
    r"marchandise|mercancía|cargaison|cargamento|heroína|héroïne|heroin|lading|partij|resina|"
    r"résine|metanfetamina|méthamphétamine)(?!\w)"
    # (but "The cocaine boss was transferred to a prison": a person)
    r"(?!\s+(?:boss|lord|king|baron|dealers?|traffickers?|capo|jefe|leader|baas|kingpin))", re.I)
_SHIPPED = re.compile(
    r"(?<!\w)(?:verscheept|vervoerd|shipped|transported|trucked|expédiée?s?|acheminée?s?|"
    r"enviad[oa]s?|transportad[oa]s?|embarcad[oa]s?)(?!\w)", re.I)
# People moved by the justice system are not drug flows.
_PERSON_MOVE = re.compile(
    r"(?<!\w)(?:extrad\w+|uitgeleverd|uitlevering|expulsée?s?|deported|deportad[oa]s?|"
    # "was flown from Bogotá on Monday in the custody of agents from the DEA"
    # (not "escorted", "custodiado": a convoy of drugs may be guarded too)
    r"in\s+(?:the\s+)?custody|bajo\s+(?:la\s+)?custodia|sous\s+(?:bonne\s+)?escorte|"
    r"onder\s+politiebegeleiding|"
    # "De man zelf was toen al vertrokken naar Dubai", "he had fled to Spain": the boss's own way
    r"fled|gevlucht|huy(?:ó|eron)|se\s+fug(?:ó|aron)|s['’](?:est|était)\s+enfuie?|"
    r"(?:de\s+man|de\s+vrouw|de\s+verdachte|hij|zij)\s+(?:zelf\s+)?(?:\w+\s+){0,3}vertrokken)"
    r"(?!\w)",
    re.I,
)
# Transfers move people ("transferred to a prison in Bruges") unless cargo moves ("transferred
# to a bulk carrier sailing for Hamburg").
_TRANSFER = re.compile(
    r"(?<!\w)(?:transférée?s?|transferred|trasladad[oa]s?|overgebracht)(?!\w)", re.I
)
# "Bulk currency was then driven back south through Nogales": the money's way, not the drugs'.
#: Money, the other way of a trade: "sent cash south to Culiacán", "Bulk currency was…".
_MONEY_WORDS = (r"cash|money|proceeds|profits|argent|bénéfices|dinero|efectivo|ganancias|geld|"
                r"opbrengst")
_MONEY_SUBJECT = re.compile(
    r"[\s\"'«“—-]*(?:(?:the|bulk|all|this|that|la|le|les|l['’]|el|los|las|este|het|de|dat|"
    r"des|du)\s+)*(?:" + _MONEY_WORDS + r"|opbrengsten|currency|contanten|winsten?)(?!\w)",
    re.I)
# "la droga iba a ser trasladada por tierra hasta Huehuetenango": drugs moved, not people.
_DRUG_TRANSFERRED = re.compile(
    r"(?<!\w)(?:la\s+(?:droga|drogue|cocaína|cocaïne|marchandise|mercancía|cargaison)|"
    r"el\s+(?:cargamento|alijo)|the\s+(?:drugs?|cocaine|shipment|cargo|consignment)|"
    r"de\s+(?:drugs|cocaïne|lading|partij))\s+(?:(?:was|were|had|has|have|been|being|would|"
    r"will|to|be|is|are|then|later|iba|iban|a|ser|fue|fueron|había|habían|sido|luego|été|"
    r"avait|avaient|devait|devaient|être|est|sont|ensuite|puis|werd|werden|zou|zouden|worden|"
    r"wordt|moest|daarna)\s+)*(?:transférée?|transferred|trasladad[oa]|overgebracht)|"
    # "la cocaína iba a ser extraída del recinto portuario … y trasladada a una nave de…"
    r"(?:la\s+(?:droga|drogue|cocaína|cocaïne|marchandise|mercancía)|the\s+(?:drugs|cocaine))"
    r"\s+[^.;]{0,100}?\s(?:y|et|and|en)\s+(?:luego\s+|ensuite\s+|then\s+)?"
    r"(?:transférée|trasladada|transferred|overgebracht)",
    re.I,
)
# "les deux équipes s'approvisionnent à Maastricht", "se abastecían en Ciudad del Este": where
# a network buys is where its drugs come from (a drug sentence even without the drug's name)
_BUYS_AT = r"(?<!\w)(?:s['’]approvisionn\w+|se\s+abastec\w+)"
_BUYS = re.compile(_BUYS_AT, re.I)
#: Words for buying drugs, an origin cue ("achetée à Amsterdam") and a network's purchase.
_BOUGHT_WORDS = (r"achetée?s?|bought|purchased|comprad[oa]s?|adquir(?:id[oa]s?|ía|ían)|"
                 r"(?:in)?gekocht|"
                 # "De grondstoffen werden in China besteld", "commandés en Chine"
                 r"besteld|commandée?s?|encargad[oa]s?")
#: Words for a supplier: "fournie par un grossiste installé en…", an origin and a purchase.
_SUPPLIED_BY = (r"fournie?s?\s+par|supplied\s+by|suministrad[oa]s?\s+por|geleverd\s+door|"
                # "kocht de man bij een leverancier in Breda": the supplier's town (French
                # "auprès d'un grossiste de Bobigny" refines the region told before it)
                r"bij\s+(?:een|zijn|hun)\s+(?:leverancier|groothandelaar)\s+(?:in|uit)|"
                r"(?:from|by)\s+(?:a|his|their)\s+(?:supplier|wholesaler)\s+(?:in|based\s+in)|"
                r"a\s+(?:un|su)\s+(?:proveedor|mayorista)\s+(?:en|de)")
_ORIGIN_CUES = (
    r"(?<!\w)(?:en\s+provenance|provenant|prov(?:en|ien)\w+|originaire|quitt\w*|"
    # "la marchandise, d'origine marocaine", "de origen colombiano"
    r"d['’]origine|de\s+origen|"
    r"remont\w+\s+(?:du|de|des|d['’])|left|leaving|leaves|departed|departing|sal(?:ía|ió|en)|"
    r"verliet|vertrok|vertrekt|produite?s?|cultivée?s?|salid[oa]s?|"
    r"fabriquée?s?|importée?s?|importad[oa]s?|imported|geïmporteerd|exportée?s?\s+depuis|venue?s?|venant|venai(?:t|ent)|ven(?:ía|ían)|(?<!une\s)(?<!la\s)partie?s?|partent|partai(?:t|ent)|partir(?:a|ont)|parten|partían|zarp\w+|"
    r"departs?|vertrekken|arrivée?s?(?=\s+(?:d['’]|(?:de|du|des)\s))|from|produced|"
    # "le reste arrive du Cameroun voisin par la route"
    r"arriv(?:e|ent|ait|aient)(?=\s+(?:d['’]|(?:de|du|des)\s))|"
    r"made|manufactured|cultivad[oa]s?|cultiva|elaborad[oa]s?|fabricad[oa]s?|(?<!tussenstop\s)gemaakt|geteeld|"
    # "the pills were pressed in clandestine labs around Culiacán"
    r"pressed|pressée?s?|prensad[oa]s?|geperst|"
    r"vervaardigd|"
    # "La drogue avait été achetée à Amsterdam": where it was bought is where it left from
    + _BOUGHT_WORDS + r"|" + _BUYS_AT + r"|"
    # "De groep haalde de drugs op in Rotterdam", "picked up the cocaine in Rotterdam",
    # "récupérée à Anvers", "recogida en Algeciras": where it was fetched
    r"haal(?:de|den|t)\s+(?:[\w-]+\s+){0,4}?op|opgehaald|picked\s+up|récupérée?s?|"
    r"recogid[oa]s?|recog(?:ió|ieron|ían)|"
    r"grown|shipped\s+from|originating|originated|originates|procedentes?|provenientes?|originari[oa]s?|"
    r"producid[oa]s?|sal(?:e|en|ía|ían|ió|ieron)\s+por|salió|salían|desde|depuis|afkomstig|geproduceerd|vertrokken|vanuit|uit|"
    r"proced(?:ía|ían|e|en|ió|ieron)|"
    # "était fournie par un grossiste installé en Seine-Saint-Denis": the supplier's place
    + _SUPPLIED_BY + r"|"
    # "Una vez en El Paso, la mercancía sigue hacia Denver"
    r"una\s+vez\s+en|once\s+in|une\s+fois\s+(?:à|au|en)|eenmaal\s+in)"
)
_DEST_CUES = (
    r"(?<!\w)(?:à\s+destination|destinée?s?|vers(?!\s+\d)|jusqu['’]|pour\s+(?:le|la|l['’])\s*marché|"
    r"(?:avec\s+)?pour\s+destination(?:\s+finale)?|destination\s+finale|"
    r"en\s+direction|in\s+the\s+direction|en\s+dirección|in\s+de\s+richting|"
    r"cruz(?:ado|ó|aron|ar)\s+a|"
    r"bound\s+for|destined\s+for|headed\s+for|arriv(?:ing|es?)|(?:sailing|sailed|intended|earmarked|meant|"
    r"shipped|leaving|departing)\s+for|(?:como\s+)?destino(?:\s+final)?|"
    r"heading\s+to|en\s+route\s+to|"
    # "avant de prendre la route de la Bretagne"
    r"(?:prendre|prenait|prenaient|prend|prennent|pris)\s+la\s+route|"
    # "distributed throughout the region and as far as Spokane"
    r"as\s+far\s+as|tot\s+in|"
    # "s'apprêtait à embarquer sur le ferry pour Portsmouth", "un vol pour Paris"
    r"(?:ferry|vol|navire|bateau|avion|train|car|bus)\s+(?:\w+\s+)?pour|"
    # "abordar un vuelo a Ámsterdam"
    r"(?:vuelo|avión|barco|buque|ferry|tren|autobús)\s+(?:\w+\s+)?(?:a|hacia|para)(?=\s)|"
    # "avant d'embarquer pour Port-Louis", "before boarding a flight to"
    r"embarquer\s+pour|embarcar\s+(?:hacia|rumbo\s+a|para)|"
    # "according to the Police Service of Northern Ireland", "due to", "linked to": no goal
    # ("smaller quantities to Hilo": whole words only)
    r"(?<!\baccording\s)(?<!\bdue\s)(?<!\bthanks\s)(?<!\blinked\s)(?<!\bnext\s)(?<!\bclose\s)"
    r"(?<!\brelated\s)(?<!\bsimilar\s)(?<!\bconnected\s)(?<!\blinks\s)(?<!\bties\s)to|"
    # ("packed into hidden compartments in a truck in Sydney's west": what it was put in)
    r"(?<!\bpacked\s)(?<!\bloaded\s)(?<!\bput\s)(?<!\bsewn\s)(?<!\bstuffed\s)"
    r"(?<!\btucked\s)(?<!\bbuilt\s)(?<!\bpressed\s)into|rejoindr\w*|rallier|revendue?s?|resold|"
    r"revendid[oa]s?|doorverkocht|écoulée?s?|distribu(?:é|e|i|í|t)\w*|verdee(?:ld|lde|lden)|"
    r"reached|reaching|arrived|landed|came\s+ashore|docked|berthed|accost(?:ée?|ait|aient)|"
    r"amarr(?:ó|ad[oa])|brought\s+ashore|arriv(?:ait|aient|era|eront)|con\s+destino|"
    # "kwamen per goederentrein aan in het Duitse Duisburg"
    r"(?:kwam|kwamen|komt|komen)\s+(?:[\w-]+\s+){0,4}?aan(?=\s+in\s)|"
    # "De là, elle était répartie entre La Source et le Sanitas"
    r"répartie?s?\s+entre|repartid[oa]s?\s+entre|split\s+between|divided\s+between|"
    r"verdeeld\s+over|destinad[oa]s?|rumbo|hacia|hasta|llega\w*|"
    r"lleg(?:ó|aron|ado|ada|aba|aban)|envi(?:ar|ada|ado|adas|ados|ó|aron|aría)\w*|"
    r"envoyée?s?|expédiée?s?|sent\s+(?:on\s+)?to|verstuurd|gestuurd|"
    r"trasladad[oa]s?|traslad(?:aba|aban|ó|aron)|llevad[oa]s?|llev(?:ó|aron|aba|aban)|transportée?s?|transported|transportad[oa]s?|vervoerd|getransporteerd|"
    r"desembarca\w*|bestemd\s+(?:(?:was|waren|is|zijn|werd)\s+)?voor|met\s+als\s+bestemming|"
    r"op\s+weg|naar|richting|"
    r"aangekomen|arrivée?s?\s+(?:à|au|en)|débarqu\w+|acheminée?s?|gagn\w+|stockée?s?|"
    r"entreposée?s?|stored|stashed|almacenad[oa]s?|opgeslagen|"
    # "en sloeg ze op in een bedrijfspand in Nieuwegein": stored there
    r"sloeg(?:en)?\s+(?:[\w-]+\s+){0,4}?op|"
    # (but "les équipes s'approvisionnent à Maastricht": where they buy, an origin)
    r"(?<!s['’])approvision\w+|suppl(?:y|ies|ied|ying)|"
    # "devait être livrée à Nice", "delivered to", "entregada en", "afgeleverd in"
    r"livrée?s?|delivered|entregad[oa]s?|(?:af)?geleverd|"
    # "avant de livrer des appartements « nourrices » en Seine-Saint-Denis"
    r"livrer|livraient|livrait|"
    # "verkocht die in Vilvoorde", "sold it in Leeds", "la vendait à Nîmes"
    # (a verb with its object: "the cocaine sold in Sweden" names a market, not the next stop)
    r"verkocht(?:en)?\s+(?:die|het|ze|deze)|sold\s+(?:it|them)|"
    r"(?:la|les)\s+vend(?:ait|aient)|(?:la|lo|las|los)\s+vend(?:ía|ían)|"
    # "werden overgeladen voor afnemers in Düsseldorf", "for buyers in Leeds"
    r"(?:voor|for|pour|para)\s+(?:de\s+|les\s+|des\s+|los\s+|the\s+)?(?:afnemers|buyers|"
    r"customers|dealers|acheteurs|compradores|klanten|clientes)|"
    # "otra se vendía a compradores del conurbano de Buenos Aires": sold to buyers there
    r"(?:se\s+)?vend(?:ía|ían|e|en|ió|ieron)\s+a\s+(?:compradores|clientes|dealers|narcos)|"
    r"(?:sold|selling)\s+to\s+(?:buyers|customers|dealers)|"
    r"(?:vendue?s?|revendue?s?)\s+à\s+des\s+(?:acheteurs|clients|dealers)|"
    # "était arrivée par conteneur dans le port de Gênes"
    r"arrivée?s?|"
    # "moest na aankomst in Harlingen naar Drachten worden gebracht": where it came in first
    r"(?:na|bij)\s+(?:de\s+)?aankomst|après\s+(?:son|leur)\s+arrivée|on\s+arrival|"
    r"after\s+(?:its|their)\s+arrival|tras\s+(?:su\s+)?llegada|"
    r"(?<!se\s)abastec\w+|bevoorr?a\w+|unloaded|descargad[oa]s?|gelost|déchargée?s?|"
    # "con la intención de descargar en un embarcadero de La Puebla del Río"
    r"descargar(?:la|lo|las|los)?|décharger|(?:to\s+)?unload|(?:te\s+)?lossen|"
    # "avant d'alimenter les points de vente d'Avignon"
    r"aliment(?:er|ait|aient|ent)|"
    # "una avioneta que la arrojó en un campo cercano a Pergamino", "y luego al puerto de Zárate"
    r"arroj(?:ó|aron|ad[oa]s?)|dropped|lanzad[oa]s?|y\s+luego|et\s+ensuite|and\s+then|"
    r"feed(?:ing)?\s+(?:the\s+)?(?:dealing|drug)\s+(?:points|markets?))"
)
# "in de Rotterdamse haven", "the Antwerp port": a port word right after the name.
_PORT_AFTER = re.compile(r"\s+(?:haven|port|harbou?r|docks|(?:container\s+)?terminal)(?!\w)",
                         re.I)
# The subject of a supply sentence: the network of the story.
_NETWORK = re.compile(
    r"(?<!\w)(?:réseaux?|network|gangs?|clans?|bandes?|cartel|red|banda|organizaci(?:ón|ones)|"
    r"netwerk|bende|organisatie|groep|group|syndicate)(?!\w)", re.I
)
_ARRESTED = re.compile(
    r"(?<!\w)(?:arrêtée?s?|interpellée?s?|arrested|detained|detenid[oa]s?|arrestad[oa]s?|"
    r"aangehouden|gearresteerd|opgepakt)(?!\w)", re.I
)
_SEIZED = re.compile(
    r"(?<!\w)(?:saisi\w*|seiz\w+|intercept\w+|incaut\w+|decomis\w*|onderschep\w+|"
    r"in\s+beslag|découv\w+|discovered|found|hall(?:ó|aron|ad[oa]s?)|localiz\w+|"
    r"aangetroffen|gevonden|"
    # "toen douaniers in Zeebrugge twee ton cocaïne ontdekten", "encontraron", "uncovered"
    r"vond(?:en)?|ontdekt(?:e|en)?|aantroffen|encontr(?:ó|aron|ad[oa]s?)|uncovered)(?!\w)", re.I
)
# "near", "près de", "cerca de", "bij": a landmark a place is found by
_NEAR_WORDS = r"near|close\s+to|près\s+de|non\s+loin\s+de|cerca\s+de|bij|nabij|vlakbij"
_LOCATOR = re.compile(
    r"^\s*,\s*" + DISTANCE + r"(?:" + COMPASS + r"|outside|" + _NEAR_WORDS + r"|"
    r"dans\s+le\s+(?:nord|sud|centre)(?:-(?:est|ouest))?\s+d[eu']|"
    r"dans\s+l['’](?:est|ouest)\s+d[eu']|in\s+the\s+(?:north|south|east|west)\s+of|"
    r"en\s+el\s+(?:norte|sur|este|oeste|centro)\s+de|in\s+het\s+(?:noorden|zuiden|oosten|"
    r"westen)\s+van)" + LANDMARK_ARTICLE,
    re.I,
)
# "a Estados Unidos por Nogales", "into the US at Nogales": the point a border is crossed at
_CROSSED_BY = re.compile(r"^\s+(?:por|at|through|via|par|bij|door)\s+(?:the\s+|el\s+|la\s+)?$",
                         re.IGNORECASE)
# ", cerca de Tumaco", ", near Lagos", ", près de Tanger", ", bij Antwerpen"
_NEAR_LOCATOR = re.compile(r"^\s*,\s*(?:" + _NEAR_WORDS + r")\s+(?:the\s+|la\s+|le\s+|el\s+)?$",
                           re.IGNORECASE)
_IN_DIVISION = re.compile(r"^\s+(?:in|en|au|dans|im)\s+(?:the\s+|la\s+|le\s+|l['’]|el\s+|"
                          r"het\s+|de\s+)?$", re.I)
# (", Coahuila": a bare comma before the division the town is in, tested with its place)
_IN_REGION = re.compile(r"^\s*,\s*(?:(?:en|in|au|dans\s+l[ea]s?|dans\s+l['’]|im)\s*"
                        # (", en la región de Tarapacá", ", in the state of Sonora")
                        r"(?:(?:la|el|the|de|het)\s+(?:región|provincia|departamento|estado|"
                        r"région|province|département|region|state|provincie)\s+"
                        r"(?:de|du|of|van)\s+)?)?$", re.I)
# ("un narcolaboratorio en las afueras de Caborca")
_LAB_WORDS = (r"(?:(?:narco-?)?labo\w*|lab|labs|(?:narco-?)?laborator\w+|drugslab\w*|"
              r"(?:\w+-)?(?:meth|xtc|crystal|"
              r"speed|amfetamine|pillen)lab\w*|cocinas?|plantations?|"
              r"plantaci(?:ón|ones)|cultivos?|\w*kwekerij\w*|\w*plantages?|"
              # "een productielocatie voor amfetamine"
              r"productielocaties?|production\s+sites?|sites?\s+de\s+production|"
              # "een cocaïnewasserij": where cocaine is washed out of what carried it
              r"\w*wasserij(?:en)?|extraction\s+labs?|laboratoires?\s+d['’]extraction)(?!\w)")
_LAB = re.compile(r"(?<!\w)" + _LAB_WORDS, re.I)
_LAB_AT = re.compile(_LAB.pattern + r"\s+(?:[\w-]+\s+){0,6}?(?:en|in|à|au|aux|near|bij|nabij|"
                     r"cerca\s+de|près\s+de|dans|at|de|del|du|op)\s", re.I)
# The ship, the boat or the lorry of the story: "Het schip met de bananen", "the vessel".
_SHIP_OF = re.compile(r"^\W*(?:het|de|the|le|la|el|l['’])\s*(?:schip|boot|vrachtschip|"
                      r"containerschip|vessel|ship|boat|navire|bateau|cargo|porte-conteneurs|"
                      r"barco|buque|embarcación|velero|voilier|sailboat)(?!\w)", re.I)
_MUNICIPALITY_BEFORE = re.compile(r"(?<!\w)(?:gemeente|municipality\s+of|commune\s+(?:de|d['’])|"
                                  r"municipio\s+de)\s*$", re.I)
_A_LAB = re.compile(r"(?<!\w)(?:un|une|a|an|een|uno|una)\s+(?:[\w-]+\s+){0,2}?" + _LAB_WORDS,
                    re.I)
_ORIGIN_START = re.compile(_ORIGIN_CUES + r"(?!\w)", re.I)
# Where the drugs were loaded: the start of the sea leg, after the production origin if any.
_LOADING_CUES = (
    r"(?<!\w)(?:loaded|chargée?s?|embarquée?s?|cargad[oa]s?|carg(?:ó|aron|aba|aban)|"
    r"embarcad[oa]s?|se\s+embarca|"
    # "des passeurs embarquaient à Cayenne sur des vols à destination de Paris-Orly"
    r"embarqu(?:ai(?:t|ent)|ent|èrent|er|ant)(?=\s+(?:à|au|aux|en)\s)|"
    r"embarc(?:aba|aban|ó|aron|an|ar)(?=\s+en\s)|boarded(?=\s+(?:at|in)\s)|"
    r"(?:in)?geladen|verscheept\s+vanuit|"
    # "part of it may have been repackaged in Lagos and shipped on to Spain"
    r"repackaged|re-?packed|reconditionnée?s?|reempaquetad[oa]s?|reembalad[oa]s?|omgepakt|"
    r"herverpakt|"
    # "para ser contaminada en contenedores de piña en la terminal de Moín": put in the
    # containers there (a rip-on)
    r"contaminad[oa]s?|"
    # "The vehicles were driven onto the overnight ferry at IJmuiden"
    r"(?:onto|aboard|on\s+board)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:ferry|boat|ship|"
    r"vessel|plane|flight))"
)
_LOADING_START = re.compile(_LOADING_CUES + r"(?!\w)", re.I)
ROLE_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("loading", re.compile(_LOADING_CUES + _PREP, re.I)),
    ("origin", re.compile(_ORIGIN_CUES + _PREP, re.I)),
    ("destination", re.compile(_DEST_CUES + _PREP, re.I)),
    ("transit", re.compile(
        r"(?<!\w)(?:transit(?:e|ent|ant|é|ée|ait)?\s+(?:par|via|en|au|aux|à|through|by|por)|"
        r"transiting|passant\s+par|passé\s+par|via|through|trans+hipped\s+(?:in|at|via)|"
        r"transbordée?s?\s+(?:à|au|en|dans)|transbordad[oa]s?\s+en|overgeladen\s+in|"
        r"transbordement\s+(?:à|au|en|dans)|transshipment\s+(?:in|at|via)|"
        r"trasbordo\s+en|overslag\s+in|"
        r"a\s+través|"
        # "avait franchi la frontière à Irun", "crossed the border at Lacolle", "por el paso
        # fronterizo de La Mesilla", "de grens over bij Hazeldonk"
        r"franchi\w*\s+la\s+frontière\s+(?:[\w'’-]+\s+){0,3}?(?:à\s+hauteur(?=\s+d)|à|au|par|"
        # ("franchissaient la frontière entre Erquelinnes et Jeumont": both sides are crossed)
        r"près\s+de|entre)|"
        # ("across the Canadian border near Blaine")
        r"(?:crosse[sd]\s+|across\s+)the\s+(?:[A-Z][a-z]+\s+)?border\s+"
        r"(?:at|near|in)|(?:cruz|pas)\w*\s+la\s+frontera\s+(?:por|en)|paso\s+fronterizo\s+de|"
        r"poste[- ]frontière\s+d[e']|border\s+crossing\s+(?:at|of)|grens\s+over\s+bij|"
        # "ingresaba desde Bolivia por pasos no habilitados cercanos a Colchane"
        r"(?:por|par|through|via)\s+(?:los\s+|les\s+|the\s+|des\s+)?(?:pasos?|points?\s+de\s+"
        r"passage|crossings?)\s+(?:[\w-]+\s+){0,3}?(?:cercan[oa]s?\s+a|près\s+de|near)|"
        # "ingresaba al país por trochas en San Antonio del Táchira"
        r"por\s+(?:las\s+)?trochas?\s+(?:[\w-]+\s+){0,2}?(?:en|de|cerca\s+de)|"
        r"vía|pasando\s+por|escala\s+en|(?:fait\s+)?escale\s+(?:au|à|en|aux)|"
        # "con escalas en bodegas de Santo Domingo", "with stops at stash houses in"
        r"con\s+escalas\s+en(?:\s+(?:bodegas|almacenes|depósitos|galpones))?|"
        r"with\s+(?:a\s+)?stops?\s+(?:in|at)(?:\s+(?:warehouses|stash\s+houses))?|"
        # "navegó hacia el norte pasando cerca del archipiélago de Cabo Verde"
        r"pasando\s+(?:cerca|frente)\s+(?:de|del|a)|passing\s+(?:near|off|close\s+to)|"
        r"en\s+passant\s+(?:près|au\s+large)\s+(?:de|des|du)|"
        r"(?:called|stopped|stopping|changing(?:\s+trains)?)\s+(?:at|in)|stopover\s+in|tussenstop\s+(?:gemaakt\s+)?(?:in\s+een\s+\w+\s+)?in|doorgevoerd|travers[eéèaâ]\w*|remonte\w*|crosse[sd]|crossing|"
        r"cruza(?!do\s+a\s)\w*|atraviesa\w*|passe\s+par|pasa\s+por|par|"
        # ("la droga sale por el aeropuerto": it leaves from there)
        r"(?<!sale\s)(?<!salen\s)(?<!salía\s)(?<!salió\s)por|à\s+travers|"
        r"au\s+travers)" + _PREP, re.I)),
    ("same", re.compile(
        r"(?<!\w)(?:notamment|en\s+particulier|surtout|especially|notably|including|in\s+particular|"
        r"sobre\s+todo|en\s+particular|especialmente|vooral|met\s+name|onder\s+meer|"
        # "hacia Francia, principalmente a la zona de Toulouse"; "achetée en Seine-Saint-Denis,
        # principalement auprès d'un grossiste d'Aubervilliers"
        r"(?:principalement|notamment|surtout)\s+auprès\s+d['’](?:un|une)\s+[\w-]+\s+"
        r"(?:de\s+|d['’]|du\s+)|"
        r"principalmente|principalement|mainly|mostly|chiefly|hoofdzakelijk|voornamelijk)"
        r"(?:\s+(?:a|à|to|naar|en|in|au|aux|hacia|vers))?\s*(?:la\s+zona\s+de|la\s+région\s+de|"
        r"the\s+area\s+of|de\s+regio)?" + _PREP, re.I)),
    ("loading", re.compile(_LOADING_CUES + _LOOSE, re.I)),
    ("origin", re.compile(_ORIGIN_CUES + _LOOSE, re.I)),
    ("destination", re.compile(_DEST_CUES + _LOOSE, re.I)),
]
# Any cue word at all (the cues without what must follow them): most windows have none.
_ANY_CUE = re.compile("|".join(
    f"(?:{pat.pattern.removesuffix(_PREP).removesuffix(_LOOSE)})" for _, pat in ROLE_CUES),
    re.I)
# "notamment", "in particular": what follows refines what came before.
_SAME = re.compile(ROLE_CUES[4][1].pattern.removesuffix(_PREP), re.I)
# Coordination: "Bolivia en Paraguay", "Antwerp and Rotterdam", "Colombie, Pérou".
# The words that join two names of one list.
_CONJ = r"(?:and|et|y|e|en|ou|or|o|of)"
_COORD = re.compile(r"^\s*(?:,|" + _CONJ + r"|puis|then)\s*(?:,?\s*(?:and|et|y|en)\s+)?"
                    r"(?:(?:à|a|in|en|to|naar|au|aux)\s+)?"
                    r"(?:the\s+|le\s+|la\s+|les\s+|l['’]|el\s+|los\s+|las\s+|de\s+|het\s+)?"
                    # "hacia Madrid y el sur de Francia", "to Leeds and the north of England"
                    + _QUALIFIER + r"$",
                    re.I)
# "achetée à Rotterdam et dans le port d'Anvers": one more of the same.
_AND_MORE = re.compile(r"^\s*,?\s*" + _CONJ + r"(?!\w)", re.I)
_TO_WORD = re.compile(r"(?<!\w)(?:to|naar)(?!\w)", re.I)
# A load split between two destinations: "vers Ajaccio, l'autre vers Porto-Vecchio".
_SPLIT = re.compile(
    r"^\s*[,;]?\s*(?:et\s+|and\s+|y\s+|en\s+)?(?:l['’]autre|les\s+autres|le\s+reste|the\s+rest|"
    r"the\s+other|others?|el\s+resto|la\s+otra|otra\s+parte|el\s+otro|de\s+rest|het\s+andere|"
    # "Una parte abastecía a los búnkeres de Rosario y otra se vendía a…"
    r"otra(?=\s+(?:se|iba|era|fue|parte|terminaba))|"
    r"een\s+ander\s+deel|(?:une\s+)?autre\s+partie|another\s+part)(?!\w)",
    re.I,
)
# A network reaching one more market: "before extending its reach to", "avant de s'étendre à".
_EXTENDED = re.compile(
    r"(?<!\w)(?:(?:extend|expand|spread)(?:ing|ed|s)?\s+(?:(?:its|their)\s+(?:reach|operations?|"
    r"business|network|activities)\s+)?(?:to|into|as\s+far\s+as)|s['’](?:étendre|étendant|"
    r"étendait|implanter)\s+(?:jusqu['’])?(?:à|au|aux|en|dans)|(?:extenderse|expandirse|"
    r"extendiéndose|extendió|se\s+extendió)\s+(?:a|hasta|hacia)|(?:uitbreid\w*|breidde\s+"
    r"(?:[\w-]+\s+){0,3}?uit)\s+naar)\s+(?:[\w'’-]+\s+){0,2}?$", re.I)
# ", dans le quartier des", ", in the Moss Side area of": a list item told by its locative.
_LIST_LOCATIVE = re.compile(
    r"^\s*,\s*(?:dans|in|en|à|au|aux|op)\s+(?:le\s+|la\s+|les\s+|l['’]|the\s+|el\s+|het\s+|"
    r"de\s+)?(?:quartiers?|cités?|barrios?|wijk|neighbou?rhoods?|districts?|estates?)\s*"
    r"(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of|del)?\s*$", re.I)
# "naar Aken … en naar afnemers in Luik", "to Cardiff and to dealers in Swansea": a second
# destination of the same load, not the next stop.
_AND_TO = re.compile(
    # ("to Scunthorpe on the south bank of the estuary, and to Bridlington": where the first
    # one lies may come between)
    # (", en Bélgica, y a Rotterdam": or the country it is in, between commas)
    r"^(?:\s*,?\s+(?:on|in|at|near|sur|dans|en|op|aan|bij)\s+[^,;.]{0,45})?"
    # ("to Shrewsbury, or driven along the M54 to Telford": the other way, not a next stop)
    r"\s*,?\s*(?:(?<!\w)(?:and|et|y|en|as\s+well\s+as|ainsi\s+que|así\s+como|alsook)\s+"
    r"(?:also\s+|aussi\s+|ook\s+|también\s+)?"
    # "… to Grimsby, and up the coast to Bridlington": a way there may come first (but "and
    # then to …" is the next stop)
    # ("y entraba a Costa Rica por…": entering the next country is the next stop)
    # ("hacia México y finalmente a Estados Unidos": the last stop, after the one before)
    r"(?:(?!(?:then|puis|ensuite|luego|después|daarna|vervolgens|later|onward|on|entr\w*|"
    r"finalmente|finally|eventually|enfin|finalement|uiteindelijk|"
    r"ingres\w*|arriv\w*|lleg\w*|reach\w*|cross\w*|cruz\w*|franchi\w*)\s)"
    r"[\w'’-]+\s+){0,3}?|(?<!\w)(?:or|ou|o|of)\s+(?:[\w'’-]+\s+){0,5}?)(?:to|naar|vers|à|au|"
    # ("bestemd voor afnemers in Duitsland, via Aken, en voor de Britse markt")
    r"aux|a|al|hacia|hasta|for|pour|voor|para|into|jusqu['’](?:à|au|aux|en)|as\s+far\s+as)\s+"
    r"(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)
# "Een kleiner deel werd naar Aarschot gebracht", "Another part went to…": one more branch of
# a load already split.
_ANOTHER_PART = re.compile(
    r"^\W*(?:een\s+(?:\w+\s+)?deel|une\s+(?:autre\s+)?partie|(?:another|a\s+smaller|a\s+"
    r"further)\s+part|otra\s+parte|el\s+resto|le\s+reste|the\s+rest|de\s+rest)(?!\w)",
    re.I,
)
# What orders two stops in time: "puis", "then", "luego", "daarna", "avant de".
_AFTERWARDS = re.compile(r"(?<!\w)(?:ensuite|puis|then|afterwards|luego|después|posteriormente|"
                         r"daarna|vervolgens|nadien)(?!\w)", re.I)
_THEN = re.compile(
    # ("hacia Panamá, para seguir por Centroamérica": on from there)
    r"(?<!\w)(?:para\s+(?:seguir|continuar)|pour\s+(?:continuer|poursuivre)|"
    r"to\s+continue|om\s+(?:verder\s+te\s+gaan|door\s+te\s+reizen)|"
    r"puis|ensuite|then|later|afterwards|luego|después|posteriormente|daarna|"
    r"vervolgens|nadien|avant\s+(?:de|d(?=['’]))|before|antes\s+de|where|où|donde|waar|from\s+there|"
    r"waarna|after\s+which|après\s+quoi|tras\s+lo\s+cual|"
    r"de\s+là|desde\s+(?:allí|ahí)|vanaf\s+daar|vandaar)(?!\w)",
    re.I,
)
# "de Bolivia a Chile", "de Portbou à Cerbère", "from Lagos to Lisbon", "van Breda naar Gent":
# the first name of a from-to pair.
_FROM_BEFORE = re.compile(r"(?<!\w)(de|desde|from|van|vanuit|depuis|d['’])\s*$", re.I)
_DESCRIPTOR_OF = re.compile(
    r"(?<!\w)(?:havens?|ports?|puertos?|porto|harbou?r|terminals?|terminal|aéroport|airport|"
    r"aeropuerto|luchthaven|quartiers?|barrios?|wijk|cités?|ville|city|ciudad|stad|provinces?|"
    r"provincias?|provincie|régions?|regions?|región|département|prisons?|cárcel|centro|centre|"
    r"gemeente|municipio|commune)\s+(?:de\s+la|de\s+l['’]|de|del|van|of|du|d['’])\s*$", re.I)
_TO_NEXT = re.compile(r"\s+(a|à|to|naar|hasta|jusqu['’]à)\s+(?:la\s+|el\s+|l['’]|le\s+|"
                      # ("desde Venezuela a pistas clandestinas de La Mosquitia", "from Lagos
                      # to a warehouse in Lisbon": what there, then where)
                      r"the\s+)?(?:(?-i:[a-zà-ÿ])[\w-]*\s+){0,3}?(?:(?<=\s)(?:de|del|du|des|"
                      r"d['’]|of|in|en|van|à)\s+(?:la\s+|el\s+|l['’]|le\s+|the\s+|het\s+)?)?"
                      r"(?-i:[A-ZÀ-Ý])", re.I)
# Which "to" goes with which "from" (by their first two letters): "de … a", "from … to",
# "van … naar"; not the Dutch article in "via de Rotterdamse haven naar …".
_FROM_TO = {"de": ("a", "à", "ha", "ju"), "d'": ("a", "à", "ju"), "d’": ("a", "à", "ju"),
            "fr": ("to",), "va": ("na", "to")}
_DRUG_WORD = re.compile(r"(?<!\w)" + DRUG_NOUNS + r"(?!\w)", re.I)
_DRUG_BEFORE = re.compile(r"(?<!\w)" + DRUG_NOUNS + r"\s+$", re.I)
_DRUG_AFTER = re.compile(r"\s+" + DRUG_NOUNS + r"(?!\w)", re.I)
_MARKET_OF = re.compile(r"(?<!\w)(?:mercados?|marchés?|markets?|markt(?:en)?)\s+(?:de|du|des|for|"
                        r"of|voor|van)\s+(?:la\s+|le\s+|l['’]|el\s+|the\s+|de\s+|het\s+)?\w+\s+$",
                        re.I)
_WAY_THERE = re.compile(r"(?<!\w)(?:con\s+escalas|with\s+(?:a\s+)?stops?|changing(?:\s+trains)?"
                        r"\s+(?:at|in))(?!\w)|"
                        r"(?<!\w)(?:que|qui|which|that|die|dat)\s+(?:\w+\s+){0,3}?(?:cruzan|cruza|"
                        r"pasan|pasa|traversent|traverse|passent|passe|cross|crosses|pass|"
                        r"passes|steken|rijden)(?!\w)", re.I)
# "… to Dover and drove north through England": another verb, the next leg.
# "hacia Madrid y, a través del paso de Irun, hacia Bayona": a second branch, through a stop.
_AND_VIA = re.compile(r"\s*(?:y|and|et|en)\s*,\s*(?:a\s+través|vía|via|through|par|por|"
                      r"à\s+travers|en\s+passant\s+par|pasando\s+por)(?!\w)", re.I)
_NEXT_LEG = re.compile(r"\s*,?\s+(?:and|et|y|en)\s+(?!(?:via|through|par|por|via)\s)\w+", re.I)
# A courier about to fly: "board a flight to", "embarquer pour", "embarcar en un vuelo hacia"
# (incidents._BOARDING is the narrower list of boarding verbs alone).
_BOARDING = re.compile(r"(?<!\w)(?:board\w*|flights?|embarqu\w+|vols?|vuelos?|embarc\w+|"
                       r"vlucht\w*|aan\s+boord|instappen|check(?:ed|ing)?[-\s]in)(?!\w)", re.I)
# A courier who came by air: "arrived on a flight from", "arrivée par un vol en provenance de".
_ARRIVED_ON_FLIGHT = re.compile(
    r"(?<!\w)(?:arrived|landed|flew\s+in|arriv(?:ée?s?|ait|aient)|atterri|lleg(?:ó|aron|aba|"
    r"aban)|aterriz(?:ó|aron)|kwam(?:en)?\s+aan|geland)\s+(?:[\w-]+\s+){0,3}?(?:on|by|in|par|"
    r"en|met)\s+(?:a|an|un|una|een)\s+(?:[\w-]+\s+)?(?:flight|vol|vuelo|vlucht)(?!\w)", re.I)
# "d'où", "from there", "desde donde": the next leg starts where the last one ended.
_FROM_THERE = re.compile(
    r"(?<!\w)(?:d['’]où|de\s+là|depuis\s+là|from\s+there|from\s+where|whence|desde\s+donde|"
    r"desde\s+allí|de\s+allí|desde\s+ahí|vanaf\s+daar|vanuit\s+daar|vanwaar|van\s+daaruit|"
    r"daar|vandaar|allí|ahí|"
    # "Desde esa ciudad, la heroína iba a ser enviada a Chicago", "depuis cette ville"
    r"(?:desde|de)\s+(?:esa|esta)\s+(?:ciudad|localidad|bodega)|"
    r"(?:desde|de)\s+(?:ese|este)\s+(?:depósito|galpón|almacén|punto|lugar|puerto)|"
    r"(?:depuis|de)\s+(?:cet|ce)\s+(?:entrepôt|dépôt|endroit|port)|"
    r"(?:depuis|de)\s+cette\s+(?:ville|commune|localité)|from\s+(?:that|this)\s+(?:city|town)|"
    r"vanuit\s+(?:die|deze)\s+(?:stad|plaats))(?!\w)",
    re.I,
)
_DRUG_ANAPHOR = re.compile(
    r"(?<!\w)(?:the\s+(?:drugs?|cocaine|heroin|hashish|cannabis|resin|meth\w*|shipments?|cargo|"
    r"loads?|consignments?|boats?|dhows?|barges?|vessels?|ships?|trucks?|lorr(?:y|ies)|containers?)|"
    r"(?:la|les|le|l['’])\s*(?:drogue|cocaïne|héroïne|marchandise|cargaison|résine|bateaux?|"
    r"navires?|camions?|conteneurs?)|la\s+(?:droga|cocaína|heroína|mercancía|embarcación)|"
    r"(?:el|los)\s+(?:cargamentos?|hachís|alijos?|barcos?|camion(?:es)?|contenedor(?:es)?|"
    r"fardos|paquetes)|(?:les|the|de)\s+(?:ballots|pains|paquets|bales|packages|bricks|balen|"
    r"pakketten)|la\s+barcaza|"
    # "brachten de sporttassen naar een loods in Kallo", "the holdalls were driven to…"
    r"(?:les|the|de|los|las)\s+(?:sacs|(?:sports?\s*)?bags|holdalls|sporttassen|tassen|bolsas|"
    r"bolsos|maletas|valises|koffers|suitcases)|"
    r"de\s+(?:drugs|cocaïne|heroïne|lading|partij|zending|hasj|boten|schepen|vrachtwagens|"
    r"containers?)|het\s+schip|"
    # a pronoun subject moving on: "It was then hidden in barges", "Elle a ensuite…"
    # ("De geproduceerde crystal meth was bestemd voor Australië")
    r"(?:the|de|la|el|les|los|las)\s+(?:(?:geproduceerde|produced|finished|produite|"
    r"producida|fabricada|fabriquée)\s+)?(?:meth\w*|pills|pillen|pastillas|pilules|xtc|ecstasy|"
    r"fentanyl|amfetamine|amphétamines?|speed|crystal|synthetic\s+drugs|synthetische\s+drugs)|"
    r"(?:it|they|elle|elles|il|ils)\s+(?:\w+\s+){0,2}?(?:then|ensuite|puis)|then|ensuite|puis|"
    # "… avant de franchir la frontière. Elle devait être livrée à Perpignan": the drugs
    r"(?:(?<=\.\s)|(?<=\n))(?:elle|elles|ella|ellas|it|ze)\s+(?:devai(?:t|ent)|allai(?:t|ent)|"
    r"étai(?:t|ent)|a\s+été|avait\s+été|iba|debía|era|fue|was|were|would|had|moest|zou|werd)|"
    # "some of it was driven east to Calgary", "une partie de la drogue", "parte de la droga"
    r"(?:some|part|most|much|the\s+rest)\s+of\s+(?:it|them)|"
    # "Une partie repartait vers Elbeuf", "Otra parte iba a Madrid", "Een deel ging naar Gent"
    r"(?:(?<=\.\s)|(?<=\n)|^)(?:une|l['’]autre|une\s+autre|otra|una|een|het\s+andere)\s+"
    r"(?:partie|parte|deel|gedeelte)|"
    # "Die cocaïne moest verder naar Aken", "cette cargaison", "esa droga"
    r"(?:die|deze|dat|this|that|these|cette|ces|esa|ese|esta|este|estos|esos)\s+(?:drugs?|"
    r"cocaïne|cocaine|cocaína|heroïne|heroin|heroína|lading|partij|zending|cargaison|drogue|"
    r"marchandise|droga|shipment|cargo|load|consignment|cargamento|mercancía)|"
    r"luego|después|posteriormente|daarna|vervolgens|nadien)(?!\w)",
    re.I,
)
_AT_PORT = re.compile(
    r"(?:port\s+(?:\w+\s+)?(?:of|de|d['’]|du)|haven\s+van|puerto\s+(?:\w+\s+)?del?|"
    r"porto\s+de|harbou?r\s+of|terminal\s+(?:of|de|van)|terminal\s+portuaria\s+de|"
    r"terminal\s+portuaire\s+de|veerterminal\s+(?:in|van)|ferry\s+terminal\s+(?:in|at|of)|"
    # "en la Sociedad Portuaria Regional de Buenaventura", "la zone portuaire d'Anvers"
    r"portuari[oa]s?\s+(?:\w+\s+)?del?|portuaires?\s+(?:\w+\s+)?(?:de|d['’])|"
    r"terminal\s+(?:in|at))\s*(?:the\s+)?$",
    re.I,
)
_WATER = re.compile(r"(?<!\w)(?:sea|ocean|strait|gulf|channel|bay|river)(?!\w)", re.I)
_TRANSIT_WORD = re.compile(
    r"(?<!\w)(?:transit\w*|plaque\s+tournante|hub|escala|doorvoer\w*|draaischijf)(?!\w)", re.I
)
# What a drug lab is supplied with, not the drug it makes.
_PRECURSOR_WORDS = (r"grondstoffen|precursors?|précurseurs|precursores|chemicals|chemicaliën|"
                    r"produits\s+chimiques|productos\s+químicos|sustancias\s+químicas")
_DRUG_CONTEXT = re.compile(
    r"(?<!\w)(?:cocaïne|cocaine|cocaína|drogues?|drug\w*|drogas?|cannabis|haschich|hashish|"
    r"hachís|hasj|héroïne|heroin|heroína|stupéfiants|narcotics|estupefacientes|cargaisons?|"
    r"cargo|cargamentos?|cargas?|lading|" + _PRECURSOR_WORDS + r"|"
    r"meth\w*|fentanyl|crystal|xtc|ecstasy|"
    r"marchandises?|mercancías?|shipments?|consignments?|partij|"
    r"zendingen|zending|conteneurs?|containers?|contenedor(?:es)?|flux|flows?|"
    r"trafic|trafficking|tráfico|smokkel\w*|poudre|pastillas|pills|pilules|pillen|"
    r"comprimidos|comprimés|tablets|metanfetaminas?|fentanilo|méthamphétamine|"
    # "la résine traverse la Mauritanie", "Les convois remontent vers Madama", "les colis"
    r"résine|resina|colis|parcels?|paquetes|pakketten|pakjes|pakketjes|fardos|ballots|bales|convois|convoys|"
    r"oogst(?:en)?|harvests?|récoltes?|cosechas?|"
    r"convoyes|"
    # "runners were sent by train to Shrewsbury carrying wraps": county lines
    r"wraps|county\s+lines?|crack|ketamine|ketamina|kétamine|"
    # "De amfetamine uit het lab in Haaksbergen ging … naar Duitsland"
    r"amfetamine|amph[ée]tamines?|anfetaminas?|heroïne|mdma|captagon|speed|"
    r"marihuana|marijuana|wiet|opium|opio)(?!\w)", re.I
)
_SEA = re.compile(r"(?<!\w)(?:conteneurs?|containers?|contenedor(?:es)?|navires?|bateaux?|ships?|"
                  r"vessels?|barcos?|buques?|schepen|schip|vrachtschip|maritimes?|maritime|"
                  r"marítim[oa]s?|voiliers?|sailboats?|semi-?submersibles?|go-fast|ports?|"
                  r"puertos?|havens?|barges?|péniches?|barcazas?|bulk\s+carriers?|cargo\s+ships?|"
                  r"dhows?|boats?|speedboats?|lanchas?|narcolanchas?|embarcaci(?:ón|ones)|"
                  r"boten|pesqueros?|fishing\s+boats?|chalutiers?|trawlers?|yachts?|jachts?|"
                  r"zeiljachts?|zeilboot\w*|veleros?|catamar[aá]n\w*|kotters?|vissersschip\w*|"
                  r"vissersboot\w*|speedboot\w*|semi-rigides?)(?!\w)", re.I)
_AIR = re.compile(r"(?<!\w)(?:avions?|vols?|aéroports?|airports?|flights?|planes?|aircraft|"
                  r"vuelos?|avion(?:es)?|aeropuertos?|vliegtuig\w*|vlucht\w*|luchthaven|mules?|"
                  r"bolletjes\w*)(?!\w)", re.I)
_LAND = re.compile(r"(?<!\w)(?:camions?|trucks?|lorr(?:y|ies)|voitures?|cars?|camion(?:es)?|"
                   r"vrachtwagens?|auto's|routier|by\s+road|por\s+(?:la\s+)?carretera|par\s+la\s+route|"
                   r"over\s+land|"
                   r"(?:bestel|vracht)?wagens?|bestelbus(?:sen)?|busjes?|camionnettes?|"
                   r"fourgon(?:nette)?s?|vans?|camionetas?|furgonetas?|vehicles?|véhicules?|"
                   r"veh[ií]culos?|voertuigen|voertuig|semi-?remorques?|tráileres?)(?!\w)",
                   re.I)
_VEHICLE = re.compile(_SEA.pattern + "|" + _LAND.pattern + "|" + _AIR.pattern, re.I)
_LINK = re.compile(
    # (not "une exécution en lien avec le contrôle d'un point de deal": related to a cause)
    r"(?<!\w)(?:connexions?|(?<!en\s)liens?|relations?|liée?s?\s+(?:à|aux)|associée?s?\s+(?:à|aux)|"
    r"connections?|links?|ties|linked\s+to|connected\s+to|vínculos?|conexi(?:ón|ones)|"
    r"relaci(?:ón|ones)|vinculad[oa]s?|banden|connecties?|verbonden|gelinkt|contacts?|"
    r"contactos?|contacten|alianzas?|alliances?|work(?:s|ed|ing)?\s+with|"
    # "en lien avec des commanditaires basés à Lagos" (not "en lien avec le contrôle d'un
    # point de deal"), "mantiene comunicación permanente con un grupo"
    r"en\s+lien\s+avec\s+(?:des|les|un|une|leurs?|ses)\s+(?:commanditaires|trafiquants|"
    r"réseaux?|groupes?|gangs?|fournisseurs|grossistes|narcos|cartels?|clans?|complices|"
    r"associés)|comunicaci[oó]n\s+(?:\w+\s+)?con|"
    # "trabajaba en coordinación con socios en San Pedro Sula", "travaillait main dans la main
    # avec un réseau de Nantes"
    r"en\s+coordinaci[oó]n\s+con|in\s+coordination\s+with|en\s+coordination\s+avec|"
    r"main\s+dans\s+la\s+main|hand\s+in\s+hand|de\s+la\s+mano|"
    r"trabaj(?:a|aba|aban|ó|aron)\s+con|travaill(?:e|ait|aient|ent)\s+avec|"
    # "le réseau disposait de relais à Dakar", "con ramificaciones en Andalucía"
    r"relais|relays|ramificaci(?:ón|ones)|ramifications?|vertakkingen|"
    r"collabor\w+|colabor\w+|coopér\w+|cooperat\w+|cooper(?:a|aba|aban|ó)|"
    r"samen\s*werk\w*|werk(?:t|en|te|ten)\s+(?:\w+\s+){0,3}samen|"
    # "un conflit entre les trafiquants de Grenoble et ceux de Marseille", "a feud between
    # gangs from Eindhoven and Tilburg": rivals are tied too (only with "between")
    r"(?:conflits?|conflicts?|conflictos?|rivalit\w+|rivalr\w+|rivalidad\w*|rivaliteit|"
    r"guerres?|guerras?|oorlog|feuds?|vetes?|verband)(?=\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:entre|between|tussen)\s))(?!\w)",
    re.I,
)


@dataclass
class Leg:
    """A route leg between two places.

    Parameters
    ----------
    id
        Stable id from the two place ids and the kind.
    source, target
        The places (for a link, in order of mention).
    kind
        ``flow`` (drugs move from source to target) or ``link`` (a tie between groups).
    mode
        sea, land, air or unknown.
    evidence
        Sentences that state it; for a leg completed from context, the sentence that states
        the rest of it (none for a leg inferred from the whole article).
    inferred
        The tool inferred the leg; ``reason`` says why.
    length_km
        Length of the drawn geometry.
    geometry
        LineString or MultiLineString in (lon, lat).
    """

    id: str
    source: Place
    target: Place
    kind: str
    mode: str
    evidence: list[Evidence]
    inferred: bool = False
    reason: str = ""
    length_km: float = 0.0
    geometry: LineString | MultiLineString | None = None
    roles: dict[str, str] = field(default_factory=dict)
    relation: str = ""


# Dutch puts the verb last: "in Rijsel worden afgeleverd", "naar Drachten gebracht".
# (with its article: "in de haven van Rotterdam aangekomen")
_IN_BEFORE = re.compile(r"(?<!\w)(?:in|naar)\s+(?:de\s+|het\s+)?(?:wijk\s+|buurt\s+)?$", re.I)
_NL_ENTERED_AFTER = re.compile(r"\s+(?:(?:is|was|werd|zijn|waren)\s+)?binnen(?:gekomen|gebracht|"
                               r"gesmokkeld|komen|kwam|kwamen)(?!\w)", re.I)
_IN_ONLY_BEFORE = re.compile(r"(?<!\w)in\s+(?:de\s+|het\s+)?$", re.I)
# "uit China zijn binnengekomen": where it came from, not where it entered.
_OUT_OF_BEFORE = re.compile(r"(?<!\w)(?:uit|vanuit)\s+(?:het\s+|de\s+)?$", re.I)
# "in Guayaquil, in Ecuador, geladen": where the town is may come before the verb.
_NL_WHERE = (r"(?:\s*,\s*(?:in\s+)?(?:het\s+)?(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+)?"
             r"\s*,)?")
# ("Die lading was in Guayaquil, in Ecuador, verscheept": shipped from there; "naar Hamburg
# verscheept" is where it went)
_NL_LOADED_AFTER = re.compile(_NL_WHERE + r"\s+(?:(?:werd|was|is|zijn|werden)\s+)?"
                              r"(?:(?:in)?geladen|verscheept|ingescheept)(?!\w)", re.I)
_NL_RELOADED_AFTER = re.compile(_NL_WHERE + r"\s+(?:(?:werd|was|is|zijn|werden|worden)\s+)?"
                                r"(?:overgeladen|overgeslagen|doorgevoerd)(?!\w)", re.I)
_NL_MADE_AFTER = re.compile(
    _NL_WHERE + r"\s+(?:(?:werd|was|is|zijn|werden|wordt|worden)\s+)?(?:in)?"
    r"(?:gekocht|geproduceerd|vervaardigd|gemaakt|geteeld|gekweekt|opgehaald|besteld)(?!\w)",
    re.I)
_NL_DELIVERED_AFTER = re.compile(
    # ("voordat het in de Zeeuwse haven aanmeerde": a port word may come first)
    # ("dealers in Genk en Hasselt bevoorraad": the first of two towns too)
    # (or the town the place is in: "een verkooppunt in de Venningwijk in Kortrijk bevoorraad")
    _NL_WHERE + r"(?:\s+(?:en|in)\s+(?-i:[A-ZÀ-Ý])[\w'’-]+)?"
    r"(?:\s+haven)?\s+(?:(?:worden|werd|werden|wordt|zijn|is)\s+)?(?:af)?"
    r"(?:geleverd|gebracht|gelost|bezorgd|doorverkocht|verkocht|vervoerd|verscheept|"
    r"bevoorraad|beleverd|"
    # "per container vanuit Ecuador in de haven van Rotterdam aangekomen"
    r"opgeslagen|aangekomen|aangevoerd|gearriveerd|aangeland|aanmeerde|aanmeerden|aangemeerd|"
    r"binnenliep|binnengelopen)(?!\w)", re.I)


# Where a load is kept: "the Caboolture storage unit", "a stash house in Chula Vista", "un
# entrepôt à Oissel", "una nave en Coria", "een loods in Kallo".
_STASH_EN = (r"storage\s+(?:unit|facility|depot)|stash\s+(?:house|flat)|safe\s+(?:house|flat)|"
             r"warehouse|lock-?up")
_STASH_AFTER = re.compile(r"\s+(?:" + _STASH_EN + r")s?(?!\w)", re.I)
_STASH_BEFORE = re.compile(
    r"(?<!\w)(?:" + _STASH_EN + r"|"
    r"entrepôt|hangar|garage|box|almacén|bodega|nave\s+industrial|nave|"
    r"galpón|loods|opslag(?:plaats|ruimte)?|garagebox|bedrijfspand)s?\s+"
    r"(?:(?:loué|louée|alquilad[oa]|gehuurd\w*|rented|clandestin[oa]?|industrial)\s+)?"
    r"(?:in|at|near|à|au|de|d['’]|en|del|van|te|bij|op)\s+(?:the\s+|la\s+|le\s+|el\s+|het\s+)?$",
    re.I)
# After the lab's work: "Na extractie", "after extraction", "tras la extracción".
_PROCESSED = re.compile(r"(?<!\w)(?:na\s+(?:de\s+)?extractie|after\s+(?:the\s+)?extraction|"
                        r"après\s+(?:l['’])?extraction|tras\s+(?:la\s+)?extracción|"
                        r"once\s+extracted|une\s+fois\s+extraite?s?)(?!\w)", re.I)
# Where a load was cut and packed: "coupée et conditionnée dans un appartement de Vandœuvre",
# "cut and bagged at a flat in Kirkby", "cortada y empaquetada en un piso de Vallecas".
_PROCESSED_BEFORE = re.compile(
    r"(?<!\w)(?:coupée?s?|conditionnée?s?|cut|bagged|packaged|cortad[oa]s?|empaquetad[oa]s?|"
    r"dosificad[oa]s?|versneden|verpakt)\s+(?:[\w'’-]+\s+){0,4}?(?:dans|in|at|en|op)\s+"
    r"(?:un|une|a|an|een|el|la|le|the)\s+(?:appartement|flat|apartment|piso|departamento|"
    r"woning|maison|house|casa|local|garage)\s+(?:de|d['’]|du|in|en|à|at|te)\s*$", re.I)
# A name right after a cue word: the cue is that name's.
_OWN_NAME = re.compile(r"\s+(?:(?:de|del|du|des|d['’]|the|la|le|el|from|van|uit|het)\s+)?"
                       # ("From there, the loads were split at stash houses in Tempe": the cue
                       # is the place reached before)
                       r"(?:(?-i:[A-ZÀ-Ý])|(?:there|là|allí|ahí|daar|daaruit)(?!\w))", re.I)


# Sold to buyers of a place: where the drugs went, though the buyers are "from" there.
_SOLD_TO_BUYERS = re.compile(
    r"(?<!\w)(?:vend\w*\s+a|sold\s+to|selling\s+to|(?:re)?vendue?s?\s+à|verkocht\s+aan)\s+"
    r"(?:des\s+|the\s+|los\s+|de\s+)?(?:compradores|clientes|buyers|customers|dealers|"
    r"acheteurs|clients|kopers|klanten|afnemers)\s+(?:de|del|du|des|d['’]|from|in|en|uit|van)\s*"
    r"(?:the\s+|la\s+|el\s+|l['’]|het\s+)?(?:\w+\s+(?:de|del|of|van)\s+)?$|"
    # "naar Duitsland, met afnemers in Münster": buyers who are there
    r"(?<!\w)(?:met|with|avec|con)\s+(?:des\s+|de\s+|sus\s+|its\s+|their\s+|hun\s+|zijn\s+)?"
    r"(?:" + BUYER_WORDS + r")\s+(?:in|en|à|au|aux|dans)\s+(?:the\s+|la\s+|le\s+|el\s+|"
    r"l['’]|het\s+)?$",
    re.I,
)
# "about 50 miles from Florida", "à 30 km de Lyon", "a 20 kilómetros de", "op 10 km van".
_DISTANCE_FROM = re.compile(
    r"\d[\d.,]*\s*(?:km|kilom[eé]t\w*|(?:nautical\s+)?miles?|millas(?:\s+náuticas)?|"
    r"milles(?:\s+nautiques)?|zeemijl(?:en)?|kilometer)\s+(?:away\s+|off\s+)?"
    r"(?:from|de|d['’]|del|du|van|desde)\s*(?:the\s+|la\s+|le\s+|l['’]|el\s+|het\s+)?$",
    re.I,
)


def _on_the_way(origin: Place, stop: Place, end: Place) -> bool:
    """Whether a stop may lie between two places (a detour of half the trip and 500 km)."""
    return _km(origin, stop) + _km(stop, end) <= 1.5 * _km(origin, end) + DETOUR_KM


#: A detour any trip may make (a port, a border crossing off the straight line).
DETOUR_KM = 500.0


def _on_island(town: Place, island: Place) -> bool:
    """Whether a town lies on a curated island (near its point, same country)."""
    return (island.gazetteer_id.startswith(ISLAND_ID)
            and town.country_code == island.country_code
            and town.feature_type in {"city", "port", "neighbourhood", "other"}
            and _km(town, island) < ISLAND_KM)


#: How far from an island's point its towns may lie (Port of Spain is 36 km from Trinidad's).
ISLAND_KM = 80.0


def _role_of(text: str, sent_start: int, m: PlaceMention) -> str:
    """The role a cue right before a mention gives it; the nearest cue wins."""
    window = text[max(sent_start, m.start - 80) : m.start]
    if _IN_ONLY_BEFORE.search(window) and _NL_LOADED_AFTER.match(text, m.end):
        return "loading"  # "De container was in Guayaquil geladen"
    if (_IN_BEFORE.search(window) and _NL_DELIVERED_AFTER.match(text, m.end)) or (
            _NL_ENTERED_AFTER.match(text, m.end) and not _OUT_OF_BEFORE.search(window)):
        # "moest uiteindelijk in Rijsel worden afgeleverd", "via Hamburg Nederland
        # binnengekomen"
        return "destination"
    if _IN_ONLY_BEFORE.search(window) and _NL_RELOADED_AFTER.match(text, m.end):
        return "transit"  # "waar ze in Kleef werden overgeladen"
    if _IN_ONLY_BEFORE.search(window) and _NL_MADE_AFTER.match(text, m.end):
        return "origin"  # "werd in Hamburg ingekocht", "in Limburg geproduceerd"
    if ((text[m.start : m.start + 1].islower() and _DRUG_BEFORE.search(window)) or (
            text[m.end - 2 : m.end] == "se" and _DRUG_AFTER.match(text, m.end))) and not (
            _MARKET_OF.search(window)):
        # "l'héroïne afghane", "la cocaína colombiana", "Colombiaanse cocaïne" (but "los
        # mercados de la marihuana paraguaya en Brasil": where it is sold)
        return "origin"
    # (where a load is kept, when no cue says more: "jusqu'à un hangar loué à Grand-Couronne"
    # is where it went)
    stash = "stash" if _STASH_AFTER.match(text, m.end) or _STASH_BEFORE.search(window) or (
        _PROCESSED_BEFORE.search(window)) else ""
    if _SOLD_TO_BUYERS.search(window):
        return "destination"  # "se vendía a compradores del conurbano de Buenos Aires"
    if not _ANY_CUE.search(window) or PERSON_FROM.search(window) or _DISTANCE_FROM.search(window):
        # ("lying about 50 miles from Florida": a distance, not where drugs came from)
        return stash
    if _ATTRIBUTION_BEFORE.search(window):
        return ""  # "… pour Portsmouth, a annoncé le parquet de Caen": who speaks
    best: tuple[int, int, str] | None = None
    for rank, (role, pat) in enumerate(ROLE_CUES):
        if rank >= 5 and best is not None and best[0] == 1:
            break  # a strict cue (right before the name) beats any loose one
        found = pat.search(window)
        if found is None:
            continue
        loose = rank >= 5  # strict cues (right before the name) beat loose ones
        cue = _ANY_CUE.match(window, found.start()) if loose else None
        if cue is not None and _OWN_NAME.match(window, cue.end()):
            # "llegaron desde China al puerto de Manzanillo": "desde" has its own place
            continue
        if loose and (_ARRESTED.search(window, found.start() + 3) or _SEIZED.search(
                window, found.start() + 3)):
            # "une passeuse arrivée de São Paulo avait été interpellée à Genève": where she
            # was arrested, not where she came from
            continue
        key = (0 if loose else 1, found.start())
        if best is None or key > best[:2]:
            best = (*key, role)
    return best[2] if best else stash


def _mode(sentence: str, source: Place, target: Place) -> str:
    if _AIR.search(sentence):
        return "air"
    if _SEA.search(sentence) or (source.port and target.port):
        return "sea"
    if _LAND.search(sentence):
        return "land"
    return "unknown"


# "le parquet de Strasbourg", "the Rotterdam police", "la Fiscalía de Almería": who speaks.
_ATTRIBUTION_BEFORE = re.compile(
    r"(?<!\w)(?:parquet|tribunal|procureur|préfecture|police|polices|gendarmerie|douanes?|"
    r"fiscalía|juzgado|audiencia|policía|guardia\s+civil|prosecutors?|court|politie|parket|"
    r"rechtbank|openbaar\s+ministerie)\s+(?:\w+\s+)?(?:de\s+la|de\s+l['’]|de|du|d['’]|of|van|"
    r"del|in)\s*(?:the\s+)?$",
    re.I,
)


def _attributed_anaphor(text: str, sent_start: int, here: list[PlaceMention],
                        first_stop: int) -> bool:
    """An anaphor before the first stop, after places that only name who speaks."""
    found = _DRUG_ANAPHOR.search(text, sent_start, first_stop)
    if found is None or found.group().lower() in _ADVERBS:
        return False
    return all(_ATTRIBUTION_BEFORE.search(text, max(sent_start, m.start - 40), m.start)
               for m in here if m.start < found.start())


_ADVERBS = frozenset({"then", "ensuite", "puis", "luego", "después", "posteriormente",
                      "daarna", "vervolgens", "nadien"})


def _km(a: Place, b: Place) -> float:
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _is_water(p: Place) -> bool:
    return p.feature_type == "region" and bool(_WATER.search(p.name))


@dataclass
class _Chain:
    """Where the drugs of a sentence come from, pass through and go to."""

    origins: list[Place] = field(default_factory=list)
    transits: list[Place] = field(default_factory=list)
    destinations: list[Place] = field(default_factory=list)
    #: The destination is where the story is (its port, its town), not a stop the sentence
    #: names: a sentence that goes on to tell the trip starts again from the origin.
    end_from_context: bool = False
    #: The destination is only where the drugs were found: a sentence that tells how they got
    #: there ("La marchandise franchissait la frontière au Boulou") does not start from it.
    found: bool = False
    #: Where the network of the story is, when the sentence only told where it bought: the
    #: end of the trip unless the next sentence tells it.
    home_end: Place | None = None
    #: A branch from the same start as the chain before it ("via Aken, en voor de Britse
    #: markt"): when that start is found later, it is this one's too.
    shares_start: bool = False
    #: Ends the tool took from the story, not from the text: the story's town where a
    #: share-out in its region starts, the lab a load told arriving went to.
    untold: list[Place] = field(default_factory=list)

    def edges(self) -> list[tuple[Place, Place]]:
        origins = _most_specific(self.origins)
        # A sea named as where the drugs go is a waypoint, not an end ("… towards the
        # Mediterranean"): it is not drawn as a destination.
        dests = _most_specific([d for d in self.destinations if not _is_water(d)])
        # "crossed France, took a ferry from Calais": a country around an end is not a stop
        transits = _most_specific([t for t in self.transits if not _is_water(t) and not any(
            contains(t, e) for e in origins + dests)])
        hops: list[tuple[Place, Place]] = []
        if transits:
            hops += [(o, transits[0]) for o in origins]
            hops += list(pairwise(transits))
            hops += [(transits[-1], d) for d in dests]
        else:
            hops += [(o, d) for o in origins for d in dests]
        return [(a, b) for a, b in hops
                if a.id != b.id and not contains(a, b) and not contains(b, a)]


def _is_port(p: Place) -> bool:
    """A sea port or an airport: where drugs from abroad enter a country."""
    return p.feature_type == "port" or is_airport(p)


def _world_region(p: Place) -> bool:
    """A continent or a region spanning several countries ("Europe", "West Africa")."""
    return p.feature_type == "continent" or (p.feature_type == "region" and not p.country_code)


def _most_specific(places: list[Place]) -> list[Place]:
    """Drop places that contain another of the list (South America ⊃ Colombia)."""
    out: list[Place] = []
    for p in places:
        if any(contains(p, o) for o in places if o is not p) or any(o.id == p.id for o in out):
            continue
        out.append(p)
    return out


_NOT_A_STOP = re.compile(
    r"\s+(?:buyers?|traffickers?|cartels?|gangs?|nationals|authorities|officials|citizens|"
    r"clients?|customers?|partners?|acheteurs?|trafiquants?|clients?|partenaires?|"
    r"compradores?|narcos|narcotraficantes|socios|kopers?|afnemers?|handelaren|"
    # "aboard a vessel subject to U.S. jurisdiction", "remis à la justice française"
    r"jurisdiction|courts?|justice|law|laws|juridiction|jurisdicción|justicia|tribunales|"
    # "vlak bij de Franse grens", "near the French border": a landmark, not a stop
    r"grens|border|frontera)(?!\w)",
    re.IGNORECASE,
)
# "naar een opslagplaats in Paal, een deelgemeente van Beringen,": where the stop lies, not
# another stop.
_PART_OF_BEFORE = re.compile(
    r",\s*(?:(?:een|a|an|une?|una?|the|la|le|el)\s+)?(?:[\w-]+\s+)?(?:deelgemeente|"
    r"gemeente|wijk|stadsdeel|dorp|suburb|district|neighbou?rhood|village|town|part|commune|"
    r"quartier|localité|section|ville|barrio|municipio|localidad|pueblo|colonia|pedanía|"
    r"parroquia|distrito)\s+(?:van|bij|in|of|near|outside|de|du|des|d['’]|près\s+de|del|"
    r"cerca\s+de)\s*(?:the\s+|la\s+|le\s+|l['’]|el\s+|het\s+)?$", re.IGNORECASE)
# "Una vez en Puerto Montt, la droga era fraccionada": where the load had got to.
_ONCE_IN = re.compile(r"[\s\"'«“—-]*(?:una\s+vez\s+en|once\s+in|une\s+fois\s+(?:à|au|en)|"
                      r"eenmaal\s+in)\s+(?:el\s+|la\s+|the\s+|le\s+|l['’])?", re.I)
_AT_OPENING = re.compile(r"[\s\"'«“—-]*(?:à|au|in|en|op)\s+", re.IGNORECASE)
_IT_AFTER = re.compile(
    r"\s*,\s*(?:elles?|ils|they|it|ellas?|ze|zij|(?:la|the|de|le|les|el|las|los)\s+"
    r"(?:drogue|drugs?|droga|marchandise|cocaïne|cocaine|cocaína|cargaison|cargamento|"
    r"résine|heroin|héroïne|heroína|lading|partij))(?!\w)", re.IGNORECASE)
# "De oogst werd over de grens gebracht naar Rijsel": what the plantation grew.
_HARVEST = re.compile(r"(?<!\w)(?:oogst(?:en)?|harvests?|récoltes?|cosechas?)(?!\w)", re.I)
# "instead of overland through Iran and Turkey", "plutôt que par l'Espagne": not the way.
_INSTEAD = re.compile(r"(?<!\w)(?:instead\s+of|rather\s+than|plutôt\s+que|au\s+lieu\s+de|"
                      r"en\s+lugar\s+de|en\s+vez\s+de|in\s+plaats\s+van)(?!\w)", re.IGNORECASE)
# "près de la frontière française": the same, the adjective after its noun.
_BORDER_BEFORE = re.compile(r"(?<!\w)(?:frontière|frontera|fronteira)\s+$", re.IGNORECASE)


# Where drugs were meant to go, told after they were found: "moest naar", "devait", "iba a".
_MEANT = re.compile(
    r"(?<!\w)(?:moest(?:en)?|zou(?:den)?|devai(?:t|ent)|was\s+to|were\s+to|(?:was|were)\s+"
    # ("was allegedly destined for buyers in Lusaka")
    r"(?:[a-z]+ly\s+)?(?:due|meant|bound|headed|destined)|iba(?:n)?\s+a|deb(?:ía|ían)|tenía\s+como\s+destino|"
    r"destinad[oa]s?|bestemd|destinée?s?|bound\s+for|meant\s+for|intended\s+for|"
    r"(?:à|con)\s+destin\w+)(?!\w)", re.I)
_ARRIVED = re.compile(
    r"(?<!\w)(?:había\s+llegado|llegó|llegaron|habían\s+llegado|had\s+arrived|arrived|"
    r"était\s+arrivée?s?|est\s+arrivée?s?|étaient\s+arrivée?s?|sont\s+arrivée?s?|"
    r"was\s+aangekomen|waren\s+aangekomen|kwam(?:en)?\s+aan)(?!\w)",
    re.IGNORECASE,
)


# "crossed into", "entered", "cruzó a", "entró en", "passée en", "binnengebracht in": a border.
_INTO_COUNTRY = re.compile(
    r"(?<!\w)(?:cross(?:ed|es|ing)?|smuggled|entered|entering|brought|moved|cruz(?:ó|aron|aba|"
    r"aban|ar|ado|ada)|entr(?:ó|aron|aba|aban|ar|ada|ado)|ingres(?:ó|aron|aba|aban|ar|ado|ada)|"
    r"introducid[oa]s?|pass(?:ée?s?|ait|aient|er)|entrée?s?|introduite?s?|franchi\w*)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:into|in|en|a|al|à|au|aux|naar)\s+(?:the\s+|la\s+|le\s+|l['’]|"
    r"el\s+|los\s+|les\s+)?$", re.I)
# "… at the World Trade Bridge in", "por el puente de", "par le poste de": where a border is
# crossed, the town last.
_CROSSED_AT = re.compile(
    r"(?<!\w)(?:at|in|near|por|en|par|à|au|bij|via|through)\s+(?:the\s+|el\s+|la\s+|le\s+|"
    r"l['’]|de\s+)?$", re.I)


# Put in the vehicle or its hiding place: "packed into", "hidden in", "cargada en".
_PACKED = re.compile(r"(?<!\w)(?:packed|loaded|hidden|concealed|stashed|stowed|cach[ée]e?s?|"
                     r"dissimulée?s?|chargée?s?|cargad[oa]s?|escondid[oa]s?|ocult[oa]s?|"
                     r"verstopt|geladen)(?!\w)", re.I)
_IN_AT = re.compile(r"(?<!\w)(?:in|at|en|à|au|op|bij)\s+$", re.I)
# A lowercase word between "a"/"to" and the name: "a pistas clandestinas de La Mosquitia".
_WORD_BEFORE_NAME = re.compile(
    r"^\s+\S+\s+(?:(?:la|el|le|les|los|las|the|de|het)\s+|l['’])?"
    r"(?!(?:la|el|le|les|los|las|the|de|het)\s)(?-i:[a-zà-ÿ])", re.I)
# "y finalmente", "and finally", "et enfin", "en uiteindelijk": one more stop after the last.
_AND_FINALLY = re.compile(r"^\s*,?\s*(?:y|and|et|en)\s+(?:finalmente|por\s+último|finally|"
                          r"eventually|enfin|finalement|uiteindelijk|ten\s+slotte)\s*,?\s*"
                          r"(?:(?:a|al|à|au|aux|en|to|into|naar|hacia|vers)\s+)?"
                          r"(?:the\s+|la\s+|le\s+|les\s+|l['’]|el\s+|los\s+|de\s+|het\s+)?$",
                          re.I)
# ", en Omoa", ", à Rekem", ", in Lukeville": the town a border crossing is in.
_TOWN_OF_CROSSING = re.compile(r"^\s*,\s*(?:en|à|in|bij|dans)\s+$", re.I)
_CROSSING_BEFORE = re.compile(
    r"(?:pasos?\s+fronterizos?|puestos?\s+fronterizos?|postes?[-\s]frontières?|border\s+"
    r"(?:crossings?|posts?)|grensovergang|garita|péage|peaje|toll\s+plaza)\s+(?:de\s+la\s+|"
    r"de\s+|del\s+|du\s+|d['’]|of\s+|at\s+|bij\s+|van\s+)?$", re.I)
#: How far a border crossing lies from the town it is told to be in.
CROSSING_TOWN_KM = 60.0
#: How far from a curated region's point its towns lie (such regions have no outline).
REGION_KM = 35.0


def _holds(outer: Place, inner: Place) -> bool:
    """``contains``, and a curated region of one country holding the towns near its point."""
    if contains(outer, inner):
        return True
    # "vers la Champagne, où elle devait alimenter les points de vente … d'Épernay"
    return outer.feature_type == "region" and bool(outer.country_code) and (
        inner.feature_type in {"city", "port", "neighbourhood"}) and (
        inner.country_code == outer.country_code) and _km(outer, inner) < REGION_KM


# ", die", ", who", ", qui", ", quien": a clause about the supplier just named.
_WHO_GOT = re.compile(r"^\s*,\s*(?:die|who|qui|quien|quienes|el\s+cual|la\s+cual)\s", re.I)
# …telling how it got its own supply: "aangevoerd kreeg", "received", "recevait".
_GOT = re.compile(r"(?<!\w)(?:kreeg|kregen|ontving|ontvingen|received|receives|got|obtained|"
                  r"recevait|recevaient|reçoit|recibía|recibían|recibe|recibió|obtenía)(?!\w)",
                  re.I)


def _crossing_point(text: str, before: list[PlaceMention], chain: _Chain, m: PlaceMention,
                    between: str) -> bool:
    """Whether ``m`` is the town where the trip crossed into the country it just reached."""
    if not chain.destinations or len(between) > 90 or not _CROSSED_AT.search(between):
        return False
    country = chain.destinations[-1]
    if country.feature_type != "country" or m.place.feature_type not in {"city", "port", "other"}:
        return False
    if m.place.country_code != country.country_code or _THEN.search(between) or (
            any(c in between for c in ";.")):
        return False
    told = [b for b in before if b.place.id == country.id]
    return bool(told) and bool(_INTO_COUNTRY.search(
        text, max(0, told[-1].start - 40), told[-1].start))


# "…taken back to Peterborough, where the drugs were stored at a house in Millfield": a stash
# in the town just reached, not a stop after it.
_DWELLING_BEFORE = re.compile(
    r"(?<!\w)(?:flat|house|home|address|property|apartment|appartement|maison|logement|studio|"
    r"vivienda|casa|domicilio|piso|departamento|woning|huis|flatje)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:in|at|on|à|au|en|de|du|op|of)\s+(?:la\s+|le\s+|the\s+|el\s+|l['’])?$", re.I)


# "the Mexican state of Chiapas", "el estado mexicano de Chiapas", "l'État mexicain du Chiapas":
# the country names where the next place is, it is not a stop of its own.
_OF_THE_NEXT = re.compile(r"\s+(?:[\w-]+\s+)?(?:of|de|del|du|van)\s+(?:the\s+|la\s+|l['’])?$",
                          re.I)


def _qualifies_next(text: str, k: int, here: list[PlaceMention]) -> bool:
    """Whether mention ``k`` only says which country the next mention is in."""
    if k + 1 >= len(here):
        return False
    m, nxt = here[k], here[k + 1]
    return m.place.feature_type == "country" and contains(m.place, nxt.place) and (
        nxt.start - m.end <= 20) and bool(_OF_THE_NEXT.fullmatch(text, m.end, nxt.start))


def _stash_in_town(text: str, m: PlaceMention, here: list[PlaceMention]) -> bool:
    """A quarter drawn at its town's point, named as a dwelling's, after its town."""
    return is_placed_at_town(m.place) and bool(
        _DWELLING_BEFORE.search(text, max(0, m.start - 50), m.start)) and any(
        o.place.name == m.place.parent and o.start < m.start for o in here)


def _flows_in(
    text: str, sent_start: int, here: list[PlaceMention], carry: _Chain | None,
    near: bool = True, entry_port: Place | None = None, home: Place | None = None,
    lab: Place | None = None, fresh_port: bool = False,
) -> tuple[list[tuple[Place, Place]], _Chain, list[tuple[Place, Place]]]:
    """Flows stated in one sentence; ``carry`` is the previous sentence's chain.

    ``near`` says the carried chain is from the same paragraph; from an earlier paragraph it
    is only taken up by an anaphor ("The drugs…", "From there…"). ``entry_port`` is the last
    port the article named in a drug sentence: where drugs that arrive from abroad come in;
    ``fresh_port`` says it was named after the carried chain (the container found there is
    what "the container" of this sentence is).
    ``home`` is the article's main place, where "the network" of the story is; ``lab`` the
    last place the article put a drug lab or plantation.

    Returns the flows, the sentence's chain, and flows of the previous sentence that this one
    refines (a transit stated afterwards: "la cargaison avait transité par Colón").
    """
    here = [m for m in here if not _stash_in_town(text, m, here)]
    # "the Mexican state of Chiapas": one mention of Chiapas, from "Mexican" on
    here = [PlaceMention(here[k + 1].place, m.start, here[k + 1].end, m.nested)
            if _qualifies_next(text, k, here) else m for k, m in enumerate(here)
            if not (k > 0 and _qualifies_next(text, k - 1, here))]
    chains = [_Chain()]
    last_role, last_end = "", -1
    unassigned: list[PlaceMention] = []
    dest_tail = -1  # the end of the place a destination was located by
    paired_to = -1  # the place a "from … to" pair goes to
    stashed = False  # the last place was where the load told before was kept, and left from
    held_at: Place | None = None  # "À Arras, elle…": where the sentence finds the load
    for k, m in enumerate(here):
        not_a_stop = _NOT_A_STOP.match(text, m.end)
        if not_a_stop is not None and m.place.feature_type in {"city", "port"} and re.fullmatch(
                r"\s+(?:grens|border|frontera)", not_a_stop.group(), re.I):
            not_a_stop = None  # "entering Ghana through the Aflao border": the town's crossing
        if not_a_stop is not None or _is_water(m.place) or _BORDER_BEFORE.search(
                text, max(sent_start, m.start - 12), m.start):
            # "handed over to Mexican buyers", "the Pacific port of Manzanillo", "avant de
            # traverser l'Atlantique": people, a qualifier, or the sea crossed; not a stop
            continue
        if 0 <= m.start < last_end:
            unassigned.append(m)  # "East Riding of Yorkshire": a name inside the last one
            continue
        instead = _INSTEAD.search(text, max(sent_start, m.start - 60), m.start)
        if instead is not None and not re.search(r"[;:]|,\s", text[instead.end() : m.start]):
            unassigned.append(m)  # "by sea to East Africa instead of overland through Iran"
            continue
        if last_end >= 0 and _PART_OF_BEFORE.search(text, last_end, m.start):
            unassigned.append(m)  # "in Paal, een deelgemeente van Beringen,": where it lies
            continue
        if _CASH_TO.search(text, max(sent_start, m.start - 40), m.start):
            unassigned.append(m)  # "… and sent cash south to Culiacán": money, not the drugs
            continue
        if k == 0 and ((_AT_OPENING.fullmatch(text, sent_start, m.start) and _IT_AFTER.match(
                text, m.end)) or _ONCE_IN.fullmatch(text, sent_start, m.start)):
            # "À Arras, elle était coupée puis livrée à des revendeurs de Lens": where the load
            # is, and from where it goes on
            chains[-1].origins.append(m.place)
            held_at = m.place
            last_role, last_end = "origin", m.end
            continue
        between = text[last_end:m.start] if last_end >= 0 else ""
        onward = False
        if last_end >= 0 and _CONTRAST.search(between) and (
                chains[-1].origins or chains[-1].transits or chains[-1].destinations):
            # "… trucked down the N1 to Cape Town, while the precursors were imported from
            # India": another load, not the next stop
            chains.append(_Chain())
            last_role = ""
        elif last_end >= 0 and _THE_REST.search(between) and chains[-1].destinations:
            # "to ship part of the drugs by boat to Zanzibar and to move the rest by road
            # through Mozambique to South Africa": the rest goes its own way, from the start
            chains.append(_Chain(origins=list(chains[-1].origins), shares_start=True))
            last_role = ""
        if last_end >= 0 and _FROM_THERE.search(between) and chains[-1].destinations:
            chains.append(_Chain(origins=[chains[-1].destinations[-1]]))
            onward = True  # "hasta Madrid, desde donde… a Francia": the next place is reached
        if last_end >= 0 and (_LOCATOR.match(between) or (
                _IN_REGION.match(between) and m.place.feature_type in {"admin", "region"}
                and (between.strip() != "," or contains(m.place, here[k - 1].place)
                     # "at Port of Spain, Trinidad": the island the town is on
                     or _on_island(here[k - 1].place, m.place))) or (
                # "hasta el puerto de Montevideo, en Uruguay, desde donde…": the country of the
                # stop just named
                _IN_REGION.match(between) and m.place.feature_type == "country"
                and here[k - 1].place.feature_type in {"city", "port", "neighbourhood", "other"}
                and contains(m.place, here[k - 1].place)) or (
                # "to Bridlington in the East Riding of Yorkshire": the division a town is in
                _IN_DIVISION.match(between) and m.place.feature_type == "admin"
                and here[k - 1].place.feature_type in {"city", "port", "neighbourhood"}
                and here[k - 1].place.country_code == m.place.country_code) or (
                # "por el paso fronterizo de Corinto, en Omoa": the town of a border crossing
                # (or of a port)
                _TOWN_OF_CROSSING.match(between) and m.place.feature_type == "city"
                and here[k - 1].place.country_code == m.place.country_code
                and (_CROSSING_BEFORE.search(text, max(sent_start, here[k - 1].start - 30),
                                             here[k - 1].start)
                     # "hasta el puerto de Paita, en Piura, desde donde…": the port's town
                     or _AT_PORT.search(text[max(sent_start, here[k - 1].start - 30)
                                             : here[k - 1].start]))
                and _km(here[k - 1].place, m.place) < CROSSING_TOWN_KM) or (
                # "in de Venningwijk in Kortrijk": the town a quarter is in
                _IN_DIVISION.match(between) and here[k - 1].place.feature_type == "neighbourhood"
                and contains(m.place, here[k - 1].place))):
            # "in Germiston, east of Johannesburg", "jusqu'à Sevran, en Seine-Saint-Denis":
            # where the stop is, not another stop.
            prev = here[k - 1].place
            if _NEAR_LOCATOR.match(between) and prev.feature_type in {"country", "region"} and (
                    m.place.feature_type in {"city", "port"} and contains(prev, m.place)):
                # "salido de la costa pacífica de Colombia, cerca de Tumaco": the town the
                # country's coast is told by is the more precise stop
                for stops in (chains[-1].origins, chains[-1].transits, chains[-1].destinations):
                    stops[:] = [m.place if p is prev else p for p in stops]
                continue
            unassigned.append(m)
            if prev in chains[-1].destinations:
                dest_tail = m.end  # ("llegar a Amberes, en Bélgica, tras una escala en…")
            continue
        refines = False
        if last_role and _COORD.match(between) and not (
                # "sailed from Guayaquil, Ecuador, to the Seaforth terminal": a new cue
                last_role in {"origin", "loading"} and _TO_WORD.search(between)):
            role = last_role  # "vanuit Bolivia en Paraguay": the cue before Bolivia holds
        else:
            role = _role_of(text, sent_start, m)
            if role == "same":
                role, refines = last_role, True
        if onward and role in {"origin", ""}:
            role = "destination"
        if role == "" and last_role == "destination" and _AND_FINALLY.match(between):
            role = "destination"  # "hacia México y finalmente Estados Unidos": the next stop
        if role in {"", "stash"} and k == paired_to:
            role = "destination"  # "desde Venezuela a pistas clandestinas de La Mosquitia"
        to_next = _TO_NEXT.match(text, m.end) if k + 1 < len(here) else None
        from_word = _FROM_BEFORE.search(text, max(sent_start, m.start - 12), m.start)
        if to_next is not None and from_word is not None and (
                here[k + 1].start <= to_next.end() - 1 < here[k + 1].end) and (
                to_next.group(1).lower()[:2] in _FROM_TO.get(from_word.group(1).lower()[:2], ())
        ) and not _DESCRIPTOR_OF.search(text, max(sent_start, m.start - 30), m.start):
            # "llevaba cocaína de Bolivia a Chile", "from Lagos to Lisbon" (but "via de haven
            # van Antwerpen naar Nederland": the port's name)
            role = "origin"
            # (the place after "a pistas clandestinas de" has no cue of its own; but "de
            # Saint-Martin-d'Hères à Fontaine" may tell how far something spreads)
            paired_to = k + 1 if _WORD_BEFORE_NAME.search(to_next.group()) else -1
            if chains[-1].destinations:
                chains.append(_Chain())
        if (role == "stash" and not chains[-1].origins and not chains[-1].transits
                and not chains[-1].destinations and carry is not None and near
                and carry.destinations and carry.destinations[-1].id != m.place.id
                and _DRUG_ANAPHOR.search(text, sent_start, m.start)
                # (not the drug made of precursors told before: "Una vez terminada, la droga
                # era concentrada en bodegas de Culiacán")
                and not _PRECURSORS.search(text, max(0, sent_start - 300), sent_start)):
            # "[… stockée dans un garage loué à Laxou.] Elle était ensuite coupée et
            # conditionnée dans un appartement de Vandœuvre, puis revendue…": the next stop
            # of the trip told, and where the next leg starts
            chains[-1].origins = [carry.destinations[-1]]
            chains[-1].destinations.append(m.place)
            chains.append(_Chain(origins=[m.place]))
            last_role, last_end, stashed = "destination", m.end, True
            continue
        if stashed and role == "destination" and _COORD.match(between):
            # "the loads were broken down at stash houses in Oak Cliff and Pleasant Grove and
            # sold to…": one more place where it was kept, and left from
            chains[-2].destinations.append(m.place)
            chains[-1].origins.append(m.place)
            last_end = m.end
            continue
        stashed = False
        if role == "stash":
            # "the Caboolture storage unit … before the drugs were trucked to Brisbane": where
            # the load waits is where the next leg starts, or where the last one ended
            role = "destination" if chains[-1].origins or chains[-1].transits else "origin"
        if role == "loading":
            # "originaire du Paraguay, chargée à Montevideo": loaded after it was produced
            role = "transit" if chains[-1].origins else "origin"
        if role == "origin":
            following = here[k + 1] if k + 1 < len(here) else None
            if refines and chains[-1].origins and not chains[-1].transits and not (
                    chains[-1].destinations):
                # "achetée en Seine-Saint-Denis, principalement auprès d'un grossiste
                # d'Aubervilliers": where in it
                chains[-1].origins = [m.place]
            elif chains[-1].transits and not chains[-1].destinations and not (
                    last_role == "origin" and _COORD.match(between)) and not (
                    # "via de haven van Rotterdam uit China binnengekomen": Dutch order
                    _NL_ENTERED_AFTER.match(text, m.end)) and (
                    following is not None
                    and _role_of(text, sent_start, following) == "destination"):
                # "The lorry crossed France, took a ferry from Calais to Dover": the trip
                # reached Calais, and the next leg starts there.
                chains[-1].destinations.append(m.place)
                chains.append(_Chain(origins=[m.place]))
            elif (chains[-1].origins and not chains[-1].transits and not chains[-1].destinations
                  and last_role == "origin" and not _COORD.match(between)
                  and not _AND_MORE.match(between)
                  and not any(_world_region(o) for o in chains[-1].origins)
                  and not any(contains(o, m.place) or contains(m.place, o)
                              for o in chains[-1].origins)):
                # "produite au Maroc, remontait d'Espagne": made there, then on from here
                if (m.place.feature_type == "country" or _world_region(m.place)) and all(
                        o.feature_type in {"city", "port"} for o in chains[-1].origins):
                    # "opgehaald bij contacten in Antwerpen, die de drugs uit containers uit
                    # Ecuador lieten halen": the country told second is where it came from
                    chains[-1].transits, chains[-1].origins = chains[-1].origins, [m.place]
                else:
                    chains[-1].transits.append(m.place)
            elif chains[-1].destinations and last_role == "destination" and _THEN.search(
                    text, last_end, m.start):
                # "… a Santo Domingo, donde … contenedores que salían desde el puerto de Haina
                # con destino a Barcelona": another leg, from there
                chains.append(_Chain(origins=[m.place]))
            else:
                chains[-1].origins.append(m.place)
        elif role == "transit" and chains[-1].origins and not chains[-1].transits and not (
                chains[-1].destinations) and _WHO_GOT.match(between) and _GOT.search(
                text[m.end : m.end + 60].split(".")[0] + " " + between):
            # "bij een groothandelaar in Roermond, die de drugs zelf via de haven van Rotterdam
            # aangevoerd kreeg": how the supplier got it, before the trip told
            chains[-1] = _Chain(origins=[m.place], destinations=list(chains[-1].origins))
        elif role == "transit":
            last_dest = max((x.end for x in here if x.place in chains[-1].destinations),
                            default=-1)
            if dest_tail > last_dest and dest_tail < m.start:
                last_dest = dest_tail
            if chains[-1].destinations and chains[-1].origins and m.start > last_dest and (
                    _AND_VIA.match(text, last_dest, m.start)):
                # "se repartía hacia Madrid y, a través de Irun, hacia Bayona": another branch
                # from the same place
                chains.append(_Chain(origins=list(chains[-1].origins)))
            elif chains[-1].destinations and m.start > last_dest and (_THEN.search(
                    text, last_dest, m.start) or _NEXT_LEG.match(text, last_dest, m.start)) and (
                    # ("enviada a Chicago en tractocamiones que cruzan la frontera por Piedras
                    # Negras": the way there, told after it)
                    not _WAY_THERE.search(text, last_dest, m.start)) and not (
                    # ("bestemd voor Australië en werd … verstuurd via de luchthaven van Luik":
                    # where it was meant to go, then the way there, the last place told)
                    k == len(here) - 1 and not _THEN.search(text, last_dest, m.start)
                    and _MEANT.search(text, max(sent_start, last_dest - 60), last_dest)):
                # "… vers Gao, puis de traverser le Sahara en direction de l'Europe": a stop
                # on the next leg; but "a flight to Paris via Addis Ababa" stops on the way.
                chains.append(_Chain(origins=list(chains[-1].destinations)))
            if last_role == "transit" and chains[-1].transits and (
                    chains[-1].transits[-1].feature_type == "country") and (
                    m.place.feature_type in {"city", "port", "other"}) and (
                    _CROSSED_BY.match(between)) and not contains(chains[-1].transits[-1],
                                                                 m.place):
                # "para cruzarlo a Estados Unidos por Nogales", "crossed into the US at
                # Nogales": the crossing point comes before the country it leads into
                chains[-1].transits.insert(len(chains[-1].transits) - 1, m.place)
            else:
                chains[-1].transits.append(m.place)
        elif role == "destination":
            if last_role == "transit" and chains[-1].destinations and (
                    _SPLIT.search(between) or _AND_TO.match(between)):
                # "bestemd voor afnemers in Duitsland, via Aken, en voor de Britse markt": the
                # way to the first destination, then another destination from the same start
                chains.append(_Chain(origins=list(chains[-1].origins), shares_start=True))
            elif chains[-1].destinations and not (last_role and _COORD.match(between)) and not (
                    refines) and not (  # "vers la région parisienne, notamment en Seine-…"
                    last_role == "destination" and (
                        _SPLIT.search(between) or _AND_TO.match(between)
                        # "revendue au Haut-du-Lièvre, dans le quartier des Nations et à
                        # Lunéville": one more place of the list
                        or _LIST_LOCATIVE.match(between)
                        # "supplying users in Coalville before extending its reach to
                        # Skegness": the same line, one more market
                        or _EXTENDED.search(between))) and not (
                    # "naar Duitsland, met afnemers in Münster": where in it, not a next stop
                    last_role == "destination" and _holds(chains[-1].destinations[-1],
                                                          m.place)):
                # ("vers Ajaccio, l'autre vers Porto-Vecchio": two destinations of one leg)
                # "… hasta México, antes de cruzar la frontera hacia Estados Unidos": the next
                # stop after the last one, not a second destination of the same leg.
                chains.append(_Chain(origins=list(chains[-1].destinations)))
            if (home is not None and m.place.feature_type in {"region", "admin"}
                    and home.feature_type in {"city", "port"} and contains(m.place, home)
                    and _PORT_AFTER.match(text, m.end)):
                # "voordat het in de Zeeuwse haven aanmeerde": the port of the story's town
                chains[-1].destinations.append(home)
            else:
                chains[-1].destinations.append(m.place)
        elif _crossing_point(text, here[:k], chains[-1], m, between):
            # "crossed into the United States … at the World Trade Bridge in Laredo": the
            # trip reached the country at that town
            chains[-1].destinations[-1] = m.place
            role = "destination"
        else:
            unassigned.append(m)
        last_role, last_end = role, m.end
    first = chains[0]
    if held_at is not None and carry is not None and near and first.origins == [held_at] and (
            carry.destinations or carry.transits):
        reached_at = (carry.destinations or carry.transits)[-1]
        if reached_at.id != held_at.id and not contains(reached_at, held_at) and not contains(
                held_at, reached_at) and not (
                # ("[… sur des vols à destination de Paris-Orly.] Une fois à Paris": the airport
                # of the town, no stop of its own)
                _is_port(reached_at) and _km(reached_at, held_at) < AIRPORT_TOWN_KM):
            # "[… revenait via Anvers et Lille.] À Arras, elle était coupée…": on from there
            chains.insert(0, _Chain(origins=[reached_at], destinations=[held_at]))
            first = chains[0]
    reached = [] if carry is None or not near else (carry.destinations or carry.transits)
    if reached and reached[-1].feature_type in {"city", "port", "neighbourhood", "other"}:
        # "[… kwamen via de haven van Antwerpen binnen.] Vanuit België werden de partijen naar
        # Bergen op Zoom gereden": from the stop in that country the trip had reached
        first.origins = [reached[-1] if o.feature_type == "country"
                         and o.country_code == reached[-1].country_code else o
                         for o in first.origins]
    stop = text.find(".", here[-1].end)
    if not first.transits and _TRANSIT_WORD.search(
            text, sent_start, len(text) if stop < 0 else stop):
        first.transits = [m.place for m in unassigned
                          if m.place.feature_type in {"country", "city", "port"}][:1]
        unassigned = [m for m in unassigned if m.place not in first.transits]
    drop: list[tuple[Place, Place]] = []
    told_after = (not first.origins and not first.destinations and first.transits
                  and len(chains) == 1 and carry is not None and bool(carry.origins)
                  and bool(carry.destinations) and bool(
                      near or _DRUG_ANAPHOR.search(text, sent_start, here[0].start)))
    if told_after and carry is not None and (not any(
            _on_the_way(o, t, d) for o in carry.origins for t in first.transits
            for d in carry.destinations)
            # "[… débarquée au port de Rotterdam.] Le camion avait ensuite traversé la
            # Belgique par Liège": after it, not on the way
            or _AFTERWARDS.search(text, sent_start, here[0].start)):
        # "[… llevada al Callao.] El cargamento iba a hacer escala en Manzanillo, en Panamá":
        # a stop far beyond the trip told is the next one, not one on the way
        first.origins = [carry.destinations[-1]]
    elif told_after and carry is not None:
        # A transit told after the trip: put it between the previous origin and destination.
        first.origins, first.destinations = list(carry.origins), list(carry.destinations)
        drop = [(o, d) for o in carry.origins for d in carry.destinations]
    elif (not first.origins and first.transits and first.destinations and len(chains) == 1
          and carry is not None and carry.origins and (
              near or _DRUG_ANAPHOR.search(text, sent_start, here[0].start)) and all(
              any(d.id == c.id or contains(d, c) for c in carry.destinations)
              for d in first.destinations)):
        # "[… brought from Freetown to Monrovia.] They move it through the Bo Waterside
        # crossing, then down to Monrovia": the same trip told again with its stops ("[…
        # llegado a Arteixo …] fue transbordado en Sines antes de completar su travesía hasta
        # Galicia": the region the destination told before is in)
        first.origins = list(carry.origins)
        first.destinations = list(carry.destinations)
        drop = [(o, d) for o in carry.origins for d in carry.destinations]
    elif not first.origins and (first.transits or first.destinations):
        first_stop = min(m.start for m in here
                         if m.place in first.transits + first.destinations)
        crossed = [] if carry is None else [t for t in carry.transits if t.feature_type in {
            "city", "port", "other", "neighbourhood"}]
        from_lab = lab is not None and _LAB.search(text, sent_start, first_stop) is not None
        part = _ANOTHER_PART.match(text[sent_start : sent_start + 60])
        # "the drugs were packed into a truck in Sydney's west, driven … to": where the load
        # was put in the vehicle, before the stops told
        packed_in = [m for m in unassigned if m.start < first_stop
                     and m.place.feature_type in {"city", "port", "neighbourhood"}
                     and _PACKED.search(text, sent_start, m.start)
                     and _IN_AT.search(text, max(sent_start, m.start - 6), m.start)]
        if packed_in:
            first.origins = [packed_in[0].place]
        elif part is not None and carry is not None and near and carry.origins and (
                len(carry.destinations) >= 2 or re.search(
                    r"kleiner|smaller|further|autre|otra|reste|rest", part.group(), re.I)
                # ("Vanuit Temse werd de cocaïne verdeeld onder straatdealers in het Waasland.
                # … Een deel werd verkocht aan afnemers in Gent": from where it was shared out)
                or all(d.feature_type in {"region", "admin"} for d in carry.destinations)):
            # "Vandaar ging ze naar dealers in Vilvoorde en Leuven. Een kleiner deel werd naar
            # Aarschot gebracht": one more branch from where the load was split
            first.origins = list(carry.origins)
            if carry.home_end is not None and not carry.destinations and _LEFT_AGAIN.search(
                    text, sent_start, first_stop):
                # "[… achetée auprès de grossistes de Seine-Saint-Denis.] Une partie repartait
                # ensuite vers Rouen": taken home first, then sent on from there
                first.origins = [carry.home_end]
            if home is not None and carry.destinations and all(
                    d.feature_type in {"region", "admin"} and contains(d, home)
                    for d in carry.destinations) and home.feature_type in {
                    "city", "port", "neighbourhood"}:
                # "[… avant de prendre la route de la Bretagne.] Une partie des stupéfiants était
                # ensuite revendue à Lorient": from the story's town in that region, where the
                # network is
                first.origins = [home]
                first.untold.append(home)
        elif (carry is not None and near and lab is not None
              and _PROCESSED.search(text, sent_start, first_stop)
              and all(d.id != lab.id and not contains(d, lab) for d in first.destinations)):
            # "[… werd via de haven van Antwerpen ingevoerd.] Na extractie ging de cocaïne
            # verder naar afnemers in Nederland": from the lab, where the trip told went
            first.origins = [lab]
            reached_lab = (carry.destinations or carry.transits or carry.origins)[-1:]
            if reached_lab and reached_lab[0].id != lab.id:
                chains.insert(0, _Chain(origins=reached_lab, destinations=[lab]))
                first.untold.append(lab)
        elif carry is not None and near and (carry.origins or crossed) and not (
                carry.destinations) and not from_lab and not (
                # "[De grondstoffen kwamen uit China via Rotterdam.] De crystal meth was bestemd
                # voor Australië": the drug made of them leaves from the lab, not the port
                _PRECURSORS.search(text, max(0, sent_start - 300), sent_start)
                and _MADE_DRUG.search(text, sent_start, here[0].start)
                and not _PRECURSORS.search(text, sent_start, here[0].start)):
            first.origins = list(carry.origins)  # "… proviendrait du Maroc. Elle traverse…"
            if carry.home_end is not None and (all(
                    _km(p, carry.home_end) <= HOME_KM for p in first.transits + first.destinations)
                    # "[La cocaïne était achetée auprès de grossistes de Seine-Saint-Denis.] Une
                    # partie repartait ensuite vers Rouen": left again, from home
                    or _LEFT_AGAIN.search(text, sent_start, first_stop)):
                # "[… comprada en Cali.] En la zona, la droga era distribuida en Villa Santana":
                # the trip home held, and this goes on from there
                first.origins = [carry.home_end]
            elif carry.home_end is not None:
                drop = [(o, carry.home_end) for o in carry.origins]
            # "… avant de franchir la frontière au Perthus. Elle devait être livrée à
            # Tourcoing": on from the last stop reached
            # (a town or port crossed; "crossed France … through England" are no stops)
            first.transits = crossed + first.transits
        elif carry is not None and carry.origins and carry.destinations and all(
                _world_region(d) for d in carry.destinations) and first.destinations and all(
                any(contains(w, d) for w in carry.destinations) for d in first.destinations) and (
                near or _DRUG_ANAPHOR.search(text, sent_start, here[0].start)):
            # "[… zarpar desde Guayaquil hacia Europa.] Los contenedores debían llegar a
            # Amberes tras una escala en Rotterdam": where in Europe, on the same trip
            first.origins = list(carry.origins)
            drop = [(o, d) for o in carry.origins for d in carry.destinations]
        elif carry is not None and carry.destinations and (
            _FROM_THERE.search(text, sent_start, here[0].start)
            or _DRUG_ANAPHOR.search(text, sent_start, here[0].start)
            # "[… a fait escale à Lomé.] Il devait repartir vers le port de Valence"
            or _ONWARD.search(text, sent_start, here[0].start)
            # "Selon le parquet de Strasbourg, la marchandise était destinée aux…": a place
            # that only says who speaks comes before the anaphor
            or _attributed_anaphor(text, sent_start, here, first_stop)
            # "[De grondstoffen werden … naar Hengelo gebracht.] De eindproducten gingen via
            # Gronau naar Dortmund": what was made of them, from where they went
            or (_MADE_DRUG.search(text, sent_start, here[0].start) is not None
                and _PRECURSORS.search(text, max(0, sent_start - 400), sent_start) is not None)
        ) and not _world_region(carry.destinations[-1]) and not (
            carry.found and (first.transits or not first.destinations)) and not (
            # "[… intercepté un convoyeur à hauteur de La Ferté-Bernard.] Une partie de la
            # marchandise était ensuite revendue à Sablé": seized drugs go nowhere; only where
            # they were meant to go is told after ("De cocaïne moest naar Alphen")
            carry.found and not _MEANT.search(text, sent_start, here[-1].start)) and not (
            # "[seized at La Turbie.] La cocaïne était arrivée dans le port de Gênes": how it got
            # there before, not where it went next
            _ARRIVED.search(text, sent_start, here[0].start)
        ) and (
            # "la drogue quittait le port de Santos…": an origin of its own, even unplaced
            _FROM_THERE.search(text, sent_start, here[0].start)
            or _ONWARD.search(text, sent_start, here[0].start)
            or not _ORIGIN_START.search(text, sent_start, here[0].start)
        ):
            # "Daar werd de drugs … naar Rotterdam", "The drugs were driven north to Liverpool";
            # a lab inside the place reached is more precise ("… naar Nederland gebracht. De
            # meth [of the Baarle-Nassau lab] was bestemd voor Australië").
            last = carry.destinations[-1]
            crossed_into = [t for t in carry.transits if last.feature_type == "country"
                            and t.country_code == last.country_code
                            and t.feature_type in {"city", "port", "other"}]
            if crossed_into:
                # "[… entraba a Costa Rica por el puesto fronterizo de Paso Canoas.] Una vez en
                # territorio nacional…": on from the crossing into that country
                last = crossed_into[-1]
            elif (home is not None and last.feature_type in {"region", "admin"}
                  and home.feature_type in {"city", "port"} and contains(last, home)
                  and first.destinations and all(
                      d.id != home.id and contains(last, d) for d in first.destinations)):
                # "[… remontait en go-fast jusqu'en Anjou.] La marchandise était ensuite
                # redistribuée dans le département, jusqu'à Cholet et Saumur": from the town
                # of the story in that region, where the network is
                last = home
                first.untold.append(home)
            first.origins = [lab if lab is not None and contains(last, lab) else last]
            if lab is not None and lab.id != last.id and not _FROM_THERE.search(
                    text, sent_start, here[0].start) and all(
                    lab.id != o.id for o in carry.origins) and all(
                    # (not "… via de haven van Rotterdam binnengekomen en daarna naar
                    # Vlaardingen gebracht": the way to the lab)
                    lab.id != d.id for c in chains for d in c.destinations + c.transits) and (
                    _LAB.search(
                    text, max(0, sent_start - 300), sent_start) or _PROCESSED.search(
                    text, sent_start, here[0].start) or (
                    # "[De grondstoffen kwamen via de haven van Rotterdam.] De crystal meth zelf
                    # was bestemd voor Australië": the drug made of them, at the lab
                    _PRECURSORS.search(text, max(0, sent_start - 300), sent_start)
                    and _MADE_DRUG.search(text, sent_start, here[0].start))):
                # "[… een crystal-methlab bij Dronten.] Die drug zou via Schiphol naar
                # Australië": the lab just told made it ("Na extractie ging de cocaïne verder
                # naar…": so did the one told further back)
                first.origins = [lab]
            next_stop = (first.transits + first.destinations)[0]
            if carry.end_from_context and carry.origins and not _FROM_THERE.search(
                    text, sent_start, here[0].start) and _km(next_stop, carry.origins[0]) < _km(
                    next_stop, last) and next_stop.country_code != last.country_code:
                # "[loaded near Valencia, seized in Belfast.] The lorry then crossed France…":
                # the trip told again from its start, near which it is still abroad; but "[…
                # seized at Gioia Tauro.] Part of the cargo was to be trucked north through
                # Slovenia" goes on from there.
                first.origins = list(carry.origins)
            if (fresh_port and entry_port is not None and entry_port.id != last.id
                    and not _FROM_THERE.search(text, sent_start, here[0].start)
                    and all(d.country_code != entry_port.country_code
                            for d in first.destinations)):
                # "… seized in the port of Buenaventura. The container was to cross the
                # Panama Canal bound for Valencia": from where it was found.
                first.origins = [entry_port]
        elif carry is not None and near and carry.destinations and len(chains) == 1 and (
            first.destinations and _VEHICLE.search(text, sent_start, here[-1].end)
            and not _ORIGIN_START.search(text, sent_start, here[0].start)
        ):
            # "… aan uit Santos. Daarna werd ze met vrachtwagens naar Nederland gebracht": the
            # next stage of the same trip, by other means.
            first.origins = [carry.destinations[-1]]
        elif (lab is not None and first.destinations
              # ("Volgens het OM in Maastricht was de amfetamine bestemd voor…": who speaks
              # may come first; "De oogst werd … naar Rijsel gebracht": what it made)
              and (_DRUG_ANAPHOR.search(text, sent_start, first_stop)
                   or _HARVEST.search(text, sent_start, first_stop))
              # ("De amfetamine was bestemd voor afnemers in Duitsland, via Aken": a way from
              # the lab, not a stop the lab lies in; "… via de haven van Rotterdam
              # binnengekomen en daarna naar Vlaardingen gebracht": the way to the lab)
              and all(d.id != lab.id and not contains(d, lab)
                      for c in chains for d in c.destinations + c.transits)):
            # "… een drugslab in Baarle-Nassau. De meth was bestemd voor Australië."
            first.origins = [lab]
        elif (entry_port is not None and first.destinations and not first.transits
              and _DRUG_ANAPHOR.search(text, sent_start, here[0].start)
              and all(d.country_code == entry_port.country_code and d.id != entry_port.id
                      for d in first.destinations)):
            # "Parte de la droga se trasladaba hasta Galicia": from the port where it came in.
            first.origins = [entry_port]
        elif (entry_port is not None and fresh_port and first.destinations
              and not first.transits and _DRUG_ANAPHOR.search(text, sent_start, here[0].start)
              and all(d.country_code != entry_port.country_code for d in first.destinations)):
            # "[… halló 1,8 toneladas en el puerto de Buenaventura.] La droga tenía como destino
            # el puerto de Algeciras": from the port where it was found, abroad
            first.origins = [entry_port]
        elif (home is not None and first.destinations and not first.transits
              and _NETWORK.search(text, sent_start, here[0].start)
              and all(home.id != d.id and not contains(d, home) and not contains(home, d)
                      for d in first.destinations)):
            # "Le réseau approvisionnerait des points de deal à Nîmes": from the network's home.
            first.origins = [home]
        else:
            # "con base en Cartagena", or the port where the drugs were found before shipping
            # ("en el puerto del Callao … con destino a Valencia").
            based = [m for m in unassigned
                     if _BASE.search(text[max(sent_start, m.start - 40) : m.start])
                     or (m.start < first_stop and _AT_PORT.search(
                         text[max(sent_start, m.start - 30) : m.start]))
                     # "arrested at Kotoka International Airport as she tried to board a
                     # flight to London": the courier was leaving from there
                     or (m.start < first_stop and m.place.feature_type == "other"
                         and "Airport" in m.place.name
                         and _BOARDING.search(text, m.end, first_stop) is not None)
                     # "werden op Schiphol twee koffers met crystal meth onderschept die op weg
                     # waren naar Sydney": stopped at the airport it was leaving from
                     or (m.start < first_stop and is_airport(m.place)
                         and _SEIZED.search(text, m.end, first_stop) is not None
                         and all(d.country_code != m.place.country_code
                                 for d in first.destinations))]
            first.origins = [based[0].place] if based else []
    for chain in chains[1:]:
        if chain.shares_start and not chain.origins:
            chain.origins = list(first.origins)
    if (first.origins or first.transits) and not first.destinations:
        # "Officers at the port of Felixstowe seized cocaine that arrived from Guayaquil via
        # Rotterdam": the port where the drugs are found is where they were going.
        ports = [m for m in unassigned if m.place.feature_type == "port"
                 or _AT_PORT.search(text[max(sent_start, m.start - 30) : m.start])]
        if not ports and (first.origins or first.transits) and (
                _SEIZED.search(text, sent_start, here[-1].end) or (
                    _ARRESTED.search(text, sent_start, here[-1].end)
                    and _DRUG_CONTEXT.search(text, sent_start, len(text) if stop < 0 else stop))):
            # "Les douaniers du Havre ont découvert… de la cocaïne en provenance de Guayaquil":
            # where the drugs were seized is where they had arrived; "un passeur arrêté en gare
            # de Menton, à la descente d'un train en provenance de Vintimille, avec trois kilos
            # de cocaïne": so is where their courier was arrested.
            ports = [m for m in unassigned
                     if m.place.feature_type in {"city", "port", "neighbourhood"}
                     and all(o.country_code != m.place.country_code
                             for o in first.origins + first.transits)]
        first.destinations = [ports[0].place] if ports else []
        starts = [m.start for m in here if m.place in first.origins + first.transits]
        where = [] if ports or not starts else [
            m for m in unassigned if 0 <= min(starts) - m.end <= 80
            and m.place.feature_type in {"city", "port", "neighbourhood", "other"}
            and WHERE_WORD.search(text, m.end, min(starts))]
        if where:
            # "Saint-Laurent-du-Maroni, une ville frontalière où la cocaïne arrive du Suriname":
            # the place the drugs come to is the one "where" stands for
            first.destinations = [where[-1].place]
        if (not ports and home is not None and first.origins and not first.transits
                and _ARRIVED.search(text, sent_start, here[0].start)
                and home.feature_type in {"city", "port", "neighbourhood"}
                and all(o.country_code != home.country_code for o in first.origins)):
            # "[seized on a beach at Sanlúcar.] La droga había llegado en una narcolancha
            # procedente de Alhucemas": it arrived where the story is.
            first.destinations = [home]
            first.end_from_context = True
        # (where the origin is named: "ROUEN – La cocaïne était fournie par un grossiste
        # installé à Sevran", the dateline before it)
        told_from = min((m.start for m in here if m.place in first.origins), default=here[0].start)
        if (not ports and not first.destinations and home is not None and first.origins
                and not first.transits and home.feature_type in {"city", "port", "neighbourhood"}
                and (((bought := _BOUGHT.search(text, sent_start, told_from)) is not None
                     # ("kochten afnemers uit Tourcoing hun cocaïne bij de bende in Menen": the
                     # buyers' town, not where the network bought)
                     and not _BUYERS.search(text, bought.end(), told_from))
                     or _BROUGHT_BACK.search(text, sent_start, len(text) if stop < 0 else stop))
                and all(o.id != home.id and not contains(o, home) and not contains(home, o)
                        # (a town: "s'approvisionnait aux Pays-Bas" is not where it was met;
                        # a division may be: "auprès de grossistes de Seine-Saint-Denis")
                        and o.feature_type in {"city", "port", "neighbourhood", "other", "admin"}
                        for o in first.origins)):
            # "La cocaïne était achetée à Sevran et rapportée en train": bought by the network
            # of the story, brought back to where it is (unless the next sentence tells the way)
            first.home_end = home
        if (not ports and not where and entry_port is not None and first.origins
                and not _COMMAND.search(text, sent_start, here[-1].end)
                and (_DRUG_CONTEXT.search(text, sent_start, len(text) if stop < 0 else stop)
                     or _VEHICLE.search(text, sent_start, here[0].start))
                and all(o.country_code != entry_port.country_code
                        for o in first.origins + first.transits)):
            # "… via de haven van Zeebrugge. De cocaïne kwam aan uit Santos": arrived there;
            # "[seized at Felixstowe.] The container had been loaded in Turbo and transshipped
            # at Caucedo": and on to there.
            first.destinations = [entry_port]
            first.end_from_context = True
            landed = [] if carry is None or not near else [
                o for o in carry.origins if o.id != entry_port.id
                and o.country_code == entry_port.country_code
                and o.feature_type in {"city", "port", "other"}]
            if landed and carry is not None:
                # "[… offloaded from a dhow near Bagamoyo and brought to Dar es Salaam.] The
                # narcotics were shipped from the Makran coast": to where the trip told began,
                # and on the way told
                first.transits = landed[:1]
                first.destinations = list(carry.destinations) or landed[:1]
                if first.destinations == first.transits:
                    first.transits = []
    if (entry_port is not None and first.origins and first.destinations and not first.transits
            and len(chains) == 1 and _SEIZED.search(text, max(0, sent_start - 300), here[-1].end)
            and all(d.country_code == entry_port.country_code and d.id != entry_port.id
                    and not _is_port(d) for d in first.destinations)
            # ("… to the Seaforth container terminal": a port of its own)
            and not any(_PORT_AFTER.match(text, m.end) for m in here
                        if m.place in first.destinations)
            and all(o.country_code != entry_port.country_code for o in first.origins)):
        # "The container, intercepted [in Durban], had been shipped from Santos and was bound
        # for Germiston": it came in through the port where it was seized.
        first.transits = [entry_port]
    if entry_port is not None:
        # "via Panama naar Nederland verscheept", seized in the port of Rotterdam: the country
        # is entered through the port the article named.
        for chain in chains:
            if any(o.country_code == entry_port.country_code for o in chain.origins):
                continue  # "desde Galicia … en el norte de España": already inside the country
            chain.destinations = [
                entry_port if d.feature_type == "country"
                and d.country_code == entry_port.country_code else d
                for d in chain.destinations
            ]
    if len(chains) == 1 and not (first.origins or first.transits or first.destinations):
        seized = _SEIZED.search(text, sent_start, here[-1].end)
        found_at = [] if seized is None or _ARRESTED.search(
            text, sent_start, len(text) if stop < 0 else stop) else [
            m for m in unassigned if m.place.feature_type in {
                "city", "port", "neighbourhood", "other"} and 0 <= m.start - seized.end() <= 100]
        if found_at and _DRUG_CONTEXT.search(text, sent_start, len(text) if stop < 0 else stop):
            # "Een rubberboot met 290 kilo cocaïne is onderschept op het strand van Katwijk. De
            # cocaïne moest naar Alphen": where the drugs were found is where they had come;
            # the next sentence goes on from there
            first.destinations, first.found = [found_at[0].place], True
    arrived_in = next((m for m in here if first.origins and m.place is first.origins[0]), None)
    if (arrived_in is not None and carry is not None and near and not carry.destinations
            and (carry.origins or carry.transits) and _ONCE_IN.search(
                text, max(sent_start, arrived_in.start - 25), arrived_in.start)):
        # "[… introducida desde Nador a través de la frontera de Beni Enzar.] Una vez en
        # Melilla, los fardos…": the trip told before ended there
        chains.insert(0, _Chain(origins=[(carry.transits or carry.origins)[-1]],
                                destinations=[arrived_in.place]))
    pairs = [pair for chain in chains for pair in chain.edges()]
    if first.home_end is not None and len(chains) == 1:
        pairs += [(o, first.home_end) for o in _most_specific(first.origins)]
    merged = _Chain(
        origins=list(chains[0].origins),
        transits=[p for c in chains for p in c.transits],
        destinations=list(chains[-1].destinations),
        end_from_context=len(chains) == 1 and first.end_from_context,
        found=len(chains) == 1 and first.found,
        home_end=first.home_end if len(chains) == 1 else None,
        untold=list(first.untold),
    )
    return pairs, merged, drop


_COMMAND = re.compile(
    r"(?<!\w)(?:dirige\w*|pilot(?:e|ait|er|ent)\w*|pilotée?s?|coordinad[oa]s?|coordonn\w+|donn\w+\s+(?:des|ses|leurs)\s+ordres|"
    r"commande\w*|giving\s+orders|gave\s+orders|orders?|direct(?:s|ed|ing)|"
    # (but "a gang that ran crack cocaine and heroin from Merseyside into Lincolnshire": the
    # drugs' way)
    r"(?:ran|runs|running)(?!\s+(?:[\w-]+\s+){0,2}?" + DRUG_NOUNS + r")|"
    r"controll?(?:ed|ing|s)|dirig(?:ía|e|ió|iendo)|dirigid[oa]s?|órdenes|coordinaba|leidde|"
    r"leidt|geleid|stuurde|run\s+by|led\s+by|instruct(?:s|ed|ing|ions)?|opdracht\s+(?:voor|tot)|"
    r"aangestuurd|aansturen|aanstuurt|bevelen|instructies|opdrachten|"
    r"(?:gaf|geeft|gaven)\s+opdracht|orden(?:ó|aron|es)?|ordenad[oa]s?|ordered|"
    r"ordonnée?s?|coordinat\w+|"
    r"coordin(?:a|aba|aban|ó)|opereer\w*|opereren|operates?\s+from|operating\s+from|"
    r"opère|opéraient|opérait|dirigeait|dirigé|ran\s+the|run\s+from|runs\s+the|"
    r"pilotait|tirait\s+les\s+ficelles|pulling\s+the\s+strings|dirigente|líder|"
    r"in\s+opdracht\s+van|on\s+(?:the\s+)?orders?\s+of|sur\s+(?:ordre|ordres)\s+d[e']|"
    r"por\s+orden\s+de|a\s+las\s+órdenes\s+de|answering\s+to)(?!\w)",
    re.I,
)
# The drugs a lab makes ("De crystal meth was bestemd voor Australië").
_MADE_DRUG = re.compile(r"(?<!\w)(?:meth\w*|crystal|amfetamine|amph[ée]tamines?|anfetaminas?|"
                        r"xtc|ecstasy|mdma|pillen|pills|pilules|pastillas|fentanyl|fentanilo|"
                        r"speed|captagon|synthetic\s+drugs|synthetische\s+drugs|"
                        # "De eindproducten gingen via Gronau…": what the lab made
                        r"eindproduct(?:en)?|finished\s+products?|end\s+products?|"
                        r"produits?\s+finis?|productos?\s+(?:finales|final|terminados?)|"
                        r"drogues\s+de\s+synthèse|drogas\s+sintéticas)(?!\w)", re.I)
# "voor het lab", "for the lab": what a lab is sent, not where it is.
_FOR_THE = re.compile(r"(?<!\w)(?:voor\s+(?:het|de)|for\s+the|pour\s+(?:le|la|les)|"
                      r"para\s+(?:el|la|los|las))\s+$", re.I)
_PRECURSORS = re.compile(r"(?<!\w)(?:" + _PRECURSOR_WORDS + r")(?!\w)", re.I)
# A network buying its drugs, or bringing them back: home is where they go.
_BUYERS = re.compile(r"(?<!\w)(?:" + BUYER_WORDS + r")(?!\w)", re.I)
#: Stops this close to the story's place are a local share-out after the trip home.
HOME_KM = 40.0
#: A port or airport this close to a town the load is then told to be in serves that town.
AIRPORT_TOWN_KM = 30.0
# Sent on again from where the network is: "repartait", "redistribuée", "resold", "doorverkocht".
_LEFT_AGAIN = re.compile(
    r"(?<!\w)(?:repart\w+|redistribu\w+|revendu\w*|revend(?:ait|aient|u|ue|us|ues)|"
    r"réexpédiée?s?|resold|redistributed|re-?sent|sold\s+on|sent\s+on|moved\s+on|"
    r"redistribuid[oa]s?|revendid[oa]s?|reenviad[oa]s?|doorverkocht|doorgestuurd|"
    r"doorgevoerd)(?!\w)", re.I)
_BOUGHT = re.compile(r"(?<!\w)(?:" + _BOUGHT_WORDS + r"|achet(?:ait|aient)|buys|buying|"
                     # "fournie par un grossiste installé en Seine-Saint-Denis"
                     + _SUPPLIED_BY + r"|"
                     r"compr(?:aba|aban|ó|aron)|adquir(?:ió|ieron)|kocht(?:en)?)(?!\w)|"
                     + _BUYS_AT, re.I)
_BROUGHT_BACK = re.compile(r"(?<!\w)(?:rapporté\w*|ramené\w*|(?:brought|driven|taken)\s+back|"
                           r"traíd[oa]s?\s+de\s+vuelta|teruggebracht)(?!\w)", re.I)
# "sent cash south to Culiacán", "renvoyait l'argent vers Dubaï": the money's way back
_CASH_TO = re.compile(r"(?<!\w)(?:" + _MONEY_WORDS + r")\s+(?:[\w-]+\s+){0,3}?(?:to|vers|à|au|"
                      r"aux|en|a|al|hacia|naar)\s+(?:the\s+|la\s+|le\s+|el\s+|het\s+)?$", re.I)
# "Una vez en Melilla", "Once in Rotterdam": where the trip told before arrived.
_ONCE_IN = re.compile(r"(?<!\w)(?:una\s+vez\s+en|once\s+in|une\s+fois\s+(?:à|au|en|aux)|"
                      r"eenmaal\s+in)\s+(?:the\s+|el\s+|la\s+|le\s+|l['’]|het\s+)?$", re.I)
# Where a boss is held or lives: "preso en Marcos Paz", "jailed in", "installé à Dubaï".
_HELD_IN = re.compile(
    r"(?<!\w)(?:pres[oa]\s+en|recluid[oa]\s+en|detenid[oa]\s+en|jailed\s+in|imprisoned\s+in|"
    r"held\s+(?:in|at)|incarcérée?\s+(?:à|au|en)|emprisonnée?\s+(?:à|au|en)|détenue?\s+(?:à|au|en)|"
    r"installée?s?\s+(?:à|au|en)|réfugiée?s?\s+(?:à|au|en)|vivrai(?:t|ent)\s+(?:à|au|en)|"
    r"repliée?s?\s+(?:à|au|en)|exilée?s?\s+(?:à|au|en)|"
    r"based\s+in|living\s+in|lives\s+in|gevestigd\s+in|gedetineerd\s+in|"
    r"(?:vast)?zit\s+in|woont\s+in|radicad[oa]\s+en|instalad[oa]\s+en|residentes?\s+en|"
    r"résidant\s+(?:à|au|en)|resident\s+in|woonachtig\s+in|"
    r"(?:la\s+)?(?:prison|cárcel|gevangenis|penal)\s+(?:de|d['’]|van|of)|"
    r"(?:the\s+|de\s+)?(?:prison|gevangenis|penitentiaire\s+inrichting)\s+(?:in|at|te)|"
    # "recluido en el penal de Mil Cumbres, en Morelia": a named prison, then its town
    r"(?:recluid[oa]|pres[oa]|detenid[oa]|held|jailed|incarcérée?|détenue?)\s+(?:en|in|at|à|au)"
    r"\s+(?:el\s+|la\s+|the\s+|le\s+)?(?:penal|cárcel|prisión|prison|centro\s+penitenciario|"
    r"centre\s+pénitentiaire)\s+(?:de\s+|d['’])?[\w' -]{2,30},\s+(?:en|in|à|au))"
    r"\s*(?:the\s+|la\s+|el\s+|de\s+)?$",
    re.I,
)
# Dutch puts the verb last: "die in Tirana zou verblijven", "die in Marbella woont".
_WHO_IN = re.compile(r"(?<!\w)(?:die|dat|who|qui|que)\s+(?:\w+\s+)?(?:in|te|op)\s+$", re.I)
_LIVES_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:woont|woonde|wonen|verblijft|verbleef|verblijven|ophoudt|"
    r"ophouden|zit|zat|zitten|vastzit|gedetineerd)(?!\w)",
    re.I,
)
_WHENCE = re.compile(
    r"(?<!\w)(?:d['’]où|from\s+where|whence|desde\s+donde|de\s+donde|desde\s+(?:allí|ahí)|"
    r"vanwaar|van\s+waaruit|vanwaaruit|waarvandaan)(?!\w)",
    re.I,
)
_FROM_THIS = re.compile(
    r"(?<!\w)(?:depuis\s+cette\s+ville|depuis\s+ce\s+pays|from\s+that\s+(?:city|country)|"
    r"from\s+(?:the\s+)?(?:emirate|prison|there)|desde\s+esa\s+ciudad|desde\s+(?:la\s+)?"
    r"cárcel|vanuit\s+die\s+stad|vanuit\s+de\s+gevangenis|depuis\s+sa\s+cellule|"
    r"depuis\s+la\s+prison)(?!\w)",
    re.I,
)
# Leaving again from where the last sentence left the load.
_ONWARD = re.compile(
    r"(?<!\w)(?:repart\w*|reprendre\s+la\s+mer|sailed\s+on|set\s+sail\s+again|"
    r"siguió\s+(?:su\s+)?(?:rumbo|viaje|camino)|volvió\s+a\s+zarpar|"
    r"(?:vertrok|voer)\s+(?:weer|opnieuw|verder)|zou\s+(?:doorvaren|verder\s+varen)|"
    # "Una vez en territorio nacional, recorría la ruta…": on from where it came in
    r"una\s+vez\s+en\s+(?:territorio\s+nacional|el\s+país|suelo\s+\w+)|"
    r"once\s+in\s+the\s+country|une\s+fois\s+(?:sur\s+le\s+territoire|dans\s+le\s+pays)|"
    r"eenmaal\s+in\s+het\s+land|"
    # "[… en dirección a Arequipa.] Su destino final era el puerto de Matarani": the end of
    # the trip told
    r"(?:su|sa|son|its|their|hun|haar|zijn)\s+(?:destino|destination|bestemming|"
    r"eindbestemming)\s+(?:final(?:e)?\s+)?(?:era|était|was|is|es|est))(?!\w)",
    re.I)
# A clause about something else: ", while", "tandis que", "mientras que", ", terwijl".
_CONTRAST = re.compile(
    r"(?:,\s*(?:while|whereas|terwijl)(?!\w)|(?<!\w)tandis\s+qu(?:e(?!\w)|['’])|"
    r"(?<!\w)mientras\s+que(?!\w)|(?<!\w)alors\s+que\s+(?:l['’]autre|les\s+autres|"
    r"le\s+reste)(?!\w)|"
    # "llega por mar procedente de Colombia a las costas … y también cruza desde Belice …
    # hacia Chetumal": another way in, from another start
    r"(?<!\w)(?:y\s+también|and\s+also|et\s+aussi|en\s+ook)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:desde|from|depuis|de|du|vanuit|uit)\s+(?:la\s+|el\s+|le\s+|l['’]|the\s+)?$)", re.I)
_THE_REST = re.compile(
    r"(?<!\w)(?:and|et|y|en)\s+(?:[\w-]+\s+){0,3}?(?:the\s+rest|le\s+reste|el\s+resto|"
    r"de\s+rest)(?!\w)", re.I)
# "shipments from Haiti", "envíos desde Cartagena", "des cargaisons depuis", "zendingen
# vanuit": the load's origin, not where a boss gives orders from.
_CARGO_BEFORE = re.compile(
    r"(?<!\w)(?:shipments?|consignments?|loads?|cargoes|cargamentos?|envíos|envois|"
    r"cargaisons?|livraisons?|zendingen|ladingen|partijen)\s+(?:of\s+[\w-]+\s+)?$",
    re.I,
)
_FROM_PLACE = re.compile(
    r"(?<!\w)(?:depuis|from|desde|vanuit|vanaf|uit)\b[^.;:]{0,40}?\b(?:en|in|à|au|aux|de|a)?\s*"
    r"(?:l['’]|le\s+|la\s+|the\s+|el\s+)?$",
    re.I,
)
# Where the retail end of a network is: "point de deal", "dealing hotspot"…
_RETAIL = re.compile(
    r"(?<!\w)(?:points?\s+de\s+(?:deal|vente)|points?\s+chauds?|deal(?:ers?|ing)?|"
    r"trafic\s+de\s+stupéfiants|drug\s+market|open-air\s+market|puntos?\s+de\s+venta|"
    r"narcomenudeo|menudeo|dealpunt\w*|drugsmarkt|verkooppunt\w*|dealers?)(?!\w)",
    re.I,
)


# Police cooperation is not a tie between trafficking groups.
_AUTHORITIES_AFTER = re.compile(
    r"\s+(?:(?:the|their|its|les|leurs|ses|las|los|sus|de|hun|zijn)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:authorities|police|partners|counterparts|agencies|investigators|prosecutors|"
    r"autorités|polices?|partenaires|homologues|enquêteurs|autoridades|policías?|socios|"
    r"homólogos|autoriteiten|politie|partners|collega's|justitie)(?!\w)",
    re.IGNORECASE,
)
_GANG_BEFORE = re.compile(
    r"(?<!\w)(?:organizaci[oó]n|red|banda|cártel|cartel|clan|network|gang|organi[sz]ation|"
    r"réseau|bende|netwerk|organisatie|syndicate|syndicat)(?!\w)", re.IGNORECASE)
_PARTNERS_AFTER = re.compile(r"\s+(?:(?:its|their|ses|leurs|sus|hun|zijn)\s+)?(?:partners|"
                             r"socios|partenaires|associés|associates)\s+(?:in|en|à|au|aux|de)"
                             r"(?!\w)", re.IGNORECASE)
_RIVALRY = re.compile(r"conflit|conflict|rival|guerr|oorlog|feud|vete|verband", re.I)
_RELATIVE = re.compile(r"(?<!\w)(?:qui|que|who|which|that|die|dat|welke|cuyos?)(?!\w)", re.I)
_WITH_ASSOCIATES = re.compile(
    r"(?<!\w)(?:with|avec|con|met)\s+(?:associates|partners|associés|complices|socios|"
    r"cómplices|handlangers|contacts|contactos|contacten)\s+(?:in|à|au|aux|en)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’]|el\s+|het\s+|de\s+)?$", re.I)
_POLICE_SUBJECT = re.compile(
    r"\W*(?:(?:la|el|the|le|de|les|los|las)\s+)?(?:polic\w*|politie|guardia\s+civil|"
    r"gendarmerie|gendarmes|douane\w*|customs|aduanas?|authorities|autoridades|autorités)(?!\w)",
    re.IGNORECASE)
_BETWEEN = re.compile(r"(?<!\w)(?:entre|between|tussen)(?!\w)", re.I)


def _main_place(article: Article, mentions: list[PlaceMention]) -> Place | None:
    """The article's own place: its dateline's, else its most named town or neighbourhood."""
    from routes.ingest import dateline_span

    counts: dict[str, tuple[int, int, Place]] = {}
    for i, m in enumerate(mentions):
        if m.nested or m.place.feature_type not in {"city", "neighbourhood", "admin", "port"}:
            continue
        n, first, _ = counts.get(m.place.id, (0, i, m.place))
        counts[m.place.id] = (n + 1, first, m.place)
    dateline = dateline_span(article.text)
    if dateline is not None:
        for m in mentions:
            if dateline[2] <= m.start < dateline[3]:
                # "Bordeaux, 22 janv 2026 (AFP) - … tué dans la cité des Aubiers …": the quarter
                # of the dateline's town that the story keeps naming is more precise
                town = counts.get(m.place.id, (1, 0, m.place))[0] - 1
                inner = [c for c in counts.values() if c[2].feature_type == "neighbourhood"
                         and c[0] >= max(2, town) and contains(m.place, c[2])]
                if inner:
                    return max(inner, key=lambda c: (c[0], -c[1]))[2]
                return m.place
    if not counts:
        return None
    return max(counts.values(), key=lambda c: (c[0], -c[1]))[2]


_WHERE_IT_IS = re.compile(
    r"^\s*,\s*(?:en|in|dans|au|aux|im)\s+(?:la\s+|le\s+|l['’]|the\s+|el\s+|het\s+|de\s+)?"
    r"(?:(?:provincia|province|région|region|departamento|département|state|estado|provincie|"
    r"county|comté|district|distrito)\s+(?:de\s+|of\s+|du\s+|del\s+|d['’]|van\s+)?)?\s*$",
    re.IGNORECASE,
)


def _links_in(
    text: str,
    sent_start: int,
    sent_end: int,
    here: list[PlaceMention],
    before: list[PlaceMention],
    main: Place | None = None,
) -> list[tuple[Place, Place, str]]:
    """Find ties between groups: connections and command.

    Connections: "liens entre X et Y". Command: "depuis sa cellule en Belgique, il dirige…",
    "From there he gave orders to lieutenants in Amsterdam".
    """
    out: list[tuple[Place, Place, str]] = []
    cue = _LINK.search(text, sent_start, sent_end)
    if cue is not None and _AUTHORITIES_AFTER.match(text, cue.end()) and not (
            # ("la organización … trabajaba en coordinación con socios en San Pedro Sula": a
            # gang's partners are criminals too)
            _GANG_BEFORE.search(text, sent_start, cue.start())
            and _PARTNERS_AFTER.match(text, cue.end())):
        cue = None  # "working with Mozambican authorities", "with partners in Spain"
    if cue:
        after = [m for m in here if m.start >= cue.end()]
        ends: list[Place] = []
        refined: Place | None = None
        prev_end = cue.end()
        for m in after:
            outer = next((p for p in ends if contains(p, m.place)), None)
            if outer is not None and (_SAME.search(text, prev_end, m.start) or refined is outer):
                # "la Mocro Maffia active aux Pays-Bas, en particulier à Amsterdam et à
                # Rotterdam": the towns, not the country.
                ends[ends.index(outer)] = m.place
                refined = m.place
                prev_end = m.end
                continue
            if refined is not None and contains(refined, m.place) is False and any(
                    contains(p, m.place) for p in ends) is False and _COORD.match(
                    text[prev_end : m.start]) and m.place.country_code == refined.country_code:
                ends.append(m.place)
                refined, prev_end = m.place, m.end
                continue
            prev_end = m.end
            if any(m.place.id == p.id or contains(m.place, p) or contains(p, m.place)
                   for p in ends):
                continue
            ends.append(m.place)
        among = _BETWEEN.search(text, cue.end(), after[0].start) if after else None
        # ("une rivalité entre deux réseaux qui se disputent les points de deal, de
        # Saint-Martin-d'Hères à Fontaine": the places are where they fight, not the two sides)
        between = among is not None and not _RELATIVE.search(text, among.end(), after[0].start)
        if between and len(ends) >= 2:
            out.append((ends[0], ends[1], "connection"))  # "liens entre X et Y"
            for extra in ends[2:]:
                if extra.country_code == ends[1].country_code and _SAME.search(
                        text, cue.end(), sent_end):
                    out.append((ends[0], extra, "connection"))  # "… à Amsterdam et à Rotterdam"
        elif ends and not _RIVALRY.match(cue.group()):
            # (a rivalry ties its two sides only: "une rivalité entre deux réseaux qui…")
            # "ties with networks in Amsterdam and Rotterdam", "liens entre ce réseau havrais
            # et la Castellane": the other end is the network's own place — named before the
            # cue, else the article's main place.
            group = [ends[0]]
            for prev, m in pairwise(after):
                if m.place in ends and _COORD.match(text[prev.end : m.start]):
                    group.append(m.place)
                elif m.place not in group:
                    break
            own = [m.place for m in here if m.end <= cue.start()]
            home = min(own, key=lambda p: SPECIFICITY.get(p.feature_type, 9)) if own else main
            for p in group:
                if home is not None and home.id != p.id and not contains(home, p) \
                        and not contains(p, home):
                    out.append((home, p, "connection"))
    for m in here:
        # "a Sydney-based criminal network with associates in Dubai": the network's town and
        # its partners'
        with_whom = _WITH_ASSOCIATES.search(text, max(sent_start, m.start - 40), m.start)
        if with_whom is None:
            continue
        if _POLICE_SUBJECT.match(text, sent_start, m.start):
            continue  # "La policía de Chiclayo trabaja con socios en Madrid": police partners
        partner = next((p.place for p in reversed(here) if p.end <= m.start
                        and p.place.feature_type in {"city", "port", "neighbourhood"}
                        and p.place.id != m.place.id and not contains(p.place, m.place)
                        and not contains(m.place, p.place)), None)
        if partner is None and not any(p.end <= m.start for p in here) and main is not None and (
                # ("We are working with partners in Spain": the police's)
                "partner" not in with_whom.group().lower()) and (
                main.feature_type in {"city", "port", "neighbourhood"}
                and main.id != m.place.id and not contains(main, m.place)
                and not contains(m.place, main)):
            # "[SAN SALVADOR –] el extraditado mantenía vínculos con socios en Ciudad de
            # Guatemala": the story's town, where he and his network are
            partner = main
        if partner is not None and all({a.id, b.id} != {partner.id, m.place.id}
                                       for a, b, _ in out):
            out.append((partner, m.place, "connection"))
    order = _COMMAND.search(text, sent_start, sent_end)
    # "desde Cartagena coordinaba los envíos … y mantenía contactos con…": a command told
    # before a connection is read too
    if order and (not out or (cue is not None and order.start() < cue.start())) and not (
            _PERSON_MOVE.search(text, sent_start, sent_end)) and not (
            _TRANSFER.search(text, sent_start, sent_end)):
        boss: Place | None = None
        for weak in (False, True):
            for m in here:
                window = text[max(sent_start, m.start - 50) : m.start]
                cue_from = _FROM_PLACE.search(window)
                at = max(sent_start, m.start - 50) + cue_from.start() if cue_from else 0
                if cue_from and _CARGO_BEFORE.search(text, max(sent_start, at - 40), at):
                    cue_from = None  # "coordinated shipments from Haiti": where they left
                if (cue_from and (weak or not cue_from.group().lower().startswith("uit"))) or (
                        _HELD_IN.search(window)) or (
                        _WHO_IN.search(text, max(sent_start, m.start - 30), m.start)
                        and _LIVES_AFTER.match(text, m.end)):
                    # "aangestuurd door een Nederlander die in Amsterdam-Zuidoost woont"; "een
                    # groep uit Osdorp … aangestuurd door een Amsterdammer die vanuit Cali…":
                    # "uit" (where people are from) only when nothing says more
                    boss = m.place
                    break
            if boss is not None:
                break
        whence = _WHENCE.search(text, sent_start, sent_end)
        if boss is None and whence is not None:
            # "arrêté à Marbella, en Espagne, d'où il dirigeait…": the town before "d'où".
            near = [m for m in here if m.end <= whence.start() and whence.start() - m.end < 40]
            if near:
                boss = min(near, key=lambda m: SPECIFICITY.get(m.place.feature_type, 9)).place
        there = _FROM_THERE.search(text, sent_start, order.start()) or _FROM_THIS.search(
            text, sent_start, sent_end)
        if boss is None and there is not None:
            # "Arrêté à Dubaï, il dirigeait depuis cette ville…", "From there he gave orders":
            # the place named just before, in this sentence or the previous one.
            earlier = [m for m in here if m.end <= there.start()] or list(before)
            if earlier:
                boss = min(reversed(earlier),
                           key=lambda m: SPECIFICITY.get(m.place.feature_type, 9)).place
        boss_end = next((m.end for m in here if boss is not None and m.place.id == boss.id), -1)
        co_bosses = {m.place.id for m in here if boss is not None and m.place.id != boss.id
                     and m.start > boss_end and (
                         _HELD_IN.search(text[max(sent_start, m.start - 50) : m.start])
                         or re.search(r"(?:and|et|y|en)\s+(?:from|depuis|desde|vanuit)\s+"
                                      r"(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                                      text[max(sent_start, m.start - 50) : m.start]))}
        # "… dirigida desde Tetuán … y mantendría vínculos con un clan de Motril": the crew is
        # not the partner the connection names
        stop = cue.start() if cue is not None and order.start() < cue.start() else sent_end
        crew = next((m.place for m in here if order.end() <= m.start < stop and boss is not None
                     and m.place.feature_type not in {"continent", "region"}
                     # "desde la cárcel de Ezeiza, en la provincia de Buenos Aires": where the
                     # prison is, not whom it commands
                     and not (0 <= m.start - boss_end < 60 and _WHERE_IT_IS.match(
                         text[boss_end : m.start]))
                     # "… d'où ils donnent leurs ordres, tandis que d'autres, repliés en
                     # Algérie…", "operate from Belgrade and from Kotor": another boss's
                     # place, not the crew
                     and m.place.id not in co_bosses
                     and m.place.id != boss.id and not contains(m.place, boss)
                     and not contains(boss, m.place)), None)
        if crew is None and boss is not None:
            # "la banda que opera en la Comuna 13 recibe órdenes de cabecillas… de Itagüí"
            crew = next((m.place for m in reversed(here) if m.end <= order.start()
                         and m.place.feature_type not in {"continent", "region", "country"}
                         and m.place.id != boss.id and not contains(m.place, boss)
                         and not contains(boss, m.place)), None)
        if crew is None and boss is not None and main is not None and main.id != boss.id and (
                not contains(main, boss) and not contains(boss, main)):
            crew = main  # the network of the story, run from afar
        if boss is not None and crew is not None:
            out.append((boss, crew, "command"))
            out += [(m.place, crew, "command") for m in here if m.place.id in co_bosses
                    and m.place.id != crew.id and not contains(m.place, crew)
                    and not contains(crew, m.place)
                    and m.place.feature_type not in {"continent", "region"}]
    return out


def _inferred_supply(legs: list[Leg], mentions: list[PlaceMention], text: str,
                     sentences: list[Sentence]) -> list[Leg]:
    """Entry port → the city where the article places a retail hotspot, same country.

    Not stated by the text: marked inferred, with the reason, and drawn faint.
    """
    ports = [leg.target for leg in legs if leg.kind == "flow"
             and leg.target.feature_type == "port" and leg.target.country_code]
    out: list[Leg] = []
    seen: set[tuple[str, str]] = set()
    for port in {p.id: p for p in ports}.values():
        cities = {o.place.id: o.place for o in mentions if o.place.feature_type == "city"}
        for sent in sentences:
            if not _RETAIL.search(text, sent.start, sent.end):
                continue
            for m in in_sentence(mentions, sent):
                p = m.place
                if m.nested or p.country_code != port.country_code:
                    continue
                if p.feature_type not in {"city", "neighbourhood", "admin"}:
                    continue
                city = p
                if p.feature_type == "neighbourhood":
                    city = next((c for c in cities.values()
                                 if contains(c, p) and c.name != p.parent), p)
                if city.id == port.id or contains(city, port) or contains(port, city):
                    continue
                if haversine_km(city.lat, city.lon, port.lat, port.lon) < 10:
                    continue
                key = (port.id, city.id)
                if any(o.source.id == port.id and haversine_km(
                        o.target.lat, o.target.lon, city.lat, city.lon) < 15 for o in out):
                    continue  # one hotspot city per port (Anderlecht is Brussels here)
                if key in seen or any(leg.source.id == port.id and leg.target.id == city.id
                                      for leg in legs):
                    continue
                if any(leg.kind == "flow" and not leg.inferred and leg.target.id == city.id
                       for leg in legs):
                    continue  # ("… handed to a cell in Edmonton, which supplied Calgary")
                seen.add(key)
                out.append(Leg(
                    id=f"leg-flow-{port.id}-{city.id}-inferred",
                    source=port, target=city, kind="flow", mode="land", evidence=[],
                    inferred=True,
                    reason=(f"{port.name} is the stated entry port and the article places a "
                            f"retail hotspot in {p.name} ({p.country_code}); the supply route "
                            "between them is not stated"),
                ))
    return out


def _split_antimeridian(coords: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    parts: list[list[tuple[float, float]]] = [[coords[0]]]
    for (x0, y0), (x1, y1) in pairwise(coords):
        if abs(x1 - x0) > 180:
            # Crossing: interpolate the latitude at ±180.
            x1u = x1 + 360 if x1 < x0 else x1 - 360
            edge = 180.0 if x1u > x0 else -180.0
            t = (edge - x0) / (x1u - x0) if x1u != x0 else 0.5
            ymid = y0 + t * (y1 - y0)
            parts[-1].append((edge, ymid))
            parts.append([(-edge, ymid)])
        parts[-1].append((x1, y1))
    return parts


def _as_geometry(coords: list[tuple[float, float]]) -> LineString | MultiLineString:
    norm = [(((x + 180) % 360) - 180 if abs(x) > 180 else x, y) for x, y in coords]
    parts = _split_antimeridian(norm)
    if len(parts) == 1:
        return LineString(parts[0])
    return MultiLineString([p for p in parts if len(p) >= 2])


def _port_of(place: Place, gaz: Gazetteer) -> tuple[float, float] | None:
    """(lon, lat) of the sea port a place ships through: its own, or the nearest in its country."""
    if place.port:
        e = gaz.get(f"unlocode:{place.port}")
        if e:
            return (e.lon, e.lat)
    radius = 800.0 if place.feature_type == "country" else 150.0
    near = [
        (d, e)
        for d, e in gaz.nearest(place.lat, place.lon, max_km=radius, types=("port",))
        if not place.country_code or e.country_code == place.country_code
    ]
    return (near[0][1].lon, near[0][1].lat) if near else None


@functools.lru_cache(maxsize=4096)
def _sea_lane(
    a: tuple[float, float], b: tuple[float, float]
) -> tuple[list[tuple[float, float]], float]:
    """Shipping lane between two ports (cached: a corpus names the same routes again)."""
    import searoute

    route = searoute.searoute(list(a), list(b), units="km")
    coords = [(float(c[0]), float(c[1])) for c in route["geometry"]["coordinates"]]
    return [a, *coords, b], round(float(route["properties"]["length"]), 1)


def leg_geometry(
    source: Place, target: Place, mode: str, *, gazetteer: Gazetteer | None = None
) -> tuple[LineString | MultiLineString, float, str]:
    """Draw a leg: shipping lanes for sea legs, a geodesic line otherwise.

    Parameters
    ----------
    source, target
        End places.
    mode
        sea, land, air or unknown.
    gazetteer
        For the sea ports; the cached one when None.

    Returns
    -------
    tuple
        (geometry in lon/lat, length in km, how it was drawn: ``searoute`` or ``geodesic``).
    """
    gaz = gazetteer or gazetteer_from_cache()
    key = (_place_key(source), _place_key(target), mode, str(gaz.path))
    cached = _DRAWN.get(key)
    if cached is None:
        cached = _draw(source, target, mode, gaz)
        if len(_DRAWN) >= 8192:
            _DRAWN.clear()
        _DRAWN[key] = cached
    return cached


_DRAWN: dict[tuple[object, ...], tuple[LineString | MultiLineString, float, str]] = {}


def _place_key(p: Place) -> tuple[object, ...]:
    return (p.id, p.lat, p.lon, p.port, p.country_code, p.feature_type)


def _draw(
    source: Place, target: Place, mode: str, gaz: Gazetteer
) -> tuple[LineString | MultiLineString, float, str]:
    if mode == "sea":
        a, b = _port_of(source, gaz), _port_of(target, gaz)
        if a and b and a != b:
            try:
                coords, km = _sea_lane(a, b)
                return _as_geometry(coords), km, "searoute"
            except Exception as exc:
                log.warning("no sea lane from %s to %s (%s); drawing a geodesic", source.name,
                            target.name, exc)
    n = max(2, min(64, int(haversine_km(source.lat, source.lon, target.lat, target.lon) / 100)))
    inner = GEOD.npts(source.lon, source.lat, target.lon, target.lat, n)
    coords = [(source.lon, source.lat), *inner, (target.lon, target.lat)]
    length = GEOD.line_length([c[0] for c in coords], [c[1] for c in coords]) / 1000
    return _as_geometry(coords), round(length, 1), "geodesic"


def _into_story_town(legs: list[Leg], main: Place | None) -> list[Leg]:
    """A ship bound for the division the story's town lies in goes to that town.

    "un porte-conteneurs à destination de la Normandie" in a story filed from Le Havre:
    Le Havre, and the onward trip to Île-de-France leaves from there. (Not a state a load is
    driven into: "from Mexico into Massachusetts" in a Boston story may end anywhere in it.)
    """
    if main is None or main.feature_type not in {"city", "port", "neighbourhood"}:
        return legs
    bound = {leg.target.id for leg in legs if leg.kind == "flow" and leg.mode == "sea"}
    regions = {p.id for leg in legs for p in (leg.source, leg.target)
               if p.id in bound and p.feature_type == "admin" and contains(p, main)}
    if not regions:
        return legs
    out: dict[tuple[str, str, str], Leg] = {}
    for leg in legs:
        if leg.kind == "flow":
            source = main if leg.source.id in regions else leg.source
            target = main if leg.target.id in regions else leg.target
            if source.id == target.id or contains(source, target) or contains(target, source):
                continue
            if (source, target) != (leg.source, leg.target):
                leg = replace(leg, id=f"leg-flow-{source.id}-{target.id}", source=source,
                              target=target)
        key = (leg.source.id, leg.target.id, leg.kind)
        if key in out:
            out[key].evidence += [e for e in leg.evidence
                                  if all(e.start != f.start for f in out[key].evidence)]
        else:
            out[key] = leg
    return list(out.values())


def _subsumed(legs: list[Leg]) -> list[Leg]:
    """Drop a flow to (from) a region when a flow from (to) the same place names a place in it."""
    out = []
    for leg in legs:
        finer = any(
            o is not leg and o.kind == leg.kind == "flow"
            and (
                (o.source.id == leg.source.id and contains(leg.target, o.target))
                or (o.target.id == leg.target.id and contains(leg.source, o.source))
            )
            for o in legs
        )
        if not finer:
            out.append(leg)
    return out


def legs_from_article(
    article: Article,
    parsed: Parsed,
    places: list[Place],
    *,
    gazetteer: Gazetteer | None = None,
) -> list[Leg]:
    """Find the flows and links an article states, and draw them.

    Parameters
    ----------
    article
        The article.
    parsed
        Its parse (sentences).
    places
        Its geocoded places; their ``roles`` are filled in.
    gazetteer
        For sea ports; the cached one when None.

    Returns
    -------
    list of Leg
        One leg per (source, target, kind), with all its evidence.

    Examples
    --------
    >>> import routes
    >>> text = "La cocaïne arrive en provenance du Panama à destination du port d’Anvers."
    >>> case = routes.case_from_text(text)  # doctest: +SKIP
    >>> [(leg.source.name, leg.target.name, leg.mode) for leg in case.leg_items]  # doctest: +SKIP
    [('Panama', 'Antwerp', 'sea')]
    """
    mentions = place_mentions(places)
    source = article.url or article.source
    text = article.text
    legs: dict[tuple[str, str, str], Leg] = {}
    carry: _Chain | None = None
    entry_port: Place | None = None
    lab: Place | None = None
    fresh_port = False  # the entry port was named after the carried chain
    near = False  # the carried chain is from this paragraph
    paragraph = -1
    here: list[PlaceMention] = []
    main = _main_place(article, mentions)
    prev_any: Sentence | None = None  # the sentence before, with or without a place
    prev_sent: Sentence | None = None  # the last sentence that named a place
    this_sent: Sentence | None = None
    last_named: dict[str, Sentence] = {}  # place id -> the last sentence that named it
    for sent in parsed.sentences:
        if sent.paragraph != paragraph:
            near, paragraph = False, sent.paragraph
        previous, here = here, [m for m in in_sentence(mentions, sent) if not m.nested]
        before_any, prev_any = prev_any, sent
        if not here:
            continue
        prev_sent, this_sent = this_sent, sent
        found: list[tuple[Place, Place, str]] = []
        context: dict[str, str] = {}  # flow ends the text does not tie to this sentence: why
        cite: dict[str, Sentence] = {}  # flow ends named in an earlier sentence: which
        links = _links_in(text, sent.start, sent.end, here, previous, main)
        bosses = {a.id for a, _, rel in links if rel == "command"}
        lab_at = _LAB_AT.search(sent.text)
        if lab_at is not None and re.search(
                r"(?<!\w)(?:een\s+van\s+de|one\s+of\s+the|l['’]un\s+des|uno\s+de\s+los|ook|"
                r"also|aussi|también|other|autres|otr[oa]s|andere)\s+(?:[\w-]+\s+){0,2}$",
                sent.text[max(0, lab_at.start() - 40) : lab_at.start()], re.I):
            # "een van de grootste labs die we in Twente hebben aangetroffen", "dat ook
            # plantages uitbaat in Henegouwen": other labs, not the one of the story
            lab_at = None
        if lab_at is not None and _FOR_THE.search(sent.text, 0, lab_at.start()):
            lab_at = None  # "De grondstoffen voor het lab kwamen uit China": what it was sent
        # "un laboratorio clandestino en … Tancítaro"; but "La droga producida en el
        # laboratorio era llevada a Uruapan" names where it went, not the lab
        after = [] if lab_at is None else [
            m for m in here if 0 <= m.start - (sent.start + lab_at.start()) <= 160]
        if after:
            at_lab = min(after, key=lambda m: SPECIFICITY.get(m.place.feature_type, 9)).place
            # ("de productie van crystal meth in Nederland": the lab known is in there)
            lab = at_lab if lab is None or not contains(at_lab, lab) else lab
        elif (a_lab := _A_LAB.search(sent.text)) is not None:
            # "in Baarle-Nassau een groot laboratorium": a lab told for the first time (the
            # nearest of the most specific places: not "APELDOORN (ANP) -" before it)
            at = sent.start + a_lab.start()
            # ("op een boerderij in Bocholtz, in de gemeente Simpelveld": the village, not
            # the municipality it belongs to)
            towns = [m for m in here if not _MUNICIPALITY_BEFORE.search(
                text, max(0, m.start - 25), m.start)] or here
            lab = min(towns, key=lambda m: (SPECIFICITY.get(m.place.feature_type, 9),
                                            abs(m.start - at))).place
        flow_here = here
        moved = _PERSON_MOVE.search(sent.text)
        drug = None if moved is None else _DRUG_WORD.search(sent.text, moved.end())
        if drug is not None:
            # "extraditado al Perú por enviar cocaína desde el puerto de Paita hacia
            # Algeciras": the person's move, then the drugs' path
            flow_here = [m for m in here if m.start >= sent.start + drug.end()]
            if len(flow_here) >= 2:
                moved = None
            else:
                flow_here = here
        if moved is not None or _MONEY_SUBJECT.match(sent.text) or (
                _TRANSFER.search(sent.text) and not _VEHICLE.search(sent.text)
                and not _DRUG_TRANSFERRED.search(sent.text)
                and not _DRUG_SUBJECT.match(sent.text)):
            pass
        elif _DRUG_CONTEXT.search(sent.text) or _RETAIL.search(sent.text) or _SEIZED.search(
                sent.text) or _BUYS.search(sent.text) or (
                _VEHICLE.search(sent.text) and _ORIGIN_START.search(sent.text)
                and (entry_port is not None or (
                    # "[In die container vond de douane 540 kilo cocaïne. …] Het schip met de
                    # bananen was vertrokken uit Puerto Bolívar": the ship that brought them
                    _SHIP_OF.search(sent.text) and _DRUG_CONTEXT.search(
                        text, max(0, sent.start - 600), sent.start)))) or (
                # "le camion avait été chargé dans un entrepôt de la région de Venlo"
                _VEHICLE.search(sent.text) and _LOADING_START.search(sent.text)) or (
                carry is not None and (
                near or _DRUG_ANAPHOR.search(text, sent.start, here[0].start))) or (
                # "In de loods lag 1.400 kilo houtskool waarin cocaïne was verwerkt. Volgens
                # het OM was die vanuit Barranquilla naar Antwerpen verscheept": what the
                # sentence before told of, shipped
                _SHIPPED.search(sent.text) and before_any is not None
                and before_any.paragraph == sent.paragraph
                and _DRUG_CONTEXT.search(before_any.text)) or (
                # "officers at Kotoka International Airport arrested a woman as she attempted
                # to board a flight to London Heathrow. She had swallowed 82 pellets of cocaine"
                _BOARDING.search(sent.text) and _ARRESTED.search(sent.text)
                and _DRUG_CONTEXT.search(text, max(0, sent.start - 300), sent.end + 300)) or (
                # "[… arrested at the airport after officers found cocaine in her suitcase.]
                # She had arrived on a flight from São Paulo via Addis Ababa"
                _ARRIVED_ON_FLIGHT.search(sent.text)
                and _DRUG_CONTEXT.search(text, max(0, sent.start - 300), sent.start)):
            there = _FROM_THERE.match(sent.text.lstrip(" \t\"'«“—-"))
            placed = set() if carry is None else {
                p.id for p in carry.origins + carry.transits + carry.destinations}
            if there is not None and previous and not any(
                    m.place.id in placed or _is_water(m.place) for m in previous):
                # "[… based on the Orchard Park estate, where … safe flats used to store the
                # drug.] From there, couriers delivered cocaine to Grimsby": from the place the
                # sentence before named, though it told no trip
                last_told = min(reversed(previous),
                                key=lambda m: SPECIFICITY.get(m.place.feature_type, 9))
                carry, near = _Chain(destinations=[last_told.place]), True
            pairs, chain, refined = _flows_in(
                text, sent.start, flow_here, carry, near, entry_port, main, lab, fresh_port
            )
            context = _context_ends(pairs, here, entry_port, main, lab, carry)
            if chain.home_end is not None and chain.home_end.id not in context:
                # ("ROUEN – La cocaïne était fournie par un grossiste installé à Sevran": the
                # dateline names the town, not where the drugs went)
                context[chain.home_end.id] = (
                    f"{chain.home_end.name} is not told as where the drugs went: {_MAIN_PLACE}")
            anaphor = bool(_DRUG_ANAPHOR.search(text, sent.start, here[-1].end)
                           or _FROM_THERE.search(text, sent.start, here[-1].end))
            for pid in list(context):
                if any(p is not None and pid == p.id for p in (chain.home_end, *chain.untold)):
                    continue  # an end taken from the story (the network's home, a lab): inferred
                told = last_named.get(pid)
                if told is not None and (anaphor or (
                        told is prev_sent and told.paragraph == sent.paragraph)):
                    # "The cocaine was then trucked north to Milan": the drugs are those of
                    # the sentence that named where they were; quote it too.
                    cite[pid] = told
                    del context[pid]
            before_port = entry_port
            for m in here:
                if (chain.transits or chain.destinations) and any(
                        o.id == m.place.id for o in chain.origins):
                    continue  # "zarpado del puerto de Buenaventura… escala en Panamá": a start
                if main is not None and m.place in chain.transits and (
                        m.place.country_code != main.country_code):
                    continue  # "transshipped at the port of Caucedo": not where it came in
                if _is_port(m.place) or (m.place.feature_type in {"city", "neighbourhood"} and (
                        _AT_PORT.search(text[max(sent.start, m.start - 30) : m.start])
                        or _PORT_AFTER.match(text, m.end))):
                    # ("at the Suffolk port": a county is not a port)
                    entry_port = m.place
            # "brokers operate from Belgrade": where a boss commands from is not an origin.
            found += [(a, b, "flow") for a, b in pairs if a.id not in bosses]
            for a, b in refined:
                legs.pop((a.id, b.id, "flow"), None)
            chain.origins = [p for p in chain.origins if p.id not in bosses]
            if chain.origins or chain.destinations or any(
                    # "La marchandise franchissait la frontière par le péage du Boulou.": a
                    # town crossed, carried to where it went next
                    t.feature_type in {"city", "port"} for t in chain.transits):
                carry, near = chain, True
                fresh_port = False
            elif entry_port is not None and (entry_port is not before_port or any(
                    m.place.id == entry_port.id for m in here)):
                fresh_port = True  # the port was named (again) after the carried chain
        relation = {(a.id, b.id): rel for a, b, rel in links}
        found += [(a, b, "link") for a, b, _ in links]
        for a, b, kind in found:
            rel = relation.get((a.id, b.id), "")
            if kind == "link" and rel != "command":
                a, b = sorted((a, b), key=lambda p: p.id)
            key = (a.id, b.id, kind)
            why = [context[p.id] for p in (a, b) if kind == "flow" and p.id in context]
            quoted = sorted({cite[p.id].start: cite[p.id] for p in (a, b)
                           if kind == "flow" and p.id in cite and not why}.items())
            evs = [evidence_of(t, source) for _, t in quoted] + [evidence_of(sent, source)]
            if key in legs:
                leg = legs[key]
                if leg.inferred and not why:
                    leg.inferred, leg.reason = False, ""  # stated after all
                for ev in evs:
                    if all(e.start != ev.start for e in leg.evidence):
                        leg.evidence.append(ev)
                continue
            mode = _mode(sent.text, a, b) if kind == "flow" else "unknown"
            legs[key] = Leg(
                id=f"leg-{kind}-{a.id}-{b.id}",
                source=a,
                target=b,
                kind=kind,
                mode=mode,
                evidence=evs,
                relation=rel,
                inferred=bool(why),
                reason="; ".join(why),
            )
        for m in in_sentence(mentions, sent):
            last_named[m.place.id] = sent
    out = _subsumed(_into_story_town(list(legs.values()), main))
    out += _inferred_supply(out, mentions, text, parsed.sentences)
    gaz = gazetteer or gazetteer_from_cache()
    for leg in out:
        geom, km, how = leg_geometry(leg.source, leg.target, leg.mode, gazetteer=gaz)
        leg.geometry, leg.length_km = geom, km
        if leg.kind == "flow":
            leg.roles = {"source": "origin", "target": "destination"}
            _add_role(leg.source, "origin" if not _is_target(out, leg.source) else "transit")
            _add_role(leg.target, "destination" if not _is_source(out, leg.target) else "transit")
        log.debug("leg %s drawn by %s (%.0f km)", leg.id, how, km)
    out.sort(key=lambda leg: (leg.evidence[0].start if leg.evidence else 1 << 30, leg.id))
    return out


#: Why an end taken from the story is its main place.
_MAIN_PLACE = "the article's main place (its dateline or most named town)"


def _context_ends(
    pairs: list[tuple[Place, Place]], here: list[PlaceMention],
    entry_port: Place | None, home: Place | None, lab: Place | None, carry: _Chain | None,
) -> dict[str, str]:
    """Flow ends that the sentence does not name: why the tool took them from the context.

    Unless the sentence refers back to them ("the drugs were then…") or the sentence before
    names them, a leg with such an end is not stated: it is marked inferred with this reason.
    """
    named = {m.place.id for m in here}
    out: dict[str, str] = {}
    for p in {p.id: p for pair in pairs for p in pair}.values():
        if p.id in named:
            continue
        if entry_port is not None and p.id == entry_port.id:
            why = "the port the article last named where drugs came in or were found"
        elif lab is not None and p.id == lab.id:
            why = "where the article last placed a drug lab"
        elif home is not None and p.id == home.id:
            why = _MAIN_PLACE
        elif carry is not None and any(
                p.id == q.id for q in carry.origins + carry.transits + carry.destinations):
            why = "the route told earlier in the article"
        else:
            why = "named earlier in the article"
        out[p.id] = f"{p.name} is not named in the sentence: {why}"
    return out


def _is_target(legs: list[Leg], p: Place) -> bool:
    return any(leg.kind == "flow" and leg.target.id == p.id for leg in legs)


def _is_source(legs: list[Leg], p: Place) -> bool:
    return any(leg.kind == "flow" and leg.source.id == p.id for leg in legs)


def _add_role(p: Place, role: str) -> None:
    if role not in p.roles:
        p.roles.append(role)
        p.roles.sort()


