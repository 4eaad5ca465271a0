/// One file linked as the original of two different documents: UWV would receive the same file
/// twice, under two names, and one of the documents not at all (rules.md, "The UWV upload": every
/// document is uploaded as its own original). The same file as `origineel` and as
/// `ondertekend.bewijs` of one document is one link, and fine.
enum OriginalDuplicateRules {
  static let all = [duplicate]

  /// `bijlagen/./pa.pdf` and `bijlagen/x/../pa.pdf` name the same file as `bijlagen/pa.pdf`.
  static func resolved(_ origineel: String) -> String {
    var parts: [Substring] = []
    for part in origineel.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
        continue
      }
      parts.append(part)
    }
    return (origineel.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
  }

  static let duplicate = Rule(
    RuleDescription(
      id: "wvp.origineel.dubbel", title: "Hetzelfde bestand als origineel van twee documenten",
      severity: .fout, bron: OriginalFormRules.bron,
      rationale:
        "Elk document van het re-integratieverslag gaat als eigen origineel naar UWV. Verwijst de casus "
        + "bij twee verschillende documenten naar hetzelfde bestand, dan krijgt UWV één document twee "
        + "keer en het andere niet. Verwijs bij elk document naar zijn eigen origineel. Hetzelfde "
        + "bestand als 'origineel' en als 'ondertekend.bewijs' van één document mag wel.",
      triggering: [
        .init(
          "verzuim: { eerste_ziektedag: 2024-01-08 }\nprobleemanalyse:\n  datum: 2024-02-12\n  origineel: bijlagen/pa.pdf\n"
            + "plan_van_aanpak:\n  datum: 2024-03-01\n  origineel: ↓bijlagen/./pa.pdf\n",
          peildatum: "2024-03-10")
      ],
      nonTriggering: [
        .init(
          "verzuim: { eerste_ziektedag: 2024-01-08 }\nprobleemanalyse:\n  datum: 2024-02-12\n  origineel: bijlagen/pa.pdf\n"
            + "plan_van_aanpak:\n  datum: 2024-03-01\n  origineel: bijlagen/pva.pdf\n"
            + "  ondertekend:\n    werkgever: 2024-03-01\n    werknemer: 2024-03-02\n"
            + "    wijze: digitaal\n    bewijs: bijlagen/pva.pdf\n",
          peildatum: "2024-03-10")
      ])
  ) { context in
    var first: [String: OriginalLink] = [:]
    return OriginalLink.all(in: context.caseFile, documents: context.documents).compactMap {
      link -> Rule.Violation? in
      let file = resolved(link.origineel)
      guard let earlier = first[file] else {
        first[file] = link
        return nil
      }
      return .init(
        "'\(link.origineel)' is al het origineel van \(earlier.title) (\(earlier.path)); een bestand "
          + "kan niet het origineel van twee documenten zijn: verwijs bij \(link.title) naar zijn eigen "
          + "origineel", at: link.path.description)
    }
  }
}
