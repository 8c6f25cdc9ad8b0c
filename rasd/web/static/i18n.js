// Labels in Arabic and English. Only fixed strings live here; data is always set as text.
"use strict";
window.RASD_I18N = {
  ar: {
    tagline: "من فعل ماذا بمن، وأين، ومتى، وكم، ومن يقول ذلك",
    type: "النوع", all: "الكل", from: "من", to: "إلى", country: "البلد", actor: "الفاعل",
    search: "بحث", has_count: "بأعداد فقط", apply: "تطبيق", reset: "إعادة ضبط", export: "تصدير:",
    more: "المزيد", clear_dates: "مسح التواريخ", conflicts: "أعداد متعارضة", sources: "المصادر",
    article: "نص الخبر", events: "حدث", date: "التاريخ", place: "المكان", counts: "الأعداد",
    claimant: "حسب", hedged: "ادعاء", cluster: "تقارير عن الحدث نفسه", none: "لا شيء",
    unknown: "غير معروف", lang_button: "English",
    killed: "قتلى", injured: "جرحى", displaced: "نازحون", arrested: "معتقلون", abducted: "مختطفون",
    missing: "مفقودون", participants: "مشاركون",
    types: {ASSAULT: "اعتداء", PROTEST: "احتجاج", COERCE: "قمع", DISPLACE: "نزوح", MOBILIZE: "حشد",
      RETREAT: "انسحاب", THREATEN: "تهديد", ACCUSE: "اتهام", REQUEST: "مطالبة", REJECT: "رفض",
      AGREE: "اتفاق", CONSULT: "تشاور", SUPPORT: "دعم", COOPERATE: "تعاون", AID: "مساعدات",
      SANCTION: "عقوبات", CONCEDE: "تنازل"},
  },
  en: {
    tagline: "Who did what to whom, where, when, how many — and who says so",
    type: "Type", all: "All", from: "From", to: "To", country: "Country", actor: "Actor",
    search: "Search", has_count: "With counts only", apply: "Apply", reset: "Reset", export: "Export:",
    more: "More", clear_dates: "Clear dates", conflicts: "Conflicting counts", sources: "Sources",
    article: "Article", events: "events", date: "Date", place: "Place", counts: "Counts",
    claimant: "According to", hedged: "claimed", cluster: "Reports of the same event", none: "none",
    unknown: "unknown", lang_button: "العربية",
    killed: "killed", injured: "injured", displaced: "displaced", arrested: "arrested",
    abducted: "abducted", missing: "missing", participants: "participants",
    types: {ASSAULT: "Assault", PROTEST: "Protest", COERCE: "Coercion", DISPLACE: "Displacement",
      MOBILIZE: "Mobilisation", RETREAT: "Retreat", THREATEN: "Threat", ACCUSE: "Accusation",
      REQUEST: "Request", REJECT: "Rejection", AGREE: "Agreement", CONSULT: "Consultation",
      SUPPORT: "Support", COOPERATE: "Cooperation", AID: "Aid", SANCTION: "Sanction",
      CONCEDE: "Concession"},
  },
};
window.RASD_COLOURS = {
  ASSAULT: "#c0392b", PROTEST: "#e67e22", COERCE: "#8e44ad", DISPLACE: "#2980b9",
  MOBILIZE: "#7f8c8d", RETREAT: "#16a085", THREATEN: "#d35400", ACCUSE: "#95a5a6",
  REQUEST: "#bdc3c7", REJECT: "#34495e", AGREE: "#27ae60", CONSULT: "#1abc9c",
  SUPPORT: "#2ecc71", COOPERATE: "#3498db", AID: "#f1c40f", SANCTION: "#6c3483", CONCEDE: "#a04000",
};
