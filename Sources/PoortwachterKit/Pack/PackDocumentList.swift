/// The documents of a case that go to UWV, in the order of the re-integratieverslag, each with
/// its place in the case file.
enum PackDocumentList {
  /// Every document of `caseFile`; the deskundigenoordelen (UWV's own) only when an original is named.
  static func documents(of c: CaseFile) -> [PackDocument] {
    var list: [PackDocument] = []
    func add(
      _ kind: PackDocument.Kind, _ path: FieldPath, _ index: Int, _ datum: CivilDate,
      _ ondertekend: Signatures? = nil, _ origineel: String?
    ) {
      list.append(
        PackDocument(
          kind: kind, path: path, index: index, datum: datum, ondertekend: ondertekend, origineel: origineel))
    }
    if let pa = c.probleemanalyse {
      add(.probleemanalyse, FieldPath("probleemanalyse"), 0, pa.datum, nil, pa.origineel)
      for (i, b) in pa.bijstellingen.enumerated() {
        add(
          .bijstellingProbleemanalyse, FieldPath("probleemanalyse.bijstellingen").item(i), i, b.datum,
          b.ondertekend, b.origineel)
      }
    }
    if let plan = c.planVanAanpak {
      add(.planVanAanpak, FieldPath("plan_van_aanpak"), 0, plan.datum, plan.ondertekend, plan.origineel)
      for (i, b) in plan.bijstellingen.enumerated() {
        add(
          .bijstellingPlanVanAanpak, FieldPath("plan_van_aanpak.bijstellingen").item(i), i, b.datum,
          b.ondertekend, b.origineel)
      }
    }
    for (i, e) in c.evaluaties.enumerated() {
      add(.evaluatie, FieldPath("evaluaties").item(i), i, e.datum, nil, e.origineel)
    }
    for (i, o) in c.arbeidsdeskundigeOnderzoeken.enumerated() {
      add(
        .arbeidsdeskundigRapport, FieldPath("arbeidsdeskundige_onderzoeken").item(i), i, o.datum, nil,
        o.origineel)
    }
    if let eje = c.eerstejaarsevaluatie {
      add(
        .eerstejaarsevaluatie, FieldPath("eerstejaarsevaluatie"), 0, eje.datum, eje.ondertekend, eje.origineel
      )
    }
    for (i, r) in (c.tweedeSpoor?.rapportages ?? []).enumerated() {
      add(.tweedeSpoorRapportage, FieldPath("tweede_spoor.rapportages").item(i), i, r.datum, nil, r.origineel)
    }
    for (i, d) in c.deskundigenoordelen.enumerated() {
      guard let datum = d.datum, let origineel = d.origineel else { continue }
      add(.deskundigenoordeel, FieldPath("deskundigenoordelen").item(i), i, datum, nil, origineel)
    }
    if let ao = c.actueelOordeel {
      add(.actueelOordeel, FieldPath("actueel_oordeel"), 0, ao.datum, nil, ao.origineel)
    }
    if let ev = c.eindevaluatie {
      add(.eindevaluatie, FieldPath("eindevaluatie"), 0, ev.datum, ev.ondertekend, ev.origineel)
    }
    if let ow = c.oordeelWerknemer {
      add(.oordeelWerknemer, FieldPath("oordeel_werknemer"), 0, ow.datum, nil, ow.origineel)
    }
    return list
  }

  /// Every `origineel` in the case file with its path, including those of documents the pack
  /// leaves out (a deskundigenoordeel without a date), so every named file is checked.
  static func originals(of c: CaseFile) -> [(path: FieldPath, origineel: String)] {
    var found = documents(of: c).compactMap { document in
      document.origineel.map { (document.path.appending("origineel"), $0) }
    }
    for (i, d) in c.deskundigenoordelen.enumerated() where d.datum == nil {
      if let origineel = d.origineel {
        found.append((FieldPath("deskundigenoordelen").item(i).appending("origineel"), origineel))
      }
    }
    return found
  }
}
