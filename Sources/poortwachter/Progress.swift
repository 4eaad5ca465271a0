import Foundation

/// Batch progress on stderr: a bar with rate and ETA, only on a terminal (a log or CI gets the
/// messages and the summary line, not progress). It shows counts only, never case contents.
struct Progress {
  let total: Int
  private var done = 0
  private let start = DispatchTime.now()
  private let isTerminal = isatty(2) == 1
  private var lastDraw: UInt64 = 0

  init(total: Int) { self.total = total }

  mutating func advance() {
    done += 1
    if isTerminal {
      let now = DispatchTime.now().uptimeNanoseconds
      if now - lastDraw > 100_000_000 || done == total {
        lastDraw = now
        draw()
      }
    }
  }

  private func draw() {
    let seconds = max(0.001, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
    let rate = Double(done) / seconds
    let remaining = rate > 0 ? Double(total - done) / rate : 0
    let width = 30
    let filled = total == 0 ? width : width * done / total
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let line = "\r\(bar) \(done)/\(total)  \(Int(rate.rounded())) per s  nog \(Int(remaining.rounded())) s "
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// Prints a message above the bar.
  func message(_ text: String) {
    if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    Output.error(text)
  }

  mutating func finish() {
    if isTerminal && total > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
