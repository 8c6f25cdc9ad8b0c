"""Animals killed or shot hurt no person: an animal right after the trigger, or an object pronoun
that agrees with the nearest animal before it (ـه masculine, ـها feminine or plural) and no
person named there (SPEC 2.6)."""
from filter_probes import read_types


def test_animals_dropped():
    assert "ASSAULT" not in read_types("وأطلق الشرطي النار على كلب مسعور في الحي.")
    assert "ASSAULT" not in read_types("ورأى المزارع ثعبانا كبيرا قرب البئر فقتله بعصا.")
    assert "ASSAULT" not in read_types("وحين رأى الأفعى السامة في الحديقة قطع رأسها.")


def test_people_kept():
    assert "ASSAULT" in read_types("وطارد المسلحون الرجل الذي يرعى الأغنام فقتلوه.")
    assert read_types("وخطف المسلحون الفتاة التي كانت ترعى الأغنام وقتلوها.") == ["ASSAULT", "ASSAULT"]
    assert "ASSAULT" in read_types("وهاجم مسلحون رعاة الماشية وقتلوهم قرب القرية.")
