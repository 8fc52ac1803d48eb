/// A PDF as LibreOffice writes it, read only as far as splitting it needs: the classic
/// cross-reference table, where each object starts and ends, and the trailer.
///
/// Cross-reference streams, object streams and incremental updates (none of which LibreOffice's
/// export writes) are not read: ``init(_:)`` returns nil, and the caller converts the documents one
/// by one instead.
struct PDFFile {
    let bytes: [UInt8]
    /// Each object's bytes, from `n g obj` to just before the next object.
    let objects: [Int: Range<Int>]
    /// Where the file's first object starts: the header before it is copied as it is.
    let headerEnd: Int
    let root: Int
    let info: Int?

    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        guard let startxref = Self.lastIndex(of: "startxref", in: bytes) else { return nil }
        let tail = PDFSyntax(bytes, in: (startxref + 9)..<bytes.count)
        guard case .integer(let xref) = tail.tokens.first?.kind, xref >= 0, xref < startxref,
            bytes[xref...].starts(with: Array("xref".utf8))
        else { return nil }
        guard let trailer = Self.firstIndex(of: "trailer", in: bytes, from: xref), trailer < startxref else {
            return nil
        }
        var offsets: [Int: Int] = [:]
        guard Self.readTable(bytes, from: xref + 4, to: trailer, into: &offsets) else { return nil }
        let trailerSyntax = PDFSyntax(bytes, in: (trailer + 7)..<startxref)
        guard trailerSyntax.value(after: "Prev") == nil, let root = trailerSyntax.reference(after: "Root") else {
            return nil
        }
        let sorted = offsets.sorted { $0.value < $1.value }
        var objects: [Int: Range<Int>] = [:]
        for (position, entry) in sorted.enumerated() {
            let next = position + 1 < sorted.count ? sorted[position + 1].value : xref
            guard entry.value < next else { return nil }
            objects[entry.key] = entry.value..<next
        }
        self.objects = objects
        self.headerEnd = sorted.first?.value ?? xref
        self.root = root
        self.info = trailerSyntax.reference(after: "Info")
    }

    /// The tokens of an object's dictionary: everything before its stream, if it has one.
    func syntax(of object: Int) -> PDFSyntax? {
        guard let range = objects[object] else { return nil }
        let end = streamStart(in: range) ?? range.upperBound
        // Skip `n g obj`.
        let header = PDFSyntax(bytes, in: range.lowerBound..<end)
        guard header.tokens.count >= 3, header.tokens[2].kind == .keyword("obj") else { return nil }
        return PDFSyntax(bytes, in: header.tokens[2].range.upperBound..<end)
    }

    /// Where the keyword `stream` that follows the object's dictionary (`>>`, then white space) is.
    private func streamStart(in range: Range<Int>) -> Int? {
        var from = range.lowerBound
        while let found = Self.firstIndex(of: "stream", in: bytes, from: from, before: range.upperBound) {
            var before = found - 1
            while before > range.lowerBound, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[before]) { before -= 1 }
            if before > range.lowerBound, bytes[before] == 0x3E, bytes[before - 1] == 0x3E { return found }
            from = found + 6
        }
        return nil
    }

    /// Reads the subsections of a cross-reference table: `first count`, then 20-byte entries.
    private static func readTable(_ bytes: [UInt8], from start: Int, to end: Int, into offsets: inout [Int: Int])
        -> Bool
    {
        let syntax = PDFSyntax(bytes, in: start..<end)
        var index = 0
        let tokens = syntax.tokens
        while index + 1 < tokens.count {
            guard case .integer(let first) = tokens[index].kind, case .integer(let count) = tokens[index + 1].kind,
                count >= 0, index + 2 + 3 * count <= tokens.count
            else { return false }
            index += 2
            for number in first..<(first + count) {
                guard case .integer(let offset) = tokens[index].kind, case .keyword(let kind) = tokens[index + 2].kind
                else { return false }
                if kind == "n" { offsets[number] = offset }
                index += 3
            }
        }
        return index == tokens.count
    }

    static func firstIndex(of word: String, in bytes: [UInt8], from start: Int, before end: Int? = nil) -> Int? {
        let pattern = Array(word.utf8)
        let limit = (end ?? bytes.count) - pattern.count
        guard start <= limit else { return nil }
        var index = start
        while index <= limit {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                return index
            }
            index += 1
        }
        return nil
    }

    static func lastIndex(of word: String, in bytes: [UInt8]) -> Int? {
        let pattern = Array(word.utf8)
        var index = bytes.count - pattern.count
        while index >= 0 {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                return index
            }
            index -= 1
        }
        return nil
    }
}
