"""An indefinite act noun opening a that-clause whose verb is a future is a hypothesis or an act
to come ("أن رفض البرلمان للخطة سيؤدي إلى أزمة"); a future that goes on with the act ("سيستمر")
and a definite act stay (SPEC 2.6)."""
from filter_probes import detected_types


def test_hypothesis_dropped():
    assert "REJECT" not in detected_types("وأكد الوزير أن رفض البرلمان للخطة سيؤدي إلى أزمة سياسية.")
    assert "SANCTION" not in detected_types("وقال الرئيس إن عقوبات جديدة ستطال الشركات المخالفة.")


def test_going_on_kept():
    assert "MOBILIZE" in detected_types("وقال المرصد إن استنفار قوات الجيش سيستمر ثلاثة أيام.")
    assert "SANCTION" in detected_types("وفرضت الحكومة عقوبات على الشركات، وقالت إنها ستراقب السوق.")


def test_gathering_agenda_kept():
    assert "CONSULT" in detected_types("وقالت الوزارة إن لقاء الوزيرين في العاصمة سيركز على التعاون الاقتصادي.")


def test_nouns_opening_like_a_future_kept():
    # سيناء، سيناتور: a place and a title that open like سيفعل, not the clause's verb
    assert "ASSAULT" in detected_types("وأكد الضابط أن هجوما على حاجز للجيش في سيناء أدى إلى مقتل جنديين.")
    assert "COERCE" in detected_types("وذكرت الصحيفة أن اعتقال سيناتور سابق أثار جدلا واسعا.")
