import Foundation
import OfficePackage
import PaperworkKit
import TemplateEngine
import TestSupport
import Testing

@testable import Output

#if canImport(Glibc)
    import Glibc
#endif

/// The PDF pool with a stand-in soffice (a shell script) that converts, hangs, dies or skips a
/// document on demand: chunks, progress, the time limit, retries, Russian errors naming the
/// document, no process left running, no temporary file left behind.
@Suite struct PDFPoolTests {
    /// A stand-in for soffice in `folder`: writes a tiny PDF into `--outdir` for each document, unless
    /// the document holds HANG (waits on a child `sleep`), DIE (starts a child `sleep`, then kills
    /// itself with SIGSEGV) or SKIP (no PDF, exit status 0). Logs its arguments, one start a line,
    /// and the ids of itself and its children.
    struct FakeSoffice {
        let path: String
        let log: String
        let pids: String

        init(in folder: URL) throws {
            path = folder.appendingPathComponent("soffice").path
            log = folder.appendingPathComponent("starts.log").path
            pids = folder.appendingPathComponent("pids.log").path
            let script = """
                #!/bin/sh
                echo $$ >> '\(pids)'
                echo "$*" >> '\(log)'
                out=""
                while [ $# -gt 0 ]; do
                  case "$1" in
                    --outdir) out="$2"; shift 2 ;;
                    -*|pdf|pdf:*) shift ;;
                    *) file="$1"; shift
                       if grep -q HANG "$file"; then sleep 1000 & echo $! >> '\(pids)'; wait; fi
                       if grep -q DIE "$file"; then sleep 1000 & echo $! >> '\(pids)'; kill -SEGV $$; fi
                       if grep -q SKIP "$file"; then continue; fi
                       base=$(basename "$file")
                       printf '%%PDF-1.4\\n%%%%EOF\\n' > "$out/${base%.*}.pdf" ;;
                  esac
                done
                """
            try script.write(toFile: path, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }

        /// The arguments of every start.
        var starts: [String] {
            ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }

        /// The ids of the processes it started that are still running (a zombie is not running).
        func running() -> [Int32] {
            let ids = ((try? String(contentsOfFile: pids, encoding: .utf8)) ?? "").split(separator: "\n").compactMap {
                Int32($0)
            }
            return ids.filter { id in
                guard kill(id, 0) == 0 else { return false }
                let stat = (try? String(contentsOfFile: "/proc/\(id)/stat", encoding: .utf8)) ?? ""
                return stat.split(separator: ")").last.map { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("Z") }
                    ?? false
            }
        }

        /// Waits up to `seconds` for every process it started to end; returns those still running.
        func waitForNoneRunning(_ seconds: Double = 3) -> [Int32] {
            let deadline = Date().addingTimeInterval(seconds)
            while !running().isEmpty && Date() < deadline { usleep(20_000) }
            return running()
        }
    }

    final class Record: @unchecked Sendable {
        private let lock = NSLock()
        private var calls: [(Int, Int)] = []
        func add(_ done: Int, _ total: Int) { lock.withLock { calls.append((done, total)) } }
        var all: [(Int, Int)] { lock.withLock { calls } }
    }

    final class Outcome: @unchecked Sendable {
        var error: Error?
    }

    /// Documents named «Письмо 1.pdf»… in `output`, each holding its marker (or «ok»).
    static func documents(_ markers: [String], output: URL) -> [(bytes: [UInt8], format: OfficeFormat, path: String)] {
        markers.enumerated().map { index, marker in
            (
                Array(marker.utf8), index % 2 == 0 ? .docx : .odt,
                output.appendingPathComponent("Письмо \(index + 1).pdf").path
            )
        }
    }

    /// Runs the pool on a thread of its own; if it has not returned after `seconds`, records that,
    /// kills the stand-in's processes (so that the test ends) and waits for it.
    static func convert(
        _ pool: PDFPool, _ documents: [(bytes: [UInt8], format: OfficeFormat, path: String)],
        fake: FakeSoffice, seconds: Double, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    )
        -> Error?
    {
        let outcome = Outcome()
        let finished = DispatchSemaphore(value: 0)
        Thread {
            do { try pool.convert(documents, progress: progress) } catch { outcome.error = error }
            finished.signal()
        }.start()
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            Issue.record("пул не остановил soffice за \(seconds) с")
            while finished.wait(timeout: .now() + 0.1) == .timedOut { fake.running().forEach { kill($0, SIGKILL) } }
        }
        return outcome.error
    }

    static func isPDF(_ path: String) -> Bool {
        FileManager.default.contents(atPath: path)?.starts(with: Array("%PDF-".utf8)) == true
    }

    @Test func convertsEveryDocumentInChunksWithProgress() throws {
        let folder = try Paths.temporaryFolder()
        let temporary = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = try FakeSoffice(in: folder)
        let documents = Self.documents(Array(repeating: "ok", count: 7), output: folder)
        let record = Record()
        let pool = PDFPool(executable: fake.path, processes: 2, chunkSize: 3, temporaryFolder: temporary)
        let error = Self.convert(pool, documents, fake: fake, seconds: 30, progress: record.add)
        #expect(error == nil)
        #expect(documents.allSatisfy { Self.isPDF($0.path) })
        // 7 documents in chunks of 3: three starts, each with a profile of its own process.
        #expect(fake.starts.count == 3)
        #expect(
            fake.starts.allSatisfy { $0.hasPrefix("-env:UserInstallation=file://\(temporary.path)/paperwork-pdf-") })
        #expect(
            fake.starts.map { $0.split(separator: " ").filter { $0.hasSuffix(".docx") || $0.hasSuffix(".odt") }.count }
                .sorted() == [1, 3, 3])
        let calls = record.all
        #expect(calls.first.map { [$0.0, $0.1] } == [0, 7] && calls.last.map { [$0.0, $0.1] } == [7, 7])
        #expect(zip(calls, calls.dropFirst()).allSatisfy { $0.0 + 1 == $1.0 })
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty, "временные файлы остались")
    }

    /// A run killed midway leaves its work folder (soffice profile and all): the next run removes
    /// it, but not the folder of a run still going (its lock is held).
    @Test func leftoversOfKilledRunsAreRemovedAndLiveOnesKept() throws {
        let folder = try Paths.temporaryFolder()
        let temporary = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dead = temporary.appendingPathComponent("paperwork-pdf-убитый")
        try FileManager.default.createDirectory(
            at: dead.appendingPathComponent("w0/profile"), withIntermediateDirectories: true)
        let live = temporary.appendingPathComponent("paperwork-pdf-идущий")
        let held = try FolderLock(path: live.path + ".lock", folder: live.lastPathComponent)
        try FileManager.default.createDirectory(at: live, withIntermediateDirectories: true)
        let fake = try FakeSoffice(in: folder)
        let documents = Self.documents(["ok", "ok"], output: folder)
        let pool = PDFPool(executable: fake.path, processes: 1, temporaryFolder: temporary)
        #expect(Self.convert(pool, documents, fake: fake, seconds: 30) == nil)
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(FileManager.default.fileExists(atPath: live.path))
        held.release()
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == ["paperwork-pdf-идущий"])
    }

    /// The chunk size: the documents shared among the processes, at least 10, at most 100.
    @Test func chunkSizeSharesTheDocumentsAmongTheProcesses() {
        let two = PDFPool(executable: "/bin/true", processes: 2)
        #expect([1, 15, 30, 200, 201, 1000].map(two.chunkSize(for:)) == [10, 10, 15, 100, 100, 100])
        #expect(PDFPool(executable: "/bin/true", processes: 4).chunkSize(for: 200) == 50)
        #expect(PDFPool(executable: "/bin/true", processes: 2, chunkSize: 7).chunkSize(for: 200) == 7)
        #expect(PDFPool(executable: "/bin/true", processes: 0).processes == 1)
        #expect(PDFPool.Timeout(startup: 60, perDocument: 2).seconds(for: 100) == 260)
    }

    struct Failing: Sendable, CustomTestStringConvertible {
        let marker: String
        let code: PDFConverter.Problem.Code
        let message: String
        var testDescription: String { marker }
    }

    /// Eight documents in two chunks of four; the sixth hangs, dies or is skipped by soffice every
    /// time. The others are written; the sixth is named in a Russian error; nothing is left running.
    @Test(arguments: [
        Failing(
            marker: "HANG", code: .timedOut,
            message: "LibreOffice не преобразовал документ в PDF за 1 с и был остановлен; "
                + "запустите ещё раз, а если повторится — получите документ в DOCX или ODT и откройте его в LibreOffice, чтобы найти причину"
        ),
        Failing(
            marker: "DIE", code: .crashed,
            message: "LibreOffice аварийно завершился (сигнал 11), преобразуя документ в PDF; "
                + "запустите ещё раз, а если повторится — получите документ в DOCX или ODT и откройте его в LibreOffice, чтобы найти причину"
        ),
        Failing(
            marker: "SKIP", code: .notConverted,
            message: "LibreOffice не смог преобразовать документ в PDF (код завершения 0); "
                + "получите документ в DOCX или ODT и откройте его в LibreOffice, чтобы найти причину"),
    ])
    func aDocumentThatCannotBeConvertedIsNamed(_ failing: Failing) throws {
        let folder = try Paths.temporaryFolder()
        let temporary = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = try FakeSoffice(in: folder)
        var markers = Array(repeating: "ok", count: 8)
        markers[5] = failing.marker
        let documents = Self.documents(markers, output: folder)
        let pool = PDFPool(
            executable: fake.path, processes: 2, chunkSize: 4,
            timeout: PDFPool.Timeout(startup: 0.5, perDocument: 0.25), temporaryFolder: temporary)
        let started = Date()
        let error = Self.convert(pool, documents, fake: fake, seconds: 30)
        let failure = try #require(error as? PDFConverter.Failure)
        #expect(
            failure.problems == [
                PDFConverter.Problem(code: failing.code, document: "Письмо 6.pdf", message: failing.message)
            ])
        #expect(failure.description == "Письмо 6.pdf: \(failing.code.rawValue): \(failing.message)")
        #expect(Date().timeIntervalSince(started) < 15)
        for (index, document) in documents.enumerated() {
            #expect(Self.isPDF(document.path) == (index != 5), "\(document.path)")
        }
        #expect(fake.waitForNoneRunning().isEmpty, "остались процессы soffice")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty, "временные файлы остались")
    }

    /// Every start hangs: every document is named, in order, and every process is killed.
    @Test func aHungSofficeIsKilledForEveryChunk() throws {
        let folder = try Paths.temporaryFolder()
        let temporary = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = try FakeSoffice(in: folder)
        let documents = Self.documents(["HANG", "HANG", "HANG"], output: folder)
        let pool = PDFPool(
            executable: fake.path, processes: 2, chunkSize: 2,
            timeout: PDFPool.Timeout(startup: 0.3, perDocument: 0.1), temporaryFolder: temporary)
        let failure = try #require(Self.convert(pool, documents, fake: fake, seconds: 30) as? PDFConverter.Failure)
        #expect(failure.problems.map(\.document) == ["Письмо 1.pdf", "Письмо 2.pdf", "Письмо 3.pdf"])
        #expect(failure.problems.allSatisfy { $0.code == .timedOut })
        #expect(fake.waitForNoneRunning().isEmpty, "остались процессы soffice")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty, "временные файлы остались")
    }

    @Test func aMissingSofficeIsReportedInRussian() throws {
        let folder = try Paths.temporaryFolder()
        let temporary = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("нет-soffice").path
        let pool = PDFPool(executable: missing, processes: 2, chunkSize: 1, temporaryFolder: temporary)
        let error = #expect(throws: PDFConverter.Failure.self) {
            try pool.convert(Self.documents(["ok", "ok", "ok"], output: folder))
        }
        #expect(
            error?.description == "pdf_cannot_start: не удалось запустить LibreOffice («\(missing)»); "
                + "переустановите пакет libreoffice-writer-nogui или уберите pdf из --format")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty, "временные файлы остались")
    }

    /// The tests' own LibreOffice helper finds the same soffice as Paperwork (TestSupport cannot
    /// import PaperworkKit, so it repeats the rule; this keeps the two equal).
    @Test func testsUseTheSameSofficeAsPaperwork() {
        #expect(LibreOffice.executable == PDFConverter.executable)
    }
}

/// The pool with the real LibreOffice: DOCX and ODT documents, Russian text read back by pdftotext.
@Suite(.enabled(if: LibreOffice.testsEnabled, "LibreOffice (soffice) не установлен; в CI этот тест обязателен"))
struct PDFPoolLibreOfficeTests {
    @Test func convertsDOCXAndODTOnTwoProcesses() throws {
        let soffice = try #require(PDFConverter.executable)
        let pdftotext = try #require(
            ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first {
                FileManager.default.isExecutableFile(atPath: $0)
            },
            "pdftotext не установлен: apt-get install poppler-utils")
        let folder = try Paths.temporaryFolder()
        let temporary = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try DataFile.load(path: Paths.fixture("templates/sample-data.yaml"))
        var documents: [(bytes: [UInt8], format: OfficeFormat, path: String)] = []
        var expected: [[String]] = []
        for name in ["sample.docx", "sample.odt"] {
            let template = try Template(path: Paths.fixture("templates/" + name), filters: Filters.all)
            documents.append(
                (try template.render(data), template.format, folder.appendingPathComponent("Приказ \(name).pdf").path))
            expected.append(["ПРИКАЗ", "№ 57", "Савкиной Л.В.", "Е.Б. Мирошниченко"])
        }
        for number in 1...3 {
            let text = "Письмо № \(number): «ёлочки» и\u{A0}неразрывный пробел"
            documents.append(
                (
                    try DocumentFixture.docx(body: DocumentFixture.p(text)), .docx,
                    folder.appendingPathComponent("Письмо \(number).pdf").path
                ))
            expected.append([text])
            documents.append(
                (
                    try DocumentFixture.odt(body: DocumentFixture.tp("Справка № \(number) — ОО")), .odt,
                    folder.appendingPathComponent("Справка \(number).pdf").path
                ))
            expected.append(["Справка № \(number) — ОО"])
        }
        // 8 documents, chunks of 3: three starts on two processes, one of them reusing its profile.
        let pool = PDFPool(executable: soffice, processes: 2, chunkSize: 3, temporaryFolder: temporary)
        let record = PDFPoolTests.Record()
        try pool.convert(documents, progress: record.add)
        #expect(record.all.last.map { [$0.0, $0.1] } == [8, 8])
        for (document, lines) in zip(documents, expected) {
            let text = try Command.run(pdftotext, ["-enc", "UTF-8", document.path, "-"]).stdout
                .replacingOccurrences(of: "\u{A0}", with: " ")
            for line in lines {
                #expect(
                    text.contains(line.replacingOccurrences(of: "\u{A0}", with: " ")),
                    "в \(document.path) нет «\(line)»: \(text)")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty, "временные файлы остались")
        #expect(Self.processes(using: temporary).isEmpty, "остались процессы soffice")
    }

    /// A time limit too short for LibreOffice to start: soffice, oosplash and soffice.bin are killed
    /// every time, both documents are named, nothing is left running or on disk.
    @Test func aRealSofficeOverItsTimeLimitIsKilledWithItsChildren() throws {
        let soffice = try #require(PDFConverter.executable)
        let folder = try Paths.temporaryFolder()
        let temporary = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents: [(bytes: [UInt8], format: OfficeFormat, path: String)] = [
            (
                try DocumentFixture.docx(body: DocumentFixture.p("Письмо")), .docx,
                folder.appendingPathComponent("Письмо.pdf").path
            ),
            (
                try DocumentFixture.odt(body: DocumentFixture.tp("Справка")), .odt,
                folder.appendingPathComponent("Справка.pdf").path
            ),
        ]
        let pool = PDFPool(
            executable: soffice, processes: 1, timeout: PDFPool.Timeout(startup: 0.3, perDocument: 0),
            temporaryFolder: temporary)
        let failure = try #require(throws: PDFConverter.Failure.self) { try pool.convert(documents) }
        #expect(failure.problems.map(\.document) == ["Письмо.pdf", "Справка.pdf"])
        #expect(
            failure.problems.allSatisfy {
                $0.code == .timedOut && $0.message.hasPrefix("LibreOffice не преобразовал документ в PDF за 1 с")
            })
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty, "временные файлы остались")
        #expect(Self.processes(using: temporary).isEmpty, "остались процессы soffice")
    }

    /// The running processes whose command line names `folder` (a soffice started with a profile there).
    static func processes(using folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).filter { entry in
            guard Int(entry) != nil, let line = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline"),
                let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                stat.split(separator: ")").last.map({ !$0.trimmingCharacters(in: .whitespaces).hasPrefix("Z") }) == true
            else { return false }
            return String(decoding: line, as: UTF8.self).contains(folder.path)
        }
    }
}

extension PDFPool {
    /// The pool writing each PDF to the path its document names (the tests look at files).
    func convert(
        _ documents: [(bytes: [UInt8], format: OfficeFormat, path: String)],
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws {
        let paths = documents.map(\.path)
        try convert(
            documents.map { (($0.path as NSString).lastPathComponent, $0.bytes, $0.format) },
            deliver: { index, pdf in try Data(pdf).write(to: URL(fileURLWithPath: paths[index])) },
            progress: progress)
    }
}
