extension FormatCatalogue {
  static let decision = FormatKey("besluit_op", .date, "Datum van het besluit. Bijv. 2025-10-01.")
  static let weeks = FormatKey(
    "weken", .number(whole: true, minimum: 1, maximum: 104), required: true,
    "Aantal weken, 1 tot 104. Bijv. 26.")

  static let absence: [FormatObject] = [
    FormatObject(
      name: "verzuim", description: "Het verloop van het verzuim.",
      keys: [
        .init(
          "eerste_ziektedag", .date, required: true,
          "Dag 1 van week 1; alle termijnen rekenen hiervandaan. Bijv. 2024-01-08."),
        .init("melding_bedrijfsarts", .date, "Ziekmelding bij de bedrijfsarts of arbodienst."),
        .init(
          "onderbrekingen", .list("onderbreking"),
          "Herstel gevolgd door nieuwe ziekte; korter dan 28 dagen telt samen, langer start een nieuwe wachttijd."
        ),
        .init("volledig_hersteld_op", .date, "Eerste dag volledig hersteld (eigen werk, contracturen)."),
        .init(
          "werkhervattingen", .list("werkhervatting"), "Gedeeltelijke hervattingen; stoppen de klok niet."),
        .init(
          "verlengingen", .list("verlenging"), "Vrijwillige verlenging van de loondoorbetaling (art. 24 WIA)."
        ),
        .init("loonsanctie", .object("loonsanctie"), "Loonsanctie van UWV (art. 25 lid 9 WIA)."),
        .init("vervroegde_iva_aangevraagd_op", .date, "Aanvraag van een vervroegde IVA-uitkering."),
        .init(
          "melding_ziek_uit_dienst", .date,
          "Ziekmelding bij UWV omdat de werknemer ziek uit dienst gaat; hoort op de laatste werkdag."),
      ]),
    FormatObject(
      name: "onderbreking", description: "Een herstel gevolgd door nieuwe ziekte.",
      keys: [
        .init("hersteld_op", .date, required: true, "Eerste dag hersteld. Bijv. 2024-03-01."),
        .init("weer_ziek_op", .date, required: true, "Eerste dag weer ziek. Bijv. 2024-03-18."),
      ]),
    FormatObject(
      name: "werkhervatting", description: "Een gedeeltelijke werkhervatting.",
      keys: [
        .init("vanaf", .date, required: true, "Begin van de hervatting. Bijv. 2024-05-01."),
        .init("uren_per_week", .number(whole: false, minimum: 0, maximum: nil), "Uren per week. Bijv. 16."),
        .init("soort", .choice(ResumptionKind.allCases.map(\.rawValue)), "Het soort werk."),
      ]),
    FormatObject(
      name: "verlenging", description: "Een vrijwillige verlenging van de loondoorbetaling.",
      keys: [
        decision, weeks, .init("reden", .text, "Waarom werkgever en werknemer de verlenging vroegen."),
        .init("akkoord_op", .date, "Wanneer werkgever en werknemer het over de aanvraag eens werden."),
      ]),
    FormatObject(
      name: "loonsanctie", description: "Een loonsanctie van UWV (art. 25 lid 9 WIA).",
      keys: [
        decision, weeks, .init("redenen", .textList, "De redenen zoals UWV ze in het besluit geeft."),
        .init("herstelplan", .text, "Hoe de werkgever de tekortkoming herstelt."),
        .init(
          "bekortingsverzoek_op", .date,
          "Wanneer de werkgever UWV vroeg de loonsanctie te bekorten (art. 25 lid 12 WIA)."),
        .init(
          "origineel", .text, screening: .notMedical,
          "Het besluit van UWV zoals ontvangen (pdf of jpg, ten hoogste 10 MB), ten opzichte van het casusbestand; het gaat mee met het bekortingsverzoek. Bijv. bijlagen/loonsanctie-besluit.pdf."
        ),
      ]),
  ]

  static let secondTrack: [FormatObject] = [
    FormatObject(
      name: "tweede_spoor", description: "Het zoeken naar werk bij een andere werkgever.",
      keys: [
        .init("gestart_op", .date, "Start van het tweede spoor. Bijv. 2024-12-16."),
        .init("uitvoerder", .object("persoon"), "Het re-integratiebureau of de jobcoach."),
        .init("vrijstelling", .object("vrijstelling"), "Waarom geen tweede spoor nodig is."),
        .init("fasen", .list("fase"), "De fasen van het traject."),
        .init("activiteiten", .list("activiteit"), "Wat er gedaan is, met datum."),
        .init("rapportages", .list("rapportage"), "De voortgangsrapportages van de uitvoerder."),
        .init("resultaat", .text, "De uitkomst, of waarom er geen is."), lateReason,
        .init(
          "persoonsprofiel", .object("spoor2_stuk"),
          "Het persoonsprofiel: ervaring, opleiding, wensen en beperkingen."),
        .init(
          "zoekprofiel", .object("spoor2_stuk"),
          "Het zoekprofiel: de soorten passend werk waarnaar gezocht wordt."),
        .init(
          "werkplan", .object("werkplan"), "Het werkplan van de uitvoerder, met wat het per week belooft."),
        .init("voortgang", .list("voortgang"), "Sollicitaties, vacatures en gesprekken per periode."),
        .init("eindrapportage", .object("spoor2_stuk"), "De eindrapportage van de uitvoerder."),
        .init(
          "evaluatie_werkgever", .object("evaluatie_werkgever"),
          "Hoe de werkgever het werk van de uitvoerder beoordeelt."),
      ]),
    FormatObject(
      name: "vrijstelling", description: "Waarom geen tweede spoor nodig is.",
      keys: [
        .init("reden", .choice(VrijstellingReden.allCases.map(\.rawValue)), required: true, "De reden."),
        .init("toelichting", .text, "De onderbouwing."),
      ]),
    FormatObject(
      name: "fase", description: "Een fase van het tweede spoor.",
      keys: [
        .init("fase", .choice(TweedeSpoorFaseSoort.allCases.map(\.rawValue)), required: true, "De fase."),
        .init("van", .date, required: true, "Begin van de fase."),
        .init("tot", .date, "Einde, zodra afgerond."),
      ]),
    FormatObject(
      name: "activiteit", description: "Een activiteit in het tweede spoor.",
      keys: [
        .init("datum", .date, required: true, "Datum. Bijv. 2025-01-14."),
        .init(
          "soort", .choice(ActiviteitSoort.allCases.map(\.rawValue)), required: true, "Het soort activiteit."),
        .init("omschrijving", .text, "Wat er gedaan is."),
      ]),
    FormatObject(
      name: "rapportage", description: "Een voortgangsrapportage van het tweede spoor.",
      keys: [date, author, .init("samenvatting", .text, "De kern van de rapportage."), original]),
    FormatObject(
      name: "spoor2_stuk", description: "Een profiel of rapport van de uitvoerder van het tweede spoor.",
      keys: [date, author, .init("samenvatting", .text, "De kern, in een paar zinnen.")]),
    FormatObject(
      name: "werkplan", description: "Het werkplan van het tweede spoor.",
      keys: [
        date, author,
        .init(
          "sollicitaties_per_week", .number(whole: false, minimum: 0, maximum: 100),
          "Beloofde sollicitaties per week. Bijv. 2."),
        .init(
          "vacatures_per_week", .number(whole: false, minimum: 0, maximum: 100),
          "Beloofde passende vacatures per week. Bijv. 4."),
      ]),
    FormatObject(
      name: "voortgang", description: "De activiteit in één periode van het tweede spoor.",
      keys: [
        .init("van", .date, required: true, "Eerste dag van de periode."),
        .init("tot", .date, required: true, "Laatste dag van de periode."),
        .init("sollicitaties", .number(whole: true, minimum: 0, maximum: nil), "Verstuurde sollicitaties."),
        .init("vacatures", .number(whole: true, minimum: 0, maximum: nil), "Gevonden passende vacatures."),
        .init("gesprekken", .number(whole: true, minimum: 0, maximum: nil), "Sollicitatiegesprekken."),
      ]),
    FormatObject(
      name: "evaluatie_werkgever", description: "De beoordeling van de uitvoerder door de werkgever.",
      keys: [date, author, .init("oordeel", .text, "Het oordeel van de werkgever over het traject.")]),
  ]
}
