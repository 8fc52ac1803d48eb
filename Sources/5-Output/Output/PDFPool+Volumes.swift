import Foundation
import OfficePackage

extension PDFPool {
    /// Documents a volume holds at most: a volume of 50 letters converts in a second or two, so a
    /// failure costs little and the processes share the work evenly.
    public static let largestVolume = 50

    /// Converts every document as ``convert(_:deliver:progress:)`` does, but binds the documents made
    /// from one template (the letters of a batch) into volumes first (see ``PDFBinder``): LibreOffice
    /// converts a volume of letters several times faster than the letters one by one. A volume whose
    /// PDF cannot be split, or that LibreOffice fails on, is converted again document by document, so
    /// a failure still names the document at fault.
    /// - Parameters:
    ///   - documents: each document's name (for messages), bytes and format.
    ///   - deliver: takes a document's index and its PDF, from any thread; an error it throws stops the run.
    ///   - progress: called with (converted, total) in documents, first with (0, total), from any thread.
    /// - Throws: ``PDFConverter/Failure`` naming every document that could not be converted (the
    ///   others are delivered); what `deliver` throws.
    public func convertBinding(
        _ documents: [(name: String, bytes: [UInt8], format: OfficeFormat)],
        deliver: @escaping @Sendable (Int, [UInt8]) throws -> Void,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws {
        let plan = PDFVolumes(documents, processes: processes)
        guard plan.items.contains(where: \.isVolume) else {
            return try convert(documents, deliver: deliver, progress: progress)
        }
        let counter = PDFCounter(total: documents.count, progress: progress)
        let again = PDFCounter.Members()
        var pool = self
        if chunkSize == nil {
            pool.chunkSize = min(Self.maximumChunk, max(1, (plan.items.count + processes - 1) / processes))
        }
        var problems: [(index: Int, problem: PDFConverter.Problem)] = []
        do {
            try pool.convert(plan.items.map { ($0.name, $0.bytes, $0.format) }) { index, pdf in
                let item = plan.items[index]
                guard item.isVolume else {
                    try deliver(item.members[0], pdf)
                    return counter.add(1)
                }
                guard let parts = PDFSplitter.split(pdf, parts: item.members.count) else {
                    return again.add(item.members)
                }
                for (member, part) in zip(item.members, parts) { try deliver(member, part) }
                counter.add(item.members.count)
            }
        } catch let failure as PDFConverter.Failure where !failure.documents.isEmpty {
            for (index, problem) in zip(failure.documents, failure.problems) {
                let item = plan.items[index]
                if item.isVolume { again.add(item.members) } else { problems.append((item.members[0], problem)) }
            }
        }
        let retry = again.sorted
        if !retry.isEmpty {
            do {
                var alone = self
                alone.chunkSize = nil
                try alone.convert(retry.map { documents[$0] }) { index, pdf in
                    try deliver(retry[index], pdf)
                    counter.add(1)
                }
            } catch let failure as PDFConverter.Failure where !failure.documents.isEmpty {
                problems += zip(failure.documents, failure.problems).map { (retry[$0.0], $0.1) }
            }
        }
        if !problems.isEmpty {
            let sorted = problems.sorted { $0.index < $1.index }
            throw PDFConverter.Failure(problems: sorted.map(\.problem), documents: sorted.map(\.index))
        }
    }
}

/// Counts the documents delivered for progress, and gathers those to convert again; from any thread.
final class PDFCounter: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let progress: @Sendable (Int, Int) -> Void
    private var done = 0

    init(total: Int, progress: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.progress = progress
        progress(0, total)
    }

    func add(_ count: Int) {
        lock.withLock {
            done += count
            progress(done, total)
        }
    }

    /// Document indexes gathered from any thread.
    final class Members: @unchecked Sendable {
        private let lock = NSLock()
        private var members: [Int] = []

        func add(_ more: [Int]) { lock.withLock { members += more } }
        var sorted: [Int] { lock.withLock { members.sorted() } }
    }
}
