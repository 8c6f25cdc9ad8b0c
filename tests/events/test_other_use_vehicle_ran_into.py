"""A vehicle or a force of nature as the subject of داهم ("فداهمتهم شاحنة", "داهمت السيول") is an
accident or a flood, no raid; a raid by a force stays."""
import pytest

from filter_probes import read_types


@pytest.mark.parametrize("sentence", [
    "كان العمال يقفون على جانب الطريق فداهمتهم شاحنة مسرعة وأصابت اثنين منهم.",
    "داهمت السيول عشرات المنازل في القرية بعد أمطار غزيرة.",
])
def test_accident_dropped(sentence):
    assert "COERCE" not in read_types(sentence)


@pytest.mark.parametrize("sentence", [
    "داهمت قوة أمنية منزلا في حي الزهور واعتقلت ثلاثة شبان.",
    "وداهمتهم دورية للشرطة في ساعة متأخرة من الليل.",
])
def test_raid_kept(sentence):
    assert "COERCE" in read_types(sentence)
