import Foundation
import PoortwachterTemplates
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput

/// What the generated documents of the UWV pack say, rendered without a browser: the plan van
/// aanpak with its agreements as a table (who, what, when, stand), its casemanager, bedrijfsarts
/// and next evaluation; the eindevaluatie with the overview of both tracks; and never an expert's
/// document written by the tool (issue 22, findings 3 and 6).
@Suite struct PackDocumentContentTests {
  static func html(_ file: String, _ kind: CaseDocumentKind, at position: Int = 0) throws -> String {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/" + file))
    let evaluation = RenderingTests.evaluation(loaded)
    let plan = try PackPlan.make(evaluation, always: true).get()
    let index = try #require(
      plan.documents.indices.filter { plan.documents[$0].kind == kind }.dropFirst(position).first,
      "\(file) has no \(kind) in its pack")
    let context = PackDocumentContext(
      dossier: DossierContext(evaluation: evaluation), document: plan.documents[index],
      fileName: plan.fileName(index)
    ).build()
    return try TemplateLibrary(builtIn: TestSupport.templates).render("uwv/document.html", context: context)
  }

  /// The text of `html` without tags and with single spaces.
  static func text(_ html: String) -> String {
    html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// An expert's document (probleemanalyse, actueel oordeel, arbeidsdeskundig rapport, rapportage
  /// tweede spoor) is an original only: nothing renders its content, so the employer's follow-up
  /// ("opgevolgd", "niet opgevolgd") can never appear inside the expert's report, and the
  /// templates that wrote such documents are gone.
  @Test(arguments: TestSupport.sampleFiles())
  func noExpertDocumentIsWrittenByTheTool(_ file: String) throws {
    let loaded = try #require(TestSupport.loaded(path: file))
    let evaluation = RenderingTests.evaluation(loaded)
    guard case .success(let plan) = PackPlan.make(evaluation, always: true) else { return }
    let templates = try TemplateLibrary(builtIn: TestSupport.templates)
    let dossier = DossierContext(evaluation: evaluation)
    for (index, document) in plan.documents.enumerated() where document.role == .deskundige {
      let context = PackDocumentContext(dossier: dossier, document: document, fileName: plan.fileName(index))
        .build()
      let html = try templates.render("uwv/document.html", context: context)
      let body = Self.text(String(html[try #require(html.range(of: "<main>")).upperBound...]))
      for written in [
        "opgevolgd", "Adviezen en opvolging", "Conclusie van het arbeidsdeskundig onderzoek",
        "Probleemanalyse van de bedrijfsarts", "Voortgang van het tweede spoor", "Actueel oordeel",
        "Bijstelling van het document van",
      ] {
        #expect(!body.contains(written), "\(plan.fileName(index)) renders '\(written)'")
      }
    }
    for gone in ["probleemanalyse", "actueel_oordeel", "arbeidsdeskundig_rapport", "rapportage_tweede_spoor"]
    {
      #expect(templates.sources["partials/uwv/\(gone)"] == nil, "partials/uwv/\(gone) is still there")
    }
  }

  /// The employee's blank form is the employee's own document: it carries no date before the
  /// employee writes one, only a line to fill in (issue 22, the assessor's leftovers).
  @Test func theEmployeesFormHasNoDateYet() throws {
    let html = try Self.html("vz-2023-0412.yaml", .oordeelWerknemer)
    #expect(html.contains("Formulier voor de werknemer"))
    let text = Self.text(html)
    #expect(!text.contains("6 juni 2025"), "\(text)")
    #expect(html.contains("<th>Datum document</th><td><span class=\"invullen\">&nbsp;</span></td>"))
  }

  /// The richest agreements (VZ-2023-0412): a table with what, who, when and stand, plus the
  /// casemanager, the bedrijfsarts and the date of the next evaluation.
  @Test func planDraftShowsWhoDoesWhatAndWhen() throws {
    let html = try Self.html("vz-2023-0412.yaml", .planVanAanpak)
    #expect(html.contains("<table class=\"afspraken compact\">"))
    let text = Self.text(html)
    #expect(text.contains("Nr. Wat Wie Wanneer Stand"))
    #expect(
      text.contains(
        "2 Start aangepast werk, 3 x 4 uur per week in dagdienst werknemer en teamleider 30 oktober 2023 afgerond"
      ),
      "\(text)")
    #expect(text.contains("Casemanager Ingrid Kuipers"), "\(text)")
    #expect(text.contains("Bedrijfsarts of arbodienst"))
    #expect(
      text.range(of: "Volgende evaluatie uiterlijk [0-9]+ [a-z]+ 20[0-9]{2}", options: .regularExpression)
        != nil)
  }

  /// Plain-text agreements next to a structured one (VZ-2026-0301): the plain ones show as their
  /// activity only, without "niet vastgelegd" for who and when.
  @Test func plainAgreementShowsAsActivityOnly() throws {
    let text = Self.text(try Self.html("vz-2026-0301.yaml", .planVanAanpak))
    #expect(text.contains("wekelijks op maandag loopt"))
    #expect(
      text.contains("2 Start op 2 november 2026 aan de kassa en bij de klantenservice, 4 x 3 uur per week 3 ")
    )
    #expect(!text.contains("niet vastgelegd"), "\(text)")
  }

  /// A bijstelling of the plan names the casemanager, the bedrijfsarts and the next evaluation
  /// after its own date.
  @Test func planRevisionDraftNamesThePeopleAndTheNextEvaluation() throws {
    let text = Self.text(try Self.html("vz-2025-0142.yaml", .bijstellingPlanVanAanpak))
    #expect(text.contains("Casemanager Mireille Dekker"), "\(text)")
    #expect(text.contains("dr. F. Kok"))
    #expect(text.contains("Volgende evaluatie uiterlijk"))
  }

  /// The eindevaluatie shows the overview of spoor 1 and spoor 2, as riv.html does.
  @Test func finalEvaluationDraftShowsBothTracks() throws {
    let text = Self.text(try Self.html("vz-2024-0117.yaml", .eindevaluatie))
    #expect(text.contains("Overzicht spoor 1 en spoor 2"), "\(text)")
    #expect(text.contains("Spoor 1: werkhervatting bij de eigen werkgever"))
    #expect(text.contains("Spoor 2: werk bij een andere werkgever"))
  }
}
