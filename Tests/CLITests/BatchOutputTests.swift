import Foundation
import TestSupport
import Testing

/// The batch's output folder is replaced all at once: a run stopped at any moment leaves the old
/// folder as it was or the new one complete, a run with fewer schools leaves no old letters, two
/// runs into one folder never mix their files, and nothing is left beside the folder.
@Suite(.serialized) struct BatchOutputTests {
    static func example(_ path: String) -> String { Paths.root.appendingPathComponent("Examples/\(path)").path }

    static func arguments(results: String, output: URL, format: String = "docx,odt") -> [String] {
        [
            "batch", "--methodology", example("methodologies/vpr-objectivity.yaml"), "--results", results,
            "--department", example("department/sosnovsky.yaml"), "-o", output.path, "--format", format,
        ]
    }

    /// Two synthetic data sets (the second with fewer schools and other values), the complete
    /// folder each gives, and how long a complete run takes.
    struct References: Sendable {
        let results: [String]
        let states: [FolderSnapshot]
        let seconds: [Double]

        static func make() throws -> References {
            let folder = try Paths.temporaryFolder()
            var results: [String] = []
            var states: [FolderSnapshot] = []
            var seconds: [Double] = []
            for (index, count) in [400, 300].enumerated() {
                let path = try SyntheticResults.write(
                    schools: count, variant: index, into: folder, name: "результаты-\(index).csv")
                let output = folder.appendingPathComponent("эталон-\(index)")
                let started = Date()
                let run = try Command.paperwork(BatchOutputTests.arguments(results: path, output: output))
                guard run.status == 0 else { throw ReferenceRunFailed(stderr: run.stderr) }
                seconds.append(Date().timeIntervalSince(started))
                results.append(path)
                states.append(try FolderSnapshot.take(output))
            }
            return References(results: results, states: states, seconds: seconds)
        }
    }

    struct ReferenceRunFailed: Error { let stderr: String }

    static let references = Result { try References.make() }

    /// What lies beside `target` in its parent folder (staging folders, lock files, temporary files).
    static func debris(beside target: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
            .filter { $0 != target.lastPathComponent }.sorted()
    }

    @Test func killedRunLeavesTheOldOrTheNewFolderAndTheNextRunCleansUp() throws {
        let references = try Self.references.get()
        let target = try Paths.temporaryFolder().appendingPathComponent("итоги")
        let first = try Command.paperwork(Self.arguments(results: references.results[0], output: target))
        #expect(first.status == 0, "\(first.stderr)")
        var current = 0
        #expect(try FolderSnapshot.take(target) == references.states[0])
        var sawDebris = false
        var sawOld = false
        var sawNew = false
        // Moments in fractions of a complete run: a few through reading and rendering, then halving
        // the interval between the last kill that left the old folder and the first that left the
        // new one, to close in on the swap and the removal of the old folder.
        let coarse = [0.1, 0.3, 0.6, 0.9]
        var low = 0.0
        var high = 3.0
        for step in 0..<(coarse.count + 6) {
            let fraction = step < coarse.count ? coarse[step] : (low + high) / 2
            let next = 1 - current
            let delay = references.seconds[next] * fraction
            let run = try RunningCommand.paperwork(Self.arguments(results: references.results[next], output: target))
            Thread.sleep(forTimeInterval: delay)
            run.kill()
            let state = try FolderSnapshot.take(target)
            let known = state == references.states[current] || state == references.states[next]
            let seconds = String(format: "%.2f", delay)
            let difference = state.difference(from: references.states[current])
            #expect(known, "остановка через \(seconds) с: папка ни прежняя, ни новая: \(difference)")
            guard known else { break }
            if state == references.states[next] {
                current = next
                sawNew = true
                high = min(high, fraction)
            } else {
                sawOld = true
                low = max(low, fraction)
            }
            if try !Self.debris(beside: target).isEmpty { sawDebris = true }
        }
        #expect(sawOld && sawNew, "остановки не застали ни одного прогона посередине или ни одного в конце")
        #expect(sawDebris, "ни одна остановка не оставила временной папки: прогоны не застигнуты за записью")
        let last = try Command.paperwork(Self.arguments(results: references.results[1 - current], output: target))
        #expect(last.status == 0, "\(last.stderr)")
        #expect(try FolderSnapshot.take(target) == references.states[1 - current])
        #expect(try Self.debris(beside: target) == [])
    }

    @Test func twoBatchesIntoOneFolderDoNotInterleave() throws {
        let references = try Self.references.get()
        let target = try Paths.temporaryFolder().appendingPathComponent("итоги")
        let runs = try references.results.map {
            try RunningCommand.paperwork(Self.arguments(results: $0, output: target))
        }
        let ends = runs.map { $0.wait() }
        let state = try FolderSnapshot.take(target)
        #expect(
            state == references.states[0] || state == references.states[1],
            "файлы двух прогонов перемешаны: \(state.difference(from: references.states[0]))")
        #expect(ends.map(\.status).sorted() == [0, 1], "\(ends.map(\.stderr))")
        if let busy = ends.first(where: { $0.status == 1 }) {
            #expect(busy.stderr.contains("output_busy"), "\(busy.stderr)")
            #expect(busy.stderr.contains("итоги"), "\(busy.stderr)")
            let winner = ends.firstIndex { $0.status == 0 } ?? 0
            #expect(state == references.states[winner])
        }
        #expect(try Self.debris(beside: target) == [])
    }

    @Test func rerunWithFewerSchoolsLeavesNoOldLetters() throws {
        let folder = try Paths.temporaryFolder()
        let more = try SyntheticResults.write(schools: 30, into: folder, name: "30.csv")
        let fewer = try SyntheticResults.write(schools: 20, variant: 1, into: folder, name: "20.csv")
        let target = folder.appendingPathComponent("итоги")
        let reference = folder.appendingPathComponent("эталон")
        for (results, output) in [(more, target), (fewer, target), (fewer, reference)] {
            let run = try Command.paperwork(Self.arguments(results: results, output: output))
            #expect(run.status == 0, "\(run.stderr)")
        }
        let letters = try FileManager.default.contentsOfDirectory(atPath: target.appendingPathComponent("письма").path)
        #expect(letters.count == 2 * 20)
        #expect(try FolderSnapshot.take(target) == FolderSnapshot.take(reference))
    }

    /// A letter that cannot be written (here: larger than the file size limit, as with a quota)
    /// fails the run after the справка, the rating and other letters were rendered: the folder
    /// keeps its old files, and the message says so.
    @Test func aFailedLetterLeavesTheOldFolderAndSaysSo() throws {
        let folder = try Paths.temporaryFolder()
        // A head whose patronymic is long random text: that school's letter is larger than any other file
        // (the справка with its charts included). The text is drawn from 2 048 characters, so that it
        // barely compresses within the 10 000 characters a cell may hold.
        var random = SplitMix(seed: 7)
        let alphabet = (0x4E00..<0x5600).compactMap { Unicode.Scalar($0).map(Character.init) }
        let patronymic =
            "П" + String((0..<9_000).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }) + "овна"
        let text =
            SyntheticResults.csv(schools: 5) + "B-99;МБОУ «СОШ № 99»;Орлова Ирина \(patronymic);3;20;6;"
            + "отсутствует в списке Рособрнадзора;по всем предметам и всем параллелям;качественный анализ;да;да;да;да;да;100;20;18\n"
        let results = folder.appendingPathComponent("длинное.csv")
        try Data(text.utf8).write(to: results)
        let target = folder.appendingPathComponent("вывод/итоги")
        let reference = folder.appendingPathComponent("эталон")
        let old = try Command.paperwork(
            Self.arguments(
                results: SyntheticResults.write(schools: 3, into: folder, name: "3.csv"),
                output: target, format: "docx"))
        #expect(old.status == 0, "\(old.stderr)")
        let before = try FolderSnapshot.take(target)
        let complete = try Command.paperwork(Self.arguments(results: results.path, output: reference, format: "docx"))
        #expect(complete.status == 0, "\(complete.stderr)")
        let sizes = try FileManager.default.subpathsOfDirectory(atPath: reference.path).compactMap {
            name -> (String, Int)? in
            let attributes = try FileManager.default.attributesOfItem(
                atPath: reference.appendingPathComponent(name).path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { return nil }
            return (name, (attributes[.size] as? Int) ?? 0)
        }
        let largest = try #require(sizes.max { $0.1 < $1.1 })
        let others = sizes.filter { $0.0 != largest.0 }.map(\.1).max() ?? 0
        try #require(largest.0 == "письма/B-99 МБОУ СОШ № 99.docx" && largest.1 > others + 1024, "\(sizes)")
        // Ignored SIGXFSZ: a write past the limit fails with EFBIG, as on a full quota.
        let script = "trap '' XFSZ; exec prlimit --fsize=\((largest.1 + others) / 2) \"$0\" \"$@\""
        let run = try Command.run(
            "/bin/bash",
            ["-c", script, Paths.paperwork]
                + Self.arguments(results: results.path, output: target, format: "docx"))
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("output_write_failed") && run.stderr.contains("B-99"), "\(run.stderr)")
        #expect(run.stderr.contains("ничего не опубликовано: папка «\(target.path)» осталась прежней"), "\(run.stderr)")
        // True now: the folder is exactly as it was (checked below).
        #expect(run.stderr.hasPrefix("ошибка (ничего не записано): "), "\(run.stderr)")
        #expect(run.stderr.contains("файл больше, чем разрешено"), "\(run.stderr)")
        #expect(try FolderSnapshot.take(target) == before)
        #expect(try Self.debris(beside: target) == [])
    }
}

/// A small deterministic generator of random numbers (SplitMix64), for text that does not compress.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// `--format pdf` (alone or with others) writes every document as PDF, the results order too.
@Suite(.enabled(if: LibreOffice.testsEnabled, "LibreOffice (soffice) не установлен; в CI этот тест обязателен"))
struct BatchPDFTests {
    @Test(arguments: ["pdf", "docx,pdf"])
    func pdfWritesTheOrderToo(format: String) throws {
        let folder = try Paths.temporaryFolder()
        let results = try SyntheticResults.write(schools: 2, into: folder, name: "2.csv")
        let target = folder.appendingPathComponent("итоги")
        let run = try Command.paperwork(BatchOutputTests.arguments(results: results, output: target, format: format))
        #expect(run.status == 0, "\(run.stderr)")
        let files = try FolderSnapshot.take(target).names.filter { $0.hasSuffix(".pdf") }
        #expect(
            files == [
                "Рейтинг.pdf", "Справка.pdf", "письма/B-1 МБОУ СОШ № 1.pdf", "письма/B-2 МБОУ СОШ № 2.pdf",
                "приказ 214-од от 20.11.2023.pdf",
            ])
        for file in files {
            let head = try #require(FileManager.default.contents(atPath: target.appendingPathComponent(file).path))
                .prefix(5)
            #expect(String(decoding: head, as: UTF8.self) == "%PDF-", "\(file)")
        }
    }
}

/// Every letter is rendered once, straight into the staging folder; the problems of all letters
/// are collected, each reported once, and nothing is published.
@Suite struct BatchLetterProblemTests {
    @Test func problemsOfEveryLetterAreReportedOnceAndNothingIsPublished() throws {
        let folder = try Paths.temporaryFolder()
        let templates = folder.appendingPathComponent("шаблоны")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Paths.templates("")), to: templates)
        let letter = try DocumentFixture.docx(body: DocumentFixture.p("{{ salutation }} {{ нет_такого_значения }}"))
        try Data(letter).write(to: templates.appendingPathComponent("letter.docx"))
        let results = try SyntheticResults.write(schools: 30, into: folder, name: "30.csv")
        let target = folder.appendingPathComponent("вывод/итоги")
        let old = try Command.paperwork(BatchOutputTests.arguments(results: results, output: target, format: "docx"))
        #expect(old.status == 0, "\(old.stderr)")
        let before = try FolderSnapshot.take(target)
        var environment = ProcessInfo.processInfo.environment
        environment["PAPERWORK_TEMPLATES"] = templates.path
        let run = try RunningCommand(
            Paths.paperwork, BatchOutputTests.arguments(results: results, output: target, format: "docx"),
            environment: environment
        ).wait()
        #expect(run.status == 65)
        #expect(
            run.stderr.hasPrefix(
                "ошибка (ничего не записано): letter.docx: word/document.xml, абзац 1: missing_value: "
                    + "в данных нет значения «нет_такого_значения»;"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(try FolderSnapshot.take(target) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path) == ["итоги"])
    }
}
