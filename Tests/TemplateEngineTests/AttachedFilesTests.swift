import Foundation
import OfficePackage
import Pictures
import TemplateEngine
import TestSupport
import Testing

private typealias F = DocumentFixture

/// `image("герб.png")` reads a file beside the data through ``Template/Options/files``: in DOCX and
/// ODT; hostile names (`..`, a path from the root, a backslash, a symbolic link leading out), a
/// missing file, a file that is no picture, a picture bomb and a huge file are refused at the tag
/// with a Russian message, and nothing is produced.
@Suite struct AttachedFilesTests {
    /// A folder with `герб.png` (40×20) and `картинки/печать.png` (10×10).
    static func folder() throws -> URL {
        let folder = try Paths.temporaryFolder()
        let png = try PNGWriter.monochrome(width: 40, height: 20) { x, _ in x < 20 }
        try Data(png).write(to: folder.appendingPathComponent("герб.png"))
        let pictures = folder.appendingPathComponent("картинки")
        try FileManager.default.createDirectory(at: pictures, withIntermediateDirectories: true)
        try Data(try PNGWriter.monochrome(width: 10, height: 10) { x, y in x == y })
            .write(to: pictures.appendingPathComponent("печать.png"))
        return folder
    }

    static func options(_ folder: URL) -> Template.Options {
        Template.Options(typography: nil, files: .folder(folder.path))
    }

    @Test func aDocxTakesPicturesFromTheDataFolder() throws {
        let folder = try Self.folder()
        let template = try F.docx(
            body: F.p("{{ image(\"герб.png\", width=\"4cm\") }}") + F.p("{{ image(\"картинки/печать.png\") }}")
                + F.p("{{ image(name) }}"))
        let output = try Template(bytes: template, label: "шаблон.docx")
            .render(.object([("name", .string("герб.png"))]), options: Self.options(folder))
        let document = try OfficeDocument(bytes: output, label: "результат")
        // The same file named twice is stored once.
        #expect(document.partNames.filter { $0.hasPrefix("word/media/") }.count == 2)
        let body = String(decoding: try document.bytes(of: "word/document.xml"), as: UTF8.self)
        #expect(body.contains("cx=\"1440000\" cy=\"720000\""))
    }

    @Test func anOdtTakesPicturesFromTheDataFolder() throws {
        let folder = try Self.folder()
        let template = try F.odt(body: F.tp("{{ image(\"картинки/печать.png\", height=\"2cm\") }}"))
        let output = try Template(bytes: template, label: "шаблон.odt").render(
            .object([]), options: Self.options(folder))
        let document = try OfficeDocument(bytes: output, label: "результат")
        let pictures = document.partNames.filter { $0.hasPrefix("Pictures/") }
        #expect(pictures.count == 1)
        let manifest = String(decoding: try document.bytes(of: "META-INF/manifest.xml"), as: UTF8.self)
        #expect(pictures.allSatisfy { manifest.contains("manifest:full-path=\"\($0)\"") })
        let content = String(decoding: try document.bytes(of: "content.xml"), as: UTF8.self)
        #expect(content.contains("svg:width=\"2.000cm\" svg:height=\"2.000cm\""))
    }

    /// The problems of rendering `tag` with `name` bound to `value`, in DOCX and ODT alike.
    static func problems(_ tag: String, _ value: String, folder: URL, files: AttachedFiles? = nil) throws
        -> [[TemplateProblem]]
    {
        let data: TemplateValue = .object([("name", .string(value))])
        let options = files.map { Template.Options(typography: nil, files: $0) } ?? Self.options(folder)
        return try [F.docx(body: F.p(tag)), F.odt(body: F.tp(tag))].map { bytes in
            do {
                _ = try Template(bytes: bytes, label: "шаблон").render(data, options: options)
                return []
            } catch let error as TemplateError {
                return error.problems
            }
        }
    }

    @Test(arguments: [
        ("../x.png", "без «..»"), ("картинки/../../x.png", "без «..»"), ("/etc/passwd", "без пути от корня"),
        ("..\\x.png", "без «\\»"), ("~/x.png", "без пути от корня"), ("нет.png", "нет рядом с файлом данных"),
        ("картинки/", "не обычный файл"), ("наружу.png", "вне папки"),
        ("текст.png", "не изображение PNG, JPEG или SVG"),
        ("бомба.png", "100000×100000"), ("огромный.png", "больше 20 МБ"),
    ])
    func badFilesAreRefusedAtTheTag(name: String, expected: String) throws {
        let folder = try Self.folder()
        let outside = try Paths.temporaryFolder().appendingPathComponent("x.png")
        try Data(try PNGWriter.monochrome(width: 2, height: 2) { _, _ in true }).write(to: outside)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("наружу.png").path, withDestinationPath: outside.path)
        try Data("просто текст".utf8).write(to: folder.appendingPathComponent("текст.png"))
        var bomb: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        bomb += [0x00, 0x01, 0x86, 0xA0, 0x00, 0x01, 0x86, 0xA0, 8, 2, 0, 0, 0, 0, 0, 0, 0]
        try Data(bomb).write(to: folder.appendingPathComponent("бомба.png"))
        // A sparse file past the limit: refused by its size, never read.
        let huge = folder.appendingPathComponent("огромный.png")
        try Data(bomb).write(to: huge)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: UInt64(Picture.maximumBytes + 1))
        try handle.close()

        for problems in try Self.problems("{{ image(name, width=\"3cm\") }}", name, folder: folder) {
            #expect(problems.count == 1)
            let problem = try #require(problems.first)
            #expect(problem.code == .filterFailed)
            #expect(problem.message.hasPrefix("image: "), "\(problem.message)")
            #expect(problem.message.contains(expected), "\(name): \(problem.message)")
            #expect(problem.location.tag.contains("image(name"))
            #expect(problem.location.paragraph == 1)
        }
    }

    @Test func withoutFilesANameSaysHowToGiveThePicture() throws {
        let folder = try Self.folder()
        let web = AttachedFiles.unavailable("на веб-странице нельзя указывать файлы по имени")
        for problems in try Self.problems("{{ image(name) }}", "герб.png", folder: folder, files: web) {
            #expect(problems.map(\.message) == ["image: на веб-странице нельзя указывать файлы по имени"])
        }
        for problems in try Self.problems("{{ image(name) }}", "герб.png", folder: folder, files: AttachedFiles.none) {
            #expect(problems.first?.message.contains("base64") == true)
        }
    }

    @Test func aContextualFilterReceivesTheRenderingsFiles() throws {
        let folder = try Self.folder()
        var filters = FilterRegistry.standard
        filters.registerContextual("size") { value, _, context in
            .number(Double(try context.files.read(value.text, maximumBytes: 1_000).count))
        }
        let template = try Template(
            bytes: try F.docx(body: F.p("{{ \"герб.png\" | size }}")), label: "ш", filters: filters)
        let output = try template.render(.object([]), options: Self.options(folder))
        let text = String(
            decoding: try OfficeDocument(bytes: output, label: "р").bytes(of: "word/document.xml"), as: UTF8.self)
        let expected = try Data(contentsOf: folder.appendingPathComponent("герб.png")).count
        #expect(text.contains(">\(expected)<"))
    }
}
