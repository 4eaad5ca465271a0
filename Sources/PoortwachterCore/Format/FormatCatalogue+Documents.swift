extension FormatCatalogue {
  static let date = FormatKey("datum", .date, required: true, "Datum van het document. Bijv. 2024-02-12.")
  static let author = FormatKey(
    "opgesteld_door", .object("persoon"), "Wie het document opstelde, met naam en functie.")
  static let signed = FormatKey(
    "ondertekend", .object("ondertekend"), "Wanneer werkgever en werknemer het ondertekenden.")
  static let explanation = FormatKey("toelichting", .text, "Wat er veranderde of is afgesproken, en waarom.")
  static let employerView = FormatKey(
    "visie_werkgever", .text,
    "De visie van de werkgever; verplicht bij een eerste ziektedag vanaf 1 juli 2023.")
  static let lateReason = FormatKey(
    "reden_te_laat", .text,
    "Waarom het document na de termijn kwam; alleen zichtbaar in controle.html, niet in het leesbare verslag."
  )
  static let original = FormatKey(
    "origineel", .text, screening: .notMedical,
    "Het ondertekende origineel (pdf, jpg of docx, ten hoogste 10 MB), ten opzichte van het casusbestand; het UWV-pakket neemt het ongewijzigd op. Bijv. bijlagen/pa-2024-02-12.pdf."
  )
  static let employeeView = FormatKey(
    "visie_werknemer", .text,
    "De visie van de werknemer; verplicht bij een eerste ziektedag vanaf 1 juli 2023.")

  static let agreements = FormatKey(
    "afspraken", .textOrObjectList("afspraak"),
    "De afspraken: elk een tekst, of { activiteit, wie, wanneer, status } zoals het formulier van UWV vraagt."
  )

  static let agreementChanges = FormatKey(
    "afspraken", .textOrObjectList("afspraak"),
    "De afspraken die hierbij veranderden of erbij kwamen: elk een tekst, of { activiteit, wie, wanneer, status }."
  )

  static let documents: [FormatObject] = [
    FormatObject(
      name: "afspraak",
      description: "Een afspraak: wat er gebeurt, wie het doet, wanneer, en hoe het ervoor staat.",
      keys: [
        .init("activiteit", .text, required: true, "Wat er gebeurt. Bijv. Opbouw naar 4 uur per dag."),
        .init(
          "wie", .text, screening: .notMedical,
          "Wie het doet: een naam of rol. Bijv. werknemer, casemanager P. Bakker."),
        .init("wanneer", .text, "Wanneer: een datum of ritme. Bijv. 2024-03-01, elke 2 weken."),
        .init(
          "status", .choice(Afspraak.Status.allCases.map(\.rawValue)),
          "Hoe het ervoor staat: open, lopend, afgerond of vervallen."),
      ]),
    FormatObject(
      name: "probleemanalyse", description: "De probleemanalyse van de bedrijfsarts.",
      keys: [
        date, author,
        .init(
          "benutbare_mogelijkheden", .flag,
          "false: geen benutbare mogelijkheden, dan is geen plan van aanpak nodig."),
        .init(
          "mogelijkheden_en_beperkingen", .text,
          "Wat de werknemer wel en niet kan, zonder diagnose of klachten. Bijv. Kan niet langer dan 30 minuten staan."
        ),
        .init("prognose", .text, "Verwachting van herstel of terugkeer."),
        .init("advies", .text, "Advies over de re-integratie."),
        .init("bijstellingen", .list("bijstelling"), "Bijstellingen van de probleemanalyse."), lateReason,
        original,
      ]),
    FormatObject(
      name: "bijstelling", description: "Een bijstelling van de probleemanalyse of het plan van aanpak.",
      keys: [date, author, explanation, signed, agreementChanges, employerView, employeeView, original]),
    FormatObject(
      name: "plan_van_aanpak", description: "Het plan van aanpak, door beide partijen ondertekend.",
      keys: [
        date, author, signed, .init("doel", .text, "Het doel. Bijv. Terugkeer in eigen functie."),
        agreements, employerView, employeeView,
        .init("bijstellingen", .list("bijstelling"), "Bijstellingen van het plan."), lateReason, original,
      ]),
    FormatObject(
      name: "evaluatie", description: "Een evaluatie van het plan van aanpak.",
      keys: [
        date, author, .init("verslag", .text, "Het verslag van de evaluatie."), signed, agreementChanges,
        original,
      ]),
    FormatObject(
      name: "arbeidsdeskundig_onderzoek", description: "Een onderzoek van de arbeidsdeskundige.",
      keys: [
        date, author, .init("conclusie", .text, "De conclusie van het onderzoek."),
        .init(
          "advies", .choice(TrackAdvice.allCases.map(\.rawValue)), "Het advies: spoor1, spoor2 of beide."),
        .init("vraagstelling", .text, "De vraag aan de arbeidsdeskundige."),
        .init(
          "belastbaarheid", .object("belastbaarheid"),
          "De belastbaarheid waarvan het onderzoek uitgaat: bron (FML) en datum."),
        .init("conclusies", .object("ad_conclusies"), "De conclusies per soort werk."),
        .init("adviezen", .list("ad_advies"), "De adviezen, elk met de opvolging."),
        original,
      ]),
    FormatObject(
      name: "eerstejaarsevaluatie", description: "De eerstejaarsevaluatie.",
      keys: [
        date, author, signed,
        .init("tweede_spoor_nodig", .flag, "Of een tweede spoor nodig is."),
        .init(
          "onderbouwing", .text,
          "Waarom geen tweede spoor nodig is (bij tweede_spoor_nodig: false). Bijv. Structurele terugkeer in eigen werk verwacht."
        ),
        explanation, employerView, employeeView, lateReason, original,
      ]),
    FormatObject(
      name: "deskundigenoordeel", description: "Een deskundigenoordeel van UWV.",
      keys: [
        .init("aangevraagd_op", .date, "Datum van de aanvraag."),
        .init("datum", .date, "Datum van het oordeel."),
        .init("aanvrager", .choice(Aanvrager.allCases.map(\.rawValue)), "Wie het aanvroeg."),
        .init("vraag", .text, screening: .notMedical, "De vraag aan UWV."),
        .init("oordeel", .text, screening: .notMedical, "Het oordeel van UWV."),
        .init("opvolging", .text, "Wat er met het oordeel is gedaan."), original,
      ]),
    FormatObject(
      name: "actueel_oordeel",
      description: "Het actueel oordeel van de bedrijfsarts, zonder medische gegevens.",
      keys: [
        date, author, .init("arbeidsverhouding", .text, "De stand van het dienstverband."),
        .init("passend_werk_bij_werkgever", .text, "Of er passend werk bij de werkgever is."),
        .init(
          "benutbare_mogelijkheden", .text,
          "De benutbare mogelijkheden in gewone woorden, zonder diagnose. Bijv. Kan 4 uur per dag licht werk doen."
        ),
        .init("prognose", .text, "De verwachting voor de komende tijd."),
        .init("advies", .text, "Het advies over werk."),
        .init(
          "belastbaarheidsprofiel_op", .date,
          "Datum van het belastbaarheidsprofiel (FML) waarop het oordeel rust."),
        lateReason, original,
      ]),
    FormatObject(
      name: "eindevaluatie", description: "De eindevaluatie.",
      keys: [date, author, signed, explanation, employerView, employeeView, lateReason, original]),
    FormatObject(
      name: "oordeel_werknemer", description: "De mening van de werknemer over de re-integratie.",
      keys: [
        date,
        .init(
          "tekst", .text, screening: .notMedical, "De mening in de eigen woorden van de werknemer."),
        original,
      ]),
  ]
}
