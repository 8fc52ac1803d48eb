import OfficePackage

/// Documents waiting to become PDF: converted together at the end of a job (one LibreOffice start
/// for all, since a start costs seconds) and added to the job's sink.
public struct PDFQueue: Sendable {
    /// Each document's name in the sink (`письма/001 Школа.pdf`), its office bytes and format.
    public private(set) var documents: [(name: String, bytes: [UInt8], format: OfficeFormat)] = []

    public init() {}

    public var isEmpty: Bool { documents.isEmpty }

    /// Queues the office document `bytes` (`format`) to be added to the sink as the PDF `name`.
    public mutating func append(_ name: String, bytes: [UInt8], format: OfficeFormat) {
        documents.append((name, bytes, format))
    }

    /// Queues every document of `other`.
    public mutating func append(contentsOf other: PDFQueue) {
        documents += other.documents
    }

    /// Converts every queued document and adds the PDFs to `sink`.
    /// - Returns: the names added.
    /// - Throws: ``PDFConverter/Failure`` when LibreOffice is missing or fails; a ``Diagnostic`` of the sink.
    public func convert(into sink: any DocumentSink) throws -> [String] {
        guard !documents.isEmpty else { return [] }
        let pdfs = try PDFConverter.convertAll(documents)
        for (document, pdf) in zip(documents, pdfs) { try sink.add(document.name, bytes: pdf) }
        return documents.map(\.name)
    }
}
