import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PoortwachterCore
import PoortwachterServe
import PoortwachterTestSupport
import PoortwachterWorkspace
import Testing

/// The Bewerken and Nieuwe casus pages over HTTP (in process): a save changes one line, a broken
/// edit or a change on disk writes nothing, every POST needs the CSRF token, undo brings back the
/// previous bytes, a new case is made once.
@Suite struct ServeEditTests {
  /// A fresh copy of the sample cases.
  static func samples() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pw-serve-edit-\(UUID().uuidString)"
    )
    .path
    try FileManager.default.copyItem(atPath: TestSupport.sampleCases, toPath: folder)
    return folder
  }

  static func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  /// A url-encoded body.
  static func body(_ pairs: [(String, String)]) -> ByteBuffer {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    func encode(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
    return ByteBuffer(string: pairs.map { encode($0.0) + "=" + encode($0.1) }.joined(separator: "&"))
  }

  static let form = HTTPFields([HTTPField(name: .contentType, value: "application/x-www-form-urlencoded")])

  /// The submitted fields of `section` as the page shows them, from the library's form.
  static func values(_ path: String, section: String) throws -> [(String, String)] {
    let form = try CaseFormEditor().form(path).get()
    return try #require(form.section(section)).fields.map { ($0.name, $0.value) }
  }

  static func changedLines(_ old: String, _ new: String) -> [String] {
    LineDiff.lines(from: old, to: new).compactMap {
      $0.kind == .same ? nil : ($0.kind == .removed ? "-" : "+") + $0.text
    }
  }

  @Test func thePageShowsEverySectionWithAnchorsAndTheSaveChangesOneLine() async throws {
    let folder = try Self.samples()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/vz-2024-0117.yaml"
    let app = try await ServeTestApp(folders: [folder])
    let id = OpenedFolders.caseID(for: file)
    let before = try Self.text(file)
    try await app.withSession { client, session in
      try await client.execute(uri: "/casus/\(id)/bewerken", method: .get, headers: session.headers()) {
        response in
        #expect(response.status == .ok)
        let html = response.body.text
        #expect(html.contains("id=\"veld-evaluaties-2-datum\""))
        #expect(html.contains("name=\"evaluaties[2].datum\" value=\"2024-05-03\""))
        #expect(html.contains("type=\"date\""))
        // Every id once: a list that is a whole section leaves its id to the section's form.
        let ids = html.components(separatedBy: " id=\"").dropFirst().compactMap {
          $0.split(separator: "\"", maxSplits: 1).first.map(String.init)
        }
        #expect(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted() == [])
        #expect(html.contains("<option value=\"aangepast_werk\" selected>"))
        #expect(html.contains("name=\"csrf\" value=\"\(session.csrf)\""))
        #expect(html.contains("value=\"\(CaseFileSnapshot.contentHash(of: before))\""))
      }
      var values = try Self.values(file, section: "evaluaties")
      if let index = values.firstIndex(where: { $0.0 == "evaluaties[2].datum" }) {
        values[index].1 = "2024-05-06"
      }
      let fields =
        [
          ("csrf", session.csrf), ("sectie", "evaluaties"),
          ("hash", CaseFileSnapshot.contentHash(of: before)),
        ]
        + values + [("actie", "opslaan")]
      try await client.execute(
        uri: "/casus/\(id)/bewerken", method: .post, headers: session.headers(Self.form),
        body: Self.body(fields)
      ) { response in
        #expect(response.status == .seeOther)
        #expect(response.headers[.location] == "/casus/\(id)/bewerken?opgeslagen=evaluaties#veld-evaluaties")
      }
      #expect(
        Self.changedLines(before, try Self.text(file)) == [
          "-  - datum: 2024-05-03", "+  - datum: 2024-05-06",
        ])
      try await client.execute(
        uri: "/casus/\(id)/bewerken?opgeslagen=evaluaties", method: .get, headers: session.headers()
      ) { response in
        #expect(response.body.text.contains("Opgeslagen: Evaluaties"))
        #expect(response.body.text.contains("(nieuwste)"))
      }
      // Undo: the previous bytes come back.
      try await client.execute(
        uri: "/casus/\(id)/ongedaan", method: .post, headers: session.headers(Self.form),
        body: Self.body([
          ("csrf", session.csrf), ("hash", CaseFileSnapshot.contentHash(of: try Self.text(file))),
        ])
      ) { response in
        #expect(response.status == .seeOther)
      }
      #expect(try Self.text(file) == before)
    }
  }

  @Test func aBrokenEditIsRefusedNextToTheFieldAndTheFileIsUnchanged() async throws {
    let folder = try Self.samples()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/vz-2024-0117.yaml"
    let app = try await ServeTestApp(folders: [folder])
    let id = OpenedFolders.caseID(for: file)
    let before = try Self.text(file)
    try await app.withSession { client, session in
      var values = try Self.values(file, section: "casus")
      if let index = values.firstIndex(where: { $0.0 == "kenmerk" }) { values[index].1 = "VZ 2024/0117" }
      let fields =
        [("csrf", session.csrf), ("sectie", "casus"), ("hash", CaseFileSnapshot.contentHash(of: before))]
        + values
      try await client.execute(
        uri: "/casus/\(id)/bewerken", method: .post, headers: session.headers(Self.form),
        body: Self.body(fields)
      ) { response in
        #expect(response.status == .unprocessableContent)
        let html = response.body.text
        #expect(html.contains("Niet opgeslagen"))
        #expect(html.contains("href=\"#veld-kenmerk\""))
        #expect(html.contains("value=\"VZ 2024/0117\""), "the typed value is shown again")
        #expect(html.contains("vz-2024-0117.yaml:4:"))
      }
      #expect(try Self.text(file) == before)
      // Without the CSRF token the same POST is refused before anything is read.
      try await client.execute(
        uri: "/casus/\(id)/bewerken", method: .post, headers: session.headers(Self.form),
        body: Self.body(Array(fields.dropFirst()))
      ) { response in
        #expect(response.status == .forbidden)
      }
      #expect(try Self.text(file) == before)
    }
  }

  @Test func aChangeOnDiskIsNotOverwrittenAndBothVersionsAreShown() async throws {
    let folder = try Self.samples()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/vz-2024-0117.yaml"
    let app = try await ServeTestApp(folders: [folder])
    let id = OpenedFolders.caseID(for: file)
    let before = try Self.text(file)
    var values = try Self.values(file, section: "werknemer")
    if let index = values.firstIndex(where: { $0.0 == "werknemer.geboortedatum" }) {
      values[index].1 = "1971-04-13"
    }
    let submitted = values
    let theirs = before.replacingOccurrences(of: "functie: Orderpicker", with: "functie: Heftruckchauffeur")
    try theirs.write(toFile: file, atomically: true, encoding: .utf8)
    try await app.withSession { client, session in
      let fields =
        [("csrf", session.csrf), ("sectie", "werknemer"), ("hash", CaseFileSnapshot.contentHash(of: before))]
        + submitted
      try await client.execute(
        uri: "/casus/\(id)/bewerken", method: .post, headers: session.headers(Self.form),
        body: Self.body(fields)
      ) { response in
        #expect(response.status == .conflict)
        let html = response.body.text
        #expect(html.contains("Het bestand is intussen gewijzigd"))
        #expect(html.contains("geboortedatum: 1971-04-13"))
        #expect(html.contains("value=\"\(CaseFileSnapshot.contentHash(of: theirs))\""))
        #expect(!html.contains("\"123456782\""), "the BSN is masked in the diff and never echoed")
      }
      #expect(try Self.text(file) == theirs)
    }
  }

  @Test func aRowIsAddedWithoutSavingAndANewCaseIsMadeOnce() async throws {
    let folder = try Self.samples()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/vz-2024-0117.yaml"
    let app = try await ServeTestApp(folders: [folder])
    let id = OpenedFolders.caseID(for: file)
    let before = try Self.text(file)
    let count = try #require(TestSupport.loaded(path: file)?.caseFile.evaluaties.count)
    try await app.withSession { client, session in
      let fields =
        [
          ("csrf", session.csrf), ("sectie", "evaluaties"),
          ("hash", CaseFileSnapshot.contentHash(of: before)),
        ]
        + (try Self.values(file, section: "evaluaties")) + [("toevoegen", "evaluaties")]
      try await client.execute(
        uri: "/casus/\(id)/bewerken", method: .post, headers: session.headers(Self.form),
        body: Self.body(fields)
      ) { response in
        #expect(response.status == .ok)
        #expect(response.body.text.contains("name=\"evaluaties[\(count + 1)].datum\""))
      }
      #expect(try Self.text(file) == before)
      let request: [(String, String)] = [
        ("csrf", session.csrf), ("kenmerk", "VZ-2026-0900"), ("werknemer.naam", "B. Smit"),
        ("verzuim.eerste_ziektedag", "2026-11-02"), ("werknemer.bsn", ""), ("werkgever.naam", ""),
        ("map", "0"),
      ]
      try await client.execute(uri: "/nieuw", method: .get, headers: session.headers()) { response in
        #expect(response.status == .ok)
        #expect(response.body.text.contains("name=\"verzuim.eerste_ziektedag\""))
      }
      try await client.execute(
        uri: "/nieuw", method: .post, headers: session.headers(Self.form), body: Self.body(request)
      ) { response in
        #expect(response.status == .seeOther)
        #expect(
          response.headers[.location]
            == "/casus/\(OpenedFolders.caseID(for: folder + "/vz-2026-0900.yaml"))/bewerken")
      }
      let written = try Self.text(folder + "/vz-2026-0900.yaml")
      try await client.execute(
        uri: "/nieuw", method: .post, headers: session.headers(Self.form), body: Self.body(request)
      ) { response in
        #expect(response.status == .unprocessableContent)
        #expect(response.body.text.contains("bestaat al"))
      }
      #expect(try Self.text(folder + "/vz-2026-0900.yaml") == written)
    }
  }
}
