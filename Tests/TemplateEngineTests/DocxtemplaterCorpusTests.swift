import Foundation
import OfficePackage
import TemplateEngine
import TestSupport
import Testing

/// Templates written the way docxtemplater's documentation shows them
/// (Tests/Fixtures/templates/docxtemplater, made by Scripts/make-docxtemplater-corpus.py): each is
/// reported tag by tag with the rewrite to write, and its rewritten version (`<name>.paperwork.docx`,
/// rewritten as those messages say) renders the golden text `<name>.txt` and opens in LibreOffice.
@Suite struct DocxtemplaterCorpusTests {
    static let corpus = Paths.fixture("templates/docxtemplater")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []
        return files.filter { $0.hasSuffix(".docx") && !$0.hasSuffix(".paperwork.docx") }.map { String($0.dropLast(5)) }
            .sorted()
    }

    @Test func everyTemplateIsReportedWithItsRewrite() throws {
        #expect(Self.names.count >= 7)
        for name in Self.names {
            var problems: [TemplateProblem] = []
            do {
                _ = try Template(path: "\(Self.corpus)/\(name).docx")
            } catch let error as TemplateError {
                problems = error.problems
            }
            #expect(!problems.isEmpty, "\(name): шаблон docxtemplater прошёл без ошибок")
            for problem in problems {
                #expect(problem.code == .unsupported, "\(name): \(problem)")
                #expect(problem.message.contains("написан для docxtemplater"), "\(name): \(problem)")
                #expect(problem.message.contains("перепишите его: {"), "\(name): \(problem)")
            }
        }
    }

    @Test func rewrittenTemplatesGiveTheGoldenText() throws {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [String] = []
        for name in Self.names {
            let template = try Template(path: "\(Self.corpus)/\(name).paperwork.docx")
            let data = try OrderedJSON.parse(try String(contentsOfFile: "\(Self.corpus)/\(name).json", encoding: .utf8))
            let output = try template.render(data, options: .init(typography: nil))
            let document = try OfficeDocument(bytes: output, label: name)
            let lines = try document.stories().filter { $0.kind == .body }.flatMap {
                try document.paragraphTexts(of: $0)
            }
            .filter { !$0.isEmpty }
            let golden = try String(contentsOfFile: "\(Self.corpus)/\(name).txt", encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            #expect(lines == golden, "\(name)")
            let file = folder.appendingPathComponent("\(name).docx").path
            try Data(output).write(to: URL(fileURLWithPath: file))
            outputs.append(file)
        }
        guard LibreOffice.testsEnabled else { return }
        let texts = try LibreOffice.text(of: outputs)
        #expect(texts.count == outputs.count)
        #expect(texts.allSatisfy { !$0.isEmpty })
    }
}
