"""A cue opening its sentence with ف ("فقد قال", "فقال") goes on with the sentence before:
the person named as that sentence's subject, after its opening verb and title description,
speaks (audit U54 SK-2420: «واستبق المتحدث باسم المتمردين الحوثيين، محمد عبد السلام، وصول
غريفيث بإطلاق تصريحات … فقد قال في هذه التصريحات:» had gone to an older speaker)."""
from __future__ import annotations

import pytest

_FIRST = 'وقال مصدر إن "الوضع هادئ في المدينة منذ الصباح". '


@pytest.mark.parametrize("text,names,speakers", [
    (_FIRST + 'وسبق المتحدث باسم الحركة، سامي العلي، الاجتماع بتصريحات حادة. فقد قال فيها: "لن نقبل بأي تسوية مفروضة".',
     {"سامي العلي": "PER"}, ["مصدر", "سامي العلي"]),
    (_FIRST + 'وسبق المتحدث باسم الحركة، سامي العلي، الاجتماع بتصريحات حادة. فقال: "لن نقبل بأي تسوية مفروضة".',
     {"سامي العلي": "PER"}, ["مصدر", "سامي العلي"]),
    (_FIRST + 'واستقبل المدير العام للشركة، سامي العلي، الوفد. فقال: "لن نقبل بأي تسوية مفروضة".',
     {"سامي العلي": "PER"}, ["مصدر", "سامي العلي"]),
    # must not fire: a second title (the name is the object's), no title opening the subject
    (_FIRST + 'وانتقد المتحدث باسم الحركة الوزير، سامي العلي، بشدة. فقد قال: "لن نقبل بأي تسوية مفروضة".',
     {"سامي العلي": "PER"}, ["مصدر", "مصدر"]),
    (_FIRST + 'وانتقد أعضاء في الحركة، سامي العلي، بشدة. فقد قال: "لن نقبل بأي تسوية مفروضة".',
     {"سامي العلي": "PER"}, ["مصدر", "مصدر"]),
])
def test_so_indeed_previous_subject(quotes, check, text, names, speakers):
    doc = quotes(text, names)
    check(doc)
    assert [q.speaker.text if q.speaker else None for q in doc.quotes] == speakers
