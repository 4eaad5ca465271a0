import Foundation
import PoortwachterTestSupport

extension TestSupport {
  /// `Fixtures/` of this test target (read by path; excluded from the target in Package.swift).
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures").path
}
