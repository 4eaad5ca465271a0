import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PoortwachterCore
import PoortwachterServe
import PoortwachterTestSupport
import PoortwachterWorkspace
import Testing

/// The werkvoorraad and casus pages of `poortwachter serve` (issue 21).
@Suite struct ServePageTests {
  /// The samples as the checker sees them on the test peildatum.
  static func sampleEvaluations() async -> [(file: String, evaluation: CaseEvaluation)] {
    let checker = CaseChecker(loader: TestSupport.loader(), peildatum: ServeTestApp.peildatum)
    let files = TestSupport.sampleFiles()
    return zip(files, await checker.check(files: files)).compactMap { file, result in
      if case .checked(let evaluation) = result { return (file, evaluation) }
      return nil
    }
  }

  /// The `<tr>` of the row whose link text is `kenmerk`.
  static func row(_ kenmerk: String, in html: String) -> String? {
    rows(in: html).first { $0.contains("\">\(kenmerk)</a>") }
  }

  /// The rows of the werkvoorraad table (not the agenda's).
  static func rows(in html: String) -> [String] {
    let parts = html.components(separatedBy: "<table class=\"werkvoorraad\">")
    guard parts.count > 1 else { return [] }
    return Array(
      parts[1].components(separatedBy: "</table>")[0].components(separatedBy: "<tr class=\"rij-").dropFirst())
  }

  /// The numbers in the cells with class `getal` of a row: fouten, waarschuwingen.
  static func counts(in row: String) -> [Int] {
    row.components(separatedBy: "<td class=\"getal").dropFirst().compactMap { cell in
      cell.split(separator: ">", maxSplits: 1).last.flatMap { Int($0.prefix { $0.isNumber }) }
    }
  }

  @Test func theWerkvoorraadListsEverySampleWithItsCounts() async throws {
    let samples = await Self.sampleEvaluations()
    #expect(samples.count == 13)
    let app = try ServeTestApp()
    try await app.withSession { client, session in
      try await client.execute(uri: "/", method: .get, headers: session.headers()) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        let html = response.body.text
        for (file, evaluation) in samples {
          let kenmerk = evaluation.loaded.caseFile.kenmerk
          let row = try #require(Self.row(kenmerk, in: html), "\(kenmerk) listed")
          #expect(row.contains("href=\"/casus/\(OpenedFolders.caseID(for: file))\""))
          #expect(
            Self.counts(in: row) == [evaluation.count(.fout), evaluation.count(.waarschuwing)], "\(kenmerk)")
          #expect(row.contains("status-\(CaseCategory(evaluation).rawValue)"), "\(kenmerk)")
          #expect(row.contains("risico-\(evaluation.toets.risico.rawValue)"), "\(kenmerk)")
          if let bsn = evaluation.loaded.caseFile.werknemer.bsn {
            #expect(!html.contains(bsn.digits), "the BSN of \(kenmerk) is masked")
            #expect(row.contains(bsn.masked))
          }
        }
        #expect(html.contains("13 casussen:"))
        #expect(html.contains("name=\"csrf\" value=\"\(session.csrf)\""))
      }
    }
  }

  @Test func theFiltersShowOnlyTheirCases() async throws {
    let samples = await Self.sampleEvaluations()
    let app = try ServeTestApp()
    let expected: [(String, @Sendable (CaseEvaluation) -> Bool)] = [
      ("verlopen", { $0.agenda.contains { $0.daysLeft < 0 } }),
      ("actie", { $0.agenda.contains { $0.daysLeft <= 7 } }),
      ("gereed", { CaseCategory($0) == .gereed }),
    ]
    try await app.withSession { client, session in
      for (filter, included) in expected {
        try await client.execute(
          uri: "/?filter=\(filter)&sorteer=kenmerk", method: .get, headers: session.headers()
        ) {
          response in
          let html = response.body.text
          for (_, evaluation) in samples {
            let kenmerk = evaluation.loaded.caseFile.kenmerk
            #expect((Self.row(kenmerk, in: html) != nil) == included(evaluation), "\(filter): \(kenmerk)")
          }
        }
      }
      // Sorted by kenmerk, the rows come in kenmerk order.
      try await client.execute(uri: "/?sorteer=kenmerk", method: .get, headers: session.headers()) {
        response in
        let listed = Self.rows(in: response.body.text).compactMap { row in
          row.components(separatedBy: "\">").dropFirst(2).first?.components(separatedBy: "</a>").first
        }
        #expect(listed == samples.map(\.evaluation.loaded.caseFile.kenmerk).sorted())
      }
    }
  }

  @Test func theWerkvoorraadIsPaginatedAtAHundredRows() async throws {
    let folder = try ServeSecurityTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let synthetic = SyntheticCases(peildatum: ServeTestApp.peildatum)
    for index in 0..<150 {
      try synthetic.yaml(index).write(
        toFile: folder + "/syn-\(index).yaml", atomically: true, encoding: .utf8)
    }
    let app = try ServeTestApp(folders: [folder])
    try await app.withSession { client, session in
      let first = try await client.execute(uri: "/?sorteer=kenmerk", method: .get, headers: session.headers())
      {
        $0.body.text
      }
      #expect(Self.rows(in: first).count == 100)
      #expect(first.contains("rij 1–100 van 150"))
      #expect(first.contains("href=\"/?sorteer=kenmerk&amp;pagina=2\""))
      let second = try await client.execute(
        uri: "/?sorteer=kenmerk&pagina=2", method: .get, headers: session.headers()
      ) { $0.body.text }
      #expect(Self.rows(in: second).count == 50)
      #expect(second.contains("rij 101–150 van 150"))
    }
  }

  @Test func theAgendaListsOverdueFirstAndDownloadsAsICS() async throws {
    let samples = await Self.sampleEvaluations()
    let app = try ServeTestApp()
    for days in [14, 30, 90] {
      let items = AgendaItem.items(from: samples.map(\.evaluation), days: days)
      try await app.withSession { client, session in
        try await client.execute(uri: "/?agenda=\(days)", method: .get, headers: session.headers()) {
          response in
          let html = response.body.text
          let parts = html.components(separatedBy: "<table class=\"agenda-lijst\">")
          let rows =
            parts.count > 1
            ? Array(
              parts[1].components(separatedBy: "</table>")[0].components(separatedBy: "<tr").dropFirst(2))
            : []
          #expect(rows.count == items.count, "\(days) days")
          let overdue = rows.map { $0.hasPrefix(" class=\"verlopen\"") }
          #expect(overdue == items.map { $0.daysLeft < 0 }, "overdue first")
        }
        try await client.execute(uri: "/agenda.ics?dagen=\(days)", method: .get, headers: session.headers()) {
          response in
          #expect(response.headers[.contentType] == "text/calendar; charset=utf-8")
          let text = response.body.text
          #expect(text.hasPrefix("BEGIN:VCALENDAR"))
          #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == items.count)
        }
      }
    }
  }

  @Test func theCasePageShowsTimelineMilestonesFindingsToetsAndDocuments() async throws {
    let samples = await Self.sampleEvaluations()
    let app = try ServeTestApp()
    try await app.withSession { client, session in
      for (file, evaluation) in samples {
        let id = OpenedFolders.caseID(for: file)
        try await client.execute(uri: "/casus/\(id)", method: .get, headers: session.headers()) { response in
          #expect(response.status == .ok)
          let html = response.body.text
          let kenmerk = evaluation.loaded.caseFile.kenmerk
          #expect(html.contains("<svg"), "\(kenmerk): timeline")
          let milestones = evaluation.timeline.milestones.count
          #expect(html.components(separatedBy: "<span class=\"st st-").count - 1 == milestones, "\(kenmerk)")
          #expect(html.components(separatedBy: "<li class=\"ernst-").count - 1 == evaluation.findings.count)
          for finding in evaluation.findings {
            #expect(html.contains("href=\"\(FieldAnchor.link(caseID: id, path: finding.path))\""))
          }
          #expect(
            html.components(separatedBy: "<span class=\"oordeel oordeel-").count - 1
              == evaluation.toets.vragen.count)
          #expect(html.contains("risico-\(evaluation.toets.risico.rawValue)"))
          let documents = html.components(separatedBy: "<span class=\"staat staat-").dropFirst()
          #expect(
            documents.filter { $0.hasPrefix("getekend") }.count
              == evaluation.documents.filter { $0.origineel != nil }.count)
          #expect(
            documents.filter { $0.hasPrefix("concept") }.count
              == evaluation.documents.filter { $0.origineel == nil }.count)
          if let bsn = evaluation.loaded.caseFile.werknemer.bsn {
            #expect(!html.contains(bsn.digits), "\(kenmerk): BSN masked")
            #expect(html.contains(bsn.masked))
          }
          #expect(html.contains("/casus/\(id)/bewerken\""))
          #expect(html.contains("/casus/\(id)/documenten\""))
        }
      }
    }
  }

  @Test func anUnreadableFileIsListedAndItsPageSaysWhereItFails() async throws {
    let folder = try ServeSecurityTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "formaat: poortwachter/1\nkenmerk: [kapot\n".write(
      toFile: folder + "/kapot.yaml", atomically: true, encoding: .utf8)
    let app = try ServeTestApp(folders: [folder])
    try await app.withSession { client, session in
      try await client.execute(uri: "/", method: .get, headers: session.headers()) { response in
        let html = response.body.text
        #expect(html.contains("kapot.yaml"))
        #expect(html.contains("status-onleesbaar"))
      }
      let id = OpenedFolders.caseID(for: folder + "/kapot.yaml")
      try await client.execute(uri: "/casus/\(id)", method: .get, headers: session.headers()) { response in
        #expect(response.status == .ok)
        #expect(response.body.text.contains("<code>kapot.yaml:"))
        #expect(response.body.text.contains("kan niet gelezen worden"))
      }
    }
  }

  @Test func everythingFromTheFileIsEscaped() async throws {
    let folder = try ServeSecurityTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let text = try String(contentsOfFile: TestSupport.sampleCases + "/vz-2024-0117.yaml", encoding: .utf8)
      .replacingOccurrences(of: "naam: J. de Vries", with: "naam: \"<script>alert(1)</script> & 'x'\"")
    try text.write(toFile: folder + "/casus.yaml", atomically: true, encoding: .utf8)
    let app = try ServeTestApp(folders: [folder])
    try await app.withSession { client, session in
      for uri in ["/", "/casus/\(OpenedFolders.caseID(for: folder + "/casus.yaml"))", "/?zoek=%3Cscript%3E"] {
        try await client.execute(uri: uri, method: .get, headers: session.headers()) { response in
          #expect(!response.body.text.contains("<script>alert"), "\(uri)")
          #expect(response.body.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(uri)")
        }
      }
    }
  }

  @Test func aChangedFileIsReadAgainAndOnlyThatOne() async throws {
    let folder = try ServeSecurityTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for name in ["vz-2024-0117.yaml", "vz-2024-0059.yaml"] {
      try FileManager.default.copyItem(
        atPath: TestSupport.sampleCases + "/" + name, toPath: folder + "/" + name)
    }
    let app = try ServeTestApp(folders: [folder])
    #expect(await app.index.cases().count == 2)
    #expect(await app.index.lastReread.count == 2)
    let file = folder + "/vz-2024-0117.yaml"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    try text.replacingOccurrences(of: "J. de Vries", with: "J. de Vries-Bakker").write(
      toFile: file, atomically: true, encoding: .utf8)
    await app.index.refreshNow()
    #expect(await app.index.lastReread == [file])
    #expect(
      await app.index.lookup(id: OpenedFolders.caseID(for: file))?.evaluation?.loaded.caseFile.werknemer.naam
        == "J. de Vries-Bakker")
    await app.index.refreshNow()
    #expect(await app.index.lastReread.isEmpty)
  }

  @Test func fieldAnchorsFollowTheAgreedScheme() {
    #expect(FieldAnchor.id(FieldPath("evaluaties[2].datum")) == "veld-evaluaties-2-datum")
    #expect(
      FieldAnchor.id(FieldPath("plan_van_aanpak.bijstellingen[1]")) == "veld-plan_van_aanpak-bijstellingen-1")
    #expect(FieldAnchor.id(FieldPath("werknemer.naam")) == "veld-werknemer-naam")
    #expect(FieldAnchor.link(caseID: "0123456789abcdef", path: nil) == "/casus/0123456789abcdef/bewerken")
  }
}
