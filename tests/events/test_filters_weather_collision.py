"""Rain, storms, snow and a collision of two vehicles are accidents (SPEC 2.7: no human agent)."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("text,kept", [
    # deaths from heavy rain or a collision of vehicles have no human agent (SPEC 2.7)
    ("لقي 12 شخصا حتفهم جراء الأمطار الغزيرة التي ضربت الإقليم منذ الجمعة.", False),
    ("قتل 8 أشخاص بسبب العواصف الثلجية في شمال البلاد أمس.", False),
    ("لقي 9 أشخاص مصرعهم الثلاثاء في حادث تصادم حافلتين جنوب العاصمة.", False),
    # an attack word still stands beside the weather
    ("قتل 4 جنود في تفجير انتحاري رغم الأمطار الغزيرة أمس.", True),
])
def test_rain_storms_and_collisions_are_accidents(text, kept):
    assert ("ASSAULT" in _types(text)) is kept

