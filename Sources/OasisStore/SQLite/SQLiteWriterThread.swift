import Foundation

/// A thread of its own for the embedded store's writes, as a task executor.
///
/// A transaction run with this executor as its preference executes its statements, its `COMMIT` and the file
/// sync that makes it durable on this thread, one after another, instead of handing each statement to a thread
/// pool and waiting to be resumed on the cooperative pool behind every request being served. Under load those
/// hand-offs, not SQLite, were most of a short transaction's time (about 11 statements for a batch of new cases).
/// The thread blocks in SQLite and in `fsync`; that is what it is for, and the cooperative pool's threads never do.
final class SQLiteWriterThread: TaskExecutor, Sendable {
    private let thread: SerialThread

    init(name: String) { thread = SerialThread(name: name) }

    deinit { thread.stop() }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        thread.submit { job.runSynchronously(on: executor) }
    }

    /// Ends the thread once the jobs already queued have run.
    func stop() { thread.stop() }
}
