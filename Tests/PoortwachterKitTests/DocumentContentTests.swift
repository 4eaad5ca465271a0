import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput

/// Issue 22 "Content" and issue 23's AD-report point: agreements with who/what/when, the plan's
/// casemanager, bedrijfsarts and next evaluation, the eindevaluatie's overview of both tracks, and the
/// employer's follow-up of an advice kept out of the expert's report.
@Suite struct DocumentContentTests {
  static func html(_ yaml: String) throws -> String {
    let loaded = try #require(TestSupport.loaded(yaml), "\(TestSupport.diagnostics(yaml).map(\.formatted))")
    return try RenderingTests.renderer().render(RenderingTests.evaluation(loaded)).rivHTML
  }

  static let head = """
    formaat: poortwachter/1
    kenmerk: VZ-AFSPRAKEN
    werknemer: { naam: J. Jansen, bsn: "123456782" }
    betrokkenen:
      casemanager: { naam: P. Bakker, functie: Casemanager }
      bedrijfsarts: { naam: dr. A. Smit, functie: Bedrijfsarts }
    verzuim: { eerste_ziektedag: 2024-01-08 }

    """

  @Test func agreementsMayBeTextOrWhoWhatWhenAndShowAsATable() throws {
    let yaml =
      Self.head + """
        plan_van_aanpak:
          datum: 2024-02-20
          afspraken:
            - { activiteit: Opbouw naar 4 uur per dag, wie: werknemer, wanneer: 2024-03-01, status: lopend }
            - Evaluatie elke zes weken

        """
    let loaded = try #require(TestSupport.loaded(yaml))
    let afspraken = try #require(loaded.caseFile.planVanAanpak?.afspraken)
    #expect(
      afspraken[0]
        == Afspraak(
          activiteit: "Opbouw naar 4 uur per dag", wie: "werknemer", wanneer: "2024-03-01", status: .lopend))
    #expect(afspraken[1] == Afspraak("Evaluatie elke zes weken"))
    let html = try Self.html(yaml)
    #expect(html.contains("<th>Wat</th><th>Wie</th><th>Wanneer</th><th>Stand</th>"))
    #expect(
      html.contains("<td>Opbouw naar 4 uur per dag</td><td>werknemer</td><td>1 maart 2024</td><td>loopt</td>")
    )
    // The plan names casemanager and bedrijfsarts and the first evaluation: plan + 42 sick days.
    #expect(html.contains("<dt>Casemanager</dt><dd>P. Bakker, Casemanager</dd>"))
    #expect(html.contains("<dt>Bedrijfsarts</dt><dd>dr. A. Smit, Bedrijfsarts</dd>"))
    #expect(html.contains("<dt>Volgende evaluatie</dt><dd>uiterlijk 2 april 2024</dd>"))
  }

  @Test func anUnknownAgreementStatusIsAnInputErrorWithItsPosition() {
    let yaml =
      Self.head
      + "plan_van_aanpak: { datum: 2024-02-20, afspraken: [ { activiteit: Contact, status: bezig } ] }\n"
    let messages = TestSupport.diagnostics(yaml).map(\.formatted)
    #expect(
      messages.contains { $0.contains(":8:") && $0.contains("'bezig'") && $0.contains("lopend") },
      "\(messages)")
  }

  @Test func theEmployersFollowUpIsNotPartOfTheExpertsReport() throws {
    let yaml =
      Self.head + """
        arbeidsdeskundige_onderzoeken:
          - datum: 2024-08-29
            opgesteld_door: { naam: R. Visser, functie: Arbeidsdeskundige }
            adviezen:
              - { advies: Tweede spoor starten., opvolging: opgevolgd, toelichting: Gestart op 20 januari 2025., opvolging_op: 2025-01-20 }

        """
    let html = try Self.html(yaml)
    let report = try #require(html.range(of: "Adviezen van de arbeidsdeskundige"))
    let followUp = try #require(html.range(of: "Opvolging van de adviezen door de werkgever"))
    #expect(report.upperBound < followUp.lowerBound)
    let reportText = html[report.upperBound..<followUp.lowerBound]
    #expect(!reportText.contains("Gestart op 20 januari 2025") && !reportText.contains("opgevolgd"))
    #expect(reportText.contains("</article>"))
    #expect(html[followUp.upperBound...].contains("20-01-2025"))
  }

  @Test func theEindevaluatieShowsBothTracksUpToItsDate() throws {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2023-0412.yaml"))
    let html = try RenderingTests.renderer().render(RenderingTests.evaluation(loaded)).rivHTML
    let overview = try #require(html.range(of: "Overzicht spoor 1 en spoor 2"))
    let rest = html[overview.upperBound...]
    #expect(rest.contains("<td class=\"datum\">30-10-2023</td><td>12 van 40</td><td>aangepast werk</td>"))
    #expect(rest.contains("7 rapportages"))
    #expect(
      rest.contains("<strong>Resultaat:</strong> <span class=\"tekst\">Plaatsing bij Van Wijk Verpakkingen"))
  }
}
