import PoortwachterCore
import PoortwachterOutput

/// The extra reports a batch can write next to its index (`--report junit uit.xml`).
public enum BatchReportKind: String, Sendable, CaseIterable {
  /// JUnit XML: one test case per case file, failing on a `fout`.
  case junit
  /// The summary as a JSON array, the same as `samenvatting.json`.
  case json
}
