/// Every document of a case, in the order of the re-integratieverslag: the one walk over a case
/// file's documents that the privacy scan, the completeness rules, the dossier and the UWV pack share.
public struct CaseDocuments: Sendable, RandomAccessCollection {
  /// The documents in order.
  public let all: [CaseDocument]

  /// Walks `caseFile`.
  public init(_ caseFile: CaseFile) {
    var walk = Walk()
    walk.add(caseFile)
    all = walk.documents
  }

  /// The first position.
  public var startIndex: Int { all.startIndex }
  /// One past the last position.
  public var endIndex: Int { all.endIndex }
  /// The document at `position`.
  public subscript(position: Int) -> CaseDocument { all[position] }

  /// The documents of `kind`, in file order.
  public func of(_ kind: CaseDocumentKind) -> [CaseDocument] { all.filter { $0.kind == kind } }

  /// The paths of texts outside documents that the dossier redacts by path.
  public enum OtherPath {
    /// `werknemer.bekwaamheden.<key>[index]`.
    public static func bekwaamheid(_ key: String, _ index: Int) -> FieldPath {
      FieldPath("werknemer.bekwaamheden").appending(key).item(index)
    }
    /// `verzuim.loonsanctie.<key>`.
    public static let loonsanctie = FieldPath("verzuim.loonsanctie")
    /// `verzuim.verlengingen[index].reden`.
    public static func verlengingReden(_ index: Int) -> FieldPath {
      FieldPath("verzuim.verlengingen").item(index).appending("reden")
    }
  }
}

/// Collects the documents of one case file.
private struct Walk {
  var documents: [CaseDocument] = []

  mutating func add(_ c: CaseFile) {
    if let pa = c.probleemanalyse {
      add(
        .probleemanalyse, pa.datum, pa.opgesteldDoor, origineel: pa.origineel,
        texts: [
          ("mogelijkheden_en_beperkingen", pa.mogelijkhedenEnBeperkingen), ("prognose", pa.prognose),
          ("advies", pa.advies), ("reden_te_laat", pa.redenTeLaat),
        ])
      revisions(pa.bijstellingen, .bijstellingProbleemanalyse)
    }
    if let plan = c.planVanAanpak {
      let path = CaseDocumentKind.planVanAanpak.path()
      let agreements = plan.afspraken.enumerated().map {
        CaseText(path: path.appending("afspraken").item($0.offset), value: $0.element)
      }
      add(
        .planVanAanpak, plan.datum, plan.opgesteldDoor, origineel: plan.origineel,
        signatures: plan.ondertekend,
        visies: (plan.visieWerkgever, plan.visieWerknemer),
        texts: [("doel", plan.doel), ("reden_te_laat", plan.redenTeLaat)], extra: agreements)
      revisions(plan.bijstellingen, .bijstellingPlanVanAanpak)
    }
    for (index, evaluatie) in c.evaluaties.enumerated() {
      add(
        .evaluatie, index: index, evaluatie.datum, evaluatie.opgesteldDoor, origineel: evaluatie.origineel,
        texts: [("verslag", evaluatie.verslag)])
    }
    for (index, onderzoek) in c.arbeidsdeskundigeOnderzoeken.enumerated() {
      add(
        .arbeidsdeskundigOnderzoek, index: index, onderzoek.datum, onderzoek.opgesteldDoor,
        origineel: onderzoek.origineel,
        texts: [("conclusie", onderzoek.conclusie), ("vraagstelling", onderzoek.vraagstelling)],
        extra: AssessmentTexts.onderzoek(
          onderzoek, at: CaseDocumentKind.arbeidsdeskundigOnderzoek.path(index)))
    }
    if let eje = c.eerstejaarsevaluatie {
      add(
        .eerstejaarsevaluatie, eje.datum, eje.opgesteldDoor, origineel: eje.origineel,
        signatures: eje.ondertekend,
        visies: (eje.visieWerkgever, eje.visieWerknemer),
        texts: [
          ("toelichting", eje.toelichting), ("onderbouwing", eje.onderbouwing),
          ("reden_te_laat", eje.redenTeLaat),
        ])
    }
    if let spoor = c.tweedeSpoor { secondTrack(spoor) }
    for (index, oordeel) in c.deskundigenoordelen.enumerated() {
      add(.deskundigenoordeel, index: index, oordeel.datum, nil, origineel: oordeel.origineel, texts: [])
    }
    if let ao = c.actueelOordeel {
      add(
        .actueelOordeel, ao.datum, ao.opgesteldDoor, origineel: ao.origineel,
        texts: [
          ("arbeidsverhouding", ao.arbeidsverhouding),
          ("passend_werk_bij_werkgever", ao.passendWerkBijWerkgever), ("reden_te_laat", ao.redenTeLaat),
          ("benutbare_mogelijkheden", ao.benutbareMogelijkheden), ("prognose", ao.prognose),
          ("advies", ao.advies),
        ])
    }
    if let ev = c.eindevaluatie {
      add(
        .eindevaluatie, ev.datum, ev.opgesteldDoor, origineel: ev.origineel, signatures: ev.ondertekend,
        visies: (ev.visieWerkgever, ev.visieWerknemer),
        texts: [("toelichting", ev.toelichting), ("reden_te_laat", ev.redenTeLaat)])
    }
    if let oordeel = c.oordeelWerknemer {
      add(.oordeelWerknemer, oordeel.datum, nil, origineel: oordeel.origineel, texts: [])
    }
    if let spoor1 = c.spoor1 {
      add(
        .spoor1, spoor1.functies.compactMap(\.beoordeeldOp).max(), nil,
        texts: [("conclusie", spoor1.conclusie)], extra: AssessmentTexts.spoor1(spoor1))
    }
  }

  private mutating func secondTrack(_ spoor: TweedeSpoor) {
    let path = CaseDocumentKind.tweedeSpoor.path()
    var extra: [CaseText] = []
    if let toelichting = spoor.vrijstelling?.toelichting {
      extra.append(
        CaseText(path: path.appending("vrijstelling").appending("toelichting"), value: toelichting))
    }
    for (index, activiteit) in spoor.activiteiten.enumerated() {
      guard let text = activiteit.omschrijving else { continue }
      extra.append(
        CaseText(path: path.appending("activiteiten").item(index).appending("omschrijving"), value: text))
    }
    add(
      .tweedeSpoor, spoor.gestartOp, spoor.uitvoerder,
      texts: [("resultaat", spoor.resultaat), ("reden_te_laat", spoor.redenTeLaat)],
      extra: extra + AssessmentTexts.tweedeSpoor(spoor))
    for (index, rapportage) in spoor.rapportages.enumerated() {
      add(
        .tweedeSpoorRapportage, index: index, rapportage.datum, rapportage.opgesteldDoor,
        origineel: rapportage.origineel,
        texts: [("samenvatting", rapportage.samenvatting)])
    }
  }

  private mutating func revisions(_ list: [Bijstelling], _ kind: CaseDocumentKind) {
    for (index, revision) in list.enumerated() {
      let signed = kind == .bijstellingPlanVanAanpak
      add(
        kind, index: index, revision.datum, revision.opgesteldDoor, origineel: revision.origineel,
        signatures: signed ? revision.ondertekend : nil,
        visies: (revision.visieWerkgever, revision.visieWerknemer),
        texts: [("toelichting", revision.toelichting)])
    }
  }

  private mutating func add(
    _ kind: CaseDocumentKind, index: Int = 0, _ datum: CivilDate?, _ author: Person?,
    origineel: String? = nil, signatures: Signatures? = nil, visies: (String?, String?) = (nil, nil),
    texts: [(String, String?)],
    extra: [CaseText] = []
  ) {
    let path = kind.path(index)
    var found = texts.compactMap { key, value in value.map { CaseText(path: path.appending(key), value: $0) }
    }
    if let visie = visies.0 { found.append(CaseText(path: path.appending("visie_werkgever"), value: visie)) }
    if let visie = visies.1 { found.append(CaseText(path: path.appending("visie_werknemer"), value: visie)) }
    documents.append(
      CaseDocument(
        path: path, kind: kind, datum: datum, author: author, signatures: signatures,
        visieWerkgever: visies.0, visieWerknemer: visies.1, texts: found + extra, origineel: origineel))
  }
}
