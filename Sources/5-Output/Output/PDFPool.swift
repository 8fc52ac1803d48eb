import Foundation
import OfficePackage

/// Converts many DOCX and ODT documents to PDF on several LibreOffice processes at once (пул
/// процессов LibreOffice).
///
/// Each process has its own profile (two soffice sharing one block or fail) and converts the
/// documents in chunks: a start costs about two seconds, so a chunk is large enough to pay for it,
/// yet small enough that every process stays busy and a restart loses little. A process that dies
/// or outlives its time limit (proportional to its chunk) is killed with everything it started;
/// the documents it had not converted are tried once more, then in halves, and a document that
/// still fails is reported by name. Temporary files are always removed.
public struct PDFPool: Sendable {
    /// How long one soffice run may take: `startup` seconds plus `perDocument` seconds a document.
    public struct Timeout: Sendable, Equatable {
        public var startup: Double
        public var perDocument: Double

        public init(startup: Double, perDocument: Double) {
            self.startup = startup
            self.perDocument = perDocument
        }

        /// A minute to start (a loaded machine, a first start creating its profile) and two seconds
        /// a document: a one-page letter takes about a tenth of a second.
        public static let standard = Timeout(startup: 60, perDocument: 2)

        /// The limit for a chunk of `count` documents.
        public func seconds(for count: Int) -> Double { startup + perDocument * Double(count) }
    }

    /// The soffice executable.
    public var executable: String
    /// How many soffice processes run at once.
    public var processes: Int
    /// Documents a run converts; nil chooses from the number of documents and processes.
    public var chunkSize: Int?
    public var timeout: Timeout
    /// Where the pool's temporary folder (inputs, outputs, profiles) is made and always removed.
    public var temporaryFolder: URL

    /// One process a core.
    public static var defaultProcesses: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The chunk size chosen when none is given: the documents shared equally among the processes,
    /// at least ``minimumChunk`` (a second process for a few documents costs more than it saves)
    /// and at most ``maximumChunk`` (a restart repeats at most that many).
    public static let minimumChunk = 10
    public static let maximumChunk = 100

    /// - Parameters:
    ///   - executable: the soffice to run (``PDFConverter/executable`` finds the installed one).
    ///   - processes: how many run at once; at least one.
    ///   - chunkSize: documents a run converts; nil to choose.
    ///   - timeout: how long a run may take.
    ///   - temporaryFolder: where temporary files go; the system's by default.
    public init(
        executable: String, processes: Int = PDFPool.defaultProcesses, chunkSize: Int? = nil,
        timeout: Timeout = .standard, temporaryFolder: URL = FileManager.default.temporaryDirectory
    ) {
        self.executable = executable
        self.processes = max(1, processes)
        self.chunkSize = chunkSize.map { max(1, $0) }
        self.timeout = timeout
        self.temporaryFolder = temporaryFolder
    }

    /// Stops every LibreOffice process of every pool now, with everything they started: for a
    /// program that is being interrupted (Ctrl-C), before it exits. Their work folders are removed
    /// by the next conversion.
    public static func stopAll() {
        ProcessGroup.killAll()
    }

    /// The chunk size for `count` documents.
    public func chunkSize(for count: Int) -> Int {
        if let chunkSize { return chunkSize }
        let share = (count + processes - 1) / processes
        return min(Self.maximumChunk, max(Self.minimumChunk, share))
    }

    /// Converts every document and hands each PDF to `deliver` as soon as it is complete.
    /// - Parameters:
    ///   - documents: each document's name (for messages), bytes and format.
    ///   - deliver: takes a document's index and its PDF, from any thread; an error it throws stops the run.
    ///   - progress: called with (converted, total), first with (0, total), from any thread.
    /// - Throws: ``PDFConverter/Failure`` naming every document that could not be converted (the
    ///   others are delivered), or when LibreOffice cannot be started; what `deliver` throws.
    public func convert(
        _ documents: [(name: String, bytes: [UInt8], format: OfficeFormat)],
        deliver: @escaping @Sendable (Int, [UInt8]) throws -> Void,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws {
        guard !documents.isEmpty else { return }
        removeLeftovers()
        let work: URL
        let lock: FolderLock
        do {
            (work, lock) = try makeWorkFolder()
        } catch {
            throw PDFConverter.Failure(.temporaryFiles, PDFConverter.temporaryFilesMessage(temporaryFolder.path))
        }
        defer {
            try? FileManager.default.removeItem(at: work)
            lock.release()
        }
        let size = chunkSize(for: documents.count)
        let chunks = stride(from: 0, to: documents.count, by: size).map {
            PDFRun.Chunk(Array($0..<min($0 + size, documents.count)))
        }
        let state = PDFRun(documents: documents, chunks: chunks, deliver: deliver, progress: progress)
        let group = DispatchGroup()
        let workers = min(processes, max(1, chunks.count))
        for worker in 0..<workers {
            group.enter()
            let thread = Thread { [self] in
                defer { group.leave() }
                var slot = PDFWorker(pool: self, run: state, folder: work.appendingPathComponent("w\(worker)"))
                slot.work()
            }
            thread.start()
        }
        group.wait()
        try state.result()
    }
}
