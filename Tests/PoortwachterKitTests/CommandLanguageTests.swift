import Foundation
import PoortwachterTestSupport
import Testing

/// One language on the command line: every option and placeholder in Dutch, the English names of
/// earlier versions still accepted but shown nowhere, one prefix for messages, and an unknown
/// command answered with the command that was meant.
@Suite(.serialized) struct CommandLanguageTests {
  static let commands = [
    "check", "render", "batch", "pakket", "agenda", "regels", "schema", "nieuw", "genereer",
  ]

  @Test func helpShowsOnlyDutchNamesAndPlaceholders() throws {
    for command in Self.commands + ["help"] {
      let arguments = command == "help" ? ["--help"] : [command, "--help"]
      let help = try TestSupport.run(arguments).out
      for old in OptionAliasNames.english {
        #expect(
          !help.contains("--\(old) ") && !help.contains("--\(old),") && !help.contains("--\(old)\n"),
          "\(command): --\(old)")
      }
      for placeholder in [
        "<paths>", "<out>", "<as-of>", "<file>", "<templates>", "<jobs>", "<format>", "<report>",
      ] {
        #expect(!help.contains(placeholder), "\(command): \(placeholder)")
      }
      for line in help.split(separator: "\n") {
        #expect(line.components(separatedBy: "standaard").count <= 2, "\(command): \(line)")
      }
    }
    let pakket = try TestSupport.run(["pakket", "--help"]).out
    #expect(!pakket.contains("--pakket"))
    let check = try TestSupport.run(["check", "--help"]).out
    #expect(
      check.contains("<bestanden>") && check.contains("--peildatum <datum>") && check.contains("--streng"))
    let batch = try TestSupport.run(["batch", "--help"]).out
    for name in ["--uit <map>", "--sjablonen <map>", "--rapport", "--taken <aantal>", "--pakket"] {
      #expect(batch.contains(name), "batch: \(name)")
    }
  }

  @Test func theEnglishNamesOfEarlierVersionsStillWork() throws {
    let file = TestSupport.sampleCases + "/vz-2025-0142.yaml"
    let dutch = try TestSupport.run([
      "check", file, "--peildatum", "2026-11-22", "--formaat", "json", "--streng",
    ])
    let english = try TestSupport.run(["check", file, "--as-of", "2026-11-22", "--format=json", "--strict"])
    #expect(dutch.status == 1 && english.status == 1)
    #expect(dutch.out == english.out && dutch.out.hasPrefix("{"))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pw-taal-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let sample = TestSupport.sampleCases + "/vz-2023-0412.yaml"
    let old = try TestSupport.run([
      "render", sample, "--out", folder.path + "/a", "--as-of", "2026-11-22", "--templates",
      TestSupport.templates,
    ])
    #expect(old.status == 0, "\(old.err)")
    let new = try TestSupport.run([
      "render", sample, "--uit", folder.path + "/b", "--peildatum", "2026-11-22", "--sjablonen",
      TestSupport.templates,
    ])
    #expect(new.status == 0, "\(new.err)")
    let again = try TestSupport.run(["render", sample, "--uit", folder.path + "/b", "--force"])
    #expect(again.status == 0, "--force is --overschrijven: \(again.err)")
    let version = try TestSupport.run(["--version"])
    #expect(version.out.hasPrefix("poortwachter "))
  }

  @Test func messagesHaveOnePrefixAndAnUnknownCommandIsNamed() throws {
    let typo = try TestSupport.run(["check", "SampleCases", "--peildatm", "2026-11-22"])
    #expect(typo.status == 64)
    #expect(
      typo.err.hasPrefix("fout: onbekende optie '--peildatm'; bedoelde u '--peildatum'?\n"), "\(typo.err)")
    let unknown = try TestSupport.run(["controleer", "SampleCases"])
    #expect(unknown.status == 64)
    #expect(unknown.err == "fout: onbekend commando 'controleer'; bedoelde u 'check'?\n")
    let spelled = try TestSupport.run(["pakkt", "SampleCases"])
    #expect(spelled.err.hasPrefix("fout: onbekend commando 'pakkt'; bedoelde u 'pakket'?"))
    let missing = try TestSupport.run(["render"])
    #expect(missing.err.hasPrefix("fout: verplicht argument '<bestand>' ontbreekt"), "\(missing.err)")
  }
}

/// The English names the command line no longer shows.
enum OptionAliasNames {
  static let english = [
    "as-of", "out", "templates", "report", "strict", "jobs", "format", "force", "version",
  ]
}
