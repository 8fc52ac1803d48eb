import OfficePackage

/// Documents waiting to become PDF: converted together at the end of a job on a pool of
/// LibreOffice processes (a start costs seconds) and added to the job's sink as they come.
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
    /// - Parameter progress: called with (converted, total) from any thread.
    /// - Returns: the names added.
    /// - Throws: ``PDFConverter/Failure`` naming every document LibreOffice could not convert; a
    ///   ``Diagnostic`` of the sink.
    public func convert(into sink: any DocumentSink, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in })
        throws -> [String]
    {
        guard !documents.isEmpty else { return [] }
        let names = documents.map(\.name)
        try PDFConverter.convertAll(documents, progress: progress) { index, pdf in
            try sink.add(names[index], bytes: pdf)
        }
        return names
    }
}
