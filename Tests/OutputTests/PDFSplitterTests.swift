import Foundation
import TestSupport
import Testing

@testable import Output

/// Splitting a PDF of bound documents at its `PaperworkPart<i>` destinations: each part a whole
/// PDF that poppler reads without complaint, with its own pages only; anything unexpected gives nil
/// (the documents are then converted one by one), never a wrong split.
@Suite struct PDFSplitterTests {
    /// A PDF with `pages` pages (text «Страница N» in Helvetica, resources inherited from the page
    /// tree, as LibreOffice writes them) and the named destinations `marks` (name → page index).
    static func pdf(pages: Int, marks: [(String, Int)], trailerExtra: String = "") -> [UInt8] {
        var objects: [String] = []
        // 1 catalog, 2 pages, 3 resources, 4 font, 5 dests, 6 info, then page + content pairs.
        let pageNumbers = (0..<pages).map { 7 + 2 * $0 }
        objects.append("<</Type/Catalog/Pages 2 0 R/Dests 5 0 R/Lang(ru-RU)>>")
        objects.append(
            "<</Type/Pages/Resources 3 0 R/MediaBox[0 0 595 842]/Kids[ "
                + pageNumbers.map { "\($0) 0 R" }.joined(separator: " ") + " ]/Count \(pages)>>")
        objects.append("<</Font<</F1 4 0 R>>>>")
        objects.append("<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>")
        objects.append(
            "<<" + marks.map { "/\($0.0)[\(pageNumbers[$0.1]) 0 R/XYZ 0 842 0]" }.joined(separator: "\n") + ">>")
        objects.append("<</Producer(a string with 5 0 R and \\) inside)>>")
        for page in 0..<pages {
            let content = "BT /F1 24 Tf 72 720 Td (Page \(page + 1)) Tj ET"
            objects.append("<</Type/Page/Parent 2 0 R/Contents \(pageNumbers[page] + 1) 0 R>>")
            objects.append("<</Length \(content.utf8.count)>>\nstream\n\(content)\nendstream")
        }
        var bytes = Array("%PDF-1.6\n%\u{E2}\u{E3}\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(bytes.count)
            bytes += Array("\(index + 1) 0 obj\n\(body)\nendobj\n\n".utf8)
        }
        let xref = bytes.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table +=
            "trailer\n<</Size \(objects.count + 1)/Root 1 0 R/Info 6 0 R\(trailerExtra)>>\nstartxref\n\(xref)\n%%EOF\n"
        return bytes + Array(table.utf8)
    }

    static let poppler = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")

    /// What poppler reads from `pdf`: its text by page and anything it complained of.
    static func read(_ pdf: [UInt8]) throws -> (pages: [String], complaints: String) {
        let file = try Paths.temporaryFolder().appendingPathComponent("part.pdf")
        try Data(pdf).write(to: file)
        let result = try Command.run("/usr/bin/pdftotext", ["-enc", "UTF-8", file.path, "-"])
        let pages = result.stdout.components(separatedBy: "\u{0C}").dropLast().map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return (pages, result.stderr + (result.status == 0 ? "" : "exit \(result.status)"))
    }

    @Test(.enabled(if: poppler)) func splitsAtTheMarksIntoWholePDFs() throws {
        let source = Self.pdf(pages: 5, marks: [("PaperworkPart0", 0), ("PaperworkPart1", 2), ("PaperworkPart2", 3)])
        #expect(try Self.read(source).pages == ["Page 1", "Page 2", "Page 3", "Page 4", "Page 5"])
        let parts = try #require(PDFSplitter.split(source, parts: 3))
        #expect(parts.count == 3)
        let read = try parts.map(Self.read)
        #expect(read.map(\.pages) == [["Page 1", "Page 2"], ["Page 3"], ["Page 4", "Page 5"]])
        #expect(read.allSatisfy { $0.complaints.isEmpty }, "\(read.map(\.complaints))")
        // A part keeps only its own pages' objects, and no destinations of the volume.
        let second = String(decoding: parts[1], as: UTF8.self)
        #expect(second.contains("(Page 3)"))
        #expect(!second.contains("(Page 2)") && !second.contains("(Page 4)"))
        #expect(!second.contains("PaperworkPart"))
        #expect(second.contains("/Lang(ru-RU)"))
    }

    @Test func marksMissingOrOutOfOrderGiveNoSplit() {
        let missing = Self.pdf(pages: 3, marks: [("PaperworkPart0", 0), ("PaperworkPart2", 2)])
        #expect(PDFSplitter.split(missing, parts: 3) == nil)
        let unordered = Self.pdf(
            pages: 3, marks: [("PaperworkPart0", 0), ("PaperworkPart1", 2), ("PaperworkPart2", 1)])
        #expect(PDFSplitter.split(unordered, parts: 3) == nil)
        let notFirst = Self.pdf(pages: 3, marks: [("PaperworkPart0", 1), ("PaperworkPart1", 2)])
        #expect(PDFSplitter.split(notFirst, parts: 2) == nil)
        let samePage = Self.pdf(pages: 3, marks: [("PaperworkPart0", 0), ("PaperworkPart1", 0)])
        #expect(PDFSplitter.split(samePage, parts: 2) == nil)
    }

    @Test func whatItDoesNotReadGivesNoSplit() {
        let good = Self.pdf(pages: 2, marks: [("PaperworkPart0", 0), ("PaperworkPart1", 1)])
        #expect(PDFSplitter.split(good, parts: 2) != nil)
        #expect(PDFSplitter.split([], parts: 2) == nil)
        #expect(PDFSplitter.split(Array("not a pdf at all".utf8), parts: 2) == nil)
        #expect(PDFSplitter.split(Array(good.prefix(good.count / 2)), parts: 2) == nil)
        // An incremental update (a second cross-reference table) is not read.
        let updated = Self.pdf(
            pages: 2, marks: [("PaperworkPart0", 0), ("PaperworkPart1", 1)], trailerExtra: "/Prev 9")
        #expect(PDFSplitter.split(updated, parts: 2) == nil)
        // A cross-reference stream instead of a table.
        var stream = good
        if let at = PDFFile.lastIndex(of: "startxref", in: stream) {
            stream.replaceSubrange(at..<stream.count, with: Array("startxref\n15\n%%EOF\n".utf8))
        }
        #expect(PDFSplitter.split(stream, parts: 2) == nil)
    }
}
