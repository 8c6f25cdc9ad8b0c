"""An act followed, in its sentence, by a verb of intending whose verbal noun of doing takes the
act back as a pronoun ("عن مجزرة، كانت العصابة تنوي ارتكابها", "هجوما يخطط التنظيم لتنفيذه") was
intended, not done (SPEC 2.6)."""
from filter_probes import detected_types as _types, dropped_and_kept

test_intended_act_dropped, test_act_kept = dropped_and_kept(_types, [
    ("وكشف الوزير عن مجزرة، كانت العصابة المسلحة تنوي ارتكابها في السوق الشعبي.", "ASSAULT"),
    ("وتحدثت الصحيفة عن هجوم واسع يخطط المتمردون لشنه على العاصمة.", "ASSAULT"),
], [
    ("وقتل خمسة في هجوم نفذه التنظيم، الذي يريد السيطرة على المدينة.", "ASSAULT"),
    ("واعتقلت الشرطة رجلا كان ينوي السفر إلى الخارج.", "COERCE"),
])
