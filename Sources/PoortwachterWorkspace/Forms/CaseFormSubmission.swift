import PoortwachterCore

/// A submitted case form: the values of the fields of one section, by field path.
public struct CaseFormSubmission: Sendable {
  /// The section the form was (``FormSection/id``).
  public var section: String
  /// The submitted values by field name (the field path as text). A field that is not here is
  /// left as it is; an empty value removes an optional key.
  public var values: [String: String]
  /// The content hash of the version the form was made from (``CaseForm/contentHash``).
  public var basedOn: String
  /// A list item or optional part to remove with this submission (its path).
  public var remove: EditPath?

  /// Creates a submission.
  public init(section: String, values: [String: String], basedOn: String, remove: EditPath? = nil) {
    self.section = section
    self.values = values
    self.basedOn = basedOn
    self.remove = remove
  }
}
