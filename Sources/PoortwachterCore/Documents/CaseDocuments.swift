/// Every document of a case, in the order of the re-integratieverslag: the one walk over a case
/// file's documents that the completeness rules, the dossier and the UWV pack share. (The texts the
/// privacy rules screen come from the decoder, by the format's catalogue: ``LoadedCase/freeTexts``.)
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
      add(.probleemanalyse, pa.datum, pa.opgesteldDoor, origineel: pa.origineel)
      revisions(pa.bijstellingen, .bijstellingProbleemanalyse)
    }
    if let plan = c.planVanAanpak {
      add(
        .planVanAanpak, plan.datum, plan.opgesteldDoor, origineel: plan.origineel,
        signatures: plan.ondertekend, visies: (plan.visieWerkgever, plan.visieWerknemer))
      revisions(plan.bijstellingen, .bijstellingPlanVanAanpak)
    }
    for (index, evaluatie) in c.evaluaties.enumerated() {
      add(
        .evaluatie, index: index, evaluatie.datum, evaluatie.opgesteldDoor, origineel: evaluatie.origineel,
        signatures: evaluatie.ondertekend)
    }
    for (index, onderzoek) in c.arbeidsdeskundigeOnderzoeken.enumerated() {
      add(
        .arbeidsdeskundigOnderzoek, index: index, onderzoek.datum, onderzoek.opgesteldDoor,
        origineel: onderzoek.origineel)
    }
    if let eje = c.eerstejaarsevaluatie {
      add(
        .eerstejaarsevaluatie, eje.datum, eje.opgesteldDoor, origineel: eje.origineel,
        signatures: eje.ondertekend, visies: (eje.visieWerkgever, eje.visieWerknemer))
    }
    if let spoor = c.tweedeSpoor {
      add(.tweedeSpoor, spoor.gestartOp, spoor.uitvoerder)
      for (index, rapportage) in spoor.rapportages.enumerated() {
        add(
          .tweedeSpoorRapportage, index: index, rapportage.datum, rapportage.opgesteldDoor,
          origineel: rapportage.origineel)
      }
    }
    for (index, oordeel) in c.deskundigenoordelen.enumerated() {
      add(.deskundigenoordeel, index: index, oordeel.datum, nil, origineel: oordeel.origineel)
    }
    if let ao = c.actueelOordeel {
      add(.actueelOordeel, ao.datum, ao.opgesteldDoor, origineel: ao.origineel)
    }
    if let ev = c.eindevaluatie {
      add(
        .eindevaluatie, ev.datum, ev.opgesteldDoor, origineel: ev.origineel, signatures: ev.ondertekend,
        visies: (ev.visieWerkgever, ev.visieWerknemer))
    }
    if let oordeel = c.oordeelWerknemer {
      add(.oordeelWerknemer, oordeel.datum, nil, origineel: oordeel.origineel)
    }
    if let spoor1 = c.spoor1 {
      add(.spoor1, spoor1.functies.compactMap(\.beoordeeldOp).max(), nil)
    }
  }

  private mutating func revisions(_ list: [Bijstelling], _ kind: CaseDocumentKind) {
    for (index, revision) in list.enumerated() {
      let signed = kind == .bijstellingPlanVanAanpak
      add(
        kind, index: index, revision.datum, revision.opgesteldDoor, origineel: revision.origineel,
        signatures: signed ? revision.ondertekend : nil,
        visies: (revision.visieWerkgever, revision.visieWerknemer))
    }
  }

  private mutating func add(
    _ kind: CaseDocumentKind, index: Int = 0, _ datum: CivilDate?, _ author: Person?,
    origineel: String? = nil, signatures: Signatures? = nil, visies: (String?, String?) = (nil, nil)
  ) {
    // A document signed in a signing system counts with its proof when it has no scan of its own.
    let proof = origineel == nil ? signatures?.bewijs : nil
    documents.append(
      CaseDocument(
        path: kind.path(index), kind: kind, datum: datum, author: author, signatures: signatures,
        visieWerkgever: visies.0, visieWerknemer: visies.1, origineel: origineel ?? proof,
        origineelIsProof: proof != nil))
  }
}
