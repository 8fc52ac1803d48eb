import Foundation
import TestSupport
import Testing

/// `--diagnostics json`: one located JSON object per problem, for programs and the web page;
/// nothing written.
@Suite struct DiagnosticsJSONTests {
    /// Runs `batch` with one input replaced by `text` (written as `name`), in JSON mode.
    func batch(replacing key: String, name: String, text: String) throws -> (CommandResult, [[String: Any]], URL) {
        let folder = try Paths.temporaryFolder()
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        var inputs = [
            "--methodology": Paths.example("methodologies/vpr-objectivity.yaml"),
            "--results": Paths.example("results/vpr-objectivity-2023.csv"),
            "--department": Paths.example("department/sosnovsky.yaml"),
        ]
        inputs[key] = file.path
        let out = folder.appendingPathComponent("out")
        let arguments =
            ["batch"] + inputs.keys.sorted().flatMap { [$0, inputs[$0] ?? ""] }
            + ["-o", out.path, "--diagnostics", "json"]
        let result = try Command.paperwork(arguments)
        let objects = result.stderr.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }
        #expect(objects.count == result.stderr.split(separator: "\n").count, "не JSON: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        return (result, objects, out)
    }

    @Test func brokenMethodologyIsLocated() throws {
        let text = try String(contentsOfFile: Paths.example("methodologies/vpr-objectivity.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "title:", with: "titel:", options: [], range: nil)
        let (result, objects, _) = try batch(replacing: "--methodology", name: "методика.yaml", text: text)
        #expect(result.status == 65)
        #expect(!objects.isEmpty)
        #expect(objects.allSatisfy { $0["file"] as? String == "методика.yaml" && $0["line"] is Int })
        #expect(objects.contains { $0["code"] as? String == "missing_field" && $0["severity"] as? String == "error" })
    }

    @Test func brokenResultsAreLocatedByRowAndColumn() throws {
        let source = try String(
            contentsOfFile: Paths.example("results/vpr-objectivity-2023.csv"), encoding: .windowsCP1251)
        var lines = source.components(separatedBy: "\r\n")
        lines[1] = lines[1].replacingOccurrences(of: ";3;20;6;", with: ";7;20;6;")
        let text = lines.joined(separator: "\r\n")
        let (result, objects, _) = try batch(replacing: "--results", name: "результаты.csv", text: text)
        #expect(result.status == 65)
        #expect(
            objects.contains {
                $0["file"] as? String == "результаты.csv" && $0["row"] as? Int == 2
                    && $0["field"] as? String == "fis_oko" && $0["code"] as? String == "out_of_range"
            })
    }

    @Test func brokenDepartmentIsLocatedByLine() throws {
        let text = try String(contentsOfFile: Paths.example("department/sosnovsky.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "date: 2023-11-20", with: "date: двадцатое")
            .replacingOccurrences(of: "../", with: Paths.example("") + "/")
        let (result, objects, _) = try batch(replacing: "--department", name: "отдел.yaml", text: text)
        #expect(result.status == 65)
        #expect(
            objects.contains {
                $0["file"] as? String == "отдел.yaml" && $0["line"] as? Int == 14
                    && $0["code"] as? String == "invalid_date"
            })
    }

    @Test func brokenTemplateIsLocatedByPartAndParagraph() throws {
        let folder = try Paths.temporaryFolder()
        let template = folder.appendingPathComponent("шаблон.docx")
        try Data(try DocumentFixture.docx(body: DocumentFixture.p("Текст") + DocumentFixture.p("{% if a %}")))
            .write(to: template)
        let data = folder.appendingPathComponent("данные.yaml")
        try "a: 1\n".write(to: data, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out.docx")
        let result = try Command.paperwork([
            "render", template.path, data.path, "-o", out.path, "--diagnostics", "json",
        ])
        #expect(result.status == 65)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any])
        #expect(object["code"] as? String == "unclosed_block")
        #expect(object["file"] as? String == "шаблон.docx")
        #expect(object["part"] as? String == "word/document.xml")
        #expect(object["paragraph"] as? Int == 2)
        #expect(object["tag"] as? String == "{% if a %}")
        #expect((object["message"] as? String)?.contains("{% endif %}") == true)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func writeFailureIsRussianWithThePath() throws {
        let folder = try Paths.temporaryFolder()
        let blocker = folder.appendingPathComponent("файл")
        try Data().write(to: blocker)
        let result = try Command.paperwork([
            "order", Paths.example("orders/yenisei-2023-305.yaml"),
            "-o", blocker.appendingPathComponent("приказы").path,
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("не удалось создать папку «\(blocker.path)»: такой файл уже есть"))
        #expect(!result.stderr.contains("Error Domain"))
        #expect(!result.stderr.contains("NSCocoa"))
    }
}
