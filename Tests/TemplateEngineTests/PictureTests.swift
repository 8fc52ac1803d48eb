import Foundation
import OfficePackage
import Pictures
import TemplateEngine
import TestSupport
import Testing
import XMLTree

private typealias F = DocumentFixture

/// `qr(…)` and `image(…)`: the picture placed where the tag stands, in DOCX and ODT, as a media
/// part stored once however often it is shown, with unique drawing ids, its relationship, content
/// type or manifest entry; LibreOffice shows it, and the QR code reads back; bad input is refused
/// with the filter's Russian message at the tag.
@Suite struct PictureTests {
    static let data: TemplateValue = .object([
        ("link", .string("https://example.org/приказ/214-од")),
        ("items", .list([.string("A"), .string("A"), .string("B")])),
    ])

    static func docx() throws -> [UInt8] {
        try F.docx(
            body: F.p("Код: {{ qr(link, size=\"3cm\") }}.") + F.p("{% for s in items %}") + F.p("{{ s | qr(\"2cm\") }}")
                + F.p("{% endfor %}"),
            header: F.p("{{ qr(link, size=\"1cm\") }}"))
    }

    static func odt() throws -> [UInt8] {
        try F.odt(
            body: F.tp("Код: {{ qr(link, size=\"3cm\") }}.") + F.tp("{% for s in items %}")
                + F.tp("{{ s | qr(\"2cm\") }}")
                + F.tp("{% endfor %}"),
            footer: F.tp("{{ qr(link, size=\"1cm\") }}"))
    }

    @Test func docxStoresEachPictureOnceWithUniqueIdsAndRelationships() throws {
        let output = try Template(bytes: try Self.docx(), label: "шаблон.docx").render(Self.data)
        let document = try OfficeDocument(bytes: output, label: "результат")
        let media = document.partNames.filter { $0.hasPrefix("word/media/") }.sorted()
        // link, A, B: three distinct pictures for five places.
        #expect(media == ["word/media/paperwork-1.png", "word/media/paperwork-2.png", "word/media/paperwork-3.png"])
        let body = try document.xml("word/document.xml")
        let ids = body.root.descendants { $0.name == "docPr" }.compactMap { $0.attribute("id") }
        #expect(ids.count == 4)
        let header = try document.xml("word/header1.xml")
        let headerIds = header.root.descendants { $0.name == "docPr" }.compactMap { $0.attribute("id") }
        #expect(Set(ids + headerIds).count == 5)
        // Each part refers to its pictures through its own relationships.
        let blips = body.root.descendants { $0.name == "blip" }.compactMap {
            $0.attribute("embed", in: "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
        }
        #expect(Set(blips).count == 3)
        let relationships = String(decoding: try document.bytes(of: "word/_rels/document.xml.rels"), as: UTF8.self)
        for id in Set(blips) { #expect(relationships.contains("Id=\"\(id)\"")) }
        #expect(relationships.contains("rId9"))  // the header's relationship is kept
        #expect(document.contains("word/_rels/header1.xml.rels"))
        let types = String(decoding: try document.bytes(of: "[Content_Types].xml"), as: UTF8.self)
        #expect(types.contains("Extension=\"png\""))
        // The text around the tag stays.
        #expect(try Render.paragraphs(try Self.docx(), data: Self.data).first == "Код: .")
    }

    @Test func odtStoresEachPictureOnceInTheManifest() throws {
        let output = try Template(bytes: try Self.odt(), label: "шаблон.odt").render(Self.data)
        let document = try OfficeDocument(bytes: output, label: "результат")
        let media = document.partNames.filter { $0.hasPrefix("Pictures/") }.sorted()
        #expect(media == ["Pictures/paperwork-1.png", "Pictures/paperwork-2.png", "Pictures/paperwork-3.png"])
        let content = try document.xml("content.xml")
        let frames = content.root.descendants { $0.name == "frame" }
        #expect(frames.count == 4)
        #expect(
            Set(frames.compactMap { $0.attribute("name", in: "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0") })
                .count == 4)
        #expect(
            frames.first?.attribute("width", in: "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")
                == "3.000cm")
        let manifest = String(decoding: try document.bytes(of: "META-INF/manifest.xml"), as: UTF8.self)
        for name in media { #expect(manifest.contains("manifest:full-path=\"\(name)\"")) }
    }

    /// LibreOffice shows the codes, and a reader decodes the first page's big one back to the text.
    @Test(.enabled(if: LibreOffice.testsEnabled && FileManager.default.isExecutableFile(atPath: "/usr/bin/zbarimg")))
    func libreOfficeShowsAReadableCode() throws {
        let folder = try Paths.temporaryFolder()
        var files: [String] = []
        for (name, bytes) in [("qr.docx", try Self.docx()), ("qr.odt", try Self.odt())] {
            let path = folder.appendingPathComponent(name).path
            try Data(try Template(bytes: bytes, label: name).render(Self.data)).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        for pdf in try LibreOffice.convert(files, to: "pdf") {
            let prefix = folder.appendingPathComponent(URL(fileURLWithPath: pdf).lastPathComponent).path
            let pages = try Command.run("/usr/bin/pdftoppm", ["-r", "150", "-png", "-f", "1", "-l", "1", pdf, prefix])
            #expect(pages.status == 0)
            let image = try #require(
                try FileManager.default.contentsOfDirectory(atPath: folder.path).first {
                    $0.hasPrefix(URL(fileURLWithPath: prefix).lastPathComponent) && $0.hasSuffix(".png")
                })
            let decoded = try Command.run(
                "/usr/bin/zbarimg", ["-q", "--raw", folder.appendingPathComponent(image).path])
            let texts = decoded.stdout.split(separator: "\n").map(String.init)
            #expect(texts.contains("https://example.org/приказ/214-од"), "\(pdf): \(texts)")
            #expect(texts.contains("A") && texts.contains("B"), "\(pdf): \(texts)")
        }
    }

    @Test func badPicturesAreRefusedAtTheTag() throws {
        // A PNG header that declares 100 000 × 100 000 pixels: refused before anything is decoded.
        var bomb: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        bomb += [0x00, 0x01, 0x86, 0xA0, 0x00, 0x01, 0x86, 0xA0, 8, 2, 0, 0, 0, 0, 0, 0, 0]
        let cases: [(TemplateValue, String, String)] = [
            (.string(Data(bomb).base64EncodedString()), "{{ image(v, width=\"3cm\") }}", "100000×100000"),
            (.string("это не картинка"), "{{ image(v) }}", "base64"),
            (.string(Data("GIF89a".utf8).base64EncodedString()), "{{ image(v) }}", "PNG, JPEG или SVG"),
            (.string(String(repeating: "я", count: 2_000)), "{{ qr(v) }}", "не помещается"),
            (.string("текст"), "{{ qr(v, size=\"3 вершка\") }}", "3cm"),
            (.string("текст"), "{{ qr(v, colour=\"red\") }}", "неизвестный параметр «colour»"),
        ]
        for (value, tag, expected) in cases {
            let problems = try Render.problems(try F.docx(body: F.p(tag)), data: .object([("v", value)]))
            #expect(problems.count == 1, "\(tag)")
            #expect(problems.first?.message.contains(expected) == true, "\(tag): \(problems.map(\.message))")
            #expect(problems.first?.location.tag.contains(tag.dropFirst(3).prefix(5)) == true)
        }
        #expect(
            try Render.problems(try F.docx(body: F.p("{{ qr() }}"))).first?.message.contains("qr(значение)") == true)
    }

    @Test func anImageFromBase64KeepsItsProportions() throws {
        let png = try PNGWriter.monochrome(width: 40, height: 20) { x, _ in x < 20 }
        let data: TemplateValue = .object([
            ("logo", .string("data:image/png;base64," + Data(png).base64EncodedString()))
        ])
        let output = try Template(bytes: try F.docx(body: F.p("{{ image(logo, width=\"4cm\") }}")), label: "шаблон")
            .render(data)
        let body = String(
            decoding: try OfficeDocument(bytes: output, label: "р").bytes(of: "word/document.xml"), as: UTF8.self)
        #expect(body.contains("cx=\"1440000\" cy=\"720000\""))
    }
}
