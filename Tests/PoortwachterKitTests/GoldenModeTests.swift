import Testing

/// CI never records a golden file: a missing one fails instead of being written and passing next time.
@Suite struct GoldenModeTests {
  @Test func ciNeverRecordsEvenWhenAsked() {
    #expect(Golden.action(environment: ["CI": "true"], fileExists: false) == .failMissing)
    #expect(
      Golden.action(environment: ["CI": "true", "RECORD_GOLDEN": "1"], fileExists: false) == .failMissing)
    #expect(Golden.action(environment: ["CI": "true", "RECORD_GOLDEN": "1"], fileExists: true) == .compare)
  }

  @Test func outsideCIAMissingFileIsRecorded() {
    #expect(Golden.action(environment: [:], fileExists: false) == .record)
    #expect(Golden.action(environment: ["RECORD_GOLDEN": "1"], fileExists: true) == .record)
    #expect(Golden.action(environment: [:], fileExists: true) == .compare)
    #expect(Golden.action(environment: ["CI": "false"], fileExists: false) == .record)
  }
}
