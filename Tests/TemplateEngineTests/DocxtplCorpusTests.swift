import Foundation
import TemplateEngine
import TestSupport
import Testing

/// The corpus of templates written the way docxtpl's documentation shows its features
/// (Tests/Fixtures/templates/docxtpl, made by Scripts/make-docxtpl-corpus.py): each renders with
/// Paperwork, opens in LibreOffice and python-docx, and gives docxtpl's text line by line.
/// docxtpl and python-docx come from the virtual environment in .build-venv (Scripts/test.sh makes
/// it); without it only the Paperwork and LibreOffice sides run.
@Suite struct DocxtplCorpusTests {
    static let corpus = Paths.fixture("templates/docxtpl")
    static let python = Paths.root.appendingPathComponent(".build-venv/bin/python").path
    static let script = Paths.root.appendingPathComponent("Scripts/docxtpl-corpus.py").path

    /// Templates whose text differs from docxtpl's on purpose or for a known reason (see the script).
    static let knownDifferences: Set<String> = [
        // docxtpl's {%- inside a paragraph joins it to the paragraph before and drops the text before
        // the tag; Paperwork trims the spaces, as Jinja does.
        "inline-trim"
    ]

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []
        return files.filter { $0.hasSuffix(".docx") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Whether the virtual environment has docxtpl and python-docx (in CI it must).
    static var hasDocxtpl: Bool {
        guard FileManager.default.isExecutableFile(atPath: python),
            let result = try? Command.run(python, ["-c", "import docxtpl, docx"])
        else { return false }
        return result.status == 0
    }

    @Test func everyTemplateRendersAndMatchesDocxtpl() throws {
        let names = Self.names
        #expect(names.count >= 22)
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ours = folder.appendingPathComponent("paperwork")
        try FileManager.default.createDirectory(at: ours, withIntermediateDirectories: true)
        var outputs: [String] = []
        for name in names {
            let template = try Template(path: "\(Self.corpus)/\(name).docx")
            #expect(template.settings.values == .jinja, "\(name)")
            let context = try OrderedJSON.parse(
                try String(contentsOfFile: "\(Self.corpus)/\(name).json", encoding: .utf8))
            let output = ours.appendingPathComponent("\(name).docx").path
            // The sub-documents a template inserts lie in files/ beside it (subdoc.docx).
            let options = Template.Options(files: .folder(Self.corpus))
            try Data(try template.render(context, options: options)).write(to: URL(fileURLWithPath: output))
            outputs.append(output)
        }
        if LibreOffice.testsEnabled {
            let texts = try LibreOffice.text(of: outputs)
            #expect(texts.count == outputs.count)
        }
        if ProcessInfo.processInfo.environment["CI"] != nil {
            #expect(Self.hasDocxtpl, "CI needs .build-venv with docxtpl")
        }
        guard Self.hasDocxtpl else { return }
        let theirs = folder.appendingPathComponent("docxtpl")
        let rendered = try Command.run(Self.python, [Self.script, "render", Self.corpus, theirs.path])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        let read = try Command.run(
            Self.python,
            [Self.script, "text"] + outputs + names.map { theirs.appendingPathComponent("\($0).docx").path })
        let lines = try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: Any] ?? [:]
        var identical: [String] = []
        for (name, output) in zip(names, outputs) {
            let mine = lines[output] as? [String]
            #expect(
                mine != nil, "python-docx не открыл результат Paperwork \(name): \(String(describing: lines[output]))")
            let reference = theirs.appendingPathComponent("\(name).docx").path
            let expected = lines[reference] as? [String]
            let failure = try? String(
                contentsOf: theirs.appendingPathComponent("\(name).error"), encoding: .utf8)
            #expect(failure == nil, "docxtpl не отрисовал \(name): \(failure ?? "")")
            if let mine, let expected {
                let difference = UnifiedDiff.make(
                    expected: expected.joined(separator: "\n"), actual: mine.joined(separator: "\n"))
                if Self.knownDifferences.contains(name) {
                    #expect(difference != nil, "\(name) совпал с docxtpl: уберите его из knownDifferences")
                } else {
                    #expect(difference == nil, "\(name): текст Paperwork отличается от docxtpl:\n\(difference ?? "")")
                }
                if difference == nil { identical.append(name) }
            }
        }
        print("Корпус docxtpl: \(identical.count) из \(names.count) шаблонов дают тот же текст, что docxtpl")
    }
}
