"""A happening named by its year ("المتهم الرئيسي في هجمات بروكسل 2016", "منذ حرب 2006") is a
past one called by its name, not news; a four-digit count of people is no year ("اعتقال 2000
شخص")."""
import pytest

from filter_probes import read_types


@pytest.mark.parametrize("sentence", [
    "وتحدث الوزير عن هجمات بروكسل 2016.",
    "وأشار إلى تفجيرات مدريد 2004 التي نفذها التنظيم.",
])
def test_named_past_happening_dropped(sentence):
    assert "ASSAULT" not in read_types(sentence)


@pytest.mark.parametrize("sentence", [
    "وقالت الشرطة إنها نفذت اعتقال 2000 شخص خلال الحملة.",
    "ووقعت هجمات بروكسل صباح اليوم في محطة المترو.",
])
def test_told_happening_kept(sentence):
    assert read_types(sentence)
