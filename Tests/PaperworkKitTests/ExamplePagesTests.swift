import Foundation
import TestSupport
import Testing

@testable import PaperworkKit

/// Every example document as a clerk sees it: made into PDF by LibreOffice and read page by page
/// (`pdftotext -layout`, and `-bbox` for where words stand): no «г.» alone on a line, no «№» at a
/// line end, no page without text, the signature on the page of the last paragraph, «Исп.» at the
/// bottom left of the signature's page, no plan row split across pages, no section title of a plan
/// alone at the foot of a page.
@Suite(.enabled(if: LibreOffice.testsEnabled, "LibreOffice (soffice) не установлен; в CI этот тест обязателен"))
struct ExamplePagesTests {
    /// One document: its name, its PDF's pages (lines, trimmed, no-break spaces as spaces) and the
    /// «И.О. Фамилия» of its signature.
    struct Pages {
        let name: String
        let pages: [[String]]
        let signature: String
        /// Every page's words, in the order the PDF draws them (a table cell's words together).
        let words: [[Word]]
    }

    /// A word of a page and its box, in points from the page's top left corner.
    struct Word {
        let text: String
        let x: Double
        let bottom: Double
        let pageHeight: Double
    }

    /// The example batch (справка, rating, letters, order 214-од) and the two seed orders, as PDF pages.
    static let documents: Result<[Pages], any Error> = Result { try make() }

    static func make() throws -> [Pages] {
        let folder = try Paths.temporaryFolder()
        let summary = try Batch(try BatchTests.inputs(formats: [.docx, .odt])).run(
            into: folder.appendingPathComponent("batch").path)
        var files = summary.files.filter { $0.hasSuffix(".docx") || $0.hasSuffix(".odt") }
        for example in ["lysogorsk-2022-57", "yenisei-2023-305"] {
            let order = try OrderLoader.load(path: Paths.example("orders/\(example).yaml"))
            files += try OrderDocuments.write(
                order, to: folder.appendingPathComponent(example).path, formats: [.docx, .odt])
        }
        let staged = try Paths.temporaryFolder()
        var copies: [String] = []
        for (index, file) in files.enumerated() {
            let copy = staged.appendingPathComponent("d\(index).\(URL(fileURLWithPath: file).pathExtension)").path
            try FileManager.default.copyItem(atPath: file, toPath: copy)
            copies.append(copy)
        }
        let pdfs = try LibreOffice.convert(copies, to: "pdf")
        return try zip(files, pdfs).map { file, pdf in
            let name = URL(fileURLWithPath: file).lastPathComponent
            let signature: String
            switch name {
            case _ where name.hasPrefix("Справка"): signature = "Е.О. Белова"
            case _ where name.hasPrefix("приказ 57"): signature = "Е.Б. Мирошниченко"
            case _ where name.hasPrefix("приказ 01-04-305"): signature = "Е.К. Бурбукина"
            default: signature = "И.С. Ковалёва"
            }
            return Pages(name: name, pages: try pageLines(pdf), signature: signature, words: try pageWords(pdf))
        }
    }

    /// The lines of each page of `pdf`, as `pdftotext -layout` lays them out.
    static func pageLines(_ pdf: String) throws -> [[String]] {
        let info = try Command.run("/usr/bin/pdfinfo", [pdf]).stdout
        let count =
            info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        return try (1...max(count, 1)).map { page in
            try Command.run("/usr/bin/pdftotext", ["-layout", "-f", "\(page)", "-l", "\(page)", pdf, "-"]).stdout
                .replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\u{0C}", with: "")
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    /// The words of each page of `pdf` with their boxes (`pdftotext -bbox`).
    static func pageWords(_ pdf: String) throws -> [[Word]] {
        let html = try Command.run("/usr/bin/pdftotext", ["-bbox", pdf, "-"]).stdout
        func number(_ name: String, in tag: Substring) -> Double {
            guard let start = tag.range(of: name + "=\"") else { return 0 }
            return Double(tag[start.upperBound...].prefix { $0 != "\"" }) ?? 0
        }
        var pages: [[Word]] = []
        var height = 0.0
        for line in html.split(separator: "\n") {
            if line.contains("<page ") {
                height = number("height", in: line)
                pages.append([])
            } else if line.contains("<word "), let open = line.firstIndex(of: ">"),
                let close = line.range(of: "</word>")
            {
                let text = String(line[line.index(after: open)..<close.lowerBound])
                pages[pages.count - 1].append(
                    Word(text: text, x: number("xMin", in: line), bottom: number("yMax", in: line), pageHeight: height))
            }
        }
        return pages
    }

    /// Letters and digits only, in lower case: text compared across line breaks, hyphens and quotes.
    static func letters(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// A line that only numbers the page.
    static func isPageNumber(_ line: String) -> Bool { !line.isEmpty && line.allSatisfy(\.isNumber) }

    @Test func everyDocumentIsThere() throws {
        let documents = try Self.documents.get()
        #expect(documents.count == 2 * (1 + 1 + 1 + 26) + 4)
        #expect(documents.allSatisfy { !$0.pages.isEmpty })
    }

    @Test func noYearMarkOrNumberSignLeftAlone() throws {
        for document in try Self.documents.get() {
            for (index, page) in document.pages.enumerated() {
                for line in page {
                    #expect(line != "г." && line != "гг.", "\(document.name), с. \(index + 1): «г.» одно в строке")
                    #expect(!line.hasSuffix("№"), "\(document.name), с. \(index + 1): «№» в конце строки: \(line)")
                    #expect(!line.hasPrefix("г. ") || !line.dropFirst(3).allSatisfy { $0 == " " })
                }
            }
        }
    }

    @Test func noPageWithoutText() throws {
        for document in try Self.documents.get() {
            for (index, page) in document.pages.enumerated() {
                #expect(
                    page.contains { !Self.isPageNumber($0) },
                    "\(document.name): страница \(index + 1) из \(document.pages.count) без текста")
            }
        }
    }

    /// The signature stands on the same page as text above it: a title and a name alone on a page
    /// are sent back for retyping.
    @Test func signatureStaysWithTheText() throws {
        for document in try Self.documents.get() {
            guard
                let pageIndex = document.pages.firstIndex(where: { page in
                    page.contains { $0.hasSuffix(document.signature) }
                })
            else {
                Issue.record("\(document.name): подпись «\(document.signature)» не найдена")
                continue
            }
            let page = document.pages[pageIndex]
            let line = page.firstIndex { $0.hasSuffix(document.signature) } ?? 0
            // Above the signature: the end of a paragraph of the text, not only the page number and the
            // title's lines («Начальник»).
            let above = page[..<line].filter { !Self.isPageNumber($0) }
            #expect(
                above.contains { $0.hasSuffix(".") || $0.hasSuffix(":") || $0.hasSuffix(";") },
                "\(document.name): подпись на с. \(pageIndex + 1) оторвана от текста: \(above)")
        }
    }

    /// «Исп.» stands at the bottom left of the page the text ends on (GOST R 7.0.97), not under the
    /// signature: within the last 1,5 cm of the text area (bottom margin 2 cm) and at the left margin.
    @Test func executorStandsAtTheBottomLeftOfTheSignaturesPage() throws {
        var checked = 0
        for document in try Self.documents.get() {
            guard let page = document.words.firstIndex(where: { $0.contains { $0.text == "Исп.:" } }) else { continue }
            checked += 1
            let mark = document.words[page].first { $0.text == "Исп.:" }
            let margin = 2 / 2.54 * 72
            #expect(
                (mark?.bottom ?? 0) > (mark?.pageHeight ?? 0) - margin - 1.5 / 2.54 * 72,
                "\(document.name): «Исп.» на с. \(page + 1) не внизу страницы")
            #expect((mark?.x ?? 999) < 3 / 2.54 * 72 + 10, "\(document.name): «Исп.» не у левого поля")
            let signed = document.pages.firstIndex { $0.contains { $0.hasSuffix(document.signature) } }
            #expect(signed == page, "\(document.name): «Исп.» на с. \(page + 1), подпись на с. \((signed ?? -1) + 1)")
        }
        // The справка, the order 214-од and 26 letters, in DOCX and ODT; the seed orders name no executor.
        #expect(checked == 2 * (1 + 1 + 26))
    }

    /// A plan's row is never split across pages: each activity's words stand on one page, in their
    /// order (a table's cells are drawn line by line, so other cells' words come in between).
    @Test func noPlanRowIsSplitAcrossPages() throws {
        let documents = try Self.documents.get()
        func words(_ text: String) -> [String] {
            text.split(whereSeparator: \.isWhitespace).map { Self.letters(String($0)) }.filter { !$0.isEmpty }
        }
        func holds(_ page: [String], inOrder wanted: [String]) -> Bool {
            var next = wanted.startIndex
            for word in page where next < wanted.endIndex && word == wanted[next] { next += 1 }
            return next == wanted.endIndex
        }
        for (example, prefix) in [("lysogorsk-2022-57", "приказ 57"), ("yenisei-2023-305", "приказ 01-04-305")] {
            let order = try OrderLoader.load(path: Paths.example("orders/\(example).yaml"))
            let activities = order.appendices.flatMap { appendix -> [String] in
                guard case .plan(let plan) = appendix.content else { return [] }
                return plan.sections.flatMap { $0.items.compactMap { $0[.activity] } }
            }
            #expect(activities.count > 10, "\(example): план не найден")
            for document in documents where document.name.hasPrefix(prefix) {
                let pages = document.words.map { page in page.flatMap { words($0.text) } }
                for activity in activities {
                    #expect(
                        pages.contains { holds($0, inOrder: words(activity)) },
                        "\(document.name): строка плана «\(activity.prefix(60))…» разорвана между страницами")
                }
            }
        }
    }

    @Test func noPlanSectionTitleIsLeftAtTheFootOfAPage() throws {
        let documents = try Self.documents.get()
        func words(_ text: String) -> [String] {
            text.split(whereSeparator: \.isWhitespace).map { Self.letters(String($0)) }.filter { !$0.isEmpty }
        }
        /// Where `wanted` stands on `page` in order, as the position after its last word.
        func end(of wanted: [String], in page: [String]) -> Int? {
            var next = wanted.startIndex
            for (position, word) in page.enumerated() where next < wanted.endIndex && word == wanted[next] {
                next += 1
                if next == wanted.endIndex { return position + 1 }
            }
            return nil
        }
        for (example, prefix) in [("lysogorsk-2022-57", "приказ 57"), ("yenisei-2023-305", "приказ 01-04-305")] {
            let order = try OrderLoader.load(path: Paths.example("orders/\(example).yaml"))
            let sections = order.appendices.flatMap { appendix -> [(title: String, first: String)] in
                guard case .plan(let plan) = appendix.content else { return [] }
                return plan.sections.compactMap { section in
                    section.items.first?[.activity].map { (section.title, $0) }
                }
            }
            #expect(sections.count >= 3, "\(example): разделы плана не найдены")
            for document in documents where document.name.hasPrefix(prefix) {
                let pages = document.words.map { page in page.flatMap { words($0.text) } }
                for section in sections {
                    // The first page with the title holds the section's first row after it.
                    guard let page = pages.first(where: { end(of: words(section.title), in: $0) != nil }),
                        let after = end(of: words(section.title), in: page)
                    else {
                        Issue.record("\(document.name): раздел «\(section.title.prefix(50))» не найден")
                        continue
                    }
                    #expect(
                        end(of: words(section.first), in: Array(page[after...])) != nil,
                        "\(document.name): раздел «\(section.title.prefix(50))…» остался внизу страницы без своих строк"
                    )
                }
            }
        }
    }
}
