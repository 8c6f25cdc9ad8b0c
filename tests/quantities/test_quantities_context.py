"""Categories the words around a count decide (audit U22 N-1): rates and populations are no
casualty counts; a second count after the first's "من …" shares its cue; people still at
large are not displaced; "أب لطفلين" is kinship; a crowd reaching a size are participants."""
from __future__ import annotations

import pytest

from quantity_probes import fields_of


@pytest.mark.parametrize("text,want", [
    ("يصل عدد حالات القتل فيها إلى 111.33 جريمة قتل لكل 100 ألف شخص.", []),
    ("قتل في المدينة رجل، ويبلغ عدد سكانها 328.245 نسمة.", [(328245, "other")]),
    ("أسفرت المواجهات عن إصابة 43 من المسلحين وقوات الأمن و7 من عناصر المقاومة الشعبية.",
     [(43, "injured"), (7, "injured")]),
    ("ذبح المهاجمون رجلا. ولا يزال المهاجمون الثلاثة فارين.", [(3, "other")]),
    ("يقف اللاجئ السوري وهو أب لطفلين في الشرفة.", []),
    ("وقد وصلت الحشود هذه المرة إلى نحو 8 آلاف شخص.", [(8000, "participants")]),
    # must not fire: a count with its own cue; no cue at all; people who fled
    ("أسفر القصف عن مقتل 4 مدنيين وإصابة 22 آخرين.", [(4, "killed"), (22, "injured")]),
    ("فر آلاف المدنيين من المدينة.", [(1000, "displaced")]),
])
def test_context_category(run_quantities, text, want):
    assert fields_of(run_quantities(text), "value", "category") == want
