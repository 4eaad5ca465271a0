import Foundation

/// A task executor with its own threads, for running the work of a benchmark (the pipeline, a
/// folder, the web app) inside the benchmark process. One definition for every benchmark target.
///
/// The benchmark runner waits for an async benchmark with a semaphore on one of Swift's global
/// worker threads; on a 2-core machine that leaves one global thread, so a task group measured
/// there never used the second core. Child tasks started under this executor run on these threads.
public final class WorkerThreads: TaskExecutor, @unchecked Sendable {
  private let condition = NSCondition()
  private var jobs: [UnownedJob] = []

  /// An executor with `count` threads of its own.
  public init(count: Int) {
    for index in 0..<count {
      let thread = Thread { [unowned self] in self.work() }
      thread.name = "pijplijn-\(index)"
      thread.start()
    }
  }

  /// Runs `job` on one of the threads.
  public func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    condition.lock()
    jobs.append(job)
    condition.signal()
    condition.unlock()
  }

  private func work() {
    while true {
      condition.lock()
      while jobs.isEmpty { condition.wait() }
      let job = jobs.removeFirst()
      condition.unlock()
      job.runSynchronously(on: asUnownedTaskExecutor())
    }
  }
}
