/// The curated Dutch catalogue behind ``MedicalTermScanner/standard``.
///
/// Entry syntax: `*stem` also matches at the end of a compound, `stem*` also at the start, spaces make a
/// phrase (see ``MedicalTermScanner``). Plural and inflected forms are listed explicitly: there is no
/// automatic stemming, because e.g. "kanker" + "en" is the verb "kankeren" (to grumble).
///
/// Deliberately NOT in the catalogue (allowed functional or process language, or too ambiguous):
/// - "ziek", "ziekte", "ziekmelding", "ziektewet", "herstel", "medisch"/"medische" on their own
///   ("medische beperkingen" is the bedrijfsarts' own term), "beperkingen", "belastbaarheid".
/// - "bedrijfsarts", "verzekeringsarts", "arbo-arts", "arbeidsdeskundige", "casemanager"; "arts" on its
///   own is left out because employers often write "de arts" for the bedrijfsarts. Only named specialisms
///   are listed, never `*arts`, which would hit "bedrijfsarts".
/// - "concentratieproblemen", "geheugenproblemen", "stress", "werkstress", "angst": the UWV
///   Functionele Mogelijkhedenlijst describes concentration and memory as capabilities, and stress is a
///   work-related factor. The compounds "concentratieklachten"/"stressklachten" still match via
///   `*klachten`: phrase the limitation, not the complaint.
/// - "pijnlijk" (mostly figurative: "een pijnlijk gesprek"), "pijnpunt"; "operationeel"; "opnemen" /
///   "opgenomen" (verlof opnemen); "behandeling" on its own ("de behandeling van het bezwaar",
///   "gelijke behandeling") — only "onder behandeling", "medische behandeling" and friends match;
///   "ingreep" on its own (also a form of "ingrijpen"); "breuk" on its own ("vertrouwensbreuk") — use
///   "botbreuk", "fractuur", "gebroken been"; bare "klacht"/"klachten" (a grievance about a manager) —
///   only medical compounds and phrases ("rugklachten", "psychische klachten") match.
/// - "specialist" on its own ("IT specialist", "re-integratiespecialist"); only "de specialist",
///   "medisch specialist", "behandelend specialist" match. "specialistisch" does not match.
/// - "corona"/"covid" on their own (pandemic context: "tijdens corona werkte hij thuis"); only
///   "long covid" / "post-covid" match. "zwanger"/"zwangerschap" on its own (pregnancy-related sick leave
///   must be reported to UWV, art. 29a ZW); complications like "zwangerschapsvergiftiging" match.
/// - "ms", "als", "add", "cvs", "kans": abbreviations that collide with ordinary words.
///
/// Deliberate inclusions: "depressief", "overspannen", "astmatisch", "autisme" and similar adjectives
/// reveal a condition just as the noun does; "opname" (clinical admission) matches although "de opname
/// van verlofuren" is a rare false positive; "vermoeidheid" is a complaint; "behandelaar" and
/// "revalidatie" are treatment. Texts about healthcare workers ("werkt als fysiotherapeut in het
/// ziekenhuis") will produce false positives: the scanner flags for human review, it does not judge.
extension MedicalTermScanner {
  /// All standard catalogue entries, grouped by category.
  static let standardEntries: [(term: String, category: MedicalTermCategory)] =
    diagnoseTerms.map { ($0, .diagnose) } + klachtTerms.map { ($0, .klacht) }
    + behandelingTerms.map { ($0, .behandeling) } + medicatieTerms.map { ($0, .medicatie) }
    + zorgverlenerTerms.map { ($0, .zorgverlener) }

  /// Tokens that must never match as a single token although a compound stem would hit them.
  static let standardExceptions: [String] = [
    "klacht", "klachten", "aanklacht", "aanklachten", "tegenklacht",  // grievances, not complaints
    // customer service, not health complaints
    "klantklacht", "klantklachten", "klantenklacht", "klantenklachten", "klachtafhandeling",
    "serviceklacht", "serviceklachten", "leveringsklachten", "productklachten",
    "arbeidstherapie",  // "op arbeidstherapeutische basis": a re-integratie arrangement
    "kankeren", "kankert",  // "grumble"
  ]

  static let diagnoseTerms: [String] = [
    // psychisch
    "burn-out", "burnout", "burn-outs", "burnouts", "overspannen", "overspanning", "overspannenheid",
    "depressie", "*depressie", "depressies", "depressief", "depressieve", "gedeprimeerd",
    "*stoornis", "*stoornissen", "ptss", "trauma", "getraumatiseerd", "psychose", "psychotisch",
    "psychotische", "schizofrenie", "bipolair", "bipolaire", "manisch", "borderline", "ocd", "adhd",
    "autisme", "autistisch", "autistische", "fobie", "claustrofobie", "anorexia", "boulimia",
    "verslaving", "*verslaving", "verslaafd", "alcoholisme", "psychiatrisch", "psychiatrische",
    // oncologie
    "*kanker", "*tumor", "*tumoren", "carcinoom", "lymfoom", "leukemie", "melanoom", "metastasen",
    "uitzaaiingen", "gezwel",
    // hart, vaten, hersenen
    "*infarct", "hartaanval", "hartfalen", "boezemfibrilleren", "beroerte", "cva", "tia",
    "*bloeding", "*bloedingen", "hersenschudding", "nah", "hypertensie", "hoge bloeddruk",
    "hart en vaatziekten", "vaatziekte", "vaatziekten", "epilepsie", "epileptisch", "epileptische",
    "parkinson", "alzheimer", "dementie", "multiple sclerose", "migraine*",
    // bewegingsapparaat
    "hernia", "hnp", "lumbago", "ischias", "artrose", "artritis", "reuma*", "jicht", "fibromyalgie",
    "whiplash", "rsi", "tenniselleboog", "muisarm", "*fractuur", "*fracturen", "botbreuk",
    "gebroken been", "gebroken arm", "gebroken pols", "gebroken enkel", "gebroken voet",
    "gebroken hand", "gebroken heup", "gebroken rib", "gebroken ribben", "gebroken sleutelbeen",
    "been gebroken", "arm gebroken", "pols gebroken", "enkel gebroken", "voet gebroken", "heup gebroken",
    "*blessure", "*blessures", "geblesseerd", "verstuiking", "verstuikt", "verzwikt", "kneuzing",
    "gekneusd", "*kruisband", "meniscus", "meniscusscheur", "spierscheuring", "*letsel",
    // overig somatisch
    "diabetes", "diabetisch", "suikerziekte", "astma", "astmatisch", "astmatische", "copd",
    "longemfyseem", "long covid", "longcovid", "post covid", "postcovid", "pfeiffer", "lyme", "crohn",
    "colitis", "prikkelbare darm", "*syndroom", "hiv", "aids", "hepatitis", "tuberculose",
    "*ontsteking", "*ontstekingen", "ontstoken", "*infectie", "*infecties", "griep", "*allergie", "eczeem",
    "psoriasis", "obesitas", "tinnitus", "incontinentie", "hartziekte", "longziekte", "spierziekte",
    "nierziekte", "immuunziekte", "zwangerschapscomplicaties", "zwangerschapsvergiftiging",
    "bekkeninstabiliteit", "miskraam",
  ]

  static let klachtTerms: [String] = [
    "*klachten", "*klacht", "psychische klachten", "lichamelijke klachten", "fysieke klachten",
    "medische klachten", "psychische problemen", "lichamelijke problemen", "psychische problematiek",
    "*pijn", "*pijnen", "vermoeidheid", "vermoeid", "oververmoeid", "moeheid", "duizelig",
    "duizeligheid", "slapeloosheid", "slaapproblemen", "slaapt slecht", "slecht slapen", "insomnia",
    "benauwd", "benauwdheid", "kortademig", "kortademigheid", "misselijk", "misselijkheid",
    "braakneiging", "koorts", "verkoudheid", "verkouden", "paniekaanval", "paniekaanvallen", "angstaanval",
    "angstaanvallen", "hyperventilatie", "hyperventileren", "somberheid", "hartkloppingen",
    "tintelingen", "gevoelloosheid", "uitvalsverschijnselen", "kramp", "*krampen", "diarree",
    "nachtmerries", "flashbacks", "huilbuien", "suicidaal", "suicidale", "suicide",
    "zelfmoordgedachten", "doodsgedachten", "zelfmoordpoging", "oorsuizen", "zwelling",
  ]

  static let behandelingTerms: [String] = [
    "*therapie*", "*therapieen", "cgt", "emdr", "chemo*", "kuur", "antibioticakuur", "bestraling",
    "bestralingen", "geopereerd", "operatief", "knieoperatie", "rugoperatie",
    "heupoperatie", "hartoperatie", "schouderoperatie", "oogoperatie", "buikoperatie",
    "darmoperatie", "borstoperatie", "voetoperatie", "handoperatie", "polsoperatie", "nekoperatie",
    "staaroperatie", "bypassoperatie", "medische ingreep", "chirurgische ingreep", "kleine ingreep",
    "chirurgie", "transplantatie", "dialyse", "amputatie", "narcose", "*revalidatie*", "opname",
    "opnames", "dagbehandeling", "onder behandeling", "medische behandeling",
    "psychologische behandeling", "psychologische hulp", "psychologische begeleiding",
    "behandeltraject", "behandelplan", "mri", "ct scan", "ctscan", "rontgenfoto", "rontgen",
    "echografie", "*scopie", "biopsie", "biopt", "punctie", "*injectie", "*injecties", "infuus",
    "gips", "bloedonderzoek", "fysio", "acupunctuur", "haptonomie", "dotterbehandeling", "stent",
    "pacemaker", "*prothese",
  ]

  static let medicatieTerms: [String] = [
    "*medicatie*", "medicijn*", "antidepressiva", "antidepressivum", "pijnstiller", "pijnstillers",
    "paracetamol", "ibuprofen", "diclofenac", "naproxen", "tramadol", "oxycodon", "morfine", "codeine",
    "oxazepam", "diazepam", "lorazepam", "temazepam", "benzodiazepine", "benzodiazepinen",
    "benzodiazepines", "sertraline", "paroxetine", "citalopram", "escitalopram", "fluoxetine",
    "venlafaxine", "ssri", "ritalin", "methylfenidaat", "quetiapine", "insuline", "metformine",
    "prednison", "prednisolon", "cortison", "corticosteroiden", "antibiotica", "antibioticum",
    "slaappil", "slaappillen", "slaapmiddel", "slaapmiddelen", "kalmeringsmiddel",
    "kalmeringsmiddelen", "bloedverdunner", "bloedverdunners", "betablokker", "betablokkers",
    "statine", "statines", "omeprazol", "inhalator", "puffer",
  ]

  static let zorgverlenerTerms: [String] = [
    "huisarts*", "huisartsen", "de specialist", "medisch specialist", "medische specialist",
    "behandelend specialist", "behandelende specialist", "behandelend arts", "behandelende arts",
    "behandelaar", "behandelaars", "neuroloog", "orthopeed", "cardioloog", "oncoloog", "psychiater",
    "psychiaters", "psycholoog", "psychologe", "psychologen", "*therapeut", "*therapeuten",
    "fysiotherapeut", "reumatoloog", "longarts", "internist", "dermatoloog", "gynaecoloog", "uroloog",
    "*chirurg", "*chirurgen", "anesthesist", "radioloog", "kno arts", "oogarts", "tandarts",
    "sportarts", "revalidatiearts", "dietist", "logopedist", "haptonoom", "osteopaat", "chiropractor",
    "ziekenhuis*", "ziekenhuizen", "*kliniek", "*klinieken", "poli", "ggz*", "spoedeisende hulp",
    "intensive care", "ambulance", "apotheek", "apotheker",
  ]
}
