import Foundation
import TestSupport
import Testing

@Suite struct BatchCommandTests {
    @Test func writesEverythingAndSummarises() throws {
        let folder = try Paths.temporaryFolder()
        let result = try Command.paperwork([
            "batch", "--methodology", Paths.example("methodologies/vpr-objectivity.yaml"),
            "--results", Paths.example("results/vpr-objectivity-2023.csv"),
            "--department", Paths.example("department/sosnovsky.yaml"), "-o", folder.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "Готово. ОО по уровням:\n  высокий уровень: 7 (26,9\u{A0}%)\n  достаточный уровень: 10 (38,5\u{A0}%)\n"
                + "  низкий уровень: 9 (34,6\u{A0}%)\nЗаписано файлов: 59 в папку \(folder.path)\n")
        let letters = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("письма").path)
        #expect(letters.count == 52)
        #expect(letters.allSatisfy { !$0.contains("/") && !$0.contains("«") })
        let csv = try Data(contentsOf: folder.appendingPathComponent("Рейтинг.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(
            String(decoding: csv.dropFirst(3), as: UTF8.self).hasPrefix(
                "Место;Код;Образовательная организация;Баллы;Из;%;Уровень\r\n1;OO-001;"))
    }

    @Test func resultsWithErrorsWriteNothingAndListEveryError() throws {
        let folder = try Paths.temporaryFolder()
        let source = try String(
            contentsOfFile: Paths.example("results/vpr-objectivity-2023.csv"), encoding: .windowsCP1251)
        var lines = source.components(separatedBy: "\r\n")
        lines[1] = lines[1].replacingOccurrences(of: ";3;20;6;", with: ";5;20;6;")
        lines[4] = lines[4].replacingOccurrences(of: "по всем предметам и всем параллелям", with: "иногда")
        lines[6] = lines[6].replacingOccurrences(of: "OO-006", with: "OO-001")
        let results = folder.appendingPathComponent("плохие.csv")
        try Data(lines.joined(separator: "\r\n").data(using: .windowsCP1251) ?? Data()).write(to: results)
        let out = folder.appendingPathComponent("out")
        let result = try Command.paperwork([
            "batch", "--methodology", Paths.example("methodologies/vpr-objectivity.yaml"),
            "--results", results.path, "--department", Paths.example("department/sosnovsky.yaml"),
            "-o", out.path,
        ])
        #expect(result.status == 65)
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.first == "ошибки (3), ничего не записано:")
        #expect(
            errors.contains("плохие.csv, строка 2, столбец «fis_oko»: out_of_range: 5 — вне допустимого: от 0 до 3"))
        #expect(
            errors.contains { $0.hasPrefix("плохие.csv, строка 5, столбец «observation»: value_not_allowed: «иногда»") }
        )
        #expect(
            errors.contains(
                "плохие.csv, строка 7, столбец «Код ОО»: duplicate_school: код ОО «OO-001» уже встречался в строке 2"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
