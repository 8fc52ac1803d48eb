import Foundation
import OfficePackage

/// One ``PDFPool`` conversion as its processes share it: the chunks waiting, which documents are
/// converted, the problems found, and the error that stops everything.
final class PDFRun: @unchecked Sendable {
    /// Documents that one soffice run converts, by index; `retried` once they have failed once.
    struct Chunk: Sendable {
        let documents: [Int]
        let retried: Bool

        init(_ documents: [Int], retried: Bool = false) {
            self.documents = documents
            self.retried = retried
        }
    }

    let documents: [(name: String, bytes: [UInt8], format: OfficeFormat)]
    /// Takes each PDF as soon as it is complete (by the document's index), from any thread.
    let deliver: @Sendable (Int, [UInt8]) throws -> Void
    private let progress: @Sendable (Int, Int) -> Void
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var waiting: [Chunk]
    private var running = 0
    private var converted: [Bool]
    private var done = 0
    private var problems: [(index: Int, problem: PDFConverter.Problem)] = []
    private var fatal: Error?

    init(
        documents: [(name: String, bytes: [UInt8], format: OfficeFormat)], chunks: [Chunk],
        deliver: @escaping @Sendable (Int, [UInt8]) throws -> Void, progress: @escaping @Sendable (Int, Int) -> Void
    ) {
        self.documents = documents
        self.deliver = deliver
        self.waiting = chunks
        self.converted = Array(repeating: false, count: documents.count)
        self.progress = progress
        progress(0, documents.count)
    }

    /// The next chunk to convert, waiting while others run (their failures may bring more); nil
    /// when everything is done or the run is stopped.
    func next() -> Chunk? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && running > 0 && fatal == nil { condition.wait() }
        guard fatal == nil, !waiting.isEmpty else { return nil }
        running += 1
        return waiting.removeFirst()
    }

    /// Ends a chunk taken with ``next()``: its failed documents go back as `retry` chunks or are
    /// reported as `problems`.
    func finish(retry: [Chunk], problems found: [(index: Int, problem: PDFConverter.Problem)]) {
        condition.lock()
        running -= 1
        waiting += retry
        problems += found
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the whole run with `error` (LibreOffice cannot start, a PDF cannot be written); the
    /// first such error is the one thrown.
    func stop(_ error: Error) {
        condition.lock()
        if fatal == nil { fatal = error }
        condition.broadcast()
        condition.unlock()
    }

    /// Whether the run has been stopped.
    var isStopped: Bool { condition.withLock { fatal != nil } }

    /// Whether the document at `index` has been converted.
    func isConverted(_ index: Int) -> Bool { condition.withLock { converted[index] } }

    /// Records the document at `index` as converted and reports progress.
    func markConverted(_ index: Int) {
        condition.withLock {
            guard !converted[index] else { return }
            converted[index] = true
            done += 1
            progress(done, documents.count)
        }
    }

    /// Throws what stopped the run, or the documents that could not be converted.
    func result() throws {
        try condition.withLock {
            if let fatal { throw fatal }
            if !problems.isEmpty {
                let sorted = problems.sorted { $0.index < $1.index }
                throw PDFConverter.Failure(problems: sorted.map(\.problem), documents: sorted.map(\.index))
            }
        }
    }
}
