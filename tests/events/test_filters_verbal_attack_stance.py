"""هاجم with a person as its object is an attack in words (ACCUSE) when it is for the object's
stance ("لمعارضته", "لمواقفه") or when the attackers go on in a speech verb of their own past
commas ("…، السبت، ووصفوا زيارته بأنها فاشلة"); no harm word or armed doer may stand between."""
import pytest

from filter_probes import detected_types as _types


@pytest.mark.parametrize("sentence", [
    "هاجم قياديون في الحزب الحاكم وزير الخارجية لمعارضته الصريحة لخطة الإصلاح.",
    "وهاجم نواب المعارضة رئيس البرلمان لمواقفه من قانون الانتخابات.",
    "هاجم مسؤولون في الحركة المبعوث الأوروبي، يوسف كارلسون، عقب وصوله إلى العاصمة، الأحد، ووصفوا جولته بأنها عديمة الجدوى.",
])
def test_attack_in_words(sentence):
    types = _types(sentence)
    assert "ACCUSE" in types and "ASSAULT" not in types


@pytest.mark.parametrize("sentence", [
    # armed doers, or harm told between
    "هاجم مسلحون حاجزا للجيش، ووصفت الوزارة الهجوم بأنه إرهابي.",
    "هاجم عناصر التنظيم القرية فجر اليوم وقتلوا ثلاثة من سكانها، واتهموا الباقين بالتعاون.",
    # a refusal is no stance of the attacked building
    "هاجم المتظاهرون مركز الشرطة لرفضه الإفراج عن المعتقلين.",
])
def test_physical_attack_kept(sentence):
    assert "ASSAULT" in _types(sentence)
