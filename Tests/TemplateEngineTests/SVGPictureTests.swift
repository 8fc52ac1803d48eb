import Foundation
import OfficePackage
import Pictures
import TemplateEngine
import TestSupport
import Testing
import XMLTree

private typealias F = DocumentFixture

/// `image(…)` of an SVG (base64 or a file beside the data): the SVG goes into the package with a
/// PNG fallback drawn by librsvg — DOCX as Word 2016 writes it (`asvg:svgBlip` in the blip's
/// extension list), ODT as LibreOffice writes it (the SVG's `draw:image`, then the PNG's); each
/// distinct content stored once; python-docx opens the DOCX, LibreOffice shows the picture.
@Suite struct SVGPictureTests {
    /// A red square of 60 × 60 px with a blue circle in it.
    static let svg = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="60" height="60" viewBox="0 0 60 60">
          <title>Знак № 1 «красный»</title>
          <rect width="60" height="60" fill="#e00000"/><circle cx="30" cy="30" r="12" fill="#0000e0"/>
        </svg>
        """

    static func folder() throws -> URL {
        let folder = try Paths.temporaryFolder()
        try Data(Self.svg.utf8).write(to: folder.appendingPathComponent("знак.svg"))
        return folder
    }

    static let data: TemplateValue = .object([
        ("logo", .string("data:image/svg+xml;base64," + Data(Self.svg.utf8).base64EncodedString()))
    ])

    static func render(_ template: [UInt8], folder: URL) throws -> OfficeDocument {
        let output = try Template(bytes: template, label: "шаблон")
            .render(Self.data, options: Template.Options(typography: nil, files: .folder(folder.path)))
        return try OfficeDocument(bytes: output, label: "результат")
    }

    @Test func aDocxCarriesTheSVGWithItsFallbackAsWord2016Does() throws {
        let folder = try Self.folder()
        // The fallback given again as a PNG is the same content: still one PNG part.
        let fallback = try SVGImage(bytes: Array(Self.svg.utf8)).fallback()
        let data: TemplateValue = .object([
            ("logo", .string("data:image/svg+xml;base64," + Data(Self.svg.utf8).base64EncodedString())),
            ("fallback", .string(Data(fallback.bytes).base64EncodedString())),
        ])
        let template = try F.docx(
            body: F.p("{{ image(logo, width=\"6cm\") }}") + F.p("{{ image(\"знак.svg\", width=\"2cm\") }}")
                + F.p("{{ image(fallback) }}"))
        let output = try Template(bytes: template, label: "шаблон")
            .render(data, options: Template.Options(typography: nil, files: .folder(folder.path)))
        let document = try OfficeDocument(bytes: output, label: "результат")
        let media = document.partNames.filter { $0.hasPrefix("word/media/") }.sorted()
        #expect(media.map { URL(fileURLWithPath: $0).pathExtension }.sorted() == ["png", "svg"])
        #expect(try document.bytes(of: try #require(media.first { $0.hasSuffix(".svg") })) == Array(Self.svg.utf8))
        let types = String(decoding: try document.bytes(of: "[Content_Types].xml"), as: UTF8.self)
        #expect(types.contains("Extension=\"svg\" ContentType=\"image/svg+xml\""))
        #expect(types.contains("Extension=\"png\" ContentType=\"image/png\""))

        let body = try document.xml("word/document.xml")
        let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let blips = body.root.descendants { $0.name == "blip" }
        #expect(blips.count == 3)
        let relationships = try document.xml("word/_rels/document.xml.rels").root.elements
        func target(_ id: String?) -> String? {
            relationships.first { $0.attribute("Id") == id }?.attribute("Target")
        }
        for blip in blips.prefix(2) {
            #expect(target(blip.attribute("embed", in: r))?.hasSuffix(".png") == true)
            let ext = try #require(blip.descendants { $0.name == "ext" }.first)
            #expect(ext.attribute("uri") == "{96DAC541-7B7A-43D3-8B79-37D633B846F1}")
            let svgBlip = try #require(ext.elements.first)
            #expect(svgBlip.is("svgBlip", in: "http://schemas.microsoft.com/office/drawing/2016/SVG/main"))
            #expect(target(svgBlip.attribute("embed", in: r))?.hasSuffix(".svg") == true)
        }
        // The plain PNG has no SVG extension.
        #expect(blips.last?.descendants { $0.name == "ext" }.isEmpty == true)
        let text = String(decoding: try document.bytes(of: "word/document.xml"), as: UTF8.self)
        #expect(text.contains("cx=\"2160000\" cy=\"2160000\""))

        guard PythonDocx.available else { return }
        let path = folder.appendingPathComponent("svg.docx").path
        try Data(output).write(to: URL(fileURLWithPath: path))
        let script = """
            import sys, docx
            d = docx.Document(sys.argv[1])
            print(len(d.inline_shapes), sorted(str(r.target_part.partname) for r in d.part.rels.values()
                if r.reltype.endswith('/image')))
            """
        let result = try Command.run(PythonDocx.python, ["-c", script, path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("3 ["), "\(result.stdout)")
        #expect(result.stdout.contains(".svg") && result.stdout.contains(".png"))
    }

    @Test func anOdtFrameHoldsTheSVGThenThePNGAsLibreOfficeDoes() throws {
        let folder = try Self.folder()
        let document = try Self.render(
            try F.odt(body: F.tp("{{ image(logo, width=\"6cm\") }}") + F.tp("{{ image(\"знак.svg\") }}")),
            folder: folder)
        let pictures = document.partNames.filter { $0.hasPrefix("Pictures/") }.sorted()
        #expect(pictures.map { URL(fileURLWithPath: $0).pathExtension } == ["png", "svg"])
        let draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
        let xlink = "http://www.w3.org/1999/xlink"
        let frames = try document.xml("content.xml").root.descendants { $0.is("frame", in: draw) }
        #expect(frames.count == 2)
        for frame in frames {
            let images = frame.elements.filter { $0.is("image", in: draw) }
            #expect(images.map { $0.attribute("mime-type", in: draw) } == ["image/svg+xml", "image/png"])
            #expect(images.first?.attribute("href", in: xlink)?.hasSuffix(".svg") == true)
            #expect(images.last?.attribute("href", in: xlink)?.hasSuffix(".png") == true)
        }
        // 60 px at 96 dpi: 1.5875 cm.
        #expect(
            frames.last?.attribute("width", in: "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0") == "1.588cm"
        )
        let manifest = String(decoding: try document.bytes(of: "META-INF/manifest.xml"), as: UTF8.self)
        let svgPart = try #require(pictures.last)
        #expect(manifest.contains("manifest:full-path=\"\(svgPart)\" manifest:media-type=\"image/svg+xml\""))
    }

    /// LibreOffice draws the picture: the page's pixels where the 6 cm square stands are red.
    @Test(.enabled(if: LibreOffice.testsEnabled && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftoppm")))
    func libreOfficeShowsThePicture() throws {
        let folder = try Self.folder()
        var files: [String] = []
        let templates = [
            ("svg.docx", try F.docx(body: F.p("{{ image(logo, width=\"6cm\") }}"))),
            ("svg.odt", try F.odt(body: F.tp("{{ image(logo, width=\"6cm\") }}"))),
        ]
        for (name, template) in templates {
            let output = try Template(bytes: template, label: name).render(Self.data)
            let path = folder.appendingPathComponent(name).path
            try Data(output).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        for pdf in try LibreOffice.convert(files, to: "pdf") {
            let prefix = folder.appendingPathComponent(
                URL(fileURLWithPath: pdf).deletingPathExtension().lastPathComponent)
            let result = try Command.run(
                "/usr/bin/pdftoppm", ["-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, prefix.path])
            #expect(result.status == 0)
            let page = try PPM(path: prefix.path + ".ppm")
            // 6 cm at 60 dpi is about 142 px; the page's first 40 % holds it.
            var red = 0
            var blue = 0
            for y in 0..<(page.height * 2 / 5) {
                for x in 0..<page.width {
                    let (r, g, b) = page.pixel(x, y)
                    if r > 200 && g < 60 && b < 60 { red += 1 }
                    if b > 200 && r < 60 && g < 60 { blue += 1 }
                }
            }
            #expect(red > 12_000, "\(pdf): \(red) red pixels")
            #expect(blue > 800, "\(pdf): \(blue) blue pixels")
        }
    }

    @Test(arguments: [
        (
            "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\"><text>&x;</text></svg>",
            "сущности"
        ),
        (
            "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\"><text>&h;</text></svg>",
            "сущности"
        ),
        (
            "<!DOCTYPE svg SYSTEM \"http://example.org/svg.dtd\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\"/>",
            "DTD"
        ),
        (
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"9\" height=\"9\"><image xlink:href=\"file:///etc/passwd\" width=\"9\" height=\"9\"/></svg>",
            "ссылается на «file:///etc/passwd»"
        ),
        (
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\"><rect style=\"fill: url(http://example.org/x)\"/></svg>",
            "url(…)"
        ),
        (
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\" onload=\"alert(1)\"/>",
            "обработчик «onload»"
        ),
        (
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\"><script>alert(1)</script></svg>",
            "без скриптов"
        ),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100000\" height=\"10\"/>", "100000×10"),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 20000 20000\"/>", "больше 8000 точек"),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "добавьте viewBox"),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\" height=\"9\"><rect></svg>", "не читается"),
        ("<svg width=\"9\" height=\"9\"/>", "это не рисунок SVG"),
    ])
    func hostileSVGsAreRefusedAtTheTagAndFast(svg: String, expected: String) throws {
        let data: TemplateValue = .object([("v", .string(Data(svg.utf8).base64EncodedString()))])
        let started = Date()
        for template in [
            try F.docx(body: F.p("{{ image(v, width=\"3cm\") }}")), try F.odt(body: F.tp("{{ image(v) }}")),
        ] {
            do {
                _ = try Template(bytes: template, label: "шаблон").render(data)
                Issue.record("\(svg.prefix(40)) was placed")
            } catch let error as TemplateError {
                #expect(error.problems.count == 1)
                let message = error.problems.first?.message ?? ""
                #expect(message.hasPrefix("image: ") && message.contains(expected), "\(message)")
                #expect(error.problems.first?.location.tag.contains("image(v") == true)
            }
        }
        #expect(Date().timeIntervalSince(started) < 2)
    }
}

/// A binary PPM (P6) as pdftoppm writes it.
private struct PPM {
    let width: Int
    let height: Int
    let pixels: [UInt8]

    init(path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var fields: [Int] = []
        var index = 2
        while fields.count < 3 {
            while bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
            var number = 0
            while (0x30...0x39).contains(bytes[index]) {
                number = number * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            fields.append(number)
        }
        width = fields[0]
        height = fields[1]
        pixels = Array(bytes[(index + 1)...])
    }

    func pixel(_ x: Int, _ y: Int) -> (Int, Int, Int) {
        let offset = (y * width + x) * 3
        return (Int(pixels[offset]), Int(pixels[offset + 1]), Int(pixels[offset + 2]))
    }
}

extension SVGPictureTests {
    /// Ten levels of ten `use` each would draw 10¹⁰ rectangles: refused before librsvg sees it, fast.
    @Test func aUseBombIsRefusedFast() throws {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"9\" "
        svg += "height=\"9\"><defs><rect id=\"l0\" width=\"1\" height=\"1\"/>"
        for level in 1...10 {
            svg +=
                "<g id=\"l\(level)\">" + String(repeating: "<use xlink:href=\"#l\(level - 1)\"/>", count: 10) + "</g>"
        }
        svg += "</defs><use xlink:href=\"#l10\"/></svg>"
        let looping = """
            <svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><g id="a"><use href="#a"/></g></svg>
            """
        let started = Date()
        for (text, expected) in [(svg, "больше 100000 элементов"), (looping, "сам на себя")] {
            let data: TemplateValue = .object([("v", .string(Data(text.utf8).base64EncodedString()))])
            let problems = try Render.problems(try F.docx(body: F.p("{{ image(v) }}")), data: data)
            #expect(problems.count == 1 && problems.first?.message.contains(expected) == true, "\(problems)")
        }
        #expect(Date().timeIntervalSince(started) < 1)
    }
}
