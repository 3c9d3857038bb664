"""Incidents: typed, dated, placed and sourced events (seizures, arrests, shootings…).

A first, general reader: multilingual trigger lexicons on word forms (fr, en, es, nl), the
place nearest the trigger in the sentence (or the place an anaphor such as "ce quartier"
points back to), dates from :mod:`routes._dates`, hedges marked ``alleged``, and one incident
per event within an article (restatements of the same event are merged).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any

from routes._dates import DateMention, dates_in
from routes._evidence import (
    DISTANCE,
    LANDMARK_ARTICLE,
    PERSON_FROM,
    SPECIFICITY,
    Evidence,
    PlaceMention,
    contains,
    evidence_of,
    in_sentence,
    mentions_before,
    place_mentions,
)
from routes._nlp import Parsed, Sentence
from routes._text import COMPASS, DRUG_NOUNS, LIST_GAP, WHERE_WORD
from routes.geocode import Place, is_airport
from routes.ingest import Article, dateline_span

__all__ = ["INCIDENT_TYPES", "Incident", "incidents_from_article"]

INCIDENT_TYPES = (
    "seizure", "arrest", "shooting", "murder", "kidnapping", "raid", "attack", "extradition",
    "conviction", "other",
)

# (type, pattern) in priority order: attempted murder is an attack, not a murder.
_W = r"(?<!\w)"
# What washes ashore, and how it is told.
_DRUGGED = (r"(?:cocaïne|cocaine|cocaína|drugs?|drogues?|drogas?|hasj|hachís|haschich|cannabis|"
            r"pakketten|pakket|packages?|paquetes|paquets|colis|ballots|bales|balen|fardos|"
            r"bricks)(?!\w)")
_WASHED = (r"(?<!\w)(?:aangespoeld|spoel(?:de|den|t)\s+(?:[\w'-]+\s+){0,8}?aan(?!\w)|"
           r"washed\s+(?:up|ashore)|échouée?s?\s+sur|rejetée?s?\s+par\s+la\s+mer|"
           r"arrastrad[oa]s?\s+por\s+el\s+mar|aparec(?:ieron|ió)\s+(?:[\w-]+\s+){0,3}?en\s+la\s+"
           r"(?:playa|orilla|costa))")
TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (t, re.compile(_W + p + r"(?!\w)", re.IGNORECASE))
    for t, p in [
        ("attack", r"(?:tentatives?\s+d['’]assassinat|tentatives?\s+de\s+meurtre|"
                   r"tentatives?\s+d['’]homicide|attempted\s+homicide|"
                   r"attempting\s+to\s+(?:murder|kill)|attempted\s+"
                   r"murders?|attempted\s+killings?|intentos?\s+de\s+(?:asesinato|homicidio)|"
                   r"pogingen?\s+tot\s+(?:moord|doodslag)|attentats?|explosions?|explosifs?|"
                   r"grenades?|incendies?\s+criminels?|arson|explosives?|explosieven|"
                   r"aanslag(?:en)?|intimidations?|explosión|explosies?|atentados?|embisti\w+|embestid[oa]s?|"
                   r"rammed|éperonn\w+|geramd|explosivos|ataques?\s+(?:con\s+explosivos|armad[oa]s?)|"
                   # ("is een explosief ontploft aan de voordeur")
                   r"(?:hand)?grana(?:at|ten)|ontplof(?:te|ten|t|fing(?:en)?)|explodeerde|"
                   r"petrol\s+bombs?|fire-?bomb(?:s|ed|ing)?|molotov(?:\s+cocktails?)?|"
                   r"cocktails?\s+molotov|bombas?\s+incendiarias?|brandbom(?:men)?|"
                   r"set\s+fire\s+to\s+(?:a|the|his|her|their)\s+(?:home|house|flat|door)|"
                   # "une voiture a été incendiée", "incendiaron nueve vehículos", "torched"
                   r"(?:a|ont)\s+été\s+incendiée?s?|(?:a|ont)\s+incendié|incendi(?:ó|aron)|"
                   r"prendi(?:ó|eron)\s+fuego|torched|set\s+alight|in\s+brand\s+gestoken|"
                   r"prendieron\s+fuego\s+a\s+(?:la|una)\s+(?:casa|vivienda)|"
                   r"mis\s+le\s+feu\s+à\s+(?:la|une)\s+(?:maison|porte|appartement))"),
        ("kidnapping", r"(?:enlèvements?|enlevée?s?|séquestrations?|séquestrée?s?|kidnapp\w*|"
                       r"abduct\w*|gekidnapt|secuestros?|secuestrad[oa]s?|ontvoering(?:en)?|ontvoerd|"
                       r"gijzeling(?:en)?|gegijzeld|privad[oa]s?\s+de\s+(?:la|su)\s+libertad|"
                       # "werd een 24-jarige man in een busje getrokken", "in een bestelwagen
                       # gesleurd", "forced into a van", "subido a la fuerza a una camioneta"
                       r"in\s+een\s+(?:busje|bestelwagen|bestelbus|auto|wagen)\s+"
                       r"(?:getrokken|gesleurd|geduwd)|"
                       r"(?:forced|bundled|dragged)\s+into\s+(?:a|an|the)\s+(?:van|car|vehicle)|"
                       r"subid[oa]s?\s+a\s+la\s+fuerza)"),
        ("shooting", r"(?:tuée?s?\s+par\s+balles?|blessée?s?\s+par\s+balles?|"
                     r"mort(?:e|s|es)?\s+par\s+balles?|"
                     r"(?:wounded|injured)\s+by\s+gunfire|herid[oa]s?\s+de\s+bala|"
                     r"neergeschoten|abattue?s?|shot\s+dead|gunned\s+down|"
                     r"(?:asesinad|muert)[oa]s?\s+a\s+(?:tiros|balazos)|doodgeschoten|"
                     r"(?:ouvert|ouvrent|ouvre)\s+le\s+feu|opened\s+fire|abrieron\s+fuego|"
                     r"openden\s+het\s+vuur|fusillades?|coups?\s+de\s+feu|échanges?\s+de\s+tirs|tirs?|"
                     r"shootings?|shot\s+(?:at|dead)|gunfire|gunmen|tiroteos?|balaceras?|"
                     r"balead[oa]s?|tirotead[oa]s?|disparos?|schietpartij(?:en)?|beschoten|schoten|"
                     # "de beschieting van een woning", "werd … op een geparkeerde auto
                     # geschoten"
                     r"beschietingen|beschieting|(?:werd|werden|is|zijn)\s+(?:[\w-]+\s+){0,8}?"
                     r"(?:op|naar)\s+(?:[\w-]+\s+){0,4}?geschoten|"
                     r"kogels?\s+(?:\w+\s+){0,2}afgevuurd|dispar(?:ó|aron|aban)|"
                     r"fired\s+(?:shots\s+)?(?:at|on)|(?:ont|a)\s+tiré|vuurden\s+op|"
                     r"(?:was|were|been|being|is|are)\s+shot|shot\s+and\s+(?:wounded|injured))"),
        ("murder", r"(?:meurtres?|assassinats?|assassinée?s?|tuée?s?|homicides?|"
                   r"murder(?:s|ed)?|killed|killings?|asesinatos?|asesinad[oa]s?|homicidios?|"
                   # "Dos hombres fueron ejecutados a bordo de una camioneta" (Mexico)
                   r"(?:fue|fueron|resultó|resultaron)\s+ejecutad[oa]s?|"
                   r"moord(?:en)?|vermoord|liquidaties?|massacres?|masacres?|slachtpartij|"
                   r"doodgestoken|stabbed\s+to\s+death|fatally\s+stabbed|"
                   r"poignardée?s?\s+à\s+mort|mortellement\s+poignardée?s?|"
                   # "los cuerpos de dos hombres con impactos de arma de fuego fueron hallados":
                   # bodies found with the marks of a killing
                   r"(?:cuerpos?|cadáver(?:es)?|corps|bod(?:y|ies)|lichamen|lichaam)"
                   r"(?=[^.;]{0,160}?(?:arma\s+de\s+fuego|balas?|balazos|disparos?|balles|"
                   r"gunshot|shot|schotwond\w*|kogels?|tortur\w*|maniatad\w*|ejecutad\w*|"
                   r"criblée?s?))(?=[^.;]{0,160}?(?:hallad|encontrad|découvert|retrouvé|found|"
                   r"gevonden|aangetroffen)))"),
        ("extradition", r"(?:extraditions?|extradée?s?|extradited|extradición|extraditad[oa]s?|"
                        r"extradit(?:ó|aron)|uitlevering|uitgeleverd|remise?s?\s+par|"
                        r"handed\s+over\s+to\s+(?:the\s+)?(?:[\w.]+\s+){0,2}(?:authorities|"
                        r"justice)|"
                        # "a été remis aux autorités françaises à Forbach"
                        r"remise?s?\s+(?:aux\s+autorités|à\s+la\s+justice)|entregad[oa]s?\s+por|overgedragen|overgeleverd|"
                        # "Bolivia expulsó a un ciudadano brasileño buscado…" (the act, not
                        # "who was deported in 2022")
                        # (not "ont expulsé près de quatre kilos de drogue": swallowed pellets)
                        r"(?:expuls(?:ó|aron)|(?:a|ont)\s+expulsé|expelled)"
                        r"(?![^.;]{0,60}(?:kilos?|grammes|gramos|grams|ovules|capsules|"
                        r"cápsulas|bolitas|pellets|boulettes|drogue|droga|cocaïne|cocaína|"
                        r"cocaine)))"),
        ("conviction", r"(?:condamnée?s?|condamnations?|condamn(?:ait|aient|a|ent|èrent)|"
                       r"sentenced|convicted|condenad[oa]s?|"
                       r"condenas?|conden(?:ó|aron|ara|aran)|veroordeeld|veroordeelde(?:n)?|"
                       r"veroordeling(?:en)?|jailed|imprisoned|"
                       # "Le tribunal … a rendu jeudi soir son jugement": the verdict told first
                       r"rendu(?=\s+(?:[\w-]+\s+){0,3}?(?:son|leur|sa)\s+(?:jugement|verdict))|"
                       r"dict(?:ó|aron)\s+sentencia|handed\s+down\s+(?:its\s+|the\s+)?verdict)"),
        ("raid", r"(?:perquisitions?|perquisitionn\w+|descentes?\s+de\s+police|"
                 r"coups?\s+de\s+filet|raids?|raided|"
                 r"(?:executed|carried\s+out|served)\s+(?:\w+\s+)?(?:search\s+)?warrants|"
                 r"allanamientos?|redadas?|operativos?|huiszoeking(?:en)?|inval(?:len)?|"
                 r"doorzoeking(?:en)?|"
                 # "catearon un rancho en Mazatán" (Mexico)
                 r"cate(?:os?|ó|aron|ad[oa]s?)|"
                 # "Dinsdag doorzocht de politie woningen in Terneuzen"
                 r"doorzocht(?:en)?|"
                 # "El martes registraron una nave industrial", "registros en sus domicilios"
                 r"registr(?:ó|aron)(?=\s+(?:una|un|la|el|las|los|varias|varios)\s)|"
                 r"registros(?=\s+(?:en|de)\s)|"
                 r"registr(?:ó|aron)(?=\s+(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
                 r"diez|once|doce|quince|veinte)\s+(?:domicilios|viviendas|inmuebles|pisos|"
                 r"casas|locales|naves))|"
                 r"binnengevallen|viel(?:en)?\s+(?:[\w-]+\s+){0,6}binnen|allan(?:ó|aron)|"
                 # headlines in the present: "OIJ allana 14 viviendas en Hatillo"
                 r"allanan?(?=\s+(?:\d+|una|un|varias|varios|dos|tres|cuatro|cinco|seis|siete|"
                 r"ocho|nueve|diez|la|el|las|los)\s)|"
                 r"opérations?\s+(?:antidrogue|anti-drogue|de\s+police|coup\s+de\s+poing|"
                 r"[\"«“]?\s*place\s+nette)|operaci(?:ón|ones)\s+antidroga|politie-?inval(?:len)?|"
                 r"dismantled|démantelée?s?|desmantelad[oa]s?|desmantel(?:ó|aron|aran|ara|en)|ontmanteld|"
                 r"opgerold|"
                 # "detectives searched homes in Mirrabooka"
                 r"searched\s+(?:\w+\s+)?(?:homes?|houses?|propert(?:y|ies)|premises|"
                 r"addresses|flats?|apartments?)|"
                 # "werd een cocaïnewasserij ontdekt", "a drug lab was found": a lab found
                 r"(?:labo\w*|laboratoires?|drugslab\w*|\w*wasserij|\w*kwekerij|laborator(?:y|ies)|"
                 r"labs?|laboratorios?|cocinas?|fábricas?\s+de\s+cocaína)\s+(?:[\w-]+\s+){0,6}?"
                 r"(?:ontdekt|aangetroffen|découverte?s?|discovered|found|descubiert[oa]s?|"
                 r"hallad[oa]s?|localizad[oa]s?)|"
                 # "In april trof de politie in een schuur in Deurne een drugslab aan"
                 r"tr(?:of|offen)\s+(?:[\w'-]+\s+){1,12}?(?:drugslab\w*|\w*lab|laboratorium|"
                 r"\w*wasserij|\w*kwekerij)\s+aan)"),
        ("arrest", r"(?:arrestations?|arrêtée?s?|interpellée?s?|interpellations?|appréhendée?s?|"
                   r"arrest(?:ed|s|ing)?(?!\s+warrant)|detained|detenid[oa]s?|detenci(?:ón|ones)|"
                   r"arrestad[oa]s?|capturad[oa]s?|"
                   # (not "the truck then picked up its cover load")
                   r"picked\s+up(?!\s+(?:its|the|a|an|some|their|his|her|goods|cargo)\s)|"
                   r"rounded\s+up|aprehendid[oa]s|aprehendi(?:ó|eron)|detuv(?:o|ieron|iera|ieran)|arrest(?:ó|aron)|"
                   # headlines in the present: "La Policía detiene a cinco personas"
                   r"detienen?(?=\s+a\s)|"
                   r"captur(?:ó|aron|ara|aran)|"
                   r"aangehouden|gearresteerd|arrestaties?|"
                   r"opgepakt|aanhouding(?:en)?|(?:op\s+heterdaad\s+)?betrapt|"
                   # the verb of a Dutch subordinate clause: "toen de marechaussee … een
                   # bestelbus aanhield", "nadat de politie hen oppakte"
                   r"aanhield(?:en)?|oppakte(?:n)?|arresteerde(?:n)?|"
                   # "hield de politie in Gronau twee koeriers aan", "pakte … op": split verbs
                   # ("hield de douane aan de grensovergang … tegen": "aan" a preposition)
                   r"(?:hield(?:en)?|houdt|pakte(?:n)?|pakt)\s+(?:[\w'-]+\s+){1,12}?(?:aan|op)"
                   r"(?!\w)(?!\s+(?:de|het|een|den)\s))"),
        ("seizure", r"(?:saisies?|saisie?s?\s+(?:de|d['’])|saisi(?:e|es|s)?|saisiss\w+|"
                    r"seiz(?:ed|ure|ures)|"
                    r"confiscat\w*|incautaci(?:ón|ones)|incautad[oa]s?|incaut(?:ó|aron|an?)|"
                    r"decomis\w*|inbeslagnames?|in\s+beslag\s+genomen|onderschept(?:en|e)?|"
                    r"intercept\w+|requis(?:ó|aron|ad[oa]s?)|(?:découvert|trouvé|discovered|found|hallad|"
                    r"aprehendi|aprehender|vond(?:en)?\s|"
                    r"encontrad|encontr(?:ó|aron)\s|descubiert|intervin|interviene|intervenid|aangetroffen|ontdekt|"
                    r"gevonden|hall(?:ó|aron)|uncover|"
                    r"secuestr(?:ó|aron|ad[oa]s?)|"
                    # "aseguraron el domingo una embarcación con mil 120 kilos" (Mexico)
                    r"asegur(?:ó|aron|ad[oa]s?)|"
                    r"localiz|located|recovered|recuper|"
                    # ("ont déjoué, dimanche, une tentative d'exportation de 12,6 tonnes")
                    r"déjou|foiled|frustr(?:ó|aron|ad[oa]s?)|verijdeld|"
                    # ("trof de politie … nog 1.200 planten aan")
                    r"vondst|tr(?:of|offen)\s"
                    r")\w*(?=[^.;]{0,60}?(?:\d[\d.,  ]*|(?<!\w)(?:dos|tres|cuatro|cinco|"
                    r"seis|two|three|four|five|six|deux|trois|quatre|cinq|twee|drie|vier|vijf|"
                    # ("près de neuf kilos de cocaïne")
                    r"sept|huit|neuf|dix|seven|eight|nine|ten|siete|ocho|nueve|diez|zeven|acht|"
                    r"negen|tien|"
                    # ("aseguraron más de una tonelada de cocaína")
                    r"zes|una|un|one|a|une|een)\s+)\s*(?:kilos?|kg|tonnes?|tons?|toneladas?|ton|"
                    # ("découvert 600 grammes de cocaïne")
                    r"grammes|grams|gramos|gram|"
                    # ("found more than 1,100 pounds of cocaine": US reports)
                    r"kilogram\w*|pounds?|lbs?|libras|"
                    # "troopers found roughly 410,000 blue pills"
                    r"(?:[\w-]+\s+){0,2}(?:pills|pillen|pastillas|comprimés|comprimidos|tablets|"
                    r"pilules)(?!\w)|"
                    # ("trof de politie in een hoeve nog 1.200 planten aan": a plantation)
                    r"(?:cannabis\s*)?(?:planten|plants|plantas|plants|pieds|plantes)(?!\w)|"
                    # "found 287 blocks of cocaine", "ocho ladrillos de cocaína": a count of
                    # packs, the drug named
                    r"(?:blocks|bricks|packages|packets|parcels|paquetes|ladrillos|panelas|"
                    r"bultos|paquets|pains|briques|blokken|pakketten|pakken|balen|bales|"
                    # ("found 300 wraps of crack and heroin")
                    r"wraps|pochons|bolsitas|papelinas|bolletjes)\s+"
                    r"(?:of|de|d['’]|met|van)\s+(?:[\w-]+\s+)?(?:" + DRUG_NOUNS + r"|crack|"
                    r"meth\w*|ecstasy|xtc)))|"
                    # "Around 180kg of the drug, worth £14 million, was found hidden": the
                    # amount first, the verb passive
                    r"\d[\d.,  ]*\s*(?:kilos?|kg|kilograms?|tonnes?|tons?|toneladas?)(?!\w)"
                    r"[^.;]{0,80}?\s(?:was|were|have\s+been|had\s+been|a\s+été|ont\s+été|"
                    r"avaient\s+été|fue|fueron|han\s+sido|habían\s+sido)\s+(?:found|seized|"
                    r"discovered|intercepted|saisie?s?|découverte?s?|trouvée?s?|interceptée?s?|"
                    r"incautad[oa]s?|hallad[oa]s?|encontrad[oa]s?|interceptad[oa]s?)|"
                    # "vond de politie in een garagebox in Badhoevedorp, die … werd gehuurd, nog
                    # eens 41 kilo cocaïne": the Dutch verb second, the amount far after it
                    r"vond(?:en)?\s[^.;]{0,120}?\d[\d.,]*\s*(?:kilo|kg|ton)(?!\w)|"
                    # "heeft in de haven 1600 kilo cocaïne gevonden": the amount comes first
                    # ("1200 kilo cocaïne die in mei in Vlissingen werd gevonden")
                    r"\d[\d.,  ]*\s*(?:kilos?|kg|ton)\s+(?:[\w-]+\s+){0,8}?"
                    r"(?:gevonden|aangetroffen|ontdekt|onderschept|aantrof(?:fen)?(?!\w))|"
                    # "… the 1.2 tonnes … where Border Force officers found it": the amount told
                    # before the verb, which takes a pronoun (kept only when an amount is told)
                    r"(?:found|seized|discovered|intercepted)\s+(?:it|them)|"
                    # "The drugs, with an estimated street value of £3.2 million, were
                    # discovered on Thursday 12 September": the seizure told again, with its day
                    r"(?:the\s+(?:drugs?|cocaine|heroin|cannabis)|la\s+(?:drogue|droga|cocaïne|"
                    r"cocaína)|de\s+(?:drugs|cocaïne))(?:[\s,]+[^;]{0,80}?)?\s(?:were|was|a\s+été|"
                    r"ont\s+été|fue|fueron|werd|werden)\s+(?:discovered|found|seized|"
                    r"découverte?s?|saisie?s?|trouvée?s?|hallad[oa]s?|encontrad[oa]s?|"
                    r"incautad[oa]s?|gevonden|ontdekt|aangetroffen)(?=\s+(?:on|le|el|op)\s)|"
                    r"l['’](?:ont|a)\s+(?:saisie?s?|découverte?s?|trouvée?s?|interceptée?s?)|"
                    r"l[oa]s?\s+(?:encontraron|hallaron|incautaron|interceptaron|descubrieron)|"
                    r"vonden\s+(?:het|ze)|onderschepten\s+(?:het|ze)|"
                    # "officers … found the cocaine packed in 380 bricks": the drug told before,
                    # named again with the article
                    r"(?:(?:found|seized|discovered|intercepted)\s+the|"
                    r"(?:ont|a)\s+(?:saisi|découvert|trouvé|intercepté)\s+(?:la|le|les)|"
                    r"(?:hallaron|encontraron|incautaron|interceptaron|descubrieron)\s+la|"
                    r"(?:vonden|onderschepten|ontdekten)\s+(?:\w+\s+){0,3}?de)\s+"
                    + DRUG_NOUNS + r"|"
                    # "nam de drugsbestrijdingsdienst in Tema 620 kilo cocaïne in beslag"
                    r"(?:nam|namen|neemt)\s+(?:[\w'-]+\s+){1,12}?in\s+beslag|"
                    # drugs washed ashore and found: "Op Texel is een pakket cocaïne
                    # aangespoeld", "spoelden er nog 26 pakketten aan", "bales washed up"
                    + _DRUGGED + r"[^.;]{0,80}?" + _WASHED + r"|" + _WASHED + r"[^.;]{0,80}?"
                    + _DRUGGED + r"|spoel(?:de|den|t)\s+(?:[\w'-]+\s+){0,8}?" + _DRUGGED
                    + r"\s+(?:[\w'-]+\s+){0,3}?aan(?!\w))"),
    ]
]
_HEDGES = re.compile(
    r"(?<!\w)(?:pourrai(?:t|ent)|soupçonn(?:e|ent)|accusée?s?|accused|suspected\s+of|"
    r"sospecha[n]?|verdenkt|verdacht\s+van|aurai(?:t|ent)|serai(?:t|ent)|présumée?s?|soupçonnée?s?|"
    r"supposée?s?|selon\s+(?:des|certaines)\s+sources|allegedly|alleged|reportedly|suspected|"
    r"may\s+have|might|could\s+be|presuntamente|presunt[oa]s?|supuestamente|podría[n]?|"
    r"sospechos[oa]s?|vermoedelijk|zou(?:den)?|mogelijk|verdacht(?:e|en)?)(?!\w)",
    re.IGNORECASE,
)
_ORIGIN = re.compile(
    # ("un conteneur de bananes parti de Guayaquil": where it left, not where it was found)
    # ("une embarcation qui traversait le Maroni depuis Albina")
    r"(?:en\s+provenance|originaire|provenant|from|procedente|proveniente|desde|depuis|afkomstig|"
    # ("een zending bananen uit Guayaquil": the cargo's port of loading)
    r"(?:bananen|containers?|zendingen?|lading|partij(?:en)?|schip|boot|vrachtwagens?|"
    r"cocaïne|drugs|pakketten)\s+uit|"
    r"partie?s?\s+(?:de|d['’]|du)|salid[oa]s?\s+(?:de|del)|vertrokken\s+uit|"
    # ("un automobiliste venant d'Italie", "a lorry coming from Spain")
    r"venant|venue?s?\s+(?:de|d['’]|du)|coming\s+from|arriving\s+from|que\s+venía\s+de|"
    # ("había hecho escala en Cartagena antes de atracar en Barcelona": a stop on the way)
    r"escala\s+en|called\s+at|fait\s+escale\s+(?:à|au|en)|tussenstop\s+in|"
    r"vanuit|expédiée?s?\s+(?:de|d['’]|depuis)|envoyée?s?\s+(?:de|d['’]|depuis)|"
    r"enviad[oa]s?\s+(?:de|desde)|verzonden|verstuurd)\s*(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of|uit|van)?\s*(?:the\s+|le\s+|la\s+|el\s+|los\s+|las\s+|l['’])?$",
    re.IGNORECASE,
)
_BOUND = re.compile(
    r"(?:à\s+destination|destinée?s?|bound\s+for|destined\s+for|headed\s+for|con\s+destino|"
    r"(?:como\s+)?destino(?:\s+final)?|rumbo|destinad[oa]s?|bestemd\s+voor|op\s+weg\s+naar|"
    r"met\s+(?:als\s+)?(?:eind)?bestemming|final\s+destination|destination\s+finale|"
    r"eindbestemming|"
    # "a container … that was due to be shipped to Antwerp"
    r"(?:shipped|sent)\s+(?:on\s+)?to|expédiée?s?\s+vers|enviad[oa]s?\s+(?:a|hacia)|"
    r"verscheept\s+naar|"
    # ("devait ensuite rejoindre, par la route, un entrepôt de Perpignan")
    r"rejoindre|en\s+route\s+to|on\s+(?:its|their)\s+way\s+to|"
    # "six passagers qui s'apprêtaient à embarquer sur un vol pour Paris-Orly"
    r"(?:vol|vols|flight|flights|vuelo|vuelos|vlucht)\s+(?:\w+\s+){0,2}?(?:pour|to|a|hacia|naar|"
    r"vers))\b[^.;]{0,80}$",
    re.IGNORECASE,
)
# "Il s'agit du sixième homicide", "It was the third shooting": a count, not a new event.
_ITS = re.compile(
    r"(?<!\w)(?:il\s+s['’]agit\s+d[eu]|c['’]est\s+(?:le|la)|it\s+(?:is|was)\s+the|"
    r"(?:this|that)\s+(?:is|was)\s+the|se\s+trata\s+del?|es\s+(?:el|la)|"
    r"het\s+(?:is|was)\s+(?:de|al\s+de)|dit\s+is\s+de)\s+(?:[\w'’-]+\s+){1,5}$",
    re.IGNORECASE,
)
# "depuis le 1er janvier", "police said on Wednesday": not when the event happened.
_SINCE_BEFORE = re.compile(r"(?:depuis|since|desde|sinds|vanaf|hasta|until|jusqu['’]\w*)\s+"
                           r"(?:le\s+|el\s+|the\s+)?$", re.IGNORECASE)
_SAID_AFTER = re.compile(
    r"^\s*,?\s*(?:said|announced|reported|confirmed|a\s+(?:annoncé|indiqué|déclaré|précisé)|"
    r"ont\s+(?:annoncé|indiqué)|dijo|dijeron|informó|informaron|anunció|meldde|meldden|"
    r"maakte\s+bekend|liet\s+weten|"
    # "Dat maakte het OM donderdag bekend", "liet de politie dinsdag weten": verb, date, particle
    r"bekend(?!\s+(?:als|om|geworden))|weten(?=\s*[.,]))\b",
    re.IGNORECASE,
)
# "it emerged yesterday", "a-t-on appris mercredi", "según ha informado este jueves"
_SAID_BEFORE = re.compile(
    r"(?:said|announced|reported|confirmed|emerged|revealed|disclosed|indiqué|annoncé|appris|"
    r"confirmé|précisé|révélé|"
    r"informó|anunció|informado|anunciado|comunicado|comunicó|confirmado|confirmó|meldde|meldt|"
    r"bekendgemaakt)\s+(?:on\s+|le\s+|el\s+|op\s+|este\s+|esta\s+)?$", re.IGNORECASE)


_AGGREGATE = re.compile(
    r"(?<!\w)(?:plus\s+de|more\s+than|más\s+de|meer\s+dan|au\s+total|in\s+total|"
    r"en\s+total|in\s+totaal|a\s+total\s+of)\s+(?:[\w,.]+\s+){0,2}(?:tonnes?|tons?|"
    r"toneladas?|ton|kilos?|kg)\b|"
    # "meldde vorig jaar een recordhoeveelheid onderschepte cocaïne": a year's record
    r"(?<!\w)(?:recordhoeveelhe\w+|record\s+(?:amounts?|quantit\w+|seizures|hauls)|"
    r"quantités?\s+records?|saisies\s+records?|cantidad(?:es)?\s+récord|"
    r"incautaciones\s+récord|recordvangsten)(?!\w)|"
    # "In de Zeeuwse havens werd dit jaar al ruim 2.300 kilo onderschept": so far this year
    r"(?<!\w)(?:dit\s+jaar\s+al|so\s+far\s+this\s+year|this\s+year\s+alone|depuis\s+le\s+début\s+de"
    r"\s+l['’]année|en\s+lo\s+que\s+va\s+del?\s+año|tot\s+nu\s+toe)(?!\w)",
    re.IGNORECASE,
)


def _said_date(text: str, start: int, end: int) -> bool:
    """A date that says when something was announced ("said on Wednesday")."""
    return bool(_SAID_AFTER.match(text[end : end + 30])
                or _SAID_BEFORE.search(text[max(0, start - 25) : start]))


def _not_event_date(text: str, start: int, end: int) -> bool:
    """A date that starts a period or says when something was reported."""
    # "high since last month, when a boy was stabbed": the period starts with the event
    since = _SINCE_BEFORE.search(text[max(0, start - 20) : start]) and not _WHEN_AFTER.match(
        text, end)
    return bool(since
                or _SAID_AFTER.match(text[end : end + 30])
                or _SAID_BEFORE.search(text[max(0, start - 25) : start]))


# "whether the arrests were linked to the Tilbury shipment": a place naming a thing told.
_ATTRIBUTIVE = re.compile(r"\s+(?:shipment|seizure|haul|case|investigation|cargo|consignment|"
                          r"load|operation|gang|network|cell)s?(?!\w)")
# "Eleven co-defendants have already been sentenced": told with no date, a record (but "Le 10
# octobre 2025, le tribunal … avait déjà condamné" tells when)
_ALREADY = re.compile(r"(?<!\w)(?:already|déjà|ya|al)\s+(?:\w+\s+)?$", re.IGNORECASE)
_EARLIER = re.compile(r"(?<!\w)(?:al\s+eerder|reeds|previously|(?:a|avait)\s+déjà\s+été|"
                      # "voor een eerdere veroordeling", "a prior conviction"
                      r"eerdere|earlier|prior|previous|précédente|antérieure|anterior|previa|"
                      r"ya\s+(?:había\s+sido|fue)|anteriormente)\s+(?:\w+\s+)?$", re.IGNORECASE)
_PRONOUN_SEIZED = re.compile(
    r"(?:found|seized|discovered|intercepted)\s+(?:it|them)|l['’](?:ont|a)\s+\w+|"
    r"l[oa]s?\s+\w+|vonden\s+\w+|onderschepten\s+\w+", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\s+(?:en|in)\s+\d{4}\s*,")
_COMING = re.compile(r"(?<!\w)(?:dans\s+les\s+(?:prochains\s+jours|prochaines\s+semaines|"
                     r"jours\s+à\s+venir)|in\s+the\s+coming\s+(?:days|weeks)|"
                     r"en\s+los\s+próximos\s+días|(?:in\s+)?de\s+komende\s+(?:dagen|weken))(?!\w)",
                     re.IGNORECASE)
_PLUPERFECT = re.compile(r"(?<!\w)(?:avai(?:t|ent)\s+été|had\s+been|hab(?:ía|ían)\s+sido)\s+$",
                         re.IGNORECASE)
_COUNTED = re.compile(
    r"\s+(?:est|était|is|was|es|fue|is|was)\s+(?:le|la|the|el|de|het)\s+(?:\d+(?:e|th|st|nd|rd|º)|"
    r"\w+ième|first|second|third|\w+th|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|"
    r"quint[oa]|sext[oa]|\w+(?:ste|de))(?!\w)", re.IGNORECASE)
_WHEN_AFTER = re.compile(r",?\s*(?:when|lorsque|quand|où|cuando|en\s+que|toen)(?!\w)",
                         re.IGNORECASE)
_FORCE_AFTER = re.compile(r"\s+(?:Police|Constabulary|Border\s+(?:Services\s+Agency|Force|"
                          r"Patrol)|Coast\s+Guard|Customs|Defence\s+Force|Navy)(?!\w)")
# "het aantal aangehouden koeriers", "the number of arrests": a count, not an event.
_COUNT_OF = re.compile(r"(?<!\w)(?:het\s+aantal|the\s+number\s+of|le\s+nombre\s+d(?:e|['’]|es)|"
                       r"el\s+número\s+de)\s*$", re.IGNORECASE)
# "la cargaison saisie", "the cocaine seized", "la droga incautada": the load already seized.
_SEIZED_LOAD = re.compile(
    r"(?<!\w)(?:la|le|les|l['’]|el|los|las|the|de|het)\s+(?:cargaisons?|marchandises?|drogues?|"
    r"cocaïne|cocaine|cargo|shipment|consignment|drugs|droga|cocaína|carga(?:mento)?|mercancía|"
    r"lading|partij)\s+$", re.IGNORECASE)
_NONE_BEFORE = re.compile(
    r"(?<!\w)(?:no|geen|aucune?|ningún|ninguna|sin|zonder|without|nadie)\s+$", re.IGNORECASE)
# "The seizure came days after…": a sentence that opens on the event already told.
_OPENS = re.compile(
    r"^\s*(?:the|la|le|l['’]|el|de|het|cette|cet|ce|this|that|esta|este|deze|dit|dat)\s*$",
    re.IGNORECASE,
)
# "La intervención se produjo el pasado viernes", "The interception took place on Sunday":
# the event just told, dated.
_TOOK_PLACE = re.compile(
    r"^\s*(?:the|this|la|le|l['’]|cette|cet|el|esta|este|de|het|deze|dit)\s*"
    r"(?:[\w'’-]+\s+){1,3}?(?:took\s+place|happened|occurred|was\s+carried\s+out|"
    r"a\s+eu\s+lieu|ont\s+eu\s+lieu|s['’]est\s+(?:déroulée?|produite?)|"
    r"se\s+(?:produjo|realizó|llevó\s+a\s+cabo)|tuvo\s+lugar|ocurrió|vond\s+plaats|"
    r"gebeurde)(?!\w)", re.IGNORECASE)
# Any trigger at all: most sentences have none and are skipped at once.
_ANY_TRIGGER = re.compile("|".join(f"(?:{pat.pattern})" for _, pat in TRIGGERS), re.IGNORECASE)
_FINAL = re.compile(r"final|finale|eind|ultimate", re.IGNORECASE)
# "procedente de Moín, en Costa Rica": the country of an origin is an origin too.
_ORIGIN_IN = re.compile(
    _ORIGIN.pattern[:-1] + r"[^\s,.;]+(?:\s[^\s,.;]+){0,2}(?:,\s*(?:en|in|à|au|aux)?|"
    r"\s+(?:en|in|à|au|aux))\s*$",
    re.IGNORECASE,
)
_TO = re.compile(
    r"(?:to|a|à|aux?|vers|naar|aan|hacia|towards?)\s*(?:the\s+|la\s+|le\s+|l['’]|los\s+|"
    r"las\s+|el\s+|de\s+|het\s+)?$",
    re.IGNORECASE,
)
_AAN = re.compile(r"(?<!\w)aan\s+(?:het\s+|de\s+)?$", re.I)
_NL_HANDED = re.compile(r"\s+(?:overgeleverd|uitgeleverd|overgedragen)(?!\w)", re.I)
_AT_BEFORE = re.compile(r"(?<!\w)(?:à|a|au|aux|en)\s*(?:la\s+|le\s+|l['’]|el\s+)?$", re.I)
_HEADING = re.compile(
    r"(?<!\w)(?:(?:fly|flew|flying|travel\w*|head\w*|bound|en\s+route)\s+(?:to|for)|vers|naar|"
    # "… and extradited to Scotland": where the person was sent
    r"(?:extradit\w+|extradée?s?|extraditad[oa]s?|uitgeleverd|deported|deportad[oa]s?|"
    r"expulsée?s?)\s+(?:to|vers|en|a|al|aux?|naar|aan)|"
    r"hacia|rumbo\s+a|con\s+destino\s+a|à\s+destination\s+d(?:e|u|es|['’])|op\s+weg\s+naar|"
    r"richting|en\s+direction\s+d(?:e|u|es|['’])|"
    # "alors qu'il s'apprêtait à embarquer pour Paris", "embarcar en un vuelo a Madrid",
    # "about to board a flight to Doha"
    r"embarquer\s+pour|embarcar\s+(?:en\s+un\s+vuelo\s+)?(?:a|hacia|con\s+destino\s+a)|"
    r"board(?:ing)?\s+(?:a\s+)?(?:flight|plane)\s+(?:to|for)|(?:flight|vuelo|vol|vlucht)\s+"
    r"(?:to|a|pour|vers|naar))\s*(?:the\s+|la\s+|le\s+|l['’]|el\s+|het\s+)?$",
    re.IGNORECASE,
)
_BOARDING = re.compile(r"(?<!\w)(?:embarquer|embarcar|board(?:ing)?)(?!\w)", re.IGNORECASE)
_FATAL = re.compile(
    r"(?<!\w)(?:mortelle?s?|fatal|deadly|mortal(?:es)?|dodelijke?|tuée?s?|killed|muert[oa]s?|"
    r"dood|doodgeschoten|shot\s+dead|abattue?s?|asesinad[oa]s?|mort(?:e|s|es)?\s+par\s+balles?|"
    # "has died after being shot", "est décédé", "murió", "is overleden"
    r"died|dies|succombé|décédée?s?|murió|murieron|falleci(?:ó|eron|d[oa])|overleden|overleed|"
    r"stierf|meurt|meurent)"
    r"(?!\w)",
    re.IGNORECASE,
)
_QUANTITY = re.compile(
    r"(?P<n>\d+(?:[  .,]\d+)*)\s*(?P<unit>kilos?|kilogrammes?|kilograms?|kilogramos?|kg|"
    r"tonnes?|tons?|toneladas?|ton|t)\b(?:\s+(?:de|d['’]|of|van))?\s*(?P<what>cocaïne|cocaine|"
    r"cocaína|héroïne|heroin|heroína|heroïne|cannabis|haschich|hashish|hachís|hasj|résine|"
    r"marijuana|marihuana|methamphetamine|méthamphétamine|crystal|crack|ecstasy|xtc|"
    r"drogue|drugs|droga)?",
    re.IGNORECASE,
)
_CONCEALMENT = re.compile(
    r"(?<!\w)(bananes?|bananas?|plátanos?|sucre|sugar|azúcar|suiker|fruits?|frutas?|"
    r"bois|wood|madera|hout|textiles?|café|coffee|koffie|ananas|pineapples?|piñas?|"
    r"poisson|fish|pescado|vis|charbon|coal|carbón)(?!\w)",
    re.IGNORECASE,
)
# French "y" before an auxiliary: "les unités de la Marine royale y avaient découvert".
_Y_THERE = re.compile(r"(?<!\w)y\s+(?:avai(?:t|ent)|ont|a\s+été|étai(?:t|ent)|sont)(?!\w)")
_ANAPHORA: list[tuple[re.Pattern[str], set[str]]] = [
    (re.compile(r"(?<!\w)(?:ce|le|du|dans le)\s+quartier|this\s+(?:neighbou?rhood|estate)|"
                r"(?:este|el|del)\s+barrio|(?:deze|de)\s+wijk", re.IGNORECASE),
     {"neighbourhood"}),
    (re.compile(r"(?<!\w)(?:cette|la)\s+(?:ville|commune)|this\s+city|esta\s+ciudad|deze\s+stad",
                re.IGNORECASE), {"city", "admin"}),
    (re.compile(r"(?<!\w)(?:ce|le(?:\s+même)?)\s+port|(?:this|the\s+same)\s+port|"
                r"(?:este|el\s+mismo)\s+puerto|(?:deze|dezelfde)\s+haven",
                re.IGNORECASE), {"port"}),
    # "otra intervención en el mismo aeropuerto": the airport named before
    (re.compile(r"(?<!\w)(?:cet|l['’]|le\s+même)\s*aéroport|(?:this|that|the\s+same)\s+airport|"
                r"(?:este|el\s+mismo|dicho)\s+aeropuerto|(?:deze|dezelfde)\s+luchthaven",
                re.IGNORECASE), {"airport"}),
    (re.compile(r"(?<!\w)(?:ce|le)\s+pays|this\s+country|este\s+país|dit\s+land",
                re.IGNORECASE), {"country"}),
    # "Daar werden 140 kilo … in beslag genomen": the place the sentence before named.
    (re.compile(r"^\s*(?:daar|there|là|allí|ahí)(?!\w)", re.IGNORECASE),
     {"neighbourhood", "other", "port", "city", "admin"}),
    # "[… au large de Ksar Sghir.] Les unités de la Marine royale y avaient découvert 2,1
    # tonnes": French "y", the place told just before
    (_Y_THERE, {"neighbourhood", "other", "port", "city", "admin"}),
    # "El año pasado, en ese punto, la Guardia Nacional aseguró…", "En el lugar detuvieron…"
    (re.compile(r"(?<!\w)(?:en\s+(?:ese|este|dicho|el\s+mismo)\s+(?:punto|lugar|sitio)|"
                r"^\s*en\s+el\s+lugar|à\s+cet\s+endroit|au\s+même\s+endroit|"
                r"at\s+(?:that|the\s+same)\s+(?:spot|point|crossing|location)|"
                r"op\s+(?:die|dezelfde)\s+plek)(?!\w)", re.IGNORECASE),
     {"neighbourhood", "other", "port", "city", "admin"}),
]


_DEMONSTRATIVE = re.compile(
    r"(?<!\w)(?:cette|cet|ce|ces|this|that|these|esta|este|estos|estas|dicha|dicho|deze|dit|"
    r"die)\s+$", re.IGNORECASE)
_ORDERED_FROM = re.compile(
    r"(?<!\w)(?:ordered|directed|orchestrated|commanditée?s?|ordonnée?s?|ordenad[oa]s?|"
    r"gegeven|besteld)\s+(?:\w+\s+){0,3}?(?:from|depuis|desde|vanuit)(?!\w)"
    # Dutch puts the verb last: "de opdracht voor de aanslag vanuit Durrës zou zijn gegeven"
    r"|(?<!\w)vanuit\s+(?:\w+\s+){1,4}?(?:zou\s+|zouden\s+)?(?:zijn\s+|is\s+|werd\s+)?"
    r"(?:gegeven|besteld)(?!\w)",
    re.IGNORECASE,
)
# ("con su detención", "his arrest": the event of the person told)
_DEFINITE = re.compile(r"(?<!\w)(?:la|le|l['’]|les|los|las|the|el|de|het|au|du|al|del|su|sa|son|"
                       r"his|her|their|zijn|haar|hun)\s*$", re.IGNORECASE)
# "el vehículo interceptado", "la drogue saisie": a noun with its article before the trigger
_DEFINITE_NOUN = re.compile(r"(?<!\w)(?:la|le|l['’]|les|los|las|el)\s*[a-zà-ÿ]+\s+$",
                            re.IGNORECASE)
_PARTICIPLE = re.compile(r"(?:ad[oa]s?|id[oa]s?|ée?s?|ie?s?)$", re.IGNORECASE)
# A vehicle stopped, not a person arrested: "une camionnette … avait été arrêtée".
_VEHICLE_STOPPED = re.compile(
    r"(?<!\w)(?:une?|la|le|el|una?|a|an|the|de|een)\s+(?:camionnette|voiture|camion|fourgon\w*|"
    r"véhicule|poids\s+lourd|semi-remorque|van|lorry|truck|car|vehicle|camioneta|camión|coche|"
    r"vehículo|furgoneta|tráiler|bestelbus|bestelwagen|vrachtwagen|auto|wagen)(?!\w)[^.;]{0,60}$",
    re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"(?<!\w)(?:été|was|were|been|fue|fueron|sido|werd|werden|"
                             r"is|zijn)\s+$", re.IGNORECASE)
_DRIVER = re.compile(r"(?<!\w)(?:driver|conducteur|chauffeur|conductor|chófer|camionero|"
                     r"bestuurder|chauffeur|occupants?|passagers?|passengers?|ocupantes?|"
                     r"inzittenden)(?!\w)", re.IGNORECASE)
# What is still to come: "is scheduled to be sentenced", "sera jugé", "zal … worden uitgeleverd".
_NOT_YET = re.compile(
    r"(?<!\w)(?:(?:scheduled|due|set|expected|likely)\s+to\s+be|will\s+(?:likely\s+)?be|"
    r"shall\s+be|(?:doit|doivent|devrait|devraient|devra|devront)\s+être|sera|seront|será|"
    r"serán|va\s+a\s+ser|van\s+a\s+ser|(?:zal|zullen)\s+(?:[\w-]+\s+){0,4}?worden)\s+$",
    re.IGNORECASE)
_ORDINAL = re.compile(
    r"(?<!\w)(?:deuxième|troisième|seconde?|nouvelle|autre|second|third|another|new|segund[oa]|"
    r"tercer[oa]?|otr[oa]|nuev[oa]|tweede|derde|nieuwe|andere)\s+$", re.IGNORECASE)
# "El condenado fue capturado": a person, not a conviction.
_PERSON_NOUN = re.compile(
    r"(?<!\w)(?:el|le|les|los|las|the|de|het|un|une|those|ceux|celles|aquellos|degenen)\s+"
    r"(?:(?:\d+|deux|trois|quatre|cinq|six|two|"
    r"three|four|five|dos|tres|cuatro|cinco|seis|twee|drie|vier|vijf|zes)\s+)?$", re.IGNORECASE)
# "Cette saisie intervient deux mois après celle de 1,4 tonne": another event of the kind.
_COMES_AFTER = re.compile(
    r"\s+(?:comes?|came|intervient|intervenait|survient|llega|llegó|se\s+produce|komt|kwam)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:after|après|después|na|weeks?|days?|jours?|semaines?|mois|"
    r"días|semanas?|meses|dagen|weken)(?!\w)", re.IGNORECASE)
# "Cette opération intervient deux semaines après la saisie, près d'Ouezzane, de 2,6 tonnes":
# the event named after "comes after" is an earlier one, not the one told before.
# ("ces arrestations font suite à l'interpellation, le 18 novembre, d'une passagère")
_AFTER_OTHER = re.compile(
    r"(?:" + _COMES_AFTER.pattern + r"|\s+(?:font|fait|faisaient|faisait|faisant)\s+suite|"
    r"\s+follow(?:s|ed)?|\s+sigue|\s+siguen|\s+volg(?:t|en|de|den)\s+op)"
    r"(?:\s+(?:à|au|aux|a|al))?(?:\s+(?:the|la|le|les|el|de|het|an?|une?|una?|een)(?!\w)|"
    r"\s+l['’])?\s*$", re.IGNORECASE)
_ANOTHER = re.compile(r"(?<!\w)(?:celles?|that\s+of|those\s+of|la\s+de|el\s+de|die\s+van|"
                      r"the\s+one)(?!\w)", re.IGNORECASE)
_AT_SCENE = re.compile(r"(?<!\w)(?:at\s+the\s+scene|on\s+the\s+spot|sur\s+place|sur\s+les\s+lieux|"
                       r"en\s+el\s+lugar|en\s+el\s+acto|ter\s+plaatse|ter\s+plekke)(?!\w)",
                       re.IGNORECASE)
_CREW = re.compile(r"(?<!\w)(?:crew|crewmen|équipage|tripulantes?|tripulación|bemanning\w*|"
                   r"marins|sailors|marineros|opvarenden)(?!\w)", re.IGNORECASE)
_LOCATOR_BEFORE = re.compile(
    r",\s*(?:" + DISTANCE + r"(?:" + COMPASS + r")"
    # "les gendarmes de Malanville, ville frontalière du Niger, ont intercepté…", "in Oss, a
    # town near Den Bosch": what the town is near or in, not where it happened
    r"|(?:une\s+|a\s+|an\s+|una\s+|un\s+|een\s+)?(?:petite\s+|small\s+|pequeña\s+|kleine\s+)?"
    r"(?:ville|town|city|localité|commune|village|ciudad|localidad|pueblo|municipio|stad|dorp|"
    r"gemeente)\s+(?:[\w-]+\s+){0,2}?(?:du|de\s+la|de\s+l['’]|des|de|d['’]|of|del|van|near|"
    r"près\s+de|cerca\s+de|bij|on|sur|en|in)\s*)" + LANDMARK_ARTICLE,
    re.IGNORECASE)
_WEAPON = re.compile(r"grenades?|explosifs?|explosives?|explosieven|explosivos|"
                     r"(?:hand)?grana(?:at|ten)", re.IGNORECASE)
# "dans la foulée de la saisie", "after the seizure", "tras la detención": pointing back.
_AFTER_THE = re.compile(
    r"(?<!\w)(?:dans\s+la\s+foulée\s+d[eu]|après|suite\s+à|after|following|since|"
    r"in\s+the\s+wake\s+of|tras|después\s+de|luego\s+de|na|naar\s+aanleiding\s+van|"
    r"sinds)\s+(?:la|le|l['’]|les|cette|the|this|el|la|esa|de|het|deze)\s*$"
    # "Mardi, au lendemain du meurtre", "the day after the shooting"
    r"|(?<!\w)(?:au\s+lendemain\s+(?:du|de\s+la|de\s+l['’])|the\s+day\s+after\s+the|"
    r"al\s+día\s+siguiente\s+del?)\s*$"
    # "Horas antes de la lectura del veredicto", "hours before the verdict", "la veille du
    # jugement": the event the time is told against
    r"|(?<!\w)(?:(?:antes|después)\s+de\s+la\s+lectura\s+del|(?:hours|days)\s+before\s+the|"
    r"la\s+veille\s+du|avant\s+le|à\s+la\s+veille\s+du|aan\s+de\s+vooravond\s+van\s+de)\s*$",
    re.IGNORECASE)
# A court's order to confiscate, told with its verdict: "a ordonné la confiscation de…".
_ORDERED_CONFISCATION = re.compile(
    r"(?<!\w)(?:ordonn\w+|prononc\w+|ordered|orden(?:ó|aron)|decret(?:ó|aron)|"
    r"gelast|beveel\w*)\s+(?:[\w'’]+\s+){0,3}$", re.IGNORECASE)
# What could have happened, not what did: "had … kunnen", "aurait pu", "could have".
_COUNTERFACTUAL = re.compile(
    r"(?<!\w)(?:(?:had|hadden)\s+(?:[\w-]+\s+){0,5}?kunnen|aurai(?:t|ent)\s+pu|could\s+have|"
    r"might\s+have|would\s+have|(?:podría|podrían|habría|habrían|hubiera|hubieran)\s+"
    r"(?:haber|podido))(?!\w)", re.IGNORECASE)
_IF_BEFORE = re.compile(r"(?<!\w)(?:if|unless|si|de\s+ser|als|indien|should\s+they\s+be)\s+"
                        r"(?:\w+\s+){0,2}$", re.IGNORECASE)
_CONVICTED_FOR = re.compile(
    r"(?<!\w)(?:veroordeeld|condamnée?s?|convicted|sentenced|jailed|condenad[oa]s?|condenó|"
    r"condenaron)(?!\w)[^.;]{0,120}?(?<!\w)(?:voor|wegens|for|pour|por)(?!\w)"
    r"(?![^.;]*(?<!\w)(?:after|après|tras|nadat|when|lorsque|cuando|toen)(?!\w))[^.;]{0,160}$",
    re.IGNORECASE)
_ALSO = re.compile(r"(?<!\w)(?:también|also|aussi|également|ook|eveneens)\s+(?:\w+\s+){0,2}$",
                   re.IGNORECASE)
# "Het schip werd bij aankomst doorzocht": a vehicle searched, not premises raided.
_SEARCHED_VEHICLE = re.compile(
    r"(?<!\w)(?:schip|boot|vrachtwagen|auto|container|bestelbus|koffer|bagage|vaartuig|jacht|"
    r"trailer|oplegger)(?!\w)", re.IGNORECASE)
# "after his arrest", "depuis son arrestation", "desde su detención": a person's past arrest.
_SINCE_THEIR = re.compile(
    r"(?<!\w)(?:after|since|before|until|après|depuis|avant|jusqu['’]à|después\s+de|desde|"
    r"antes\s+de|hasta|na|sinds|voor|tot)\s+(?:his|her|their|son|sa|leur|su|sus|zijn|haar|hun)"
    r"\s+$", re.IGNORECASE)
# An extradition asked for, not carried out.
_REQUEST = re.compile(
    r"(?<!\w)(?:requerid[oa]s?\s+en\s+extradición|pedidos?\s+de\s+extradición|"
    # "una orden de captura con fines de extradición", "en vue de son extradition"
    r"(?:con\s+)?fines\s+de\s+extradición|en\s+vue\s+d[eu]\s+(?:son\s+|leur\s+|l['’])?"
    r"extradition|with\s+a\s+view\s+to\s+(?:\w+\s+)?extradition|"
    r"solicitud(?:es)?\s+de\s+extradición|demandes?\s+d['’]extradition|"
    r"extradition\s+requests?|requested\s+(?:\w+\s+)?extradition|seeks?\s+(?:\w+\s+)?"
    r"extradition|sought\s+(?:\w+\s+)?extradition|uitlevering\s+(?:\w+\s+){0,2}gevraagd|"
    r"uitleveringsverzoek\w*|réclame\s+(?:son|leur)\s+extradition|"
    r"(?:heeft|hebben)\s+(?:zijn|haar|hun)\s+uitlevering\s+gevraagd|"
    # "Ghana heeft zijn uitlevering nog niet toegestaan": not (yet) granted
    r"uitlevering\s+(?:\w+\s+){0,2}(?:geweigerd|nog\s+niet\s+\w+)|"
    r"(?:refused|rejected|denied)\s+(?:\w+\s+){0,2}extradition|"
    r"(?:refusé|rejeté)\s+(?:\w+\s+){0,2}extradition|"
    r"(?:negó|negaron|rechazó|rechazaron)\s+(?:\w+\s+){0,2}extradición)(?!\w)",
    re.IGNORECASE,
)
_COURT_NOUNS = r"(?:tribunal|cour|court|juzgado|juez|audiencia|rechtbank|hof|gerechtshof|jueza)"
_COURT = re.compile(
    # (not "Court records show the drugs were produced in Mexico": what the papers tell)
    r"(?<!\w)" + _COURT_NOUNS + r"\b(?!\s+(?:records?|filings?|documents?|papers?|files?)\b)"
    r"[^.;]{0,40}?"
    r"\b(?:de|d['’]|du|of|van|in|en|à)\s*$", re.IGNORECASE)
# "at Birmingham Crown Court", "Teesside Magistrates' Court": the court's town comes first.
_COURT_AFTER = re.compile(
    r"\s+(?:(?:Crown|Magistrates['’]?|Sheriff|District|County|Circuit|Superior|Criminal|High)"
    r"\s+)?Courts?(?!\w)")
_NEXT_DAY = re.compile(
    r"(?<!\w)(?:the\s+(?:following|next)\s+day|le\s+lendemain|al\s+día\s+siguiente|"
    r"el\s+día\s+siguiente|de\s+volgende\s+dag|daags\s+nadien|een\s+dag\s+later|"
    r"a\s+day\s+later|one\s+day\s+later|un\s+día\s+después|un\s+jour\s+plus\s+tard|"
    r"(?:the\s+)?next\s+morning|le\s+lendemain\s+matin|a\s+la\s+mañana\s+siguiente|"
    r"de\s+volgende\s+ochtend|een\s+dag\s+nadien)(?!\w)", re.IGNORECASE)
# "the following month", "le mois suivant", "al mes siguiente", "de maand erna"
_NEXT_MONTH = re.compile(
    r"(?<!\w)(?:the\s+(?:following|next)\s+month|a\s+month\s+later|le\s+mois\s+suivant|"
    r"un\s+mois\s+plus\s+tard|al\s+mes\s+siguiente|el\s+mes\s+siguiente|un\s+mes\s+después|"
    r"de\s+maand\s+(?:erna|daarop)|een\s+maand\s+later)(?!\w)", re.IGNORECASE)
_SAME_DAY = re.compile(
    r"(?<!\w)(?:the\s+same\s+day|le\s+même\s+jour|ce\s+jour-là|ese\s+mismo\s+día|"
    r"el\s+mismo\s+día|dezelfde\s+dag|diezelfde\s+dag|"
    # "Hours after sentencing", "Quelques heures plus tard", "Horas antes de la lectura"
    r"(?:(?:a\s+few|several|quelques|unas|pocas|enkele|een\s+paar)\s+)?(?:hours|heures|horas|"
    r"uur|uren)\s+(?:later|after|before|earlier|plus\s+tard|après|avant|plus\s+tôt|después|"
    r"antes|más\s+tarde|nadien|eerder|daarna|ervoor))(?!\w)", re.IGNORECASE)
_NUMBER_WORDS = {
    "two": 2, "deux": 2, "dos": 2, "twee": 2, "three": 3, "trois": 3, "tres": 3, "drie": 3,
    "four": 4, "quatre": 4, "cuatro": 4, "vier": 4, "five": 5, "cinq": 5, "cinco": 5, "vijf": 5,
    "six": 6, "seis": 6, "zes": 6,
}
# "Deux jours après la découverte", "Two days later", "Tres días después", "Drie dagen later"
_DAYS_LATER = re.compile(
    r"(?<!\w)(" + "|".join(_NUMBER_WORDS) + r"|[2-6])\s+(?:days?|jours|días|dagen)\s+"
    r"(?:later|after|plus\s+tard|après|después|más\s+tarde|nadien|na)(?!\w)", re.IGNORECASE)


_BEFORE_AFTER = re.compile(r"(?<!\w)(?:after|before|après|avant|después|antes|na|ervoor)$",
                           re.IGNORECASE)


def _relative_day(text: str, *, opening: bool = False) -> tuple[re.Match[str], int] | None:
    """A day told against the last day named: the match and how many days after it."""
    for pat in (_NEXT_DAY, _SAME_DAY, _DAYS_LATER):
        m = pat.match(text) if opening else pat.search(text)
        if m is not None and text[: m.start()].strip() and _BEFORE_AFTER.search(m.group(0)):
            # "De onderschepping volgde twee dagen na een schietpartij": the other event's day
            # is not told; only an opening "Deux jours après la découverte, …" dates this one
            continue
        if m is not None:
            if pat is _DAYS_LATER:
                word = m.group(1).lower()
                return m, int(word) if word.isdigit() else _NUMBER_WORDS[word]
            return m, 1 if pat is _NEXT_DAY else 0
    return None


# "mis en examen pour meurtre", "charged with murder": a charge, not a new event.
_CHARGE = re.compile(
    r"(?:examen|inculpée?s?|accusée?s?|poursuivie?s?|charged|accused|indicted|convicted|"
    r"suspicion|soupçonnée?s?|sospecha|verdenking|"
    r"condamnée?s?|sentenced|acusad[oa]s?|imputad[oa]s?|procesad[oa]s?|aangeklaagd|"
    r"veroordeeld|verdacht|pena|peine|sentence|straf|"
    # "Une information judiciaire a été ouverte pour tentative de meurtre"
    r"ouverte?|opened|abiert[oa]|abrió|geopend)\s+(?:[\w'’-]+\s+){0,3}?(?:pour|de|d['’]|du|"
    r"with|of|for|por|de|"
    r"van|voor|wegens)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"(?<!\w)(?:niemand|nobody|no\s+one|personne|aucune?|nadie|ningún|ninguna|geen|"
    r"not\s+yet|pas\s+encore|nog\s+niet|todavía\s+no|aún\s+no|no\s+(?:ha|han|fue|fueron)|"
    r"n['’]a\s+(?:pas|jamais)|has\s+not|have\s+not|were\s+not|was\s+not)(?!\w)[^.;]{0,30}$",
    re.IGNORECASE,
)
# "le plus gros coup de filet", "the largest seizure", "el mayor golpe": one event, compared.
# "… avaient été découverts au port de Douala dans un conteneur": one load, not a total.
_ONE_LOAD = re.compile(
    r"(?<!\w)(?:(?:dans|à\s+bord\s+d)['’]?\s*(?:un|une)\s+(?:conteneur|camion|camionnette|"
    r"voiture|bateau|navire|véhicule|valise|go-fast|semi-remorque)|(?:in|aboard|on\s+board)\s+"
    r"(?:a|one)\s+(?:container|lorry|truck|van|car|boat|vessel|suitcase)|(?:en|a\s+bordo\s+de)"
    r"\s+un[ao]?\s+(?:contenedor|camión|vehículo|barco|lancha|embarcación|maleta)|in\s+een\s+"
    r"(?:container|vrachtwagen|bestelbus|auto|boot|koffer))(?!\w)", re.IGNORECASE)
_BIGGEST = re.compile(
    r"(?<!\w)(?:mayor(?:es)?|más\s+grandes?|plus\s+(?:gros|grosse|importante?)|largest|biggest|"
    r"grootste)\s+(?:[\w-]+\s+){0,2}?(?:golpes?|saisies?|prises?|coups?\s+de\s+filet|seizures?|"
    r"hauls?|busts?|vangsten?|inbeslagnames?|incautaci(?:ón|ones)|decomisos?|alijos?)(?!\w)",
    re.IGNORECASE,
)
# Series and trends, not one event: "une série de fusillades", "een reeks aanslagen".
_TREND = re.compile(
    r"(?<!\w)(?:série|serie|reeks|golf|vague|ola|wave|string\s+of|spate|de\s+plus\s+en\s+plus|"
    r"increasingly|cada\s+vez|steeds\s+vaker|al\s+jaren|depuis\s+des\s+années|for\s+years|"
    r"desde\s+hace\s+años|bijna\s+wekelijks|chaque\s+semaine|every\s+week|weekly|routine|"
    # "plusieurs centaines de passeurs sont interpellés chaque année sur les vols"
    r"chaque\s+année|every\s+year|each\s+year|cada\s+año|todos\s+los\s+años|elk\s+jaar|"
    r"ieder\s+jaar|jaarlijks|"
    r"courants?|fréquent(?:e|s|es)?|banals?|common|frecuentes?|schering\s+en\s+inslag)(?!\w)",
    re.IGNORECASE,
)
_NL_PLURAL = re.compile(
    r"(?:aanslagen|schietpartijen|ontvoeringen|invallen|huiszoekingen|moorden|gijzelingen|"
    r"aanhoudingen|veroordelingen|explosies|liquidaties|arrestaties|inbeslagnames)$",
    re.IGNORECASE,
)
_OTHERS = re.compile(
    r"(?<!\w)(?:d['’]autres|other|further|more|otras|otros|nuevas|andere|nieuwe|meer|"
    r"loin\s+des|sans|contre\s+(?:les|des)|against|without|far\s+from|lejos\s+de|sin|"
    r"contra|zonder|tegen)\s+(?:les\s+|des\s+|the\s+|los\s+|las\s+|de\s+)?$",
    re.IGNORECASE,
)


#: Events named in the plural, counted: "ruim vijftig drugslabs", "une dizaine d'homicides".
_EVENTS = (r"drugslabs|labs|laboratories|laboratoires|laboratorios|plantations|plantaciones|"
           r"plantages|kwekerijen|seizures|saisies|incautaciones|inbeslagnames|shootings|"
           r"fusillades|tiroteos|schietpartijen|murders|meurtres|homicides|homicidios|moorden|"
           r"explosions|explosies|explosiones|aanslagen|attentats")
# "Depuis le début de l'année 2025, cinq personnes ont été tuées…", "Het aantal explosies…",
# "Thailand seized more than 900 million pills in 2025": a tally over a period, not an event.
_TALLY = re.compile(
    r"(?:^|[,;:]\s*)(?:depuis\s+(?:le\s+début\s+de\s+l['’]année|janvier|le\s+1er\s+janvier|"
    r"le\s+début\s+de\s+\d{4})|since\s+(?:the\s+start\s+of\s+(?:the\s+year|\d{4})|january)|"
    r"en\s+lo\s+que\s+va\s+de|desde\s+(?:principios|inicios|el\s+inicio|enero)|"
    r"sinds\s+(?:het\s+begin\s+van|januari|1\s+januari)|het\s+aantal|the\s+number\s+of|"
    r"le\s+nombre\s+de|el\s+número\s+de)(?!\w)"
    r"|(?<!\w)(?:more\s+than|plus\s+de|más\s+de|meer\s+dan)\s+[\d,.]+\s+(?:million|millions|"
    r"millones|miljoen)(?!\w)"
    # "In 2025 werden in de provincie ruim zestig drugslabs ontmanteld": a count of events
    r"|(?<!\w)(?:more\s+than|over|plus\s+de|près\s+de|más\s+de|casi|meer\s+dan|ruim|bijna)\s+"
    r"(?:\d+|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|vingt|trente|"
    r"quarante|cinquante|soixante|cent|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|"
    r"ochenta|noventa|cien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|"
    r"honderd)\s+(?:[\w-]+\s+)?(?:" + _EVENTS + r")(?!\w)"
    # "une dizaine d'homicides ou de tentatives d'homicide", "dozens of shootings"
    r"|(?<!\w)(?:une\s+|una\s+|a\s+)?(?:dizaine|vingtaine|trentaine|centaine|douzaine|decena|"
    r"veintena|docena|dozens?|tientallen|tiental)\s+(?:d['’]|de\s+|of\s+|van\s+)?\s*(?:"
    + _EVENTS + r")(?!\w)"
    # "Con él suman más de cuarenta los hondureños entregados": a running count of people
    r"|(?<!\w)(?:suman|sumaron|ascienden\s+a|bring(?:s|ing)?\s+the\s+total|porte\s+à|"
    r"portant\s+à|brengt\s+het\s+totaal)(?!\w)"
    # "it has arrested more than 60 suspected couriers at the airport over the past two
    # years", "since 2020": a count over a period
    r"|(?<!\w)(?:more\s+than|over|plus\s+de|más\s+de|meer\s+dan|ruim)\s+\d+[^.;]{0,80}?"
    r"(?:(?:since|depuis|desde|sinds)\s+(?:19|20)\d\d|(?:over|in|during)\s+the\s+(?:past|last)"
    r"\s+(?:\w+\s+)?(?:years?|months)|au\s+cours\s+des\s+(?:\w+\s+)?derni\w+\s+(?:années|mois)|"
    r"en\s+los\s+últimos\s+(?:\w+\s+)?(?:años|meses)|de\s+afgelopen\s+(?:\w+\s+)?"
    r"(?:jaar|jaren|maanden))(?!\w)",
    re.IGNORECASE,
)
_SENTENCE_TESTS = {"trend": _TREND, "aggregate": _AGGREGATE, "hedged": _HEDGES,
                   "tally": _TALLY}


def _anaphoric(text: str) -> bool:
    return any(pat.search(text) for pat, _ in _ANAPHORA)


@dataclass
class Incident:
    """An event reported by an article.

    Parameters
    ----------
    id
        Stable id (article hash, type and position).
    type
        One of :data:`INCIDENT_TYPES`.
    place
        The place it happened (None when no place could be tied to it).
    date
        ISO 8601 date, month, year, interval (``2023/2024``), ``--MM`` for a month of an
        unknown year, or None.
    date_precision
        day, month, year or unknown.
    evidence
        Sentences that report it.
    alleged
        The text hedges it ("pourrait", "allegedly").
    geo_precision
        1 the place is named with the event, 2 the place is part of / near / pointed back to,
        3 only a region or country is known.
    attributes
        Quantity, substance, fatal, concealment… when stated.
    confidence
        0–1, lower for inherited places and hedged statements.
    """

    id: str
    type: str
    place: Place | None
    date: str | None
    date_precision: str
    evidence: list[Evidence]
    alleged: bool = False
    geo_precision: int = 1
    attributes: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.8


# "a la altura de Sabinas Hidalgo", "à hauteur de Brignoles", "ter hoogte van Breda"
_AT_LEVEL = re.compile(r"(?<!\w)(?:a\s+la\s+altura\s+de(?:l)?|à\s+(?:la\s+)?hauteur\s+d[e'’]|"
                       r"au\s+niveau\s+d[e'’]|ter\s+hoogte\s+van|level\s+with)\s*(?:la\s+|el\s+|"
                       r"le\s+|l['’]|the\s+)?$", re.IGNORECASE)
# "la carretera Monterrey-Nuevo Laredo", "l'autoroute Paris-Lille": towns naming a road
_ROAD_NAME = re.compile(r"(?<!\w)(?:carretera|autopista|autovía|route|autoroute|highway|"
                        r"snelweg|rijksweg)\s+(?:[\w'’.]+-)?$", re.IGNORECASE)


def _another_event(text: str, start: int, end: int) -> bool:
    """Whether a clause between ``start`` and ``end`` opens with an event word."""
    return any(_CLAUSE_OPENS.search(text, start, t.start())
               for t in _ANY_TRIGGER.finditer(text, start, end))


_CLAUSE_OPENS = re.compile(r"[,;]\s*(?:[\w'’-]+\s+){0,2}$")


def _place_for(
    sent: Sentence,
    trigger: tuple[int, int],
    kind: str,
    mentions: list[PlaceMention],
    text: str,
    dateline: tuple[int, int] = (0, 0),
) -> tuple[Place | None, int]:
    # The dateline names where the story was filed, not where the event was; "in Södertälje,
    # south of Stockholm" names a landmark to find the place by.
    in_it = [m for m in in_sentence(mentions, sent) if not m.nested]
    # (the places of the dateline, when it opens this sentence)
    filed = [m for m in in_it if dateline[0] <= m.start < dateline[1]]
    told = [m for m in in_it if not dateline[0] <= m.start < dateline[1]]
    here = [m for m in told
            if not _LOCATOR_BEFORE.search(text, max(sent.start, m.start - 50), m.start)
            and not _ROAD_NAME.search(text, max(sent.start, m.start - 40), m.start)
            # "in Troup County, near the Alabama line": a border to find the place by
            and not (_BORDER_AFTER.match(text, m.end) and _NEAR_THE.search(
                text, max(sent.start, m.start - 25), m.start))]
    # "intercepted … 20 nautical miles south of Portland Point": near the landmark, when the
    # sentence names nothing else
    landmarks = [m for m in told if m not in here]
    # "a man from Huyton was arrested at a villa near Alicante": where he lives is the place
    # only when the sentence names no other.
    if kind not in {"conviction", "extradition"}:
        # "… ont été interpellées, a indiqué le parquet de Toulon", "quedó detenido a
        # disposición del Juzgado Federal de Posadas": who speaks or judges, not where it
        # happened
        judges = [m for m in here if _JUDICIARY_OF.search(
            text, max(sent.start, m.start - 45), m.start)]
        # (and where that court is: "una corte federal de Houston, en Texas")
        judges += [m for m in here if any(0 <= m.start - j.end <= 12 and _LOCATED_AFTER.match(
            text, j.end, m.start) for j in judges)]
        here = [m for m in here if m not in judges]
    homes = [m for m in here if PERSON_FROM.search(text, max(sent.start, m.start - 50), m.start)]
    # (and the towns listed after the first: "vier jonge mannen uit Rotterdam en Amsterdam")
    homes += [m for k, m in enumerate(here) if k and here[k - 1] in homes and m not in homes
              and LIST_GAP.fullmatch(text, here[k - 1].end, m.start)]
    if homes and len(homes) < len(here):
        here = [m for m in here if m not in homes]
    # "un barco pesquero con matrícula de Manta … al sureste de las islas Galápagos": where
    # the boat is registered is not where it was stopped
    registry = [m for m in here if _REGISTRY.search(text, max(sent.start, m.start - 50), m.start)]
    if registry and (len(registry) < len(here) or landmarks):
        here = [m for m in here if m not in registry]
    if here:
        if kind == "extradition" and _HANDED_OVER_TRIGGER.match(text, trigger[0], trigger[1]):
            # "remis aux autorités françaises à Forbach": handed over there
            usable = [m for m in here if m.start >= trigger[1]] or here
        elif kind == "extradition":  # from where the person was sent, not where to
            # ("arrêté à Dubaï en mars, puis extradé vers la Belgique": "à" before the trigger
            # says where he was, not where he went)
            usable = [m for m in here if not _TO.search(
                text[max(sent.start, m.start - 30) : m.start]) or (
                m.end <= trigger[0] and _AT_BEFORE.search(
                    text[max(sent.start, m.start - 30) : m.start]))]
        else:
            usable = [m for m in here if not _ORIGIN.search(
                text[max(sent.start, m.start - 40) : m.start]) and not _ORIGIN_IN.search(
                text[max(sent.start, m.start - 60) : m.start])]
            # ("escala en Cartagena de Indias (Colombia)": where that stop is, neither)
            usable = [m for m in usable if not any(
                j not in usable and 0 <= m.start - j.end <= 12
                and _LOCATED_AFTER.match(text, j.end, m.start) for j in here)]
            if kind == "seizure":
                # "The port of Algeciras… seized in a container whose final destination was
                # Tanger Med": not where it was seized (a stated destination alone may be:
                # "saisies… à destination du port d'Anvers").
                ports_before = {m.place.id for m in mentions_before(mentions, sent.start)
                                if m.place.feature_type == "port" and m.end >= sent.start - 600}

                # ("GEORGETOWN, Guyana – … seized … in a container that was due to be shipped to
                # Antwerp": where the story is filed, not where the drugs were going)
                # (also told later: "[Burgos, 24 de enero –] El vehículo interceptado tenía como
                # destino Lyon")
                filed_in = {m.place.country_code for m in mentions
                            if dateline[0] <= m.start < dateline[1]}

                def elsewhere(m: PlaceMention) -> bool:
                    cue = _BOUND.search(text[max(sent.start, m.start - 90) : m.start])
                    return cue is not None and (
                        bool(_FINAL.search(cue.group())) or bool(ports_before - {m.place.id})
                        or bool(filed_in - {m.place.country_code})
                        # ("y avaient découvert 2,1 tonnes de chira destinées aux côtes
                        # andalouses": found there, going elsewhere)
                        or bool(_Y_THERE.search(sent.text))
                        # ("c'est à l'aéroport de Cayenne que les douaniers ont intercepté six
                        # passagers … sur un vol pour Paris-Orly": the place before the verb)
                        or any(o is not m and o.end <= trigger[0] for o in usable)
                    )

                usable = [m for m in usable if not elsewhere(m)]
                # ("dedicada al transporte de hachís … hacia Francia tras interceptar … un
                # camión … en Miranda de Ebro": where the trade went, not where it was seized)
                usable = [m for m in usable if not _HEADING.search(
                    text, max(sent.start, m.start - 40), m.start)] or usable
                towns = [m for m in filed if m.place.feature_type in {"city", "port"}]
                if not usable and towns:
                    return towns[0].place, 2  # seized where the story is filed
        if kind not in {"seizure", "extradition"}:
            # "aangehouden die op het punt stonden naar Schiphol te vliegen": where they were
            # going is not where they were arrested.
            going = [m for m in usable if _HEADING.search(
                text, max(sent.start, m.start - 40), m.start) or (
                # "en in februari aan België overgeleverd": handed over to
                _AAN.search(text, max(sent.start, m.start - 6), m.start)
                and _NL_HANDED.match(text, m.end))]
            if going and len(going) == len(usable) and kind == "arrest" and any(
                    _BOARDING.search(text, max(sent.start, m.start - 60), m.start) for m in going):
                # "arrêté à l'aéroport … alors qu'il s'apprêtait à embarquer pour Paris": not
                # in Paris; where the story is, if nothing better
                return None, 0
            if going and len(going) == len(usable):
                # "He was arrested by Spanish police in March and extradited to Scotland":
                # where he was sent is not where he was arrested; the place told before is
                earlier = _place_before(sent, kind, mentions, text)
                if earlier[0] is not None:
                    return earlier
            usable = [m for m in usable if m not in going] or usable
        if not usable and kind == "extradition":
            # "… near Alicante. He was … extradited to Scotland in June": from the place told
            # before, else the one he was sent to
            earlier = _place_before(sent, kind, mentions, text)
            if earlier[0] is not None:
                return earlier
            return here[0].place, 2
        if not usable and kind == "seizure":
            earlier = _place_before(sent, kind, mentions, text)
            if earlier[0] is not None:
                return earlier
        if not usable and kind != "seizure":
            towns = [m for m in mentions if dateline[0] <= m.start < dateline[1]
                     and m.place.feature_type in {"city", "port"}]
            if towns:
                # "ANTOFAGASTA – Catorce detenidos … una organización dedicada a internar pasta
                # base desde Bolivia": where the drugs came from is not where the arrests were
                return towns[0].place, 2
        usable = usable or here
        if kind == "seizure":
            ports = [m for m in usable if m.place.feature_type == "port"]
            usable = ports or usable
        if kind == "conviction":
            courts = [m for m in usable
                      if _COURT.search(text[max(sent.start, m.start - 60) : m.start])
                      or _COURT_AFTER.match(text, m.end)]
            court = None if courts else _court_near(trigger, mentions, text)
            if court is not None:
                return court, 1
            if not courts and filed and _COURT_WORD.search(sent.text):
                # "HAARLEM - De rechtbank Noord-Holland heeft … medewerkers van Schiphol
                # veroordeeld": a court told without its town sits where the story is filed
                return filed[0].place, 1
            usable = courts or usable
        t0, t1 = trigger

        def rank(m: PlaceMention) -> tuple[int, int, int]:
            dist = m.start - t1 if m.start >= t1 else (t0 - m.end) + 40
            if m.start >= t1 and kind not in {"extradition", "conviction"} and (
                    _CLAUSE_BREAK.search(text, t1, m.start)):
                # "werden in Tiel twee verdachten aangehouden, dinsdag volgde een aanhouding
                # in Culemborg": a place past a new clause is that clause's
                dist += 60
            return (dist, SPECIFICITY.get(m.place.feature_type, 9), m.start)

        best = min(usable, key=rank)
        level = [m for m in usable if m.start >= t1 and _AT_LEVEL.search(
            text, max(sent.start, m.start - 25), m.start)]
        if level and not contains(level[0].place, best.place):
            # "en la carretera Monterrey-Nuevo Laredo, a la altura de Sabinas Hidalgo": the
            # point on the way where it happened
            best = level[0]
        # "on the outskirts of Rosario, … in Argentina": the most specific place of the two.
        # (but not one past a clause about another event: "opgerold bij Beekbergen, explosie
        # bij woning in Zevenhuizen")
        inner = [m for m in usable if contains(best.place, m.place) and not (
            m.start > best.end and _another_event(text, max(best.end, t1), m.start))]
        if inner:
            best = min(inner, key=rank)
        held = [m for m in filed if m.place.feature_type in {"city", "port"}
                and best.place.feature_type in {"region", "admin"}
                and contains(best.place, m.place)]
        if held:
            # "DENPASAR, Bali — … a passenger stopped at Bali's international airport": the
            # town the story is filed from, in the island the sentence names
            return held[0].place, 2
        precision = 3 if best.place.feature_type in {"country", "region", "continent"} else 1
        return best.place, precision
    if landmarks and kind != "extradition":
        return min(landmarks, key=lambda m: abs(m.start - trigger[1])).place, 2
    court = _court_near(trigger, mentions, text) if kind == "conviction" else None
    if court is not None:
        return court, 1
    return _place_before(sent, kind, mentions, text)


def _court_near(trigger: tuple[int, int], mentions: list[PlaceMention], text: str
                ) -> Place | None:
    """The town of the court named nearest a conviction told without its court.

    "Seven men who … sent drugs to Grimsby have been jailed" and, further on, "… told Hull
    Crown Court"; "Le tribunal correctionnel de Rouen a rendu sa décision. Neuf prévenus ont
    été condamnés…": a conviction is where the court sits.
    """
    courts = [m for m in mentions if not m.nested
              and abs(m.start - trigger[0]) < COURT_REACH
              and (_COURT.search(text[max(0, m.start - 60) : m.start])
                   or _COURT_AFTER.match(text, m.end))]
    if not courts:
        return None
    return min(courts, key=lambda m: abs(m.start - trigger[0])).place


#: How far from a conviction told without its court (characters) the court may be named.
COURT_REACH = 2_000

# "In april van dat jaar", "en avril de cette année-là", "in April of that year": the year the
# text told last.
_THAT_YEAR = re.compile(
    r"\s+(?:van\s+(?:dat|hetzelfde)\s+jaar|of\s+(?:that|the\s+same)\s+year|"
    r"de\s+(?:cette\s+année(?:-là)?|la\s+même\s+année)|de\s+ese\s+(?:mismo\s+)?año|"
    r"del\s+mismo\s+año)(?!\w)", re.IGNORECASE)
_A_YEAR = re.compile(r"(?<![\d.,/-])\b(?:19[5-9]\d|20[0-4]\d)\b(?![\d.,/-]\d)")


def _of_that_year(d: DateMention, text: str) -> DateMention:
    """A month "of that year" in the year last told before it (within a few paragraphs)."""
    if d.precision != "month" or not d.value or not _THAT_YEAR.match(text, d.end):
        return d
    years = _A_YEAR.findall(text, max(0, d.start - THAT_YEAR_REACH), d.start)
    if not years:
        return d
    return replace(d, value=f"{years[-1]}-{d.value[-2:]}")


#: How far back (characters) "that year" may look for the year it means.
THAT_YEAR_REACH = 1_500

# A comma or semicolon and a new clause ("…, dinsdag volgde", "…; on Tuesday"), not a town's
# country or region ("Rosario, Argentina").
_CLAUSE_BREAK = re.compile(r"[,;]\s+[a-zà-ÿ]|;\s")


# An extradition told as a handover ("remis aux autorités françaises à Forbach"): the place
# after it is where it happened.
_HANDED_OVER_TRIGGER = re.compile(r"remis|handed|entregad|overgedragen", re.IGNORECASE)
# Serving a sentence is a record, not a conviction told.
_SERVING = re.compile(r"(?<!\w)(?:cumple|cumplía|purga|purgeait|purge|serving|servait|zit|"
                      r"uitzit|uitzat)\s+(?:\w+\s+)?$", re.IGNORECASE)
# What comes between a place and the place it lies in: ", en Texas", " (Colombia)".
_LOCATED_AFTER = re.compile(r"\s*[,(]\s*(?:(?:en|in|à|au|dans|im)\s+)?(?:the\s+|el\s+|la\s+|"
                            r"le\s+|het\s+)?$", re.IGNORECASE)
_JUDICIARY_OF = re.compile(
    r"(?<!\w)(?:parquet|procureure?|tribunal|juzgado|fiscal[íi]a|audiencia|parket|rechtbank|"
    r"prosecutor(?:'s\s+office)?|court|corte|cour|gerechtshof|hof)(?:\s+[\w-]+){0,3}?\s+(?:de\s+la\s+|de\s+l['’]|de|d['’]|"
    r"du|of|van|del|in|te)\s*$", re.IGNORECASE)


# "en el barrio de Nazaret", "dans la cité des Aubiers", "in de wijk Kruiskamp": a quarter named.
_UNKNOWN_QUARTER = re.compile(
    r"(?<!\w)(?:quartier|cité|barrio|colonia|wijk|buurt|estate|neighbou?rhood)\s+(?:de\s+la\s+|"
    r"de\s+l['’]|du\s+|des\s+|de\s+|d['’]|del\s+|of\s+)?(?-i:[A-ZÀ-Ý])", re.IGNORECASE)


# "El hombre fue entregado a agentes estadounidenses en el Aeropuerto Internacional de Toluca",
# "He was flown out of Piarco International Airport": where an extradition took place.
_HANDOVER = re.compile(
    r"(?<!\w)(?:fue\s+entregad[oa]|was\s+handed\s+over|was\s+flown\s+(?:out\s+of|from)|"
    r"a\s+été\s+remise?|"
    # "De verdachte werd vorige week dinsdag met een vlucht naar België overgebracht"
    r"werd\s+(?:[\w'-]+\s+){0,12}?(?:overgedragen|overgevlogen|overgebracht))(?!\w)",
    re.IGNORECASE,
)


_AT_PLACE = re.compile(r"(?<!\w)(?:en|in|at|à|au|op|bij|of|from|(?:aeropuerto|aéroport|airport|"
                       r"luchthaven)\s+(?:internacional\s+|international\s+)?(?:de|d['’]|of|van))"
                       r"\s+(?:el\s+|la\s+|the\s+|l['’]|le\s+|het\s+|de\s+)?$", re.IGNORECASE)


# "cinq personnes à Nouakchott, …, ainsi que deux autres à Zouérate": a second group arrested
# elsewhere, a second arrest.
_OTHER_GROUP = re.compile(
    r"(?<!\w)(?:ainsi\s+que|et|and|as\s+well\s+as|y|así\s+como|en|evenals)\s+"
    r"(?:\d+|deux|trois|quatre|cinq|two|three|four|five|dos|tres|cuatro|cinco|twee|drie|vier|"
    r"vijf)\s+(?:autres|others|more|otros|otras|anderen)\s+(?:à|au|in|at|en|a|op)\s+$",
    re.IGNORECASE,
)


def _other_groups(inc: Incident, sent: Sentence, after: int,
                  mentions: list[PlaceMention]) -> list[Incident]:
    """Arrests of another group at another place told in the same sentence."""
    out: list[Incident] = []
    for pm in in_sentence(mentions, sent):
        if pm.start < sent.start + after or pm.nested:
            continue
        if not _OTHER_GROUP.search(sent.text, 0, pm.start - sent.start):
            continue
        if inc.place is not None and (pm.place.id == inc.place.id
                                      or contains(inc.place, pm.place)):
            continue
        out.append(replace(inc, place=pm.place, geo_precision=1,
                           attributes=dict(inc.attributes), evidence=list(inc.evidence)))
    return out


def _handover(found: list[Incident], sent: Sentence, mentions: list[PlaceMention],
              source: str, text: str, dates_for: Callable[[Sentence], list[DateMention]]
              ) -> None:
    """Place and date the extradition told just before where the person was handed over."""
    # (most sentences follow no extradition: that test is cheaper than the regex)
    last = next((i for i in reversed(found[-3:]) if i.type == "extradition"), None)
    # (the sentence right after it, or one more in the same paragraph: "… is door Spanje
    # uitgeleverd. Dat heeft het parket bevestigd. De verdachte werd … overgebracht")
    if last is None:
        return
    gap = sent.start - last.evidence[-1].end
    if gap > 3 and (gap > 250 or "\n" in text[last.evidence[-1].end : sent.start]):
        return
    cue = _HANDOVER.search(sent.text)
    if cue is None:
        return
    # (the Dutch verb comes last: "werd op Schiphol overgedragen")
    after = [m for m in in_sentence(mentions, sent) if m.start >= sent.start + cue.start() + 4
             and _AT_PLACE.search(sent.text, 0, m.start - sent.start)]  # (not "US Marshals")
    day = next((d for d in dates_for(sent) if d.value and d.precision == "day"), None)
    if not after and day is None:
        return
    if after:
        best = min(after, key=lambda m: SPECIFICITY.get(m.place.feature_type, 9))
        last.place, last.geo_precision = best.place, 1
    if day is not None and last.date_precision != "day":
        # "… is door Spanje uitgeleverd. De verdachte werd vorige week dinsdag … overgebracht":
        # the day he was handed over
        last.date, last.date_precision = day.value, "day"
    last.evidence.append(evidence_of(sent, source))


def _owner(at: int, trigger: int, others: list[int], *, verb_last: bool = False) -> int:
    """The trigger a date at ``at`` belongs to: the last one before it, else the first after.

    Dutch puts the verb last ("in januari in Roubaix opgepakt en in februari … overgeleverd"):
    there a date belongs to the first trigger after it, else the last one before.
    """
    every = [trigger, *others]
    before = [t for t in every if t < at]
    after = [t for t in every if t > at]
    if not before and not after:
        return trigger
    if verb_last:
        return min(after) if after else max(before)
    return max(before) if before else min(after)


_BORDER_AFTER = re.compile(r"\s+(?:state\s+)?(?:line|border)(?!\w)", re.IGNORECASE)
_NEAR_THE = re.compile(r"(?<!\w)(?:near|close\s+to|just\s+off|off)\s+the\s+$", re.IGNORECASE)
_REGISTRY = re.compile(
    r"(?<!\w)(?:(?:matrícula|matriculad[oa]|registered|registrad[oa]|immatriculée?|bandera|"
    r"pavillon|flagged|home\s+port|port\s+d['’]attache|puerto\s+base|thuishaven)\s+"
    r"(?:(?:de|in|en|à|of|at|van)\s+)?(?:la\s+|el\s+|the\s+)?|"
    r"(?:barco|buque|pesquero|navire|bateau|chalutier|vissersboot|kotter)\s+"
    r"(?:(?:pesquero|de\s+pêche)\s+)?(?:de|d['’]|uit)\s*)$", re.IGNORECASE)
_COURT_WORD = re.compile(r"(?<!\w)" + _COURT_NOUNS + r"(?!\w)", re.IGNORECASE)
_FLIGHT = re.compile(r"(?<!\w)(?:vuelos?|vols?|flights?|vlucht(?:en)?)(?!\w)", re.IGNORECASE)


#: How far back, in characters, the homes of those named are looked for.
HOMES_REACH = 1_500
_ARRIVED_AT = re.compile(
    r"(?<!\w)(?:arriv(?:ing|ed|es)\s+(?:at|in)|unloaded\s+(?:at|in)|docked\s+(?:at|in)|"
    r"arrivée?s?\s+(?:à|au|dans)|débarquée?s?\s+(?:à|au)|lleg(?:ó|aron|ado|ada)\s+(?:a|al)|"
    r"descargad[oa]s?\s+en|aangekomen\s+in|aankwam\s+in|gelost\s+in)\s+"
    r"(?:the\s+|le\s+|la\s+|el\s+|de\s+|het\s+)?(?:(?:port|puerto|haven)\s+(?:of|de|d[eu]|van)\s+)?$",
    re.IGNORECASE)


_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=\S)")


def _place_before(
    sent: Sentence, kind: str, mentions: list[PlaceMention], text: str
) -> tuple[Place | None, int]:
    """The place an event without a place of its own refers back to."""
    before = [m for m in mentions_before(mentions, sent.start) if not m.nested]
    # "De mannen, van 31 en 36 jaar uit Hoofddorp en Nieuw-Vennep. … werden in februari
    # betrapt": where they live is not where it happened
    homes: set[int] = set()
    for k, m in enumerate(before):
        if m.start < sent.start - HOMES_REACH:
            continue  # (long articles: only the last sentences are read again)
        if PERSON_FROM.search(text, max(0, m.start - 50), m.start) or (
                k and before[k - 1].start in homes
                and LIST_GAP.fullmatch(text, before[k - 1].end, m.start)):
            homes.add(m.start)
    before = [m for m in before if m.start not in homes] or before
    for pat, types in _ANAPHORA:
        if pat.search(sent.text):
            for m in reversed(before):
                if m.place.feature_type in types or ("airport" in types and is_airport(m.place)):
                    return m.place, 2
    if kind == "seizure" and _FLIGHT.search(sent.text):
        # "… two suitcases with 46 kilos that had come on a flight from Bogotá": seized at the
        # airport the story named, not in the town named last
        airports = [m for m in before if is_airport(m.place)]
        if airports:
            return airports[-1].place, 2
    # The nearest place mentioned just before (a port for a seizure; a region or continent only
    # when nothing more specific was named).
    recent = [m for m in before if m.start >= sent.start - 400]
    # ("… avaient arrêté un automobiliste venant d'Italie. Dans la roue de secours, ils avaient
    # découvert 4 kg": where he came from is not where it was found)
    recent = [m for m in recent if not _ORIGIN.search(text, max(0, m.start - 40), m.start)
              and not _ORIGIN_IN.search(text, max(0, m.start - 60), m.start)] or recent
    if kind == "arrest":
        # ("… devait ensuite rejoindre, par la route, un entrepôt de Perpignan. Le chauffeur a
        # été interpellé": where the load was going is not where its driver was stopped; but
        # drugs "expédiées à destination du port d'Anvers" are seized there)
        recent = [m for m in recent if not _BOUND.search(
            text, max(0, m.start - 110), m.start)] or recent
    arrived = [m for m in recent if _ARRIVED_AT.search(text, max(0, m.start - 40), m.start)]
    if kind == "seizure" and arrived:
        # "… transhipped at the port of Caucedo before arriving at Tilbury. Border Force
        # officers opened the container…": seized where it arrived
        return arrived[-1].place, 2
    # (but "One such van was stopped on the A19 near Seaham. Officers found 6kg of cocaine":
    # the place the sentence before stopped it at, not a port named earlier)
    told_last = [m for m in recent if not _SENTENCE_BREAK.search(text, m.end, sent.start)]
    if kind == "seizure" and any(m.place.feature_type == "port" for m in recent) and not (
            told_last and all(m.place.feature_type != "port" for m in told_last)):
        recent = [m for m in recent if m.place.feature_type == "port"]
    specific = [m for m in recent if m.place.feature_type not in {"continent", "region"}]
    pick = (specific or recent)[-1:] if recent else []
    if pick and pick[0].place.feature_type == "country":
        # "… a villa near Alicante, on Spain's Costa Blanca.": the town, not its country
        inner = [m for m in specific if m.start >= pick[0].start - 120
                 and contains(pick[0].place, m.place)]
        pick = inner[-1:] or pick
    return (pick[0].place, 2) if pick else (None, 0)


def _generic(trig_text: str, place_after: bool, has_date: bool, lead: str = "") -> bool:
    """Tell habitual or generic statements, which are not events.

    "Les fusillades deviennent courantes", "loin des fusillades": a plural trigger needs a date
    or a place named after it, or a count of the people it befell ("Quatre autres suspects y
    ont été arrêtés").
    """
    low = trig_text.lower()
    plural = (low.endswith(("s", "x")) and not low.endswith("ss")) or bool(
        _NL_PLURAL.search(low)
    )
    if not plural or place_after or has_date:
        return False
    return not (_PARTICIPLE.search(low) and _PEOPLE_COUNTED.search(lead))


# "Quatre autres suspects, dont le gérant…, y ont été", "Two more men were", "Cinco personas
# fueron": a count of people opening the clause of a past event.
_PEOPLE_COUNTED = re.compile(
    r"(?:^|[.;:]\s*|,\s*)(?:" + "|".join(_NUMBER_WORDS) + r"|[2-9]|\d\d|siete|sept|seven|zeven|"
    r"huit|eight|ocho|acht|neuf|nine|nueve|negen|dix|ten|diez|tien)\s+(?:autres\s+|other\s+|"
    r"more\s+|otr[oa]s\s+|andere\s+)?(?:suspects?|personnes|hommes|femmes|individus|jeunes|"
    r"people|men|women|personas|hombres|mujeres|sospechosos|jóvenes|personen|mannen|"
    r"vrouwen|verdachten)(?!\w)", re.IGNORECASE)
_PARTICIPLE = re.compile(r"(?:ée?s|ed|d[oa]s|den|d)$", re.IGNORECASE)


_HIDDEN = re.compile(r"(?<!\w)(?:cach|dissimul|camoufl|hidden|concealed|escondid|oculta|verstopt|"
                     r"verborgen)", re.IGNORECASE)


def _attributes(text: str, kind: str) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    q = _QUANTITY.search(text)
    if q and q.group("what"):
        n = float(re.sub(r"[  .,](?=\d{3}\b)", "", q.group("n")).replace(",", "."))
        unit = q.group("unit").lower()
        kg = n * 1000 if unit.startswith(("t", "ton")) else n
        attrs["quantity_kg"] = round(kg, 3)
        attrs["substance"] = q.group("what").lower()
    if _FATAL.search(text):
        attrs["fatal"] = True
    c = _CONCEALMENT.search(text) if kind == "seizure" and _HIDDEN.search(text) else None
    if c:
        attrs["concealment"] = c.group(1).lower()
    return attrs


# A fatal shooting reported once as a shooting and once as a killing is one event.
_SAME_KIND = {frozenset({"shooting", "murder"})}


def _differs(a: Incident, b: Incident, *, dates: bool = True, next_day: bool = False) -> bool:
    """Two reports that cannot be one event: other dates, or other quantities.

    ``dates=False`` when ``b`` only took its date from the sentences before it; ``next_day``
    when one day apart is the same night ("les tirs de la nuit de lundi", told before as "la
    nuit de lundi à mardi").
    """
    if dates and a.date and b.date and not (
            a.date.startswith(b.date) or b.date.startswith(a.date)) and not (
            next_day and len(a.date) == len(b.date) == 10
            and abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days) <= 1):
        return True
    qa, qb = a.attributes.get("quantity_kg"), b.attributes.get("quantity_kg")
    return bool(qa and qb and abs(float(qa) - float(qb)) > 0.05 * max(float(qa), float(qb)))


def _same_event(a: Incident, b: Incident) -> bool:
    if a.type != b.type and frozenset({a.type, b.type}) not in _SAME_KIND:
        return False
    if a.date and b.date and a.date != b.date and not (
            # "capturado en 2023 en la colonia Escalón" and "capturado en octubre de 2023 en …
            # Escalón": one arrest, told twice with more or less of its date
            a.type == b.type and a.place is not None and b.place is not None
            and a.place.id == b.place.id
            and (a.date.startswith(b.date) or b.date.startswith(a.date))):
        return False
    if a.type != b.type and {e.start for e in a.evidence} & {e.start for e in b.evidence}:
        # "gunmen opened fire … in Manenberg, on the Cape Flats, killing two": one sentence,
        # one fatal shooting, whichever place each trigger took.
        return True
    if a.place is None or b.place is None:
        return a.place is b.place
    if a.type == b.type and a.date and a.date == b.date and a.date_precision == "day" and (
            2 in {a.geo_precision, b.geo_precision}):
        # "une saisie survenue le 3 mars … Ce jour-là, les douaniers avaient intercepté, à
        # hauteur de Langres, …": one event, its place told once
        return True
    return _same_place_or_unknown(a, b)


def _same_place_or_unknown(a: Incident, b: Incident) -> bool:
    """Whether two reports may be of one place.

    "Dinant : un labo démantelé à Anseremme" is not the lab "démantelé à Couvin" in January.
    """
    if a.place is None or b.place is None:
        return True
    return a.place.id == b.place.id or contains(a.place, b.place) or contains(b.place, a.place)


def _merge(a: Incident, b: Incident) -> Incident:
    """Keep the more specific place and date; evidence of both."""
    if {a.type, b.type} == {"shooting", "murder"}:  # a fatal shooting
        a.type = "shooting"
        a.attributes["fatal"] = True
    elif a.type != b.type:  # arrests made in raids: the arrests, from the raids
        a.attributes[b.type] = True
    as_dated = bool(b.date) or not a.date
    if b.place is not None and a.place is not None and (as_dated or (
            # "arrêtées dans le canton de Vaud… Les interpellations ont eu lieu à Renens"
            # ("Bali police arrest Brazilian… DENPASAR, Bali — … have arrested": the town)
            b.geo_precision in {1, 2} and a.place.feature_type in {"admin", "region", "country"}
    )) and contains(a.place, b.place):
        a.place, a.geo_precision = b.place, b.geo_precision
    elif b.place is not None and a.geo_precision == 2 and b.geo_precision == 1:
        a.place, a.geo_precision = b.place, b.geo_precision  # the place first only inferred
    if (b.date and not a.date) or (
        b.date and a.date and b.date_precision == "day" and a.date_precision != "day"
    ) or (b.date and a.date and b.date_precision == "month" and a.date_precision == "year"
          and b.date.startswith(a.date)):
        a.date, a.date_precision = b.date, b.date_precision
    seen = {(e.start, e.end) for e in a.evidence}
    a.evidence += [e for e in b.evidence if (e.start, e.end) not in seen]
    a.evidence.sort(key=lambda e: e.start)
    a.alleged = a.alleged and b.alleged
    a.attributes = {**b.attributes, **a.attributes}
    a.confidence = max(a.confidence, b.confidence)
    return a


def _date_told_on(inc: Incident, dates: list[DateMention]) -> None:
    """Date ``inc`` from a sentence that only tells when it happened, unless it has a day."""
    day = next((d for d in dates if d.value and d.precision in {"day", "month"}), None)
    if day is not None and (inc.date is None or (
            inc.date_precision != "day" and day.precision == "day")):
        inc.date, inc.date_precision = day.value, day.precision
        inc.attributes.pop("reported_on", None)


def _date_from_lede(
    found: list[Incident],
    parsed: Parsed,
    mentions: list[PlaceMention],
    article: Article,
    dateline_end: int,
    dates_for: Callable[[Sentence], list[DateMention]],
) -> None:
    """A headline's incident takes the date the lede gives for the same place.

    ``dates_for``: the dates of a sentence, as the main loop reads them.
    """
    if not parsed.sentences:
        return
    title_para = parsed.sentences[0].paragraph
    # (not a byline's date: "Published 7 June 2024", "Tuesday 17 September 2024")
    lede = list(islice((s for s in parsed.sentences if s.paragraph != title_para and not (
        len(s.text.split()) <= 6 and 2 * sum(d.end - d.start for d in dates_in(s.text))
        >= len(s.text.strip()))), 2))
    for inc in found:
        if inc.date or inc.place is None or inc.evidence[0].end > parsed.sentences[0].end:
            continue
        for sent in lede:
            if not any(pm.place.id == inc.place.id for pm in in_sentence(mentions, sent)):
                continue
            dates = [d for d in dates_for(sent)
                     if d.value and d.precision in {"day", "month"} and d.start >= dateline_end]
            # ("Le parquet a confirmé mercredi la découverte, lundi 2 juin, d'un laboratoire":
            # the day it was told is not the day it happened)
            dates = [d for d in dates if not _said_date(
                sent.text, d.start - sent.start, d.end - sent.start)] or dates
            if inc.type in {"conviction", "extradition"}:
                # ("admitted the supply between January and October last year when he appeared
                # in court yesterday": the day of the hearing, not the months of the offence)
                dates = [d for d in dates if d.precision == "day"] or dates
            if dates:
                inc.date, inc.date_precision = dates[0].value, dates[0].precision
                break


def incidents_from_article(
    article: Article, parsed: Parsed, places: list[Place]
) -> list[Incident]:
    """Extract the incidents an article reports.

    Parameters
    ----------
    article
        The article (its text, publication date and source).
    parsed
        Its parse (sentences).
    places
        Its geocoded places.

    Returns
    -------
    list of Incident
        One per event, in order of first report.

    Examples
    --------
    >>> import routes
    >>> text = "Le 3 mars 2024, la police a saisi 2 tonnes de cocaïne à Anvers."
    >>> case = routes.case_from_text(text)  # doctest: +SKIP
    >>> [(i.type, i.place.name, i.date) for i in case.incidents]  # doctest: +SKIP
    [('seizure', 'Antwerp', '2024-03-03')]
    """
    from routes._text import name_key
    from routes.gazetteer import gazetteer_from_cache

    demonyms = gazetteer_from_cache().demonyms
    # "three Ecuadorians and a Colombian were arrested": nationalities, not where it happened.
    # "in what Avon and Somerset Police described as…": the force's name, not a place told.
    mentions = [m for m in place_mentions(places)
                if name_key(article.text[m.start : m.end]) not in demonyms
                and not _FORCE_AFTER.match(article.text, m.end)]
    source = article.url or article.source
    found: list[Incident] = []
    last_day: dt.date | None = None
    last_month: str | None = None  # a month told after the last day named ("in March 2024")
    last_month_at = -1  # …and where
    prev_dates: list[DateMention] = []
    prev_para = -1
    dateline = dateline_span(article.text)
    title = _title_end(article.text)  # where the headline ends (0: no headline)
    main_place = next(
        (pm.place for pm in mentions if dateline and dateline[2] <= pm.start < dateline[3]), None
    )
    prev_had_incident = False
    dates_of: dict[int, list[DateMention]] = {}
    trigger_at: dict[int, int] = {}  # id(incident) -> where its trigger word starts
    para_of: dict[int, int] = {}  # id(incident) -> the paragraph that first told it

    def dates_for(sent: Sentence) -> list[DateMention]:
        """The sentence's dates (the dateline's excluded), read once and only when needed."""
        got = dates_of.get(sent.start)
        if got is None:
            got = dates_of[sent.start] = dates_in(
                sent.text, published=article.published, base=sent.start)
        if dateline is not None:  # the dateline's date is when it was written, not an event
            got = [d for d in got if d.start >= dateline[3] or d.end <= dateline[2]]
        return [_of_that_year(d, article.text) for d in got]

    # Sentences without a trigger are not read for dates unless a later sentence needs them:
    # as its previous sentence's dates, or for the last day named ("the following day").
    unread: list[Sentence] = []
    prev_unread: Sentence | None = None
    for sent in parsed.sentences:
        taken: list[tuple[int, int]] = []
        if sent.paragraph != prev_para:
            prev_dates, prev_para, prev_had_incident = [], sent.paragraph, False
            prev_unread = None
        if not _ANY_TRIGGER.search(sent.text):
            _handover(found, sent, mentions, source, article.text, dates_for)
            if found and _TOOK_PLACE.match(sent.text) and (
                    sent.paragraph - para_of.get(id(found[-1]), -9) <= 1):
                _date_told_on(found[-1], dates_for(sent))
            unread.append(sent)
            prev_unread, prev_had_incident = sent, False
            continue
        if prev_unread is not None:
            prev_dates = [d for d in dates_for(prev_unread) if d.value]
            prev_unread = None
        # "El hombre, capturado en Necoclí en marzo de 2025, fue entregado a agentes de la DEA
        # en el aeropuerto El Dorado de Bogotá": a handover told with another event
        _handover(found, sent, mentions, source, article.text, dates_for)
        n_before = len(found)
        seen: dict[str, bool] = {}

        def flags(name: str, text: str = sent.text, seen: dict[str, bool] = seen) -> bool:
            """Whole-sentence tests, run once per sentence and only when asked."""
            if name not in seen:
                seen[name] = bool(_SENTENCE_TESTS[name].search(text))
            return seen[name]

        dates = dates_for(sent)
        if dates:
            # "condamnés à huit ans pour avoir organisé, entre 2022 et 2023, l'importation":
            # the years of the offence, not of the conviction
            dates = [d for d in dates if not (d.precision == "year" and _CONVICTED_FOR.search(
                sent.text, 0, d.start - sent.start))]
        sent_dates = dates
        rel = _relative_day(sent.text) if not dates else None
        if dates and all(d.precision == "year" for d in dates):
            # "Le même jour, le tribunal … condamnait … pour un trafic entre 2023 et 2024": the
            # day the sentence opens with, not the years of what it tells about
            opening = _relative_day(sent.text, opening=True)
            if opening is not None:
                rel, dates = opening, []
        next_month = _NEXT_MONTH.search(sent.text) if not dates and not rel else None
        if rel or next_month or any(
                d.precision == "day" and d.value and len(d.value) == 10 for d in dates):
            for earlier in unread:  # in order: the last day named before this sentence
                for d in dates_for(earlier):
                    if d.start < last_month_at:
                        continue  # told before the month a later sentence named
                    if d.precision == "day" and d.value and len(d.value) == 10 and not (
                            _said_date(article.text, d.start, d.end)):
                        last_day, last_month = dt.date.fromisoformat(d.value), None
                    elif d.precision == "month" and d.value and len(d.value) == 7:
                        last_month, last_month_at = d.value, d.start
            unread.clear()
        if not dates and rel and last_month is not None:
            # "raids in March last year … Marsh was arrested two days later": a day after a
            # month told is in that month, as far as the text says
            dates = [DateMention(last_month, "month", sent.start + rel[0].start(),
                                 sent.start + rel[0].end(), rel[0].group(0))]
        elif not dates and last_day is not None and rel:
            day = last_day + dt.timedelta(days=rel[1])
            dates = [DateMention(day.isoformat(), "day", sent.start + rel[0].start(),
                                 sent.start + rel[0].end(), rel[0].group(0))]
        elif next_month is not None and (last_month is not None or last_day is not None):
            # "[… in February last year.] Kealey was arrested the following month": the month
            # after the last one told
            told = last_month or (last_day.isoformat()[:7] if last_day else "")
            year, month = int(told[:4]), int(told[5:7]) + 1
            year, month = (year + 1, 1) if month == 13 else (year, month)
            dates = [DateMention(f"{year:04d}-{month:02d}", "month",
                                 sent.start + next_month.start(), sent.start + next_month.end(),
                                 next_month.group(0))]
        for d in dates:
            if d.precision == "day" and d.value and len(d.value) == 10 and not _said_date(
                    article.text, d.start, d.end):
                # ("… secuestró el pasado domingo 480 kilos, informó este miércoles": a day
                # counted later is counted from the event, not from when it was told)
                last_day, last_month = dt.date.fromisoformat(d.value), None
            elif d.precision == "month" and d.value and len(d.value) == 7 and d.text != (
                    rel[0].group(0) if rel else None):
                last_month, last_month_at = d.value, d.start
        starts: list[int] | None = None  # every trigger's start, read once when asked
        for trigger_kind, pat in TRIGGERS:
            for m in pat.finditer(sent.text):
                kind = trigger_kind  # (a vehicle "arrêtée" with its load becomes a seizure)
                s, e = sent.start + m.start(), sent.start + m.end()
                if any(s < te and ts < e for ts, te in taken):
                    continue
                taken.append((s, e))
                # ("ces arrestations font suite à l'interpellation…": the event named after
                # "comes after" or "follows" is another one)
                follows_other = _AFTER_OTHER.search(sent.text, 0, m.start()) is not None
                twin = next((i for i in found if i.type == kind and any(
                    x.start == sent.start for x in i.evidence)), None)
                breaks = [] if twin is None else [
                    b.start() for b in _CLAUSE_BREAK.finditer(sent.text, 0, m.start())]
                if twin is not None and not (
                        twin.date and breaks and twin.evidence[0].start == sent.start) and not (
                        # ("ces arrestations font suite à l'interpellation, le 18 novembre,
                        # d'une passagère": the one they follow is another)
                        follows_other):
                    # one incident of a type per sentence, whether new or told again ("Cet
                    # enlèvement, qualifié de séquestration…")
                    continue
                lead = sent.text[max(0, m.start() - 24) : m.start()]
                if kind == "arrest" and _QUANTITY.search(sent.text) and _PASSIVE_BEFORE.search(
                        lead) and (stopped := _VEHICLE_STOPPED.search(
                            sent.text, max(0, m.start() - 80), m.start())) and not (
                        _DRIVER.search(sent.text, max(0, stopped.start() - 30), m.start())
                ) and not any(p.search(sent.text) for t, p in TRIGGERS if t == "seizure"):
                    # "une camionnette venant d'Espagne avait été arrêtée … avec 180 kilos de
                    # résine": a vehicle stopped with a load is a seizure
                    kind = "seizure"
                if _OTHERS.search(lead) or _CHARGE.search(
                        sent.text[max(0, m.start() - 100) : m.start()]):
                    continue  # "d'autres interpellations…", "mis en examen pour meurtre"
                if kind == "attack" and _WEAPON.fullmatch(m.group(0)) and any(
                        p.search(sent.text, 0, m.start()) for t, p in TRIGGERS if t == "seizure"):
                    continue  # "seized three firearms and two hand grenades": objects found
                if any(i.type == kind or {i.type, kind} in _SAME_KIND for i in found) and (
                        _AFTER_THE.search(lead)) and not follows_other:
                    continue  # "Dans la foulée de la saisie…": the event already told
                if _NEGATED.search(sent.text[max(0, m.start() - 60) : m.start()]):
                    continue  # "Er is nog niemand aangehouden": nothing happened
                if _NOT_YET.search(sent.text, max(0, m.start() - 60), m.start()):
                    continue  # "is scheduled to be sentenced in June": not yet
                if flags("trend") and all(d.precision == "year" for d in dates):
                    # "une série de fusillades", "shootings have become common", "vivió entre
                    # 2008 y 2012 una ola de violencia"
                    continue
                if kind in {"conviction", "arrest", "extradition"} and _PERSON_NOUN.search(
                        lead) and re.search(
                    r"(?:ad[oa]s?|id[oa]s?|ée?s?|ed|den?)$", m.group(0), re.IGNORECASE
                ):
                    continue  # "el condenado fue capturado", "el detenido es requerido": a person
                if kind == "conviction" and _SERVING.search(lead):
                    continue  # "que cumple condena en El Dueso", "purge une peine": a record
                if kind == "conviction" and (_EARLIER.search(lead) or (
                        not sent_dates and _ALREADY.search(lead)) or (
                        lead.rstrip().endswith(",") and _YEAR_AFTER.match(sent.text, m.end()))):
                    # "die al eerder veroordeeld werd", "son meneur, condamné en 2024, …": a
                    # record, not an event
                    continue
                if _COMING.search(sent.text, m.end()):
                    continue  # "annonce une opération « place nette » dans les prochains jours"
                if kind == "extradition" and _REQUEST.search(
                        sent.text, max(0, m.start() - 40), min(len(sent.text), m.end() + 40)):
                    continue  # "requerido en extradición", "uitlevering gevraagd": asked for
                place: Place | None
                if main_place is not None and main_place.feature_type in {"city", "port"} and (
                        not any(True for _ in in_sentence(mentions, sent))) and (
                        _UNKNOWN_QUARTER.search(sent.text)):
                    # "el tiroteo … en el barrio de Nazaret", a quarter the gazetteer lacks:
                    # in the town the story is filed from, not in the last place named
                    place, precision = main_place, 2
                else:
                    place, precision = _place_for(
                        sent, (s, e), kind, mentions, article.text,
                        (dateline[2], dateline[3]) if dateline else (0, 0))
                if place is None and main_place is not None:
                    place, precision = main_place, 2  # the dateline's place
                explicit = precision == 1 or precision == 3
                place_after = any(pm.start >= e or (
                    # "en una vivienda de Los Patios, donde dos personas fueron capturadas"
                    0 <= s - pm.end <= 80 and WHERE_WORD.search(article.text, pm.end, s))
                    for pm in in_sentence(mentions, sent))
                # ("« On entend des tirs … et le lendemain le point de vente rouvre »": a day
                # counted from another is no date of a habit)
                # (a count told in the headline is the event the story tells again below)
                told_before = sent.text[: m.start()] if sent.start >= title else ""
                if place is None or _generic(m.group(0), place_after, bool(sent_dates),
                                             told_before):
                    continue
                if kind == "arrest" and found and found[-1].type == "conviction" and (
                        prev_had_incident and _PLUPERFECT.search(lead)
                        and re.match(r"\s*(?:he|she|il|elle|él|ella|hij|zij)\s", lead,
                                     re.IGNORECASE)):
                    # "…jailed a 34-year-old man on Tuesday. He had been arrested at a flat in
                    # Cumbernauld.": the record of the one convicted, not an event told
                    found[-1].attributes["arrested_at"] = place.name
                    continue
                if kind == "arrest" and found and _AT_SCENE.search(sent.text) and (
                        para_of.get(id(found[-1])) == sent.paragraph):
                    found[-1].attributes["arrests"] = True
                    continue  # "arrested at the scene": part of what was just told
                if kind in {"arrest", "seizure"} and precision == 2 and not sent_dates and (
                        found and (found[-1].type == "raid" or found[-1].attributes.get("raid"))
                ) and (
                        sent.paragraph - para_of.get(id(found[-1]), -9) <= 1) and (
                        found[-1].evidence[0].start != sent.start):
                    # "Dinsdag deden rechercheurs invallen in Eindhoven… Zes mannen werden
                    # aangehouden.", "In de schuur werden 80 kilo aangetroffen": what the raid
                    # just told found, with no place or date of its own
                    found[-1].attributes["arrests" if kind == "arrest" else "seized"] = True
                    found[-1].evidence.append(evidence_of(sent, source))
                    continue
                if kind == "arrest" and precision == 2 and found and found[-1].type == "seizure" \
                        and _CREW.search(sent.text):
                    found[-1].attributes["arrests"] = True
                    continue  # "Its four crew members were arrested": part of the interception
                if kind == "seizure" and _PRONOUN_SEIZED.fullmatch(m.group(0)) and not (
                        _QUANTITY.search(sent.text)):
                    continue  # "found it" with no amount told: not a seizure we can tell
                if kind == "seizure" and _ORDERED_CONFISCATION.search(lead):
                    continue  # "Le tribunal a ordonné la confiscation de deux immeubles": a verdict
                if _COUNT_OF.search(lead):
                    continue  # "het aantal aangehouden bolletjesslikkers": a count
                if kind == "seizure" and _SEIZED_LOAD.search(lead) and any(
                        i.type == "seizure" for i in found):
                    continue  # "la « perte » de la cargaison saisie": the seizure already told
                if kind in {"arrest", "conviction"} and not sent_dates and _SINCE_THEIR.search(
                        lead):
                    continue  # "kept running the operation after his arrest": his record
                if _IF_BEFORE.search(lead):
                    continue  # "If convicted, they face up to life": what may happen
                if precision == 2 and not sent_dates and _COUNTERFACTUAL.search(sent.text):
                    continue  # "Bij een brand of explosie had hier een ramp kunnen ontstaan"
                if kind != "conviction" and _CONVICTED_FOR.search(sent.text, 0, m.start()):
                    # "veroordeeld … voor de invoer van cocaïne, de ontvoering van…": what
                    # they were convicted of, told with the conviction
                    continue
                if kind == "conviction" and _ALSO.search(lead) and any(
                        i.type == kind for i in found):
                    continue  # "y también resultó condenado": one more convicted, one verdict
                if _NONE_BEFORE.search(lead):
                    continue  # "No arrests were reported", "geen aanhoudingen"
                if kind == "raid" and m.group(0).lower().startswith("doorzocht") and (
                        _SEARCHED_VEHICLE.search(sent.text)):
                    continue  # "Het schip werd bij aankomst doorzocht": a search, no raid
                if kind == "raid" and m.group(0).isupper():
                    continue  # "avec l'appui du RAID": the police unit
                if flags("tally") and not any(d.precision == "day" for d in dates):
                    continue  # "Depuis janvier, sept personnes ont été tuées…": a tally
                if flags("aggregate") and kind == "seizure" and not any(
                        d.precision in {"day", "month"} for d in dates) and not (
                        # "el mayor golpe contra el narcotráfico en lo que va del año": this
                        # one, measured against the year's
                        _BIGGEST.search(sent.text) or _ONE_LOAD.search(sent.text)):
                    # "plus de dix tonnes saisies en 2025": a yearly total (of seizures: "was
                    # sentenced…, days before the Coast Guard unloaded more than two tons" is
                    # a sentence all the same)
                    continue
                if found and _COUNTED.match(sent.text, m.end()):
                    continue  # "Ce meurtre est le cinquième lié au trafic…": the one told
                if found and _ITS.search(sent.text[max(0, m.start() - 100) : m.start()]):
                    continue  # "Il s'agit du sixième homicide…": the event just told, counted
                if precision == 2 and _ORDINAL.search(lead):
                    continue  # "la troisième fusillade cette année": another event, place unknown
                if not dates and prev_dates and (precision == 2 or prev_had_incident):
                    # Place or story carried on from the sentence before: so is its date
                    # ("Police seized… on Thursday. Five people were arrested.").
                    dates = [d for d in prev_dates if d.precision == "day"] or (
                        prev_dates if precision == 2 else [])
                reported = [d for d in dates if d.precision == "day" and _said_date(
                    sent.text, d.start - sent.start, d.end - sent.start)]
                dates = [d for d in dates if not _not_event_date(sent.text, d.start - sent.start,
                                                                 d.end - sent.start)]
                if kind in {"conviction", "extradition"} and any(
                        d.precision in {"day", "month"} for d in dates):
                    # "Vendredi dernier, la cour a condamné… pour un meurtre commis en 2023"
                    dates = [d for d in dates if d.precision in {"day", "month"}]
                if len(dates) > 1 and starts is None:
                    starts = [sent.start + t.start() for t in _ANY_TRIGGER.finditer(sent.text)]
                others = [t for t in starts or () if abs(t - s) > 3] if len(dates) > 1 else []
                date = min(dates, key=lambda d: (
                    # ("aangehouden, dinsdag volgde een aanhouding": the next clause's day)
                    d.start >= e and bool(_CLAUSE_BREAK.search(article.text, e, d.end)),
                    # ("arrested … in March and extradited … in June": each its own)
                    _owner(d.start, s, others, verb_last=article.lang == "nl") != s,
                    abs(d.start - s))) if dates else None
                alleged = flags("hedged")
                confidence = 0.8 if explicit else 0.6
                if alleged:
                    confidence -= 0.2
                inc = Incident(
                    id="",
                    type=kind,
                    place=place,
                    date=date.value if date else None,
                    date_precision=date.precision if date and date.value else "unknown",
                    evidence=[evidence_of(sent, source)],
                    alleged=alleged,
                    geo_precision=precision,
                    attributes=_attributes(sent.text, kind),
                    confidence=round(confidence, 2),
                )
                if twin is not None and (inc.date in {None, twin.date} or inc.place is None or (
                        twin.place is not None and inc.place.id == twin.place.id)
                        or date is None or date.start < sent.start + (breaks or [0])[-1]):
                    # a second trigger of the kind in the sentence is another event only with
                    # a day and a place of its own
                    continue
                trigger_at[id(inc)] = s
                if not dates and reported and reported[0].value:
                    # "said on Wednesday they had seized…": the event was on that day or before;
                    # the day it was reported is kept apart, used if nothing better is found.
                    inc.attributes["reported_on"] = reported[0].value
                # ("El vehículo interceptado tenía como destino Lyon": the one told, its noun
                # before it)
                definite = bool(_DEFINITE.search(lead) or (
                    _PARTICIPLE.search(m.group(0)) and _DEFINITE_NOUN.search(lead)))
                kin = {"murder", "shooting"} if kind in {"murder", "shooting"} else {kind}
                restated = next((i for i in reversed(found) if i.type == kind or (
                    # "Police raided homes … Seven people were arrested. The raids targeted…"
                    kind == "raid" and i.type == "arrest" and i.attributes.get("raid")) or (
                    # "…carried out raids in Grays, arresting three men. … whether the arrests
                    # were linked": the arrests of those raids
                    kind == "arrest" and i.type == "raid" and i.attributes.get("arrests"))),
                    None) or next(
                    (i for i in reversed(found) if i.type in kin and (
                        i.attributes.get("fatal") or kind == "shooting")
                     and (definite or _DEMONSTRATIVE.search(lead))
                     # ("lors de l'assassinat du 4 avril": the day of the shooting told)
                     and (not sent_dates or any(d.value == i.date for d in sent_dates))),
                    None)
                near_place = any(
                    0 <= pm.start - e <= 60 and not _ATTRIBUTIVE.match(article.text, pm.end)
                    for pm in in_sentence(mentions, sent)
                )
                opens = bool(_OPENS.match(sent.text[: m.start()]))
                if opens and restated is not None and inc.date and (
                        # ("De schietpartij vond plaats op … 14 november", told before as
                        # "in november": that day, which the month allows)
                        (restated.date and not inc.date.startswith(restated.date))
                        # "The seizure comes weeks after a man was stabbed … last month"
                        or _COMES_AFTER.match(sent.text, m.end())
                ) and not _ORDINAL.search(lead) and not _ANOTHER.search(sent.text):
                    # "The seizure came as four members … were jailed on Tuesday": the date is
                    # the other event's; the seizure is the one told before.
                    inc.date, inc.date_precision = None, "unknown"
                # ("lier ce décès à la saisie": the seizure told, whatever date the sentences
                # before lend this one)
                own_date = (bool(sent_dates) or not definite) and not (
                    # "verdacht van betrokkenheid bij die schietpartij": the one told (but
                    # "Cette saisie intervient deux mois après celle de Dunkerque": two)
                    _DEMONSTRATIVE.search(lead) and not _ANOTHER.search(sent.text))
                if restated is not None and not _ORDINAL.search(lead) and not (
                        follows_other) and not _differs(
                        restated, inc, dates=own_date, next_day=bool(
                            definite or _DEMONSTRATIVE.search(lead))) and (
                    _OPENS.match(sent.text[: m.start()]) or
                    _DEMONSTRATIVE.search(lead)
                    or (definite and (not near_place or restated.type != kind
                                                     # "the killing was ordered from HMP
                                                     # Forest Bank": the boss's place
                                                     or bool(_ORDERED_FROM.search(
                                                         sent.text, m.end()))))
                    or (precision == 2 and not _anaphoric(sent.text))
                    # "…l'enlèvement d'un charbonneur, le 14 janvier à Villejean. Le jeune homme
                    # avait été séquestré deux jours dans un garage de Bruz": told on
                    or (_PLUPERFECT.search(lead) is not None and restated.type == kind
                        and prev_had_incident and restated.evidence[-1].end <= sent.start)
                    # "… is woensdag door Spanje uitgeleverd. Hij werd op Schiphol overgedragen
                    # aan de Koninklijke Marechaussee.": the same extradition, told on
                    or (kind == "extradition" and restated.type == kind and prev_had_incident
                        and restated.evidence[-1].end <= sent.start)
                ):
                    # "Cette arrestation…", or "l'arrestation du suspect…" with no place of its
                    # own: the event already reported, told again (it may add the date).
                    own = (inc.place, inc.geo_precision)
                    inc.place, inc.geo_precision = restated.place, restated.geo_precision
                    if not own_date and restated.date:
                        # the date the sentence lends belongs to another event of it (but
                        # "Cette arrestation, en décembre, …" dates the one told)
                        inc.date, inc.date_precision = None, "unknown"
                    _merge(restated, inc)
                    if own[1] == 1 and restated.geo_precision == 2 and _PLUPERFECT.search(lead):
                        # "L'homme avait été séquestré à Trignac": the place the first report
                        # lacked
                        restated.place, restated.geo_precision = own
                    elif own[0] is not None and own[1] == 1 and restated.place is not None and (
                            restated.place.feature_type in {"admin", "region", "country"}
                            and contains(restated.place, own[0])):
                        # "… arrêtées dans le canton de Vaud. Les interpellations ont eu lieu à
                        # Renens": the town the retelling names
                        restated.place, restated.geo_precision = own

                    continue
                found.append(inc)
                para_of[id(inc)] = sent.paragraph
                if kind == "arrest":
                    found += _other_groups(inc, sent, m.end(), mentions)
        # An arrest made during a raid is one event: the raid.
        here_types = {i.type: i for i in found if i.evidence[0].start == sent.start}
        if "raid" in here_types and "arrest" in here_types:
            # "arrested on Tuesday during raids in Germiston": one event, told by its outcome
            # (the arrests), as event datasets and annotators record it.
            here_types["arrest"].attributes["raid"] = True
            raid, arrest = here_types["raid"], here_types["arrest"]
            if raid.place is not None and trigger_at.get(id(raid), 0) < trigger_at.get(
                    id(arrest), 0):
                # "allanó viviendas en Las Piedras…, donde detuvo a siete personas": the
                # arrests were made where the raid was
                arrest.place, arrest.geo_precision = raid.place, raid.geo_precision
            found.remove(here_types["raid"])
            del here_types["raid"]
        if "raid" in here_types and "seizure" in here_types and (
                here_types["raid"].evidence[0].start == here_types["seizure"].evidence[0].start):
            # "officers raided a flat and seized three firearms": what the raid found
            here_types["raid"].attributes.setdefault("seized", True)
            found.remove(here_types["seizure"])
        prev_dates = [d for d in sent_dates if d.value]
        prev_had_incident = len(found) > n_before or any(
            x.start == sent.start for i in found for x in i.evidence)
    _date_from_lede(found, parsed, mentions, article, dateline[3] if dateline else 0, dates_for)
    merged: list[Incident] = []
    for inc in found:
        for kept in merged:
            if _same_event(kept, inc):
                _merge(kept, inc)
                break
        else:
            merged.append(inc)
    if title:
        # A headline announces what the body reports: its incidents are the body's.
        body = [i for i in merged if any(e.start >= title for e in i.evidence)]
        heads: list[Incident] = []
        for inc in merged:
            if all(e.start < title for e in inc.evidence):
                alike = [b for b in body
                         if b.type == inc.type or {b.type, inc.type} in _SAME_KIND]
                # (the one of its place, else one of its time: "Dinant : un labo démantelé à
                # Anseremme" is not the lab "démantelé à Couvin" in January)
                twin = next((b for b in alike if _same_place_or_unknown(b, inc)), None) or next(
                    (b for b in alike if not (b.date and inc.date) or b.date.startswith(
                        inc.date[:7]) or inc.date.startswith(b.date[:7])), None)
                if twin is not None:
                    twin.evidence.extend(e for e in inc.evidence if e not in twin.evidence)
                    twin.evidence.sort(key=lambda e: e.start)
                    continue
            heads.append(inc)
        merged = heads
    # No publication date and no dated dateline: "le 6 juillet" is read against the latest
    # dated month the article names ("le 10 juillet 2025", "en février 2025"), the best clue
    # to when it was written: the last such day or month up to then.
    yearless = {id(i) for i in merged if i.date and re.fullmatch(r"--\d\d(?:-\d\d)?", i.date)}
    latest = None if not yearless or article.published or (dateline and dateline[1]) else max(
        (d.value[:7] for d in dates_in(article.text)
         if d.value and re.match(r"\d{4}-\d\d", d.value)), default=None)
    for inc in merged:
        inc.id = f"incident-{article.sha1[:10]}-{inc.type}-{inc.evidence[0].start}"
        if latest and inc.date and id(inc) in yearless:
            year, month = int(latest[:4]), int(latest[5:7])
            inc.date = f"{year if int(inc.date[2:4]) <= month else year - 1}-{inc.date[2:]}"
            inc.attributes["year_inferred"] = True
        reported_on = inc.attributes.pop("reported_on", None)
        if inc.date is None and reported_on:
            # Only the day it was announced is known: the nearest date the text gives.
            inc.date, inc.date_precision = reported_on, "day"
            inc.attributes["date_is_report_date"] = True
    return merged


_BYLINE = re.compile(r"(?:By|Par|Por|Door|Van)\s+\w", re.UNICODE)


def _date_or_byline_next(text: str, line_end: int) -> bool:
    """Whether the line after ``line_end`` is a short date or byline line closing a paragraph."""
    nxt_end = text.find("\n", line_end + 1)
    if nxt_end < 0 or not text.startswith(("\n\n", "\n\r\n"), nxt_end):
        return False
    nxt = text[line_end + 1 : nxt_end].strip()
    if not nxt or len(nxt) > 80 or nxt[-1] in ".!?":
        return False
    return bool(_BYLINE.match(nxt) or any(d.value and d.value[:1].isdigit()
                                          for d in dates_in(nxt)))


def _title_end(text: str) -> int:
    """End of the headline: a line with no final stop, followed by a blank line.

    The headline is the first paragraph, or the second after a date line ("Published 27
    October 2025"). Returns 0 when the article has no headline or starts with a dateline.
    """
    dateline = dateline_span(text)
    pos = 0
    for _ in range(2):
        line_end = text.find("\n", pos)
        if line_end < 0:
            return 0
        line = text[pos:line_end].strip()
        after = text[line_end : line_end + 3]
        blank = after.startswith("\n\n") or after.startswith("\n\r\n")
        if dateline is not None and pos <= dateline[2] < line_end and dateline[3] >= line_end - 1:
            # a line that is only a date or a dateline: the headline may follow
            pos = line_end
            while pos < len(text) and text[pos] in "\r\n \t":
                pos += 1
            continue
        if not blank and line and _date_or_byline_next(text, line_end):
            blank = True  # "Published: 11 September 2025", "By Reuters staff" under the title
        if not blank and line and pos == 0 and dateline is not None and (
                dateline[2] > line_end and not text[line_end : dateline[2]].strip()):
            blank = True  # "Twaalf veroordeeld …\nDendermonde, 29/04/2026 (Belga) – …"
        # a headline may end on a quoted word ("… pour une cargaison « perdue »"), not on a
        # quoted sentence ("« On ne lâchera rien. »")
        closing = line.rstrip("»”\"' ")
        if not blank or not line or not closing or closing[-1] in ".!?:;" or (
                line[-1] in ".!?:;" or len(line) > 200):
            return 0
        if dateline is not None and pos <= dateline[2] < line_end:
            return 0  # "ROTTERDAM, 5 december 2024 – De douane…": a dateline, not a title
        return line_end
    return 0
