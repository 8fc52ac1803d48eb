import Foundation
import OfficePackage

/// One soffice process slot of a ``PDFPool``: takes chunks from the run until none are left, each
/// in a soffice start of its own, with a profile of its own that is kept from start to start and
/// made anew after a start that had to be killed.
struct PDFWorker {
    let pool: PDFPool
    let run: PDFRun
    /// The worker's own temporary folder: the profile and one folder per attempt.
    let folder: URL
    private var profile = 0
    private var attempt = 0

    init(pool: PDFPool, run: PDFRun, folder: URL) {
        self.pool = pool
        self.run = run
        self.folder = folder
    }

    mutating func work() {
        while let chunk = run.next() {
            attempt += 1
            let (retry, problems) = convert(chunk, in: folder.appendingPathComponent("a\(attempt)"))
            run.finish(retry: retry, problems: problems)
        }
    }

    private var profileURL: URL { folder.appendingPathComponent("profile\(profile)") }

    /// Converts one chunk; returns the chunks to try again and the documents given up on.
    private mutating func convert(_ chunk: PDFRun.Chunk, in attemptFolder: URL)
        -> (retry: [PDFRun.Chunk], problems: [(index: Int, problem: PDFConverter.Problem)])
    {
        let input = attemptFolder.appendingPathComponent("in")
        let output = attemptFolder.appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: attemptFolder) }
        var sources: [String] = []
        do {
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            for index in chunk.documents {
                let source = input.appendingPathComponent("d\(index).\(run.documents[index].format.fileExtension)")
                try Data(run.documents[index].bytes).write(to: source)
                sources.append(source.path)
            }
        } catch {
            run.stop(
                PDFConverter.Failure(.temporaryFiles, PDFConverter.temporaryFilesMessage(pool.temporaryFolder.path)))
            return ([], [])
        }
        let arguments =
            [
                "-env:UserInstallation=\(profileURL.absoluteString)", "--headless",
                "--convert-to", Self.filter, "--outdir", output.path,
            ] + sources
        let limit = pool.timeout.seconds(for: chunk.documents.count)
        let run = self.run
        let outcome = ProcessGroup.run(pool.executable, arguments, timeout: limit) {
            Self.collect(chunk, from: output, run: run)
            return !run.isStopped
        }
        guard let outcome else {
            run.stop(PDFConverter.Failure(.cannotStart, PDFConverter.cannotStartMessage(pool.executable)))
            return ([], [])
        }
        Self.collect(chunk, from: output, run: run)
        let remaining = chunk.documents.filter { !run.isConverted($0) }
        if outcome != .exited(0) {
            // A killed or crashed soffice may leave its profile locked or half written.
            try? FileManager.default.removeItem(at: profileURL)
            profile += 1
        }
        if remaining.isEmpty || outcome == .stopped { return ([], []) }
        if !chunk.retried { return ([PDFRun.Chunk(remaining, retried: true)], []) }
        if remaining.count > 1 {
            let half = remaining.count / 2
            return (
                [
                    PDFRun.Chunk(Array(remaining[..<half]), retried: true),
                    PDFRun.Chunk(Array(remaining[half...]), retried: true),
                ], []
            )
        }
        let name = (run.documents[remaining[0]].name as NSString).lastPathComponent
        return ([], [(remaining[0], PDFConverter.Problem(outcome: outcome, seconds: limit, document: name))])
    }

    /// The PDF export with Writer's bookmarks as named destinations: ``PDFSplitter`` finds where each
    /// document of a bound volume starts by them. (A LibreOffice older than 7.4 ignores the options;
    /// its volumes are then converted again document by document.)
    static let filter = #"pdf:writer_pdf_Export:{"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}}"#

    /// Delivers every PDF of `chunk` that soffice has finished in `output` and marks it
    /// converted; a PDF still being written (no `%%EOF` at its end yet) waits for the next look.
    private static func collect(_ chunk: PDFRun.Chunk, from output: URL, run: PDFRun) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: output.path) else { return }
        let wanted = Set(chunk.documents)
        for name in names where name.hasPrefix("d") && name.hasSuffix(".pdf") {
            guard let index = Int(name.dropFirst().dropLast(4)), wanted.contains(index), !run.isConverted(index),
                let data = FileManager.default.contents(atPath: output.appendingPathComponent(name).path),
                isComplete(data)
            else { continue }
            do {
                try run.deliver(index, [UInt8](data))
            } catch {
                run.stop(error)
                return
            }
            run.markConverted(index)
        }
    }

    /// Whether `data` is a whole PDF: the header at the start, `%%EOF` at the end.
    static func isComplete(_ data: Data) -> Bool {
        guard data.starts(with: Array("%PDF-".utf8)) else { return false }
        let tail = data.suffix(64).reversed().drop { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x00 }
        return tail.starts(with: Array("FOE%%".utf8))
    }
}
