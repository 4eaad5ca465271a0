import ArgumentParser
import Foundation
import PoortwachterWorkspace

/// `poortwachter --versie`: the version, the templates folder and the helper programs found.
enum Versie {
  /// Prints the report; ends with the templates' exit code when no templates are found.
  static func show() throws {
    let environment = ProcessInfo.processInfo.environment
    let report = InstallationReport(environment: environment, path: environment["PATH"])
    Output.out(report.text)
    if case .failure = report.templates { throw ExitCode(OutputFolder.templatesExitCode) }
  }
}
