"""Hostages taken ("احتجز مسلح رهائن", "احتجاز رهائن") are a hostage-taking (ASSAULT abduction),
not an arrest; a plain احتجز with no hostage stays an arrest."""
import pytest

from filter_probes import read_types as _types


@pytest.mark.parametrize("sentence", [
    "واحتجز مسلح رهائن في متجر بالمدينة أمس.",
    "واحتجز المسلحون عددا من الرهائن داخل المصرف.",
    "وقام الخاطف باحتجاز رهائن في الحافلة.",
    "وقال إن رجلا احتجز زوجته رهينة داخل المنزل.",
])
def test_hostage_taking_is_abduction(sentence):
    got = _types(sentence)
    assert "ASSAULT" in got and "COERCE" not in got


@pytest.mark.parametrize("sentence", [
    "واحتجزت الشرطة ثلاثة أشخاص للتحقيق.",
    "وأفرج المسلحون عن الرهائن بعد أن احتجزتهم الشرطة ساعات.",
])
def test_plain_detention_stays_arrest(sentence):
    assert "COERCE" in _types(sentence)
