import PoortwachterCore
import PoortwachterTemplates
import PoortwachterWorkspace

/// The Bewerken page: one form per section of the case file (or one section with `?sectie=`),
/// each field with its label, help and messages, lists with a remove button per item and an add
/// button; the history of the file with "ongedaan maken".
struct EditPage {
  /// The case.
  let caseID: String
  /// The file as shown.
  let displayName: String
  /// The form, from the file on disk (with submitted values shown after a refusal).
  let form: CaseForm
  /// The sections shown (all, or the one asked for).
  let sections: [FormSection]
  /// The hash each section's form carries: the form's own, or for the section just submitted
  /// the one it was based on (so a change on disk in between is still noticed).
  let hashes: [String: String]
  /// Messages of a refused save, for the section they belong to.
  let messages: [FormMessage]
  /// The section the messages are about.
  let messageSection: String?
  /// The section saved just before (a notice on top).
  let savedSection: String?
  /// The findings of the case as now checked (`nil` when it cannot be read).
  let evaluation: CaseEvaluation?
  /// Kept versions, oldest first.
  let history: [CaseHistoryVersion]

  /// The page title.
  var title: String { "Bewerken: " + displayName }

  func context() -> [KeyValuePairs<String, RenderValue>] {
    let anchors = form.anchors
    let general = messages.filter { message in
      message.path.map { FormAnchor.nearest($0, in: anchors) == nil } ?? true
    }
    let saved = savedSection.flatMap { form.section($0) }
    return [
      [
        "casus_id": .text(caseID), "bestand": .text(displayName),
        "opgeslagen": .optional(
          saved.map { section in
            RenderNode([
              "sectie": .text(section.label), "anker": .text(section.anchor),
              "fouten": .number(evaluation?.count(.fout) ?? 0),
              "waarschuwingen": .number(evaluation?.count(.waarschuwing) ?? 0),
            ])
          }),
        "geweigerd": .flag(!messages.isEmpty),
        "meldingen": .list(
          messages.map { message in
            RenderNode([
              "plaats": .optional(message.location.map { "\(displayName):\($0.line):\($0.column)" }),
              "tekst": .text(Masking.maskBSNs(in: message.text)),
              "link": .optional(message.path.flatMap { FormAnchor.nearest($0, in: anchors) }),
            ])
          }),
        "algemene_meldingen": .flag(!general.isEmpty),
        "een_sectie": .flag(sections.count == 1),
        "secties_nav": .list(
          form.sections.map { section in
            RenderNode([
              "id": .text(section.id), "label": .text(section.label),
              "aanwezig": .flag(section.isPresent),
            ])
          }),
        "secties": .list(sections.map(section)),
        "geschiedenis": .list(
          history.reversed().enumerated().map { index, version in
            RenderNode([
              "tijd": .text(Self.readable(version.timestamp)), "nieuwste": .flag(index == 0),
            ])
          }),
        "heeft_geschiedenis": .flag(!history.isEmpty),
        "hash": .text(form.contentHash),
      ]
    ]
  }

  private func section(_ section: FormSection) -> RenderNode {
    let shown = section.id == messageSection ? messages : []
    var byPath: [String: [String]] = [:]
    for message in shown {
      guard let path = message.path else { continue }
      byPath[path, default: []].append(Masking.maskBSNs(in: message.text))
    }
    var rows: [RenderNode] = []
    for element in section.elements {
      // A list that is the whole section (evaluaties) leaves its anchor to the section's form:
      // one id per page.
      let sharesAnchor = element.path.description == section.id
      append(element, depth: 0, messages: byPath, into: &rows, anchored: !sharesAnchor)
    }
    return RenderNode([
      "id": .text(section.id), "label": .text(section.label), "help": .text(section.help),
      "anker": .text(section.anchor), "aanwezig": .flag(section.isPresent),
      "verwijderbaar": .flag(section.isRemovable), "hash": .text(hashes[section.id] ?? form.contentHash),
      "rijen": .list(rows),
      "meldingen": .list((byPath[section.id] ?? []).map { RenderNode(["tekst": .text($0)]) }),
    ])
  }

  /// Flattens the form into rows the template walks: fields, and the begin and end of groups and lists.
  private func append(
    _ element: FormElement, depth: Int, messages: [String: [String]], into rows: inout [RenderNode],
    blank: Bool = false, anchored: Bool = true
  ) {
    switch element {
    case .field(let field):
      rows.append(Self.field(field, messages: messages[field.name] ?? []))
    case .group(let group):
      // A blank row (the script's copy) can be taken away again before it is saved.
      rows.append(
        RenderNode([
          "groep_begin": .flag(true), "anker": .text(group.anchor), "label": .text(group.label),
          "help": .text(group.help), "nieuw": .flag(!group.isPresent),
          "verwijder": .optional(group.isRemovable || blank ? group.path.description : nil),
          "alleen_lezen": .optional(group.readOnlyReason),
          "meldingen": .list(
            (messages[group.path.description] ?? []).map { RenderNode(["tekst": .text($0)]) }),
        ]))
      for child in group.elements { append(child, depth: depth + 1, messages: messages, into: &rows) }
      rows.append(RenderNode(["groep_einde": .flag(true)]))
    case .list(let list):
      rows.append(
        RenderNode([
          "lijst_begin": .flag(true), "lijst_anker": .optional(anchored ? list.anchor : nil),
          "label": .text(list.label),
          "kop": .flag(depth > 0), "volgend": .text(String(list.items.count + 1)),
          "help": .text(list.help), "leeg": .flag(list.items.isEmpty),
          "alleen_lezen": .optional(list.readOnlyReason),
          "meldingen": .list(
            (messages[list.path.description] ?? []).map { RenderNode(["tekst": .text($0)]) }),
        ]))
      for item in list.items { append(item, depth: depth + 1, messages: messages, into: &rows) }
      if let blankItem = list.blankItem {
        // Inert in a <template>: the script copies it under the next number (see script.js).
        rows.append(
          RenderNode([
            "sjabloon_begin": .flag(true), "plek": .text(String(FormList.blankNumber)),
          ]))
        append(blankItem, depth: depth + 1, messages: [:], into: &rows, blank: true)
        rows.append(RenderNode(["sjabloon_einde": .flag(true)]))
      }
      rows.append(
        RenderNode([
          "lijst_einde": .flag(true), "pad": .text(list.path.description),
          "item_label": .text(list.itemLabel.lowercased()),
          "kan_toevoegen": .flag(list.readOnlyReason == nil),
        ]))
    }
  }

  static func field(_ field: FormField, messages: [String]) -> RenderNode {
    let isItem: Bool
    if case .item = field.path.steps.last { isItem = true } else { isItem = false }
    let options = field.options
    return RenderNode([
      "veld": .flag(true), "anker": .text(field.anchor), "naam": .text(field.name),
      "label": .text(field.label),
      "help": .text(field.help), "waarde": .text(field.value), "verplicht": .flag(field.required),
      "tekstvak": .flag(field.kind == .longText),
      "keuze": .flag(!options.isEmpty),
      "opties": .list(
        options.map {
          RenderNode(["waarde": .text($0.value), "label": .text($0.label), "gekozen": .flag($0.isSelected)])
        }),
      "invoer": .flag(field.kind != .longText && options.isEmpty), "type": .text(field.inputType),
      "stap": .optional(field.kind == .number(whole: false) ? "any" : nil),
      "alleen_lezen": .optional(field.readOnlyReason),
      "verwijder": .optional(isItem && field.readOnlyReason == nil ? field.name : nil),
      "meldingen": .list(messages.map { RenderNode(["tekst": .text($0)]) }),
      "fout": .flag(!messages.isEmpty),
    ])
  }

  /// `20261207T213000Z` as `7-12-2026 21:30:00 UTC`; another name as it is.
  static func readable(_ timestamp: String) -> String {
    let digits = Array(timestamp.prefix(16))
    guard digits.count == 16, digits[8] == "T", digits[15] == "Z",
      let year = Int(String(digits[0..<4])), let month = Int(String(digits[4..<6])),
      let day = Int(String(digits[6..<8]))
    else { return timestamp }
    let time = String(digits[9..<11]) + ":" + String(digits[11..<13]) + ":" + String(digits[13..<15])
    let rest = timestamp.dropFirst(16)
    return "\(day)-\(month)-\(year) \(time) UTC" + (rest.isEmpty ? "" : " (\(rest.dropFirst()))")
  }
}
