"""Reinforcements listed among the objects of an attack ("استهدفت الطائرات تعزيزات المسلحين …،
ومنها تعزيزات في الجبل") were hit, not deployed: no MOBILIZE (event_misread.drop_misread)."""
import pytest

from filter_probes import read_types as _types


@pytest.mark.parametrize("text,mobilized", [
    ("واستهدفت الطائرات تعزيزات المسلحين في عدة مواقع، ومنها تعزيزات في الجبل كانت في طريقها إلى البلدة.", False),
    ("وقصفت المدفعية مواقع المتمردين، من بينها تعزيزات وصلت حديثا إلى الوادي.", False),
    # reinforcements sent, with no attack before them, stay a deployment
    ("وأرسل الجيش قوات إلى الحدود، ومنها تعزيزات وصلت إلى البلدة أمس.", True),
])
def test_reinforcements_listed_after_an_attack_were_hit(text, mobilized):
    assert ("MOBILIZE" in _types(text)) is mobilized
