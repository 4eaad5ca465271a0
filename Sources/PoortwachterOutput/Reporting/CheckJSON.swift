import Foundation
import PoortwachterCore

/// The `check --format json` object of one case (`docs/casusformaat.md`, "JSON-uitvoer").
///
/// Optional values are written as `null`, never left out; keys are sorted.
public struct CheckJSON: Encodable, Sendable {
  /// A row of `mijlpalen`.
  public struct MilestoneRow: Encodable, Sendable {
    let id: String
    let vanaf: String?
    let uiterlijk: String
    let gedaan: String?
    let status: String

    /// Encodes every key, `null` for absent values.
    public func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(id, forKey: .id)
      try c.encode(vanaf, forKey: .vanaf)
      try c.encode(uiterlijk, forKey: .uiterlijk)
      try c.encode(gedaan, forKey: .gedaan)
      try c.encode(status, forKey: .status)
    }
    enum CodingKeys: String, CodingKey { case id, vanaf, uiterlijk, gedaan, status }
  }

  /// A row of `bevindingen`.
  public struct FindingRow: Encodable, Sendable {
    let regel: String
    let ernst: String
    let melding: String
    let bron: String?
    let locatie: Location?

    struct Location: Encodable, Sendable {
      let regel: Int
      let kolom: Int
    }

    /// Encodes every key, `null` for absent values.
    public func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(regel, forKey: .regel)
      try c.encode(ernst, forKey: .ernst)
      try c.encode(melding, forKey: .melding)
      try c.encode(bron, forKey: .bron)
      try c.encode(locatie, forKey: .locatie)
    }
    enum CodingKeys: String, CodingKey { case regel, ernst, melding, bron, locatie }
  }

  let kenmerk: String?
  let bestand: String
  let peildatum: String
  let eersteZiektedag: String?
  let ziekteweek: Int?
  let mijlpalen: [MilestoneRow]
  let bevindingen: [FindingRow]
  /// The poortwachtertoets estimate; `nil` for an unreadable case.
  let toets: ToetsJSON?

  /// The object for a checked case.
  public init(_ evaluation: CaseEvaluation) {
    let c = evaluation.loaded.caseFile
    kenmerk = c.kenmerk
    bestand = evaluation.loaded.file
    peildatum = evaluation.timeline.peildatum.description
    eersteZiektedag = evaluation.timeline.calendar.firstSickDay.description
    ziekteweek = evaluation.timeline.currentWeek
    mijlpalen = evaluation.timeline.milestones.map {
      MilestoneRow(
        id: $0.id.rawValue, vanaf: $0.vanaf?.description, uiterlijk: $0.uiterlijk.description,
        gedaan: $0.gedaan?.description, status: $0.status.rawValue)
    }
    bevindingen = evaluation.findings.map {
      FindingRow(
        regel: $0.ruleID, ernst: $0.severity.rawValue, melding: $0.message, bron: $0.bron,
        locatie: $0.location.map { FindingRow.Location(regel: $0.line, kolom: $0.column) })
    }
    toets = ToetsJSON(evaluation.toets)
  }

  /// The object for an unreadable case: input errors as `fout` findings with their position.
  public init(file: String, diagnostics: [Diagnostic], peildatum: CivilDate) {
    kenmerk = nil
    bestand = file
    self.peildatum = peildatum.description
    eersteZiektedag = nil
    ziekteweek = nil
    mijlpalen = []
    bevindingen = diagnostics.map {
      FindingRow(
        regel: $0.code, ernst: Severity.fout.rawValue, melding: $0.message,
        bron: "Casusformaat poortwachter/1",
        locatie: $0.location.map { FindingRow.Location(regel: $0.line, kolom: $0.column) })
    }
    toets = nil
  }

  /// The object for any check result.
  public init(_ result: CheckResult, peildatum: CivilDate) {
    switch result {
    case .checked(let evaluation): self.init(evaluation)
    case .unreadable(let file, let diagnostics):
      self.init(file: file, diagnostics: diagnostics, peildatum: peildatum)
    }
  }

  /// Encodes every key, `null` for absent values.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(kenmerk, forKey: .kenmerk)
    try c.encode(bestand, forKey: .bestand)
    try c.encode(peildatum, forKey: .peildatum)
    try c.encode(eersteZiektedag, forKey: .eersteZiektedag)
    try c.encode(ziekteweek, forKey: .ziekteweek)
    try c.encode(mijlpalen, forKey: .mijlpalen)
    try c.encode(bevindingen, forKey: .bevindingen)
    try c.encode(toets, forKey: .toets)
  }
  enum CodingKeys: String, CodingKey {
    case kenmerk, bestand, peildatum, ziekteweek, mijlpalen, bevindingen, toets
    case eersteZiektedag = "eerste_ziektedag"
  }

  /// Compact JSON with sorted keys (one line): the same text as `JSONEncoder` with `.sortedKeys`
  /// and `.withoutEscapingSlashes` gives for this value, written directly.
  public func compactJSON() -> String {
    var json = JSONText()
    json.object { json in
      json.field("bestand", bestand)
      json.key("bevindingen")
      json.array(bevindingen) { json, row in row.write(to: &json) }
      json.field("eerste_ziektedag", eersteZiektedag)
      json.field("kenmerk", kenmerk)
      json.key("mijlpalen")
      json.array(mijlpalen) { json, row in row.write(to: &json) }
      json.field("peildatum", peildatum)
      json.key("toets")
      if let toets { toets.write(to: &json) } else { json.string(nil) }
      json.field("ziekteweek", number: ziekteweek)
    }
    return json.text
  }
}

extension CheckJSON.MilestoneRow {
  fileprivate func write(to json: inout JSONText) {
    json.object { json in
      json.field("gedaan", gedaan)
      json.field("id", id)
      json.field("status", status)
      json.field("uiterlijk", uiterlijk)
      json.field("vanaf", vanaf)
    }
  }
}

extension CheckJSON.FindingRow {
  fileprivate func write(to json: inout JSONText) {
    json.object { json in
      json.field("bron", bron)
      json.field("ernst", ernst)
      json.key("locatie")
      if let locatie {
        json.object { json in
          json.field("kolom", number: locatie.kolom)
          json.field("regel", number: locatie.regel)
        }
      } else {
        json.string(nil)
      }
      json.field("melding", melding)
      json.field("regel", regel)
    }
  }
}
