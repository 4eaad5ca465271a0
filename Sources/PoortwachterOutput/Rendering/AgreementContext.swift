import PoortwachterCore
import PoortwachterTemplates

/// The agreements of a plan van aanpak as the templates read them: one row per agreement with
/// `tekst` (the activity, as before), `activiteit`, `wie`, `wanneer` (as written; `wanneer_tekst` with
/// a date in words), `stand { waarde, tekst }` (the `status` key; "status" is kept for milestones),
/// and whether the file wrote it as a mapping; `afspraken_tabel` is true when any agreement says who
/// or when, so the dossier and the pack show a table (wie / wat / wanneer / status).
package struct AgreementContext {
  let context: DossierContext

  /// `afspraken` (the rows) and `afspraken_tabel` for the agreements at `path` (`plan_van_aanpak`).
  package func values(_ list: [Afspraak], at path: FieldPath) -> KeyValuePairs<String, RenderValue> {
    let rows = list.enumerated().map { index, afspraak in
      let item = path.appending("afspraken").item(index)
      let activity =
        afspraak.isStructured
        ? context.text(afspraak.activiteit, at: item.appending("activiteit"))
        : context.text(afspraak.activiteit, at: item)
      return RenderNode([
        "tekst": activity, "activiteit": activity,
        "wie": context.text(afspraak.wie, at: item.appending("wie")),
        "wanneer": context.text(afspraak.wanneer, at: item.appending("wanneer")),
        "wanneer_tekst": when(afspraak.wanneer, at: item.appending("wanneer")),
        "stand": ContextValues.choice(afspraak.status) { Self.statusText($0) },
        "gestructureerd": .flag(afspraak.isStructured),
      ])
    }
    return ["afspraken": .list(rows), "afspraken_tabel": .flag(list.contains(where: \.isStructured))]
  }

  /// `wanneer` as written, or a date written `JJJJ-MM-DD` in words (`30 oktober 2023`).
  private func when(_ value: String?, at path: FieldPath) -> RenderValue {
    if let value, let date = CivilDate(iso: value) {
      return .text(DutchDate.long(date))
    }
    return context.text(value, at: path)
  }

  /// Dutch text of a status.
  static func statusText(_ status: Afspraak.Status) -> String {
    switch status {
    case .open: "open"
    case .lopend: "loopt"
    case .afgerond: "afgerond"
    case .vervallen: "vervallen"
    }
  }
}
