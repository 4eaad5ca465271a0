import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

struct MedicalTermScannerTests {
  let scanner = MedicalTermScanner.standard

  /// Realistic dossier sentences and a catalogue term each must trigger.
  static let triggering: [(String, String)] = [
    ("Werknemer heeft zich ziek gemeld met een burn-out.", "burn-out"),
    ("Zij is sinds maart burnout en zit thuis.", "burnout"),
    ("Medewerker geeft aan dat hij depressief is.", "depressief"),
    ("Werknemer heeft last van rugklachten bij tillen.", "klachten"),
    ("Hij heeft een hernia en kan niet lang zitten.", "hernia"),
    ("Werkneemster is gestart met fysiotherapie.", "therapie"),
    ("Hij gebruikt antidepressiva en is daardoor overdag slaperig.", "antidepressiva"),
    ("Volgende week heeft zij een afspraak bij de huisarts.", "huisarts"),
    ("Werknemer is doorverwezen naar een psycholoog.", "psycholoog"),
    ("Na de knieoperatie volgt een revalidatietraject.", "knieoperatie"),
    ("Na de knieoperatie volgt een revalidatietraject.", "revalidatie"),
    ("Hij is vorige week opgenomen in het ziekenhuis.", "ziekenhuis"),
    ("Zij heeft last van hoofdpijn en duizeligheid.", "pijn"),
    ("Zij heeft last van hoofdpijn en duizeligheid.", "duizeligheid"),
    ("Werknemer heeft long covid en is snel vermoeid.", "long covid"),
    ("Medewerker heeft een gebroken been na een val van de trap.", "gebroken been"),
    ("Zij is onder behandeling bij de GGZ.", "onder behandeling"),
    ("Hij slikt oxazepam voor de paniekaanvallen.", "oxazepam"),
    ("De neuroloog heeft een MRI laten maken.", "neuroloog"),
    ("Werknemer volgt EMDR-therapie voor zijn PTSS.", "ptss"),
    ("Er is borstkanker vastgesteld; de chemokuur start in mei.", "kanker"),
    ("Werknemer heeft in januari een CVA doorgemaakt.", "cva"),
    ("Na het hartinfarct volgt hij een programma hartrevalidatie.", "infarct"),
    ("Zij heeft een KNO-arts bezocht vanwege oorsuizen.", "kno arts"),
    ("Werknemer gebruikt pijnstillers om de dag door te komen.", "pijnstillers"),
    ("Hij heeft een angststoornis en vermijdt drukke ruimtes.", "stoornis"),
    ("Volgens de orthopeed is er sprake van artrose in de knie.", "artrose"),
    ("Werkneemster heeft reumatoïde artritis.", "reuma"),
    ("Zij heeft een opname van drie weken in een psychiatrische kliniek achter de rug.", "opname"),
    ("Medewerker is overspannen geraakt door privéomstandigheden.", "overspannen"),
    ("Hij heeft een whiplash opgelopen bij een auto-ongeluk.", "whiplash"),
    ("Werknemer meldt psychische klachten na het incident.", "psychische klachten"),
    ("Werknemer is op 3 april geopereerd aan zijn schouder.", "geopereerd"),
    ("Zij heeft diabetes en moet op vaste tijden eten.", "diabetes"),
    ("De behandelaar adviseert om rustig op te bouwen.", "behandelaar"),
    ("Hij heeft last van benauwdheid bij traplopen.", "benauwdheid"),
    ("Werknemer is astmatisch en kan niet in stoffige ruimtes werken.", "astmatisch"),
    ("Medewerker heeft een hersenschudding opgelopen tijdens het sporten.", "hersenschudding"),
    ("Werkneemster krijgt bestraling in het Antoni van Leeuwenhoek.", "bestraling"),
    ("Hij is naar de spoedeisende hulp gebracht.", "spoedeisende hulp"),
  ]

  /// Realistic dossier sentences that contain no medical information.
  static let nonTriggering: [String] = [
    "Werknemer ervaart beperkingen bij langdurig staan.",
    "De werkdruk op de afdeling is besproken.",
    "Hij neemt volgende week verlof op.",
    "Operationeel is de afdeling onderbezet.",
    "Afspraak op het spreekuur van de bedrijfsarts op 12 maart.",
    "De arbeidsdeskundige heeft een werkplekonderzoek uitgevoerd.",
    "Werknemer kan 4 uur per dag werken in aangepast werk.",
    "De belastbaarheid wordt over zes weken opnieuw beoordeeld.",
    "Er is een werkplekaanpassing aangevraagd voor een verstelbaar bureau.",
    "Werknemer heeft zich op 2 januari ziek gemeld.",
    "Het herstel verloopt volgens verwachting, aldus de bedrijfsarts.",
    "De casemanager heeft telefonisch contact opgenomen met werknemer.",
    "Werknemer heeft een klacht ingediend over zijn leidinggevende.",
    "Er is sprake van een arbeidsconflict; mediation wordt ingezet.",
    "Volgens de Functionele Mogelijkhedenlijst zijn er medische beperkingen voor tillen.",
    "Het was een pijnlijk gesprek voor beide partijen.",
    "Werknemer werkt op arbeidstherapeutische basis twee ochtenden per week.",
    "De verzekeringsarts van UWV beoordeelt de WIA-aanvraag.",
    "Met hartelijke groet, afdeling HR.",
    "Werknemer is arbeidsongeschikt voor het eigen werk.",
    "De re-integratie in het tweede spoor is gestart.",
    "Hij heeft zijn rugzak op het werk laten liggen.",
    "De ziektewet-uitkering is aangevraagd bij UWV.",
    "Zij is bij de coöperatie in dienst getreden als IT specialist.",
    "De re-integratiespecialist stelt een trajectplan op.",
    "Er was sprake van een vertrouwensbreuk tussen werknemer en leidinggevende.",
    "Het bezwaar is in behandeling bij de afdeling HR.",
    "Tijdens corona werkte hij volledig thuis.",
    "Werknemer mag geen zware lasten tillen en moet afwisselen tussen zitten en staan.",
    "De opbouw van de uren is besproken in het evaluatiegesprek.",
    "De specialistische kennis van werknemer is waardevol voor het team.",
    "Werknemer kan zich na twee uur beeldschermwerk minder goed concentreren.",
    "De arbo-arts adviseert een gesprek met leidinggevende over de taakverdeling.",
  ]

  @Test(arguments: triggering)
  func triggers(sentence: String, term: String) {
    let terms = scanner.matches(in: sentence).map(\.term)
    #expect(terms.contains(term), "\(sentence) → \(terms)")
  }

  @Test(arguments: nonTriggering)
  func doesNotTrigger(sentence: String) {
    #expect(scanner.matches(in: sentence).isEmpty, "\(sentence)")
  }

  @Test func reportsOriginalTextCategoryAndCharacterOffset() {
    let matches = scanner.matches(in: "Één week na de Burn-Out: RUGPIJN.")
    #expect(
      matches == [
        MedicalTermMatch(matched: "Burn-Out", term: "burn-out", category: .diagnose, offset: 15),
        MedicalTermMatch(matched: "RUGPIJN", term: "pijn", category: .klacht, offset: 25),
      ])
  }

  @Test func phrasesWinAndDoNotOverlap() {
    let matches = scanner.matches(in: "Hij heeft zijn been gebroken en gebruikt pijnstillers.")
    #expect(matches.map(\.term) == ["been gebroken", "pijnstillers"])
    #expect(matches.map(\.offset) == [15, 41])
  }

  @Test func phrasesDoNotCrossPunctuation() {
    #expect(scanner.matches(in: "Het werk is gebroken. Been en arm zijn in orde.").isEmpty)
  }

  @Test func wholeWordsOnlyUnlessMarkedAsCompound() {
    #expect(scanner.matches(in: "Zij kankeren over de roosters.").isEmpty)
    #expect(scanner.matches(in: "Werknemer zit thuis met nekklachten.").map(\.matched) == ["nekklachten"])
    #expect(scanner.matches(in: "Het ziekenhuisbezoek is verplaatst.").map(\.term) == ["ziekenhuis"])
  }

  @Test func everyCategoryIsCoveredByTheStandardCatalogue() {
    let counts = Dictionary(grouping: MedicalTermScanner.standardEntries, by: \.category).mapValues(\.count)
    for category in MedicalTermCategory.allCases {
      #expect((counts[category] ?? 0) >= 20, "\(category)")
    }
    #expect(MedicalTermScanner.standardEntries.count >= 150)
  }

  @Test func customCatalogueSupportsMarkers() {
    let custom = MedicalTermScanner(entries: [("*kwaal", .diagnose), ("lange termijn", .klacht)])
    let terms = custom.matches(in: "Een hartkwaal op de lange-termijn.").map(\.term)
    #expect(terms == ["kwaal", "lange termijn"])
    #expect(custom.matches(in: "Een kwaaltje").isEmpty)
    #expect(custom.matches(in: "").isEmpty)
  }
}
