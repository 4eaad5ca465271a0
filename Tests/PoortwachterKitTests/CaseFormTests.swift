import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The edit form without HTTP: made from the catalogue and the file, saved field by field.
@Suite struct CaseFormTests {
  static let peildatum = TestSupport.date("2026-11-22")

  /// A fresh copy of the sample cases (with their `bijlagen/`).
  static func samples() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pw-form-\(UUID().uuidString)")
      .path
    try FileManager.default.copyItem(atPath: TestSupport.sampleCases, toPath: folder)
    return folder
  }

  static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }
  static func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  /// Every field value of a section as a browser sends it back.
  static func values(_ section: FormSection) -> [String: String] {
    Dictionary(section.fields.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
  }

  static func submit(
    _ path: String, section: String, change: (inout [String: String]) -> Void, remove: EditPath? = nil,
    timestamp: String = "20261207T120000Z"
  ) throws -> CaseFormOutcome {
    let editor = CaseFormEditor(store: CaseFileStore(loader: TestSupport.loader()))
    let form = try editor.form(path).get()
    var values = Self.values(try #require(form.section(section)))
    change(&values)
    return editor.submit(
      CaseFormSubmission(section: section, values: values, basedOn: form.contentHash, remove: remove),
      to: path,
      peildatum: peildatum, timestamp: timestamp)
  }

  /// The lines that differ between two texts, as `-old` and `+new`.
  static func changedLines(_ old: String, _ new: String) -> [String] {
    LineDiff.lines(from: old, to: new).compactMap {
      switch $0.kind {
      case .same: return nil
      case .removed: return "-" + $0.text
      case .added: return "+" + $0.text
      }
    }
  }

  @Test func everySampleSubmittedUnchangedWritesNothing() throws {
    let folder = try Self.samples()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }
      .sorted()
    #expect(files.count >= 13)
    let editor = CaseFormEditor(store: CaseFileStore(loader: TestSupport.loader()))
    for file in files {
      let path = folder + "/" + file
      let before = try Self.bytes(path)
      let form = try editor.form(path).get()
      #expect(form.sections.count == 19, "\(file)")
      for section in form.sections {
        let outcome = editor.submit(
          CaseFormSubmission(section: section.id, values: Self.values(section), basedOn: form.contentHash),
          to: path, peildatum: Self.peildatum, timestamp: "20261207T120000Z")
        guard case .unchanged = outcome else {
          Issue.record("\(file) \(section.id): \(outcome)")
          continue
        }
      }
      #expect(try Self.bytes(path) == before, "\(file)")
      #expect(!FileManager.default.fileExists(atPath: folder + "/.poortwachter"), "\(file)")
    }
  }

  @Test func theFormShowsWhatTheFileSays() throws {
    let form = try CaseFormEditor().form(TestSupport.sampleCases + "/vz-2024-0117.yaml").get()
    let fields = Dictionary(
      form.sections.flatMap(\.fields).map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    let first = try #require(fields["verzuim.eerste_ziektedag"])
    #expect(first.value == "2024-01-08" && first.kind == .date && first.inputType == "date" && first.required)
    #expect(first.label == "Eerste ziektedag" && first.help.hasPrefix("Dag 1 van week 1"))
    #expect(first.anchor == "veld-verzuim-eerste_ziektedag")
    #expect(fields["werknemer.adres.plaats"]?.value == "Moergestel")
    #expect(fields["werknemer.uit_dienst"]?.isPresent == true && fields["werknemer.uit_dienst"]?.value == "")
    #expect(fields["evaluaties[2].datum"]?.value == "2024-05-03")
    #expect(fields["evaluaties[2].datum"]?.anchor == "veld-evaluaties-2-datum")
    // A structured afspraak is a group of fields, a text one a single field.
    #expect(fields["plan_van_aanpak.afspraken[1].activiteit"]?.value == "Contact over de voortgang")
    #expect(
      fields["plan_van_aanpak.afspraken[3]"]?.value
        == "Tijdelijk administratieve taken in de magazijnadministratie")
    #expect(fields["probleemanalyse.benutbare_mogelijkheden"]?.kind == .flag)
    #expect(
      fields["probleemanalyse.benutbare_mogelijkheden"]?.options.map(\.value) == ["", "true", "false"])
    #expect(
      fields["verzuim.werkhervattingen[1].soort"]?.options.first { $0.isSelected }?.value == "aangepast_werk")
    #expect(fields["probleemanalyse.advies"]?.kind == .longText)
    #expect(fields["werknemer.adres.straat"]?.kind == .text)
    let evaluaties = try #require(form.section("evaluaties"))
    guard case .list(let list)? = evaluaties.elements.first else {
      Issue.record("evaluaties is geen lijst")
      return
    }
    #expect(list.itemLabel == "Evaluatie" && list.items.count == list.itemsInFile && list.itemsInFile > 3)
    #expect(form.anchors.contains("veld-evaluaties-2") && form.anchors.contains("veld-werknemer"))
    #expect(FormAnchor.nearest("evaluaties[2].onbekend", in: form.anchors) == "veld-evaluaties-2")
  }

  @Test func changingOneDateChangesExactlyThatLine() throws {
    let folder = try Self.samples()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/vz-2024-0117.yaml"
    let before = try Self.text(path)
    let outcome = try Self.submit(path, section: "evaluaties") { $0["evaluaties[2].datum"] = "2024-05-06" }
    guard case .saved(let saved) = outcome else {
      Issue.record("\(outcome)")
      return
    }
    let after = try Self.text(path)
    #expect(Self.changedLines(before, after) == ["-  - datum: 2024-05-03", "+  - datum: 2024-05-06"])
    #expect(saved.saved.contentHash == CaseFileSnapshot.contentHash(of: after))
    #expect(saved.evaluation?.loaded.caseFile.kenmerk == "VZ-2024-0117")
    // Undo brings back the previous bytes exactly.
    let undone = try CaseFileStore(loader: TestSupport.loader()).undo(
      path, basedOn: saved.saved.contentHash, timestamp: "20261207T120100Z"
    ).get()
    #expect(try Self.text(path) == before)
    #expect(undone.previousVersion != nil)
  }

  @Test func anEvaluationIsAddedAndRemoved() throws {
    let folder = try Self.samples()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/vz-2024-0117.yaml"
    let count = try #require(TestSupport.loaded(path: path)?.caseFile.evaluaties.count)
    let before = try Self.text(path)
    let added = try Self.submit(path, section: "evaluaties") {
      $0["evaluaties[\(count + 1)].datum"] = "2025-01-10"
      $0["evaluaties[\(count + 1)].opgesteld_door.naam"] = "P. Bakker"
      $0["evaluaties[\(count + 1)].verslag"] = "Het plan is besproken."
      $0["evaluaties[\(count + 2)].verslag"] = ""  // an empty new row is no item
    }
    guard case .saved = added else {
      Issue.record("\(added)")
      return
    }
    let withNew = try Self.text(path)
    #expect(TestSupport.loaded(path: path)?.caseFile.evaluaties.count == count + 1)
    #expect(
      Self.changedLines(before, withNew).filter { $0.hasPrefix("-") }.isEmpty,
      "adding only adds lines: \(Self.changedLines(before, withNew))")
    #expect(withNew.contains("  - datum: 2025-01-10\n    opgesteld_door:\n      naam: P. Bakker\n"))
    // Remove the second evaluation: only its lines go.
    let removed = try Self.submit(
      path, section: "evaluaties", change: { _ in }, remove: EditPath("evaluaties[2]"),
      timestamp: "20261207T120001Z")
    guard case .saved = removed else {
      Issue.record("\(removed)")
      return
    }
    let after = try Self.text(path)
    let lines = Self.changedLines(withNew, after)
    #expect(lines.allSatisfy { $0.hasPrefix("-") } && lines.first == "-  - datum: 2024-05-03", "\(lines)")
    #expect(TestSupport.loaded(path: path)?.caseFile.evaluaties.count == count)
  }

  @Test func aCraftedRowNumberDoesNotBuildMillionsOfRows() throws {
    let path = TestSupport.sampleCases + "/vz-2024-0117.yaml"
    let text = try Self.text(path)
    let form = try CaseForm.make(
      path: path, text: text, shown: ["evaluaties[900000000].verslag": "x", "evaluaties[3].verslag": "y"]
    ).get()
    let section = try #require(form.section("evaluaties"))
    let lists = section.elements.compactMap { element -> FormList? in
      if case .list(let list) = element { return list }
      return nil
    }
    let list = try #require(lists.first)
    #expect(list.items.count <= list.itemsInFile + FormList.mostNewRows)
    #expect(list.items.count >= 3)
  }

  @Test func aTextItemAndANewSectionAreAdded() throws {
    let folder = try Self.samples()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/vz-2024-0117.yaml"
    let outcome = try Self.submit(path, section: "plan_van_aanpak") {
      $0["plan_van_aanpak.afspraken[5]"] = "Elke maand een gesprek met de leidinggevende"
      $0["plan_van_aanpak.afspraken[3]"] = ""
    }
    guard case .saved(let saved) = outcome else {
      Issue.record("\(outcome)")
      return
    }
    #expect(saved.changes.count == 2)
    let afspraken = try #require(TestSupport.loaded(path: path)?.caseFile.planVanAanpak?.afspraken)
    #expect(
      afspraken.count == 4 && afspraken.last?.activiteit == "Elke maand een gesprek met de leidinggevende")
    #expect(
      !afspraken.contains { $0.activiteit == "Tijdelijk administratieve taken in de magazijnadministratie" })
  }

  @Test func aNewPartNeedsItsRequiredFields() throws {
    let folder = try Self.samples()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/vz-2024-0117.yaml"
    let before = try Self.bytes(path)
    let count = try #require(TestSupport.loaded(path: path)?.caseFile.evaluaties.count)
    let outcome = try Self.submit(path, section: "evaluaties") {
      $0["evaluaties[\(count + 1)].verslag"] = "zonder datum"
    }
    guard case .refused(let messages) = outcome else {
      Issue.record("\(outcome)")
      return
    }
    #expect(messages.map(\.path) == ["evaluaties[\(count + 1)].datum"])
    #expect(messages.first?.text.contains("verplicht") == true)
    #expect(try Self.bytes(path) == before)
  }

  @Test func anEditThatBreaksTheCaseIsRefusedAndTheFileIsUnchanged() throws {
    let folder = try Self.samples()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/vz-2024-0117.yaml"
    let before = try Self.bytes(path)
    // Not a date: refused by the form itself, on the field.
    let notADate = try Self.submit(path, section: "verzuim") {
      $0["verzuim.melding_bedrijfsarts"] = "10-01-2024"
    }
    guard case .refused(let dateMessages) = notADate else {
      Issue.record("\(notADate)")
      return
    }
    #expect(dateMessages.map(\.path) == ["verzuim.melding_bedrijfsarts"])
    #expect(
      dateMessages.first?.formatted(file: "zaak.yaml").hasPrefix("zaak.yaml:31:3: fout: '10-01-2024'") == true
    )
    // A kenmerk the loader refuses: the loader's message, on the kenmerk field.
    let badKenmerk = try Self.submit(path, section: "casus") { $0["kenmerk"] = "VZ 2024/0117" }
    guard case .refused(let messages) = badKenmerk else {
      Issue.record("\(badKenmerk)")
      return
    }
    #expect(messages.contains { $0.path == "kenmerk" && $0.location?.line == 4 }, "\(messages)")
    #expect(try Self.bytes(path) == before)
    #expect(!FileManager.default.fileExists(atPath: folder + "/.poortwachter"))
  }

  @Test func aChangeOnDiskMeanwhileIsNotOverwritten() throws {
    let folder = try Self.samples()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/vz-2024-0117.yaml"
    let editor = CaseFormEditor(store: CaseFileStore(loader: TestSupport.loader()))
    let form = try editor.form(path).get()
    // Someone else changes the file in their editor.
    let theirs = try Self.text(path).replacingOccurrences(
      of: "functie: Orderpicker", with: "functie: Heftruckchauffeur")
    try theirs.write(toFile: path, atomically: true, encoding: .utf8)
    var values = Self.values(try #require(form.section("werknemer")))
    values["werknemer.geboortedatum"] = "1971-04-13"
    let outcome = editor.submit(
      CaseFormSubmission(section: "werknemer", values: values, basedOn: form.contentHash), to: path,
      peildatum: Self.peildatum, timestamp: "20261207T120000Z")
    guard case .conflict(let conflict) = outcome else {
      Issue.record("\(outcome)")
      return
    }
    #expect(try Self.text(path) == theirs)
    #expect(conflict.onDisk.text == theirs)
    let changed = conflict.diff.filter { $0.kind != .same }.map(\.text)
    #expect(changed.contains("  geboortedatum: 1971-04-13"))
    // The form's old value of the function shows as a change back, so the user sees it.
    #expect(changed.contains("  functie: Orderpicker"))
  }

  @Test func aConflictWithASaveOfTheAppKeepsTheOtherChange() throws {
    let folder = try Self.samples()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/vz-2024-0117.yaml"
    let editor = CaseFormEditor(store: CaseFileStore(loader: TestSupport.loader()))
    // Two windows open the same form; the first saves.
    let form = try editor.form(path).get()
    let values = Self.values(try #require(form.section("werknemer")))
    var first = values
    first["werknemer.functie"] = "Heftruckchauffeur"
    guard
      case .saved = editor.submit(
        CaseFormSubmission(section: "werknemer", values: first, basedOn: form.contentHash), to: path,
        peildatum: Self.peildatum, timestamp: "20261207T120000Z")
    else {
      Issue.record("first save")
      return
    }
    let afterFirst = try Self.text(path)
    var second = values
    second["werknemer.geboortedatum"] = "1971-04-13"
    let outcome = editor.submit(
      CaseFormSubmission(section: "werknemer", values: second, basedOn: form.contentHash), to: path,
      peildatum: Self.peildatum, timestamp: "20261207T120001Z")
    guard case .conflict(let conflict) = outcome else {
      Issue.record("\(outcome)")
      return
    }
    #expect(try Self.text(path) == afterFirst)
    // The version the form came from is in the history: only the changed field counts.
    #expect(conflict.values == ["werknemer.geboortedatum": "1971-04-13"])
    #expect(
      Self.changedLines(afterFirst, try #require(conflict.yours)) == [
        "-  geboortedatum: 1971-04-12", "+  geboortedatum: 1971-04-13",
      ])
    // Saving anyway on the new version keeps both changes.
    let anyway = editor.submit(
      CaseFormSubmission(section: "werknemer", values: conflict.values, basedOn: conflict.onDisk.contentHash),
      to: path, peildatum: Self.peildatum, timestamp: "20261207T120002Z")
    guard case .saved = anyway else {
      Issue.record("\(anyway)")
      return
    }
    let final = try Self.text(path)
    #expect(final.contains("functie: Heftruckchauffeur") && final.contains("geboortedatum: 1971-04-13"))
  }

  @Test func emptyingAnOptionalFieldRemovesItsKeyAndARequiredOneIsRefused() throws {
    let folder = try Self.samples()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/vz-2024-0117.yaml"
    let before = try Self.text(path)
    let required = try Self.submit(path, section: "verzuim") { $0["verzuim.eerste_ziektedag"] = "" }
    guard case .refused(let messages) = required else {
      Issue.record("\(required)")
      return
    }
    #expect(messages.map(\.path) == ["verzuim.eerste_ziektedag"])
    let optional = try Self.submit(path, section: "werknemer") {
      $0["werknemer.functie"] = ""
      $0["werknemer.adres.straat"] = ""
      $0["werknemer.adres.postcode"] = ""
      $0["werknemer.adres.plaats"] = ""
    }
    guard case .saved = optional else {
      Issue.record("\(optional)")
      return
    }
    #expect(
      Self.changedLines(before, try Self.text(path)) == [
        "-  adres: { straat: Dorpsstraat 3, postcode: 5062 CD, plaats: Moergestel }",
        "-  functie: Orderpicker",
      ])
  }

  @Test func lineDiffShowsRemovedBeforeAdded() {
    let lines = LineDiff.lines(from: "a\nb\nc\n", to: "a\nB\nc\nd\n")
    #expect(
      lines.map { "\($0.kind.rawValue) \($0.text)" } == [
        "same a", "removed b", "added B", "same c", "added d",
      ])
    #expect(lines.map(\.oldNumber) == [1, 2, nil, 3, nil])
    #expect(lines.map(\.newNumber) == [1, nil, 2, 3, 4])
  }
}
