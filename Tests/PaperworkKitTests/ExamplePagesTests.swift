import Foundation
import TestSupport
import Testing

@testable import PaperworkKit

/// Every example document as a clerk sees it: made into PDF by LibreOffice and read page by page
/// (`pdftotext -layout`): no «г.» alone on a line, no «№» at a line end, no page without text,
/// the signature on the page of the last paragraph.
@Suite(.enabled(if: LibreOffice.testsEnabled, "LibreOffice (soffice) не установлен; в CI этот тест обязателен"))
struct ExamplePagesTests {
    /// One document: its name, its PDF's pages (lines, trimmed, no-break spaces as spaces) and the
    /// «И.О. Фамилия» of its signature.
    struct Pages {
        let name: String
        let pages: [[String]]
        let signature: String
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
            return Pages(name: name, pages: try pageLines(pdf), signature: signature)
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
}
