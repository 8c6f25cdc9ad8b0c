"""A bombing device "ready for detonation" (معدة/مجهزة/جاهزة للتفجير) was found or seized before it
went off: no bombing; a device that exploded is kept."""
from filter_probes import detected_types as _types


def test_device_ready_to_blow_dropped():
    assert "ASSAULT" not in _types("وضبطت الشرطة في المخبأ بندقيتين وعبوة ناسفة معدة للتفجير.")
    assert "ASSAULT" not in _types("وعثرت القوات على سيارة مفخخة جاهزة للتفجير قرب السوق.")


def test_device_that_blew_kept():
    assert "ASSAULT" in _types("انفجرت عبوة ناسفة بدورية للجيش قرب الجسر.")
    assert "ASSAULT" in _types("قتل جنديان في انفجار سيارة مفخخة معدة سلفا عند الحاجز.")
