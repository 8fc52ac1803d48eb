import Foundation

/// Runs `body` on a thread of its own and waits for it at most `seconds`, so that a runaway
/// rendering fails its test instead of hanging the suite. On time-out the thread is left to
/// finish by itself and `nil` is returned.
func withDeadline<T: Sendable>(_ seconds: Double, _ body: @escaping @Sendable () -> T) -> T? {
    let box = DeadlineBox<T>()
    let thread = Thread {
        let value = body()
        box.finish(value)
    }
    thread.stackSize = 64 << 20
    thread.start()
    return box.wait(seconds)
}

private final class DeadlineBox<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var value: T?

    func finish(_ value: T) {
        lock.withLock { self.value = value }
        done.signal()
    }

    func wait(_ seconds: Double) -> T? {
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return lock.withLock { value }
    }
}
