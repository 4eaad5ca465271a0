/// Checks that the dates of a decoded case can be true: nothing dated before the first sick
/// day, interruptions (in any order) not overlapping.
struct PlausibilityChecks {
  let context: DecodeContext

  func run(_ caseFile: CaseFile) throws {
    let absence = caseFile.verzuim
    let first = absence.eersteZiektedag
    for (path, date) in context.dates where date < first && Self.isDocumentDate(path) {
      try context.bag.add(
        "invoer.datum-voor-ziekte", at: context.sourceMap.location(of: path),
        "'\(path.display)' (\(date)) ligt vóór de eerste ziektedag (\(first)); controleer beide datums")
    }
    // Interruptions may be listed in any order; they are judged sorted by hersteld_op.
    let sorted = absence.onderbrekingen.enumerated().sorted {
      ($0.element.hersteldOp, $0.offset) < ($1.element.hersteldOp, $1.offset)
    }
    var previous: (index: Int, interruption: Absence.Interruption)?
    for (index, interruption) in sorted {
      let path = FieldPath("verzuim.onderbrekingen").item(index)
      let location = context.sourceMap.location(of: path.appending("weer_ziek_op"))
      if interruption.hersteldOp <= first {
        try context.bag.add(
          "invoer.onderbreking", at: context.sourceMap.location(of: path.appending("hersteld_op")),
          "hersteld_op (\(interruption.hersteldOp)) moet na de eerste ziektedag (\(first)) liggen")
      }
      if interruption.weerZiekOp <= interruption.hersteldOp {
        try context.bag.add(
          "invoer.onderbreking", at: location,
          "weer_ziek_op (\(interruption.weerZiekOp)) moet na hersteld_op (\(interruption.hersteldOp)) liggen")
        continue
      } else if let previous, interruption.hersteldOp < previous.interruption.weerZiekOp {
        try context.bag.add(
          "invoer.onderbreking", at: context.sourceMap.location(of: path.appending("hersteld_op")),
          "onderbreking \(index + 1) overlapt met onderbreking \(previous.index + 1): hersteld_op "
            + "(\(interruption.hersteldOp)) ligt vóór weer_ziek_op (\(previous.interruption.weerZiekOp)) "
            + "van die onderbreking; pas een van beide aan zodat ze elkaar niet overlappen")
      }
      if previous.map({ interruption.weerZiekOp > $0.interruption.weerZiekOp }) ?? true {
        previous = (index, interruption)
      }
    }
    if let recovered = absence.volledigHersteldOp, recovered <= first {
      try context.bag.add(
        "invoer.datum-voor-ziekte", at: context.sourceMap.location(of: "verzuim.volledig_hersteld_op"),
        "volledig_hersteld_op (\(recovered)) moet na de eerste ziektedag (\(first)) liggen")
    }
  }

  /// Dates of documents and events, as opposed to personal data and the sickness record itself.
  static func isDocumentDate(_ path: FieldPath) -> Bool {
    let text = path.description
    if text.hasPrefix("werknemer.") || text.hasPrefix("werkgever.") { return false }
    if text.hasPrefix("verzuim.") {
      return text.hasPrefix("verzuim.werkhervattingen") || text == "verzuim.melding_ziek_uit_dienst"
    }
    return true
  }
}
