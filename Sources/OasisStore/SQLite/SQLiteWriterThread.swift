import Foundation
import Synchronization

/// A thread of its own for the embedded store's writes, as a task executor.
///
/// A transaction run with this executor as its preference executes its statements, its `COMMIT` and the file
/// sync that makes it durable on this thread, one after another, instead of handing each statement to a thread
/// pool and waiting to be resumed on the cooperative pool behind every request being served. Under load those
/// hand-offs, not SQLite, were most of a short transaction's time (about 11 statements for a batch of new cases).
/// The thread blocks in SQLite and in `fsync`; that is what it is for, and the cooperative pool's threads never do.
final class SQLiteWriterThread: TaskExecutor, Sendable {
    private let queue: JobQueue

    init(name: String) {
        let queue = JobQueue()
        self.queue = queue
        let thread = Thread { queue.serve() }
        thread.name = name
        thread.start()
    }

    deinit { queue.stop() }

    func enqueue(_ job: consuming ExecutorJob) {
        queue.push(UnownedJob(job), executor: asUnownedTaskExecutor())
    }

    /// Ends the thread once the jobs already queued have run.
    func stop() { queue.stop() }

    /// The jobs waiting for the thread, and the thread's loop. The thread keeps only this queue, so the executor can
    /// be released (and stop the thread) while the thread waits.
    private final class JobQueue: @unchecked Sendable {
        private let condition = NSCondition()
        private var jobs: [(job: UnownedJob, executor: UnownedTaskExecutor)] = []
        private var stopped = false

        func push(_ job: UnownedJob, executor: UnownedTaskExecutor) {
            condition.lock()
            jobs.append((job, executor))
            condition.signal()
            condition.unlock()
        }

        func stop() {
            condition.lock()
            stopped = true
            condition.signal()
            condition.unlock()
        }

        func serve() {
            var batch: [(job: UnownedJob, executor: UnownedTaskExecutor)] = []
            while true {
                condition.lock()
                while jobs.isEmpty && !stopped { condition.wait() }
                if jobs.isEmpty {
                    condition.unlock()
                    return
                }
                swap(&batch, &jobs)
                condition.unlock()
                for entry in batch { entry.job.runSynchronously(on: entry.executor) }
                batch.removeAll(keepingCapacity: true)
            }
        }
    }
}
