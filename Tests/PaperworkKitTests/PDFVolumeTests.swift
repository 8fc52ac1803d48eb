import Foundation
import OfficePackage
import PaperworkKit
import TestSupport
import Testing

@testable import Output

/// Letters bound into volumes for LibreOffice and split back (see `PDFBinder`, `PDFSplitter`) come
/// out as the same PDFs, page for page and word for word, as letters converted one by one; what
/// cannot be bound faithfully is converted one by one.
@Suite(.enabled(if: LibreOffice.testsEnabled)) struct PDFVolumeTests {
    /// The example batch's letters as queued for PDF: rendered from the DOCX template, or from the
    /// ODT one when ODT is asked for too.
    static func letters(fromODT: Bool) throws -> [(name: String, bytes: [UInt8], format: OfficeFormat)] {
        let inputs = try Batch.Inputs.files(
            methodology: Paths.example("methodologies/vpr-objectivity.yaml"),
            results: Paths.example("results/vpr-objectivity-2023.csv"),
            department: Paths.example("department/sosnovsky.yaml"), formats: fromODT ? [.odt, .pdf] : [.pdf])
        return try Paperwork.batch(inputs).writeLetters(into: MemorySink()).pdfs.documents
    }

    /// Converts `documents`, bound or one by one; the PDFs by index.
    static func convert(_ documents: [(name: String, bytes: [UInt8], format: OfficeFormat)], bound: Bool) throws
        -> [[UInt8]]
    {
        let pool = PDFPool(executable: try #require(PDFConverter.executable), processes: 2)
        let record = Record(count: documents.count)
        if bound {
            try pool.convertBinding(documents) { record.set($0, $1) }
        } else {
            try pool.convert(documents) { record.set($0, $1) }
        }
        return try record.values.map { try #require($0) }
    }

    /// The text of each page of `pdf`, as poppler lays it out.
    static func pages(_ pdf: [UInt8]) throws -> [String] {
        let file = try Paths.temporaryFolder().appendingPathComponent("d.pdf")
        try Data(pdf).write(to: file)
        let result = try Command.run("/usr/bin/pdftotext", ["-layout", "-enc", "UTF-8", file.path, "-"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("Error"), "poppler: \(result.stderr)")
        return result.stdout.components(separatedBy: "\u{0C}").dropLast().map { $0 }
    }

    @Test(arguments: [false, true])
    func boundLettersAreTheLettersConvertedOneByOne(fromODT: Bool) throws {
        let documents = try Self.letters(fromODT: fromODT)
        #expect(documents.count == 26)
        #expect(documents.allSatisfy { $0.format == (fromODT ? .odt : .docx) })
        // Two volumes of 13 letters, one a process: the letters really are bound.
        let plan = PDFVolumes(documents, processes: 2)
        #expect(plan.items.map(\.members.count) == [13, 13])
        let bound = try Self.convert(documents, bound: true)
        let alone = try Self.convert(documents, bound: false)
        for index in documents.indices {
            let boundPages = try Self.pages(bound[index])
            let alonePages = try Self.pages(alone[index])
            #expect(boundPages.count >= 1)
            #expect(boundPages == alonePages, "письмо \(documents[index].name)")
            #expect(
                boundPages.first?.contains("Уважаем") == true, "письмо \(documents[index].name) начинается не с начала")
        }
    }

    @Test func documentsThatCountPagesAreConvertedOneByOne() throws {
        let documents = try Self.letters(fromODT: true).prefix(3).map { document in
            // «страница N из M» in the header: a volume would count the pages of all letters.
            let package = try OfficeDocument(bytes: document.bytes, label: document.name)
            var styles = String(decoding: try package.bytes(of: "styles.xml"), as: UTF8.self)
            styles = styles.replacingOccurrences(
                of: "</text:page-number>", with: "</text:page-number> из <text:page-count>1</text:page-count>")
            package.setBytes(Array(styles.utf8), for: "styles.xml")
            return (name: document.name, bytes: try package.write(), format: document.format)
        }
        #expect(PDFVolumes(documents, processes: 2).items.allSatisfy { !$0.isVolume })
        let pdfs = try Self.convert(documents, bound: true)
        for pdf in pdfs { #expect(try Self.pages(pdf).last?.contains("2 из 2") == true) }
    }

    @Test func lettersOfDifferentTemplatesAreNotBoundTogether() throws {
        let docx = try Self.letters(fromODT: false).prefix(3)
        let odt = try Self.letters(fromODT: true).prefix(3)
        let plan = PDFVolumes(Array(docx + odt), processes: 2)
        #expect(plan.items.map(\.members) == [[0, 1, 2], [3, 4, 5]])
        #expect(plan.items.map(\.format) == [.docx, .odt])
    }
}

/// The PDFs delivered from the pool's threads.
private final class Record: @unchecked Sendable {
    private let lock = NSLock()
    private var pdfs: [[UInt8]?]

    init(count: Int) { pdfs = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ pdf: [UInt8]) { lock.withLock { pdfs[index] = pdf } }
    var values: [[UInt8]?] { lock.withLock { pdfs } }
}
