"""Latin letters spelt in Arabic, as news writes them: "إف بي آي" (FBI), "سي آي إيه" (CIA),
"سي إن إن" (CNN), with the hamza-less spellings. Read by the sentence splitter (a full stop
between two of them abbreviates, it ends no sentence) and by the NER (a run of them is one name)."""
from __future__ import annotations

LETTER_NAMES = frozenset("""إيه إي أي بي سي دي إف اف جي إتش آي جاي جيه كي كيه إل إم ام أم إن أن أو كيو
آر أر إس اس تي يو في دبليو إكس واي زد زي""".split())
