import Foundation
import TestSupport
import Testing

/// Results files built to hurt, through the built `paperwork`: a 50 MB cell fails at ingest with
/// exit 65, a located error that quotes a short excerpt, and nothing written.
@Suite struct HostileResultsTests {
    static func example(_ path: String) -> String { Paths.root.appendingPathComponent("Examples/\(path)").path }

    /// The example results with row 2's cell in column `column` replaced by `value`.
    static func results(column: Int, value: String, in folder: URL, name: String = "результаты.csv") throws -> String {
        let source = try Data(contentsOf: URL(fileURLWithPath: example("results/vpr-objectivity-2023.csv")))
        let text = try #require(String(data: source, encoding: .windowsCP1251))
        var lines = text.components(separatedBy: "\r\n")
        var cells = lines[1].components(separatedBy: ";")
        cells[column] = value
        lines[1] = cells.joined(separator: ";")
        let url = folder.appendingPathComponent(name)
        try Data(lines.joined(separator: "\r\n").utf8).write(to: url)
        return url.path
    }

    @Test func fiftyMegabyteNumberInScore() throws {
        let folder = try Paths.temporaryFolder()
        let path = try Self.results(column: 3, value: String(repeating: "1", count: 50_000_000), in: folder)
        let result = try Command.paperwork(["score", Self.example("methodologies/vpr-objectivity.yaml"), path])
        #expect(result.status == 65)
        #expect(
            result.stderr
                == "ошибка: результаты.csv, строка 2, столбец «D»: table_cell_too_long: в ячейке больше 10\u{A0}000 "
                + "знаков («\(String(repeating: "1", count: 40))…»); ни наименование ОО, ни ответ не бывают такими длинными — "
                + "проверьте, не вставилось ли в ячейку лишнее, и сократите её\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func fiftyMegabyteNameInBatchWritesNothing() throws {
        let folder = try Paths.temporaryFolder()
        let path = try Self.results(column: 1, value: "МБОУ " + String(repeating: "Ш", count: 25_000_000), in: folder)
        let output = folder.appendingPathComponent("итоги")
        let result = try Command.paperwork([
            "batch", "--methodology", Self.example("methodologies/vpr-objectivity.yaml"),
            "--results", path, "--department", Self.example("department/sosnovsky.yaml"),
            "-o", output.path, "--format", "docx",
        ])
        #expect(result.status == 65)
        #expect(
            result.stderr.contains(
                "результаты.csv, строка 2, столбец «B»: table_cell_too_long: в ячейке больше 10\u{A0}000 знаков "
                    + "(«МБОУ ШШШШШШШШШШШШШШШШШШШШШШШШШШШШШШШШШШШ…»)"))
        #expect(result.stderr.utf8.count < 2_000)
        #expect(!result.stderr.contains("huge") && !result.stderr.contains("шаблон"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func textFileIsRefused() throws {
        let folder = try Paths.temporaryFolder()
        let path = try Self.results(column: 3, value: "3", in: folder, name: "результаты.txt")
        let result = try Command.paperwork(["score", Self.example("methodologies/vpr-objectivity.yaml"), path])
        #expect(result.status == 65)
        #expect(
            result.stderr.hasPrefix(
                "ошибка: результаты.txt: table_unsupported: файлы .txt не читаются; результаты читаются "
                    + "из файлов .xlsx, .csv и .tsv — в Excel: «Файл → Сохранить как»"))
    }
}
