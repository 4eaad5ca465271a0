extension FormatCatalogue {
  static let assessment: [FormatObject] = [
    FormatObject(
      name: "bekwaamheden", description: "Wat de werknemer heeft geleerd en gedaan.",
      keys: [
        .init("opleidingen", .textList, "Opleidingen en cursussen. Bijv. MBO-3 Logistiek."),
        .init("werkervaring", .textList, "Werkervaring. Bijv. 9 jaar orderpicker."),
        .init("vaardigheden", .textList, "Vaardigheden. Bijv. Heftruckcertificaat."),
      ]),
    FormatObject(
      name: "spoor_1", description: "Spoor 1: werk bij de eigen werkgever.",
      keys: [
        .init("functies", .list("spoor1_functie"), "De functies bij de eigen werkgever, elk beoordeeld."),
        .init("conclusie", .text, "De conclusie over spoor 1."),
      ]),
    FormatObject(
      name: "spoor1_functie", description: "Een functie bij de eigen werkgever.",
      keys: [
        .init(
          "naam", .text, required: true, screening: .label, "De functie. Bijv. Administratief medewerker."),
        .init(
          "passend", .choice(Passendheid.allCases.map(\.rawValue)),
          "Of de functie passend is: ja, nee of met_aanpassing."),
        .init("reden", .text, "Waarom (niet), gemeten aan belastbaarheid, opleiding en ervaring."),
        .init("beoordeeld_op", .date, "Wanneer de functie beoordeeld is."),
        .init("beoordeeld_door", .object("persoon"), "Wie de functie beoordeelde."),
      ]),
    FormatObject(
      name: "belastbaarheid", description: "De bron van de belastbaarheid.",
      keys: [
        .init("bron", .text, "De bron. Bijv. FML van de bedrijfsarts."),
        .init("datum", .date, "Datum van de bron."),
      ]),
    FormatObject(
      name: "ad_conclusies", description: "De conclusies van de arbeidsdeskundige per soort werk.",
      keys: [
        .init("eigen_werk", .text, "Over het eigen werk."),
        .init("aangepast_werk", .text, "Over het eigen werk met aanpassingen."),
        .init("ander_werk", .text, "Over ander werk bij de eigen werkgever."),
        .init("tweede_spoor", .text, "Over werk bij een andere werkgever."),
      ]),
    FormatObject(
      name: "ad_advies", description: "Een advies van de arbeidsdeskundige en wat ermee gedaan is.",
      keys: [
        .init("advies", .text, required: true, "Het advies. Bijv. Werkplek aanpassen met zit-sta-bureau."),
        .init(
          "betreft", .choice(AdviesOnderwerp.allCases.map(\.rawValue)),
          "Waarover het advies gaat: eigen_werk, aangepast_werk, ander_werk, tweede_spoor of overig."),
        .init(
          "opvolging", .choice(AdviesOpvolging.allCases.map(\.rawValue)),
          "opgevolgd, niet_opgevolgd (met toelichting) of nog_lopend."),
        .init("toelichting", .text, "Hoe het advies is opgevolgd, of waarom niet."),
        .init(
          "opvolging_op", .date,
          "Wanneer de werkgever het advies opvolgde of dat vastlegde; na de datum van het rapport. Bijv. 2024-09-02."
        ),
      ]),
  ]
}
