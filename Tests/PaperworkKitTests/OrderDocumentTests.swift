import Foundation
import OfficePackage
import PaperworkKit
import TestSupport
import Testing
import XMLTree

/// The two seed orders, generated from their YAML: LibreOffice reads every line of the seeds
/// (verbatim copies in `Tests/Fixtures/seeds`), in order, from both formats.
@Suite(.enabled(if: LibreOffice.testsEnabled, "LibreOffice (soffice) не установлен; в CI этот тест обязателен"))
struct SeedOrderTests {
    static let seeds = URL(fileURLWithPath: Paths.fixture("seeds"))

    /// The seeds' own slips, corrected: seed 001 numbers its first section «1.» and the rest I–IV,
    /// and its text extraction carried «результатов» into the next row; seed 002 split row 3.5 over
    /// a page break.
    static let corrections: [String: [(String, String)]] = [
        "001": [
            ("1.\tОбеспечение объективности", "I\tОбеспечение объективности"),
            ("образовательных\t\t\n\n21\t<p>результатов</p> <p>", "образовательных результатов\t\t\n21\t<p>"),
            // The extraction ran the list of item 21 into one line; the spaced hyphens there are list
            // marks (each on its own line in the order), not dashes.
            (
                "помощи: - ОО с низкими образовательными результатами - учителям, имеющим профессиональные проблемы и дефициты - руководителям",
                "помощи:\n- ОО с низкими образовательными результатами\n- учителям, имеющим профессиональные проблемы и дефициты\n- руководителям"
            ),
        ],
        "002": [
            (
                "привлекаемых к проведению оценочных\tПредупреждение необъективности при проведении\tВ период проведения\tРуководители ОУ\n\n\tпроцедур\tоценочных процедур\tоценочных процедур\t",
                "привлекаемых к проведению оценочных процедур\tПредупреждение необъективности при проведении оценочных процедур\tВ период проведения оценочных процедур\tРуководители ОУ"
            )
        ],
    ]

    static func fragments(seed: String) throws -> [String] {
        let file = try #require(
            try FileManager.default.contentsOfDirectory(atPath: seeds.path).first { $0.hasPrefix(seed + "_") })
        var text = try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8)
        for (wrong, right) in corrections[seed] ?? [] {
            #expect(text.contains(wrong), "поправка к сиду \(seed) не нашла своё место")
            text = text.replacingOccurrences(of: wrong, with: right)
        }
        for markup in ["**", "*", "<p>", "</p>"] { text = text.replacingOccurrences(of: markup, with: "") }
        // The documents set their values in type (no-break spaces and hyphens, dashes, one date
        // style): the seed lines are compared as the same typography makes them.
        let typography = Typography(dates: .numeric)
        return text.components(separatedBy: CharacterSet(charactersIn: "\n\t")).map {
            Self.squeeze(typography.apply($0))
        }
        .filter { !$0.isEmpty }
    }

    /// Whitespace aside: every kind of space and line break removed.
    static func squeeze(_ text: String) -> String {
        String(
            text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "\u{FEFF}" }.map(
                Character.init))
    }

    @Test func everySeedLineAppearsInOrderInBothFormats() throws {
        let folder = try Paths.temporaryFolder()
        var files: [(seed: String, path: String)] = []
        for (seed, example) in [("001", "lysogorsk-2022-57"), ("002", "yenisei-2023-305")] {
            let order = try OrderLoader.load(path: Paths.example("orders/\(example).yaml"))
            let out = folder.appendingPathComponent(seed).path
            for path in try OrderDocuments.write(order, to: out, formats: [.docx, .odt]) {
                let renamed = folder.appendingPathComponent(
                    "\(seed)-\(URL(fileURLWithPath: path).pathExtension).\(URL(fileURLWithPath: path).pathExtension)"
                ).path
                try FileManager.default.moveItem(atPath: path, toPath: renamed)
                files.append((seed, renamed))
            }
        }
        let texts = try LibreOffice.text(of: files.map(\.path))
        for (file, text) in zip(files, texts) {
            let output = Self.squeeze(text)
            var position = output.startIndex
            var missing: [String] = []
            let fragments = try Self.fragments(seed: file.seed)
            #expect(fragments.count > (file.seed == "001" ? 100 : 80))
            for fragment in fragments {
                if let found = output.range(of: fragment, range: position..<output.endIndex) {
                    position = found.upperBound
                } else {
                    missing.append(fragment)
                }
            }
            #expect(missing.isEmpty, "\(file.path): не найдены по порядку: \(missing.prefix(5))")
        }
    }
}

/// The page setup and styles of generated orders, read back from the files.
@Suite struct OrderLayoutTests {
    static func generate(_ format: OutputFormat) throws -> OfficeDocument {
        let order = try OrderLoader.load(path: Paths.example("orders/lysogorsk-2022-57.yaml"))
        let paths = try OrderDocuments.write(order, to: try Paths.temporaryFolder().path, formats: [format])
        return try OfficeDocument(path: try #require(paths.first))
    }

    /// A length such as «3cm», «0.3937in» or «30mm» in millimetres.
    static func millimetres(_ text: String?) -> Double? {
        guard let text else { return nil }
        for (unit, factor) in [("mm", 1.0), ("cm", 10.0), ("in", 25.4), ("pt", 25.4 / 72)] where text.hasSuffix(unit) {
            return Double(text.dropLast(unit.count)).map { $0 * factor }
        }
        return nil
    }

    @Test func odtPageSetupFontsAndNumbering() throws {
        let document = try Self.generate(.odt)
        let styles = try document.xml("styles.xml").root
        let masters = styles.descendants("master-page", in: NS.style)
        let standard = try #require(masters.first { $0.attribute("name", in: NS.style) == "Standard" })
        let first = try #require(masters.first { $0.attribute("name", in: NS.style) == "First_20_Page" })
        #expect(first.element("header", in: NS.style) == nil)
        #expect(first.attribute("next-style-name", in: NS.style) == "Standard")
        #expect(!(standard.element("header", in: NS.style)?.descendants("page-number", in: NS.text).isEmpty ?? true))
        let layoutName = standard.attribute("page-layout-name", in: NS.style)
        let layout = try #require(
            styles.descendants("page-layout", in: NS.style).first { $0.attribute("name", in: NS.style) == layoutName })
        let properties = try #require(layout.element("page-layout-properties", in: NS.style))
        let expected = [
            ("page-width", 210.0), ("page-height", 297.0), ("margin-left", 30.0), ("margin-right", 10.0),
            ("margin-top", 10.0), ("margin-bottom", 20.0),
        ]
        // Pages after the first: the page number in a header 10 mm from the top edge, the text from
        // 20 mm (header 10 mm including its spacing); the first page has no header and a 20 mm margin.
        let header = try #require(
            layout.element("header-style", in: NS.style)?.element("header-footer-properties", in: NS.style))
        #expect(abs((Self.millimetres(header.attribute("min-height", in: NS.fo)) ?? 0) - 10) < 0.1)
        let firstLayout = try #require(
            styles.descendants("page-layout", in: NS.style).first {
                $0.attribute("name", in: NS.style) == first.attribute("page-layout-name", in: NS.style)
            })
        let firstTop = firstLayout.element("page-layout-properties", in: NS.style)?.attribute("margin-top", in: NS.fo)
        #expect(abs((Self.millimetres(firstTop) ?? 0) - 20) < 0.1)
        for (name, value) in expected {
            let actual = try #require(Self.millimetres(properties.attribute(name, in: NS.fo)))
            #expect(abs(actual - value) < 0.1, "\(name): \(actual) мм")
        }
        let defaults = try #require(
            styles.descendants("default-style", in: NS.style).first {
                $0.attribute("family", in: NS.style) == "paragraph"
            })
        let text = try #require(defaults.element("text-properties", in: NS.style))
        #expect(text.attribute("font-name", in: NS.style) == "Times New Roman")
        #expect(text.attribute("font-size", in: NS.fo) == "14pt")
        let body = try #require(
            styles.descendants("style", in: NS.style).first { $0.attribute("name", in: NS.style) == "Body" })
        let paragraph = try #require(body.element("paragraph-properties", in: NS.style))
        #expect(paragraph.attribute("text-align", in: NS.fo) == "justify")
        #expect(abs((Self.millimetres(paragraph.attribute("text-indent", in: NS.fo)) ?? 0) - 12.5) < 0.1)
        // The first paragraph starts the order's first page, which has no page number (and has a
        // footer for the QR code).
        let content = try document.xml("content.xml").root
        let firstParagraph = try #require(content.descendants("p", in: NS.text).first)
        let styleName = firstParagraph.attribute("style-name", in: NS.text)
        let automatic = try #require(
            content.descendants("style", in: NS.style).first { $0.attribute("name", in: NS.style) == styleName })
        let masterName = automatic.attribute("master-page-name", in: NS.style)
        #expect(masterName == "Order_20_First")
        let master = try #require(
            try document.xml("styles.xml").root.descendants("master-page", in: NS.style).first {
                $0.attribute("name", in: NS.style) == masterName
            })
        #expect(master.element("header", in: NS.style) == nil)
    }

    @Test func docxPageSetupFontsAndNumbering() throws {
        let document = try Self.generate(.docx)
        let body = try document.xml("word/document.xml").root
        let section = try #require(body.descendants("sectPr", in: NS.w).first)
        let size = try #require(section.element("pgSz", in: NS.w))
        #expect(size.attribute("w", in: NS.w) == "11906" && size.attribute("h", in: NS.w) == "16838")
        let margins = try #require(section.element("pgMar", in: NS.w))
        // twips: 30 mm = 1701, 10 mm = 567, 20 mm = 1134; the text starts 20 mm from the top edge and
        // the page number's header sits inside that margin, 10 mm from the edge.
        #expect(margins.attribute("left", in: NS.w) == "1701")
        #expect(margins.attribute("right", in: NS.w) == "567")
        #expect(margins.attribute("bottom", in: NS.w) == "1134")
        #expect(margins.attribute("top", in: NS.w) == "1134")
        #expect(margins.attribute("header", in: NS.w) == "567")
        #expect(section.element("titlePg", in: NS.w) != nil, "первая страница без номера")
        let reference = try #require(
            section.elements("headerReference", in: NS.w).first { $0.attribute("type", in: NS.w) == "default" })
        #expect(reference.attribute("id", in: NS.r) != nil)
        let header = try #require(try document.stories().first { $0.kind == .header })
        let headerText = String(decoding: try document.bytes(of: header.part), as: UTF8.self)
        #expect(headerText.contains("PAGE"))
        let styles = try document.xml("word/styles.xml").root
        let defaults = try #require(styles.descendants("rPrDefault", in: NS.w).first)
        #expect(defaults.descendants("rFonts", in: NS.w).first?.attribute("ascii", in: NS.w) == "Times New Roman")
        #expect(defaults.descendants("sz", in: NS.w).first?.attribute("val", in: NS.w) == "28")
    }
}
