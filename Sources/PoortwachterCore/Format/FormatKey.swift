/// One key of the case format: its name, what it holds and what it means, in Dutch. The
/// ``FormatCatalogue`` is made of these; the JSON Schema for editors is written from it.
public struct FormatKey: Sendable {
  /// What a key holds.
  public indirect enum Value: Sendable {
    /// Free text (a number written without quotes is read as text too).
    case text
    /// A civil date `JJJJ-MM-DD`.
    case date
    /// A number from `minimum` on; `whole` demands an integer, with an optional upper bound.
    case number(whole: Bool, minimum: Int, maximum: Int?)
    /// `true` or `false`.
    case flag
    /// One value of a closed set.
    case choice([String])
    /// Text of a fixed form: a regular expression and what it means in words.
    case pattern(String, String)
    /// Exactly this text.
    case constant(String)
    /// A nested mapping, described by the object with this name.
    case object(String)
    /// A list of mappings described by the object with this name.
    case list(String)
    /// A list of texts.
    case textList
    /// A list whose items are each a text or a mapping described by the object with this name
    /// (a plain text stands for the mapping's first key).
    case textOrObjectList(String)
  }

  /// How a text is screened for medical information (every text is also searched for a BSN,
  /// see ``FormatCatalogue/freeTexts``). A text key is employer prose unless its declaration
  /// says otherwise, so a new text field is screened from the start.
  public enum Screening: Sendable, Equatable {
    /// Not a text (a date, number, choice, fixed pattern): nothing to screen.
    case none
    /// Employer-held prose: every medical term, compounds included.
    case prose
    /// A short description (a function, an organisation, the nature of the business): only
    /// diagnoses and complaints, as whole words or phrases. "Ziekenhuis", "Apotheek" or
    /// "Fysiotherapeut" there describe the work, not the employee's health.
    case label
    /// A street or place: every kind of term, but only as whole words or phrases, so the street
    /// name "Ziekenhuisweg" is no finding while "p/a Ziekenhuis Rijnstate" is.
    case address
    /// A name, postcode or file reference, or a text that is not the employer's (the employee's
    /// own words, the question to UWV and UWV's judgement): not screened for medical terms; a
    /// surname such as Kramp or Koorts is no complaint.
    case notMedical
  }

  /// The key as written in the file.
  public let name: String
  /// What it holds.
  public let value: Value
  /// Whether the decoder reports its absence as an input error.
  public let required: Bool
  /// What it means, in Dutch, with an example.
  public let description: String
  /// How its text is screened: ``Screening/prose`` for every text key unless declared otherwise,
  /// ``Screening/none`` for every other key.
  public let screening: Screening

  /// A key.
  public init(
    _ name: String, _ value: Value, required: Bool = false, screening: Screening? = nil, _ description: String
  ) {
    self.name = name
    self.value = value
    self.required = required
    self.description = description
    switch value {
    case .text, .textList, .textOrObjectList: self.screening = screening ?? .prose
    default: self.screening = .none
    }
  }
}

/// A mapping of the case format: a name (used for shared shapes such as `persoon`), a
/// description and its keys in file order.
public struct FormatObject: Sendable {
  /// The name the schema gives the shape (`persoon`, `verzuim`).
  public let name: String
  /// What the mapping is, in Dutch.
  public let description: String
  /// Its keys.
  public let keys: [FormatKey]

  /// The names of its keys.
  public var keyNames: [String] { keys.map(\.name) }
}
