import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput

/// Layout of the dossier a reviewer reads page by page (issue 22, finding 7).
@Suite struct DossierLayoutTests {
  /// The numbers of the rows of the parts table (`<td class="nr">N</td>`).
  static func rowNumbers(_ html: String) -> [String] {
    html.matches(of: /<td class="nr">(\d+)<\/td>/).map { String($0.output.1) }
  }

  /// Every row of the parts table has its own number, in riv.html and controle.html (two rows
  /// were numbered 12).
  @Test(arguments: TestSupport.sampleFiles())
  func partsAreNumberedOnce(_ file: String) throws {
    let loaded = try #require(TestSupport.loaded(path: file))
    let documents = try RenderingTests.renderer().render(RenderingTests.evaluation(loaded))
    for (name, html) in [("riv.html", documents.rivHTML), ("controle.html", documents.controleHTML)] {
      let numbers = Self.rowNumbers(html)
      #expect(!numbers.isEmpty, "\(name)")
      #expect(numbers == (1...numbers.count).map(String.init), "\(file) \(name): \(numbers)")
    }
  }
}
