import Foundation
import PoortwachterCore
import PoortwachterTemplates

/// The to-do list of a concept pack (`uwv-concept/te-doen.html` and `te-doen.json`): what to have
/// signed, what to obtain from whom, which text to fix and which finding to resolve before the
/// pack is ready for UWV. Each item names the place in the case file (`casus.yaml:12:5`); a
/// finding links to its entry in `controle.html`.
struct PackToDoList {
  let plan: PackPlan
  let files: [UWVPack.File]
  let evaluation: CaseEvaluation

  /// One to-do item.
  struct Item {
    /// `ondertekenen`, `formulier`, `opvragen`, `tekst-aanpassen`, `controleren`, `aanvullen`,
    /// `herstellen`.
    let actie: String
    /// What to do (Dutch).
    let tekst: String
    /// The generated file that goes with it, if any.
    let bestand: String?
    /// `casus.yaml:12:5`, when known.
    let plaats: String?
    /// The rule id, for a gap or a finding.
    let regel: String?
    /// The finding's anchor in `controle.html`.
    let anker: String?
  }

  private var fileName: String { (evaluation.loaded.file as NSString).lastPathComponent }

  private func place(_ path: FieldPath?) -> String? {
    guard let path, let location = evaluation.loaded.sourceMap.location(of: path) else { return nil }
    return "\(fileName):\(location.line):\(location.column)"
  }

  private func place(_ finding: Finding) -> String? {
    finding.location.map { "\(fileName):\($0.line):\($0.column)" } ?? place(finding.path)
  }

  /// The items, in the order of the list: documents in RIV order, then the gaps, then the
  /// remaining `fout` findings.
  var items: [Item] {
    var items: [Item] = []
    var linked: Set<Int> = []
    for (index, document) in plan.documents.enumerated() {
      let name = files.first { $0.document.path == document.path }?.name
      let at = place(document.path)
      let link = "koppel het met 'origineel:' bij '\(document.path)'"
      switch document.handling {
      case .original: continue
      case .draft:
        items.append(
          Item(
            actie: "ondertekenen",
            tekst: "Print \(name ?? plan.fileName(index)), laat het ondertekenen door "
              + "de werkgever en de werknemer en \(link).",
            bestand: name, plaats: at, regel: nil, anker: nil))
      case .form:
        items.append(
          Item(
            actie: "formulier",
            tekst: "Geef \(name ?? plan.fileName(index)) aan de werknemer om in te vullen en te "
              + "ondertekenen, en \(link).",
            bestand: name, plaats: at, regel: nil, anker: nil))
      case .obtainOriginal:
        items.append(
          Item(
            actie: "opvragen",
            tekst: "Vraag het origineel van '\(document.title)' op bij \(document.kind.supplier) "
              + "(ondertekend, op naam van de werknemer) en \(link). Poortwachter maakt dit "
              + "document niet zelf.",
            bestand: nil, plaats: at, regel: nil, anker: nil))
      case .draftWithheld(let paths):
        let fields = paths.isEmpty ? "een tekst ervan" : paths.map { "'\($0)'" }.joined(separator: ", ")
        let finding = evaluation.findings.enumerated().first { _, finding in
          finding.ruleID.hasPrefix("wvp.privacy.")
            && (paths.isEmpty
              ? finding.path?.description.hasPrefix(document.path.description) ?? false
              : paths.contains { $0 == finding.path })
        }
        if let finding { linked.insert(finding.offset) }
        items.append(
          Item(
            actie: "tekst-aanpassen",
            tekst: "Het concept van '\(document.title)' is niet gemaakt: \(fields) bevat medische "
              + "gegevens, die niet in het re-integratieverslag horen. Pas de tekst aan; daarna maakt "
              + "poortwachter het concept.",
            bestand: nil, plaats: finding.flatMap { place($0.element) } ?? at,
            regel: finding?.element.ruleID, anker: finding.map { FindingsContext.anchor($0.offset) }))
      }
    }
    for gap in plan.ontbreekt {
      // The finding the gap came from (two originals can break the same rule), else one of its rule.
      let finding =
        evaluation.findings.enumerated().first {
          $0.element.ruleID == gap.regel && PackPlan.uploadText($0.element) == gap.melding
        } ?? evaluation.findings.enumerated().first { $0.element.ruleID == gap.regel }
      // Already on the list as the text to fix of a withheld draft.
      if let finding, linked.contains(finding.offset) { continue }
      if let finding { linked.insert(finding.offset) }
      // A finding about a linked original is no missing part: the file is there but not right.
      let isOriginal = gap.regel.hasPrefix(Self.originalRules)
      items.append(
        Item(
          actie: isOriginal ? "controleren" : "aanvullen", tekst: Self.sentence(gap.melding), bestand: nil,
          plaats: finding.flatMap { place($0.element) }, regel: gap.regel,
          anker: finding.map { FindingsContext.anchor($0.offset) }))
    }
    for (index, finding) in plan.fouten where !linked.contains(index) {
      items.append(
        Item(
          actie: Self.isLateStep(finding) ? "te-laat" : "herstellen",
          tekst: Self.sentence(PackPlan.uploadText(finding)), bestand: nil,
          plaats: place(finding), regel: finding.ruleID, anker: FindingsContext.anchor(index)))
    }
    return items
  }

  /// Whether `finding` says a step was made late (`wvp.plan-van-aanpak.te-laat`): no edit of the
  /// case undoes that; UWV judges whether there was a deugdelijke grond (rules.md, "The UWV upload").
  static func isLateStep(_ finding: Finding) -> Bool { finding.ruleID.hasSuffix(".te-laat") }

  /// The rules about a linked original's content (``OriginalIdentityRules``, ``OriginalFormRules``).
  static let originalRules = "wvp.origineel."

  /// A list item begins with a capital, as a sentence does ("het origineel ..." -> "Het origineel ...").
  static func sentence(_ text: String) -> String {
    guard let first = text.first, first.isLowercase else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// Whether a linked original is in order: no finding points at it (not even a warning to check
  /// it by eye) and, when the originals were read (always in `check`, `batch` and `pakket`), it was
  /// read completely and is the employee's own. Only those are listed as "in orde".
  func isInOrder(_ document: PackDocument) -> Bool {
    guard document.handling == .original else { return false }
    if evaluation.originals != nil, !evaluation.isCheckedOriginal(document.source) { return false }
    // The linked file (a scan, or a signing system's proof) and its signatures.
    let paths = [document.source.originalPath, document.source.field("origineel")]
    let signatures = document.source.field("ondertekend").description
    return !evaluation.findings.contains { finding in
      guard let path = finding.path else { return false }
      return paths.contains(path) || path.description.hasPrefix(signatures)
    }
  }

  /// The headings of the list, per action.
  static let headings: [(actie: String, kop: String)] = [
    ("ondertekenen", "Laten ondertekenen"), ("formulier", "Formulier voor de werknemer"),
    ("opvragen", "Originelen opvragen"), ("tekst-aanpassen", "Tekst aanpassen"),
    ("controleren", "Originelen controleren of vervangen"),
    ("aanvullen", "Ontbreekt in het re-integratieverslag"), ("herstellen", "Fouten in het dossier"),
    ("te-laat", "Te laat gezet: niet te herstellen door de casus te bewerken"),
  ]

  /// `te-doen.json`: `{kenmerk, klaar: false, variant, portaal_keuze, termijn, uiterlijk_uploaden,
  /// documenten: [{titel, soort, pad, bron, bestand}], te_doen: [{actie, tekst, bestand, plaats,
  /// regel}], opmerkingen: [tekst], telt_niet: [{pad, reden}]}`.
  func json() throws -> [UInt8] {
    let documents: [[String: Any]] = plan.documents.enumerated().map { index, document in
      [
        "titel": document.title, "soort": document.kind.soort, "pad": document.path.description,
        "bron": Self.bron(document.handling),
        "bestand": files.first { $0.document.path == document.path }?.name as Any? ?? NSNull(),
      ]
    }
    let todo: [[String: Any]] = items.map { item in
      [
        "actie": item.actie, "tekst": item.tekst, "bestand": item.bestand as Any? ?? NSNull(),
        "plaats": item.plaats as Any? ?? NSNull(), "regel": item.regel as Any? ?? NSNull(),
      ]
    }
    return try PackJSON.bytes([
      "kenmerk": plan.kenmerk, "klaar": false, "variant": plan.variant.rawValue,
      "portaal_keuze": plan.variant.portalChoice, "termijn": plan.termijn,
      "uiterlijk_uploaden": plan.uiterlijkUploaden.map { $0.description as Any } ?? NSNull(),
      "documenten": documents, "te_doen": todo, "opmerkingen": plan.notes,
      "telt_niet": plan.notCounted.map { ["pad": $0.document.path.description, "reden": $0.reason] },
    ])
  }

  /// What the pack has of a document: `origineel`, `concept`, `formulier`, `ontbreekt` (the
  /// original, to obtain) or `tekst-aanpassen`.
  static func bron(_ handling: PackDocument.Handling) -> String {
    switch handling {
    case .original: "origineel"
    case .draft: "concept"
    case .form: "formulier"
    case .obtainOriginal: "ontbreekt"
    case .draftWithheld: "tekst-aanpassen"
    }
  }

  /// The context of `uwv/te-doen.html`.
  func context() -> RenderNode {
    let all = items
    let groups = Self.headings.compactMap { heading -> RenderNode? in
      let mine = all.filter { $0.actie == heading.actie }
      guard !mine.isEmpty else { return nil }
      return RenderNode([
        "kop": .text(heading.kop), "actie": .text(heading.actie),
        "is_fouten": .flag(heading.actie == "herstellen"), "is_te_laat": .flag(heading.actie == "te-laat"),
        "items": .list(
          mine.map { item in
            RenderNode([
              "tekst": .text(item.tekst), "bestand": .optional(item.bestand),
              "plaats": .optional(item.plaats),
              "regel": .optional(item.regel), "anker": .optional(item.anker),
            ])
          }),
      ])
    }
    let originals = plan.documents.filter(isInOrder).map { document in
      RenderNode([
        "titel": .text(document.title), "origineel": .optional(document.origineel),
        "ondertekening": .optional(document.ondertekening),
        "pad": .text(document.path.description),
      ])
    }
    let c = evaluation.loaded.caseFile
    return RenderNode([
      "kenmerk": .text(plan.kenmerk), "programma": .text(DossierContext.program),
      "werknemer": .node(RenderNode(["naam": .text(c.werknemer.naam)])),
      "werkgever": .optional(c.werkgever?.naam),
      "portaal_keuze": .text(plan.variant.portalChoice), "termijn": .text(plan.termijn),
      "uiterlijk_uploaden": ContextValues.date(plan.uiterlijkUploaden),
      "peildatum": ContextValues.date(evaluation.timeline.peildatum),
      "groepen": .list(groups), "aantal": .text(String(all.count)),
      "originelen": .list(originals),
      "opmerkingen": .list(plan.notes.map { RenderNode(["tekst": .text($0)]) }),
      "telt_niet": .list(
        plan.notCounted.map { item in
          RenderNode([
            "titel": .text(Self.title(item.document)), "pad": .text(item.document.path.description),
            "reden": .text(item.reason),
          ])
        }),
    ])
  }

  /// "Actueel oordeel van de bedrijfsarts van 16 december 2025".
  static func title(_ document: CaseDocument) -> String {
    document.kind.documentTitle + (document.datum.map { " van \(DutchDate.long($0))" } ?? "")
  }
}
