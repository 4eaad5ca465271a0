/// Where a YAML node lies in its text, for editing it in place (see ``CaseEditor``).
///
/// Offsets count Unicode scalars from the start of the text the composer read (libyaml's mark
/// index; a CR LF pair counts as two), `end` is exclusive. The loader itself does not use spans.
struct SourceSpan: Sendable, Hashable {
  /// How the node is written.
  enum Style: UInt8, Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded
    case blockCollection, flowCollection
  }

  /// The first scalar of the node (its anchor or tag when it has one).
  let start: Int
  /// One past the node's last scalar. An empty value (`key:` with nothing) has `start == end`,
  /// positioned at the next token rather than after the key.
  let end: Int
  let style: Style
  /// Whether the node carries an anchor or a tag, which an edit would have to keep.
  let hasProperties: Bool
}
