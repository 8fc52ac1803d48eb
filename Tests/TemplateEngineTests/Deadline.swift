import Foundation

/// Runs `body` on a thread of its own and waits for it at most `seconds`, so that a runaway
/// rendering fails its test instead of hanging the suite. On time-out the thread is left to
/// finish by itself and `nil` is returned; an error `body` throws is thrown here.
func withDeadline<T: Sendable>(_ seconds: Double, _ body: @escaping @Sendable () throws -> T) throws -> T? {
    let box = DeadlineBox<T>()
    let thread = Thread {
        do {
            box.finish(.success(try body()))
        } catch {
            box.finish(.failure(DeadlineFailure(text: String(describing: error))))
        }
    }
    thread.stackSize = 64 << 20
    thread.start()
    return try box.wait(seconds)?.get()
}

/// An error of the body, as text (errors are not `Sendable` across the thread).
struct DeadlineFailure: Error, Sendable {
    let text: String
}

private final class DeadlineBox<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var value: Result<T, DeadlineFailure>?

    func finish(_ value: Result<T, DeadlineFailure>) {
        lock.withLock { self.value = value }
        done.signal()
    }

    func wait(_ seconds: Double) -> Result<T, DeadlineFailure>? {
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return lock.withLock { value }
    }
}
