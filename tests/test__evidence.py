from routes._evidence import contains
from routes.geocode import Place


def _place(name: str, ftype: str, cc: str, admin1: str) -> Place:
    return Place(id=f"place-{name}", name=name, lat=0.0, lon=0.0, feature_type=ftype,
                 country_code=cc, gazetteer_id=f"test:{name}", precision=ftype, admin1=admin1)


def test_a_division_contains_the_towns_of_its_code() -> None:
    england = _place("England", "admin", "GB", "ENG")
    assert contains(england, _place("Liverpool", "city", "GB", "ENG"))
    assert not contains(england, _place("Glasgow", "city", "GB", "SCT"))
    assert not contains(england, _place("Scotland", "admin", "GB", "SCT"))
    # without a code nothing is known
    assert not contains(_place("Somewhere", "admin", "GB", ""), _place("Leeds", "city", "GB", ""))
