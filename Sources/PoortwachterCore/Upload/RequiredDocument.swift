/// One kind of document an upload needs (or takes along), with the case's documents that fill it.
public struct RequiredDocument: Sendable, Equatable {
  /// What kind of document.
  public enum Kind: Sendable, Equatable {
    /// A document the case file holds.
    case document(CaseDocumentKind)
    /// UWV's loonsanctie decision (`verzuim.loonsanctie`), the letter as received.
    case loonsanctieBesluit

    /// Stable key for JSON, templates and file names (`plan_van_aanpak`, `loonsanctie_besluit`).
    public var key: String {
      switch self {
      case .document(let kind): kind.rawValue
      case .loonsanctieBesluit: "loonsanctie_besluit"
      }
    }

    /// Dutch title.
    public var title: String {
      switch self {
      case .document(let kind): kind.title
      case .loonsanctieBesluit: "besluit loonsanctie van UWV"
      }
    }
  }

  /// How strongly the upload needs it.
  public enum Necessity: String, Sendable {
    /// At least one is needed; without it the upload is incomplete.
    case verplicht
    /// Not needed, but every one in the case goes along (supporting reports, evaluations).
    case bijlage
  }

  /// What kind.
  public let kind: Kind
  /// Who makes it, and so whether a draft may stand in until it is signed.
  public let role: DocumentRole
  /// Who must supply a missing original (Dutch).
  public let supplier: String
  /// Needed or taken along.
  public let necessity: Necessity
  /// The milestone whose deadline applies, for the RIV parts.
  public let milestone: Milestone.ID?
  /// The case's documents that count for this upload, in file order.
  public let documents: [CaseDocument]
  /// The file the case names for a document that is no ``CaseDocument`` (the loonsanctie decision).
  public var origineel: String? = nil

  /// Whether a required document is not in the case at all.
  public var isMissing: Bool { necessity == .verplicht && documents.isEmpty && origineel == nil }

  /// The counted documents that have no original yet (for the roles that need one, that is every
  /// one of them; a joint document also needs its signatures).
  public var withoutOriginal: [CaseDocument] { documents.filter { $0.origineel == nil } }
}

/// A document of the case that does not count for the upload, and why.
public struct NotCountedDocument: Sendable, Equatable {
  /// The document.
  public let document: CaseDocument
  /// Dutch reason, one clause ("geschreven voor het verlengingsverzoek van 23 februari 2026").
  public let reason: String
}
