"""Small hand-written word lists that steer clitic splitting (normalised at import).

Kept short and general: frequent function words and nouns of news Arabic, not names.
"""
from __future__ import annotations

from rasd.text.normalize import norm_key


def _keys(words: str) -> frozenset[str]:
    return frozenset(norm_key(w) for w in words.split())


# Words that begin with a proclitic letter or end like a suffix but are whole words.
WHOLE = _keys("""
هناك هنالك ذلك تلك أولئك كذلك لذلك هنا لكن لدى لدي لماذا ليس ليست لقد لم لن لا
فيما فقط فوق فترة فيلم فريق فرقة فرص فرصة فكرة فصل فئة فرع فضلا فعلا
وجود وفق وفقا وقت وقف وزير وزارة وزراء وكالة ولاية ولايات وسط وضع وطن وطني وطنية وحدة وحدات
وصول وصل وقع وقوع وراء وسائل وثيقة وعد ولد ولادة وجه وجهة وظيفة وفاة وفد
بين بعد بعض بعيد بلد بلدة بلاد بيان بيت بنك بناء بدء بدأ بدأت بحث برنامج بريد بلغ
لجنة لعب لغة لقاء لحظة لون لواء لبنان ليبيا
واشنطن فرنسا فلسطين فنزويلا فيتنام فيينا فلوريدا فيسبوك فيلق فيالق كاليفورنيا كاليدونيا
كبير كبيرة كثير كل كلمة كان كانت كما كيف كلا كنيس كنيسة
وكيل وكلاء وادي وديان وهران ورقلة
جنيه اتجاه مياه شبه أوجه نتيجة
""")

# Particles and prepositions that take pronoun suffixes however short they are:
# أنه → أن + ه, فيها → في + ها, عليهم → علي + هم.
PARTICLES = _keys("أن إن لكن في من عن علي إلي مع لدي عند بين حول ضد دون منذ خلال عبر تجاه")

# Short words a conjunction or preposition attaches to: وقد → و + قد, بذلك → ب + ذلك.
FUNCTION_STEMS = _keys("""
قد في من مع هو هي هم ما لا لم لن أن إن كان كانت ذلك تلك هذا هذه هؤلاء كل عن على إلى بعد قبل
أول عام شكل شأن سبب حلول اسم نسبة صالح قيادة وضوح حسب فضل رغم حيث أي غير
""")

# Frequent verbs after the future س or the ل of purpose: ستكون → س + تكون, ليكون → ل + يكون.
VERBS = _keys("يكون تكون يتم تتم يصبح تصبح يبدأ تبدأ يستمر تستمر يسمح تسمح يعقد تعقد يصل تصل")

# After ب or ل (without ال) only these stems are split off: names like بغداد, لبنان stay whole.
PREP_STEMS = FUNCTION_STEMS | VERBS | _keys("""
أن ه ها هم هما هن نا ذلك هذا هذه
""")
