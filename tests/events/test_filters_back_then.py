"""An undated sentence told from a past moment ("آنذاك", "حينذاك") is background; a day named
in the sentence keeps it news."""
from filter_probes import detected_types as _types, dropped_and_kept


test_back_then_suppressed, test_news_kept = dropped_and_kept(_types, [
    ("فظهرت شكوك حول رواية الحكومة الرسمية آنذاك والتي أكدت اختطاف وذبح الرهبان على يد الجماعة المسلحة.",
     "ASSAULT"),
    ("وتم آنذاك اعتقالها وسجنها أسبوعين.", "COERCE"),
    ("وهو ما دفع الرئيس، حينذاك، إلى التهديد بقصف السدود.", "THREATEN"),
], [
    ("وقتل خمسة في قصف على المدينة أمس، وكان الوزير آنذاك في زيارة لها.", "ASSAULT"),
    ("واعتقلت الشرطة ثلاثة أشخاص في المدينة.", "COERCE"),
])
