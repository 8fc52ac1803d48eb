import Dispatch

/// Runs blocking work (reading workbooks, rendering documents) on a dispatch queue, off the
/// threads that serve requests.
func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
    }
}
