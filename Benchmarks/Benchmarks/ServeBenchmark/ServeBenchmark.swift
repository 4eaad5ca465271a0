import Benchmark
import BenchmarkSupport
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOEmbedded
import PoortwachterCore
import PoortwachterOutput
import PoortwachterServe
import PoortwachterTestSupport
import PoortwachterWorkspace

/// The web app over 10,000 deterministic synthetic cases, in the process, through the app's own
/// router and middleware (the responder called directly: no sockets): the time from opening
/// the folder to the first werkvoorraad page (with the peak memory), then per request the
/// werkvoorraad, a filtered and sorted werkvoorraad, and a casus page. The same from outside, over
/// loopback with `wrk`: `Benchmarks/serve-wrk.sh`.
let benchmarks: @Sendable () -> Void = {
  let peildatum = CivilDate(year: 2026, month: 11, day: 22) ?? CivilDate(dayNumber: 0)
  let count = 10_000
  let folder = SyntheticFolder.make(count: count, name: "serve", peildatum: peildatum)
  let workers = WorkerThreads(count: ProcessInfoCores.count)

  Benchmark(
    "Serve: openen tot eerste werkvoorraad, \(count) casussen",
    configuration: .init(
      metrics: [.wallClock, .cpuTotal, .peakMemoryResident], scalingFactor: .one, maxDuration: .seconds(60),
      maxIterations: 3)
  ) { benchmark in
    await withTaskExecutorPreference(workers) {
      benchmark.startMeasurement()
      guard let app = try? await ServeBench.open(folder, peildatum: peildatum),
        let page = try? await app.run({ try await $0.get("/") })
      else {
        print("ServeBenchmark: openen mislukte")
        return
      }
      benchmark.stopMeasurement()
      precondition(page.contains("\(count) casussen"), "werkvoorraad zonder alle casussen")
    }
  }

  let perRequest = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal], warmupIterations: 3, scalingFactor: .one, maxDuration: .seconds(20),
    maxIterations: 200)
  // The filtered page alternates between two orders, so each request sorts again.
  let requests: [(name: String, path: @Sendable (Int, [String]) -> String)] = [
    ("werkvoorraad, pagina 1", { _, _ in "/" }),
    (
      "werkvoorraad, gefilterd en gesorteerd",
      { i, _ in "/?filter=actie&sorteer=\(i % 2 == 0 ? "risico" : "fouten")&pagina=2" }
    ),
    ("casuspagina", { i, ids in "/casus/\(ids[i % ids.count])" }),
  ]
  for request in requests {
    Benchmark("Serve: \(request.name), \(count) casussen", configuration: perRequest) { benchmark in
      await withTaskExecutorPreference(workers) {
        guard let app = try? await ServeBench.open(folder, peildatum: peildatum) else { return }
        let ids = await app.index.cases().map(\.id)
        try? await app.run { client in
          _ = try await client.get("/")
          for iteration in benchmark.scaledIterations {
            let path = request.path(iteration, ids)
            benchmark.startMeasurement()
            let page = try await client.get(path)
            benchmark.stopMeasurement()
            blackHole(page)
          }
        }
      }
    }
  }
}

/// An opened app with a signed-in session.
struct ServeBench: Sendable {
  let state: ServeState
  let index: FolderCaseIndex
  let cookie: String

  static func open(_ folder: String, peildatum: CivilDate) async throws -> ServeBench {
    let opened = try OpenedFolders([folder])
    let index = try await FolderCaseIndex.open(folders: opened, loader: CaseLoader()) { peildatum }
    let state = ServeState(
      index: index, pages: try ServePages(folder: TestSupport.templates, folders: opened),
      peildatum: { peildatum }, address: AddressBox(.loopback(port: 8080)))
    let session = state.sessions.open()
    return ServeBench(state: state, index: index, cookie: "poortwachter_sessie=" + session.id.hex)
  }

  /// Runs `body` with a client of the app's router (no sockets).
  func run<T>(_ body: (Client) async throws -> T) async throws -> T {
    try await body(Client(responder: ServeApp.router(state: state).buildResponder(), cookie: cookie))
  }

  /// A signed-in client that hands requests to the router's responder, as the server does after
  /// reading them from a connection.
  struct Client: Sendable {
    let responder: RouterResponder<ServeRequestContext>
    let cookie: String

    /// The body of `GET path`; an error for any status but 200.
    func get(_ path: String) async throws -> String {
      var fields = HTTPFields()
      fields[.cookie] = cookie
      let head = HTTPRequest(
        method: .get, scheme: "http", authority: "127.0.0.1:8080", path: path, headerFields: fields)
      let context = ServeRequestContext(
        source: .init(channel: EmbeddedChannel(), logger: Logger(label: "serve-benchmark")))
      let response = try await responder.respond(
        to: Request(head: head, body: RequestBody(buffer: ByteBuffer())), context: context)
      guard response.status == .ok else { throw BenchError.status(path, response.status.code) }
      let sink = Sink()
      try await response.body.write(Collector(sink: sink))
      return String(buffer: sink.buffer)
    }
  }
}

enum BenchError: Error {
  case status(String, Int)
}

/// Where ``Collector`` puts the body.
final class Sink: @unchecked Sendable {
  var buffer = ByteBuffer()
}

/// Collects a response body.
struct Collector: ResponseBodyWriter {
  let sink: Sink

  mutating func write(_ buffer: ByteBuffer) async throws {
    var buffer = buffer
    sink.buffer.writeBuffer(&buffer)
  }

  consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
