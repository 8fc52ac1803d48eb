import Foundation
import TestSupport
import Testing

@Suite struct RenderCommandTests {
    static let data = Paths.fixture("templates/sample-data.yaml")

    @Test(arguments: ["docx", "odt"])
    func rendersTheShippedTemplate(format: String) throws {
        let folder = try Paths.temporaryFolder()
        let output = folder.appendingPathComponent("приказ.\(format)").path
        let result = try Command.paperwork([
            "render", Paths.fixture("templates/sample.\(format)"), Self.data, "-o", output,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let inspected = try Command.paperwork(["inspect", output])
        #expect(inspected.stdout.contains("  3: ПРИКАЗ\n"))
        #expect(inspected.stdout.contains("Приложение к приказу от 23\u{A0}марта\u{A0}2022\u{A0}г. № 57"))
    }

    @Test func templateErrorsAreListedAndNothingIsWritten() throws {
        let folder = try Paths.temporaryFolder()
        let template = folder.appendingPathComponent("плохой.docx")
        try Data(
            try DocumentFixture.docx(
                body: DocumentFixture.p("{{ a | shout }}") + DocumentFixture.p("{% for x in xs %}"))
        )
        .write(to: template)
        let data = folder.appendingPathComponent("данные.yaml")
        try "a: 1\n".write(to: data, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.docx").path
        let result = try Command.paperwork(["render", template.path, data.path, "-o", output])
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "ошибки (2), ничего не записано:")
        #expect(
            lines.dropFirst().first?.hasPrefix(
                "плохой.docx: word/document.xml, абзац 1: unknown_filter: неизвестный фильтр «shout»") == true)
        #expect(
            lines.last
                == "плохой.docx: word/document.xml, абзац 2: unclosed_block: блок «{% for x in xs %}» не закрыт; добавьте {% endfor %}"
        )
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func missingDataFailsUnlessLenient() throws {
        let folder = try Paths.temporaryFolder()
        let data = folder.appendingPathComponent("мало.yaml")
        try "issuer: Управление\nnumber: 5\n".write(to: data, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.odt").path
        let strict = try Command.paperwork(["render", Paths.fixture("templates/sample.odt"), data.path, "-o", output])
        #expect(strict.status == 65)
        #expect(strict.stderr.contains("content.xml, абзац 5: missing_value: в данных нет значения «date»"))
        #expect(
            strict.stderr.contains(
                "styles.xml (нижний колонтитул), абзац 1: missing_value: в данных нет значения «executor.name»"))
        #expect(!FileManager.default.fileExists(atPath: output))
        let lenient = try Command.paperwork([
            "render", Paths.fixture("templates/sample.odt"), data.path, "-o", output, "--lenient",
        ])
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(FileManager.default.fileExists(atPath: output))
    }

    @Test func badDataFileNamesItsLine() throws {
        let folder = try Paths.temporaryFolder()
        let data = folder.appendingPathComponent("сломано.yaml")
        try "issuer: Управление\nitems: [1, 2\nnumber: 5\n".write(to: data, atomically: true, encoding: .utf8)
        let result = try Command.paperwork([
            "render", Paths.fixture("templates/sample.odt"), data.path, "-o",
            folder.appendingPathComponent("o.odt").path,
        ])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("ошибка (ничего не записано): сломано.yaml, строка "))
        #expect(result.stderr.contains("data_syntax"))
    }

    @Test func outputExtensionMustMatch() throws {
        let folder = try Paths.temporaryFolder()
        let output = folder.appendingPathComponent("x.docx").path
        let result = try Command.paperwork(["render", Paths.fixture("templates/sample.odt"), Self.data, "-o", output])
        #expect(result.status == 64)
        #expect(
            result.stderr.contains(
                "результат шаблона «sample.odt» можно записать только как .odt (формат шаблона) или .pdf"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test(.enabled(if: LibreOffice.testsEnabled, "LibreOffice (soffice) не установлен"))
    func rendersToPDF() throws {
        let output = try Paths.temporaryFolder().appendingPathComponent("приказ.pdf").path
        let result = try Command.paperwork(["render", Paths.fixture("templates/sample.docx"), Self.data, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let head = try #require(FileManager.default.contents(atPath: output)).prefix(5)
        #expect(String(decoding: head, as: UTF8.self) == "%PDF-")
    }

    @Test func checkListsTagsAndMissingValues() throws {
        let listing = try Command.paperwork(["check", Paths.fixture("templates/sample.odt")])
        #expect(listing.status == 0)
        #expect(listing.stdout.contains("content.xml, абзац 1: {{ issuer | upper }}"))
        #expect(listing.stdout.contains("styles.xml (нижний колонтитул), абзац 1: {{ executor.name }}"))
        #expect(listing.stdout.hasSuffix("Ошибок нет.\n"))
        let folder = try Paths.temporaryFolder()
        let data = folder.appendingPathComponent("d.json")
        try #"{"issuer": "Управление", "items": []}"#.write(to: data, atomically: true, encoding: .utf8)
        let withData = try Command.paperwork(["check", Paths.fixture("templates/sample.docx"), data.path])
        #expect(withData.status == 65)
        #expect(withData.stderr.contains("word/document.xml, абзац 5: missing_value: в данных нет значения «date»"))
        let complete = try Command.paperwork(["check", Paths.fixture("templates/sample.docx"), Self.data])
        #expect(complete.status == 0)
        #expect(complete.stdout.hasSuffix("Данные подходят: все значения на месте.\n"))
    }
}
