import Foundation
import TestSupport
import Testing

/// Files named inside other files: a department file's catalogue and results order, an order's
/// rating files. A problem there is reported where it is — the field that names a missing file,
/// the row of a broken results file — and nothing is written.
@Suite struct ReferencedFileTests {
    @Test func missingCatalogueIsReportedAtTheFieldThatNamesIt() throws {
        let department = try BatchDepartmentTextTests.department {
            $0.replacingOccurrences(
                of:
                    "recommendations: \(Paths.root.appendingPathComponent("Examples").path)/recommendations/vpr-objectivity.yaml",
                with: "recommendations: нет/рекомендаций.yaml")
        }
        let (result, out) = try BatchDepartmentTextTests.batch(department)
        #expect(result.status == 65)
        #expect(
            result.stderr
                == "ошибка (ничего не записано): отдел.yaml, строка 15, позиция 18: file_unreadable: файл "
                + "«нет/рекомендаций.yaml» из поля «recommendations» не читается: папка или файл не существует; "
                + "проверьте путь\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func brokenRatingResultsOfAnOrderAreLocatedInTheirFile() throws {
        let folder = try Paths.temporaryFolder()
        let source = try String(
            contentsOfFile: Paths.example("results/vpr-objectivity-2023.csv"), encoding: .windowsCP1251)
        var lines = source.components(separatedBy: "\r\n")
        lines[1] = lines[1].replacingOccurrences(of: ";3;20;6;", with: ";7;20;6;")
        try Data(lines.joined(separator: "\r\n").utf8).write(to: folder.appendingPathComponent("итоги.csv"))
        let examples = Paths.root.appendingPathComponent("Examples").path
        let order = try String(contentsOfFile: Paths.example("orders/monitoring-results.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "../methodologies/", with: "\(examples)/methodologies/")
            .replacingOccurrences(of: "results: ../results/vpr-objectivity-2023.xlsx", with: "results: итоги.csv")
        let file = folder.appendingPathComponent("приказ.yaml")
        try Data(order.utf8).write(to: file)
        let out = folder.appendingPathComponent("приказы")
        let result = try Command.paperwork(["order", file.path, "-o", out.path, "--diagnostics", "json"])
        #expect(result.status == 65)
        let objects = result.stderr.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
        #expect(
            objects.contains {
                $0["file"] as? String == "итоги.csv" && $0["row"] as? Int == 2 && $0["field"] as? String == "fis_oko"
                    && $0["code"] as? String == "out_of_range"
            }, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
