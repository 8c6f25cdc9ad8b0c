""""قالت المنظمة في تقرير أصدرته الأحد إن القوات قتلت 12 متظاهرا الشهر الماضي": a time in the
frame before the أن/إن that opens the act's clause dates the statement; the reported clause's
own time dates the act."""

BASRA = ("البصرة", 30.5, 47.8, "IQ", "city")
SUNDAY = ("الأحد", "2024-02-11", "day")
LAST_MONTH = ("الشهر الماضي", "2024-01", "month")


def _killing(ev, text, times):
    toll = "12 متظاهرا" if "12" in text else "ثلاثة أشخاص"
    doc = ev.make_doc(text, places=[BASRA], times=times,
                      quantities=[(toll, 12 if "12" in text else 3, "exact", "killed")])
    (act,) = [e for e in ev.run(doc) if e.type == "ASSAULT"]
    return act.date, act.time_precision


def test_a_reports_release_day_does_not_date_the_killing_it_reports(ev):
    text = ("قالت منظمة حقوقية في تقرير أصدرته الأحد إن قوات الأمن قتلت 12 متظاهرا في مدينة "
            "البصرة الشهر الماضي.")
    assert _killing(ev, text, [SUNDAY, LAST_MONTH]) == ("2024-01", "month")


def test_a_statements_day_still_dates_an_act_told_with_no_time(ev):
    # must not fire: the reported clause names no time of its own
    text = "قالت الشرطة الأحد إن مسلحين قتلوا ثلاثة أشخاص في مدينة البصرة."
    assert _killing(ev, text, [SUNDAY]) == ("2024-02-11", "week")


def test_an_act_told_before_the_report_frame_keeps_its_own_time(ev):
    # must not fire: the act stands before the أن/إن, not inside what is reported
    text = ("قتلت قوات الأمن 12 متظاهرا في مدينة البصرة الأحد، وقالت منظمة حقوقية إن التحقيق "
            "بدأ الشهر الماضي.")
    assert _killing(ev, text, [SUNDAY, LAST_MONTH])[0] == "2024-02-11"
