/// Splits the PDF of a bound volume (see ``PDFBinder``) back into one PDF per document, at the
/// named destinations `PaperworkPart0`, `PaperworkPart1`, … that mark where each document starts.
///
/// Each part keeps the objects its pages use (content, fonts, images) under their original numbers,
/// with a page tree of its own pages and a catalogue of its own; the rest of the numbers are free.
enum PDFSplitter {
    /// One PDF per part, in order; nil when the PDF is not one this splitter reads or its marks are
    /// not `parts` documents in order, each starting on a new page.
    static func split(_ pdf: [UInt8], parts: Int) -> [[UInt8]]? {
        guard parts > 0, let file = PDFFile(pdf), let catalog = file.syntax(of: file.root),
            let pagesRoot = catalog.reference(after: "Pages"), let tree = file.syntax(of: pagesRoot),
            let kids = tree.array(after: "Kids")?.references, !kids.isEmpty,
            kids.allSatisfy({ file.syntax(of: $0).flatMap(isPage) == true }),
            let destinations = catalog.reference(after: "Dests").flatMap(file.syntax(of:)),
            let starts = starts(of: parts, in: destinations, kids: kids)
        else { return nil }
        var excluded = Set(kids)
        excluded.insert(file.root)
        excluded.insert(pagesRoot)
        if let dests = catalog.reference(after: "Dests") { excluded.insert(dests) }
        var result: [[UInt8]] = []
        for part in 0..<parts {
            let end = part + 1 < parts ? starts[part + 1] : kids.count
            let pages = Array(kids[starts[part]..<end])
            guard let bytes = write(file, pages: pages, pagesRoot: pagesRoot, excluded: excluded, catalog: catalog)
            else { return nil }
            result.append(bytes)
        }
        return result
    }

    private static func isPage(_ syntax: PDFSyntax) -> Bool {
        syntax.value(after: "Type").map { syntax.tokens[$0].kind == .name("Page") } == true
    }

    /// The index in `kids` of each part's first page.
    private static func starts(of parts: Int, in destinations: PDFSyntax, kids: [Int]) -> [Int]? {
        let tokens = destinations.tokens
        var pageOf: [String: Int] = [:]
        for index in tokens.indices where index + 4 < tokens.count {
            guard case .name(let name) = tokens[index].kind, name.hasPrefix(PDFBinder.markPrefix),
                tokens[index + 1].kind == .open(0x5B), tokens[index + 4].kind == .keyword("R"),
                case .integer(let page) = tokens[index + 2].kind
            else { continue }
            pageOf[name] = page
        }
        var starts: [Int] = []
        for part in 0..<parts {
            guard let page = pageOf[PDFBinder.markPrefix + String(part)], let start = kids.firstIndex(of: page),
                start > (starts.last ?? -1)
            else { return nil }
            starts.append(start)
        }
        return starts.first == 0 ? starts : nil
    }

    /// The PDF of `pages`: the objects they reach, a page tree of them, a catalogue.
    private static func write(
        _ file: PDFFile, pages: [Int], pagesRoot: Int, excluded: Set<Int>, catalog: PDFSyntax
    ) -> [UInt8]? {
        guard let rootRange = file.objects[pagesRoot], let tree = file.syntax(of: pagesRoot),
            let kids = tree.array(after: "Kids"), let countIndex = tree.value(after: "Count")
        else { return nil }
        // The page tree keeps its inherited resources and media box; only its kids and count change.
        let kidsText = "[ " + pages.map { "\($0) 0 R" }.joined(separator: " ") + " ]"
        var root = Array(file.bytes[rootRange])
        let replacements = [(kids.range, kidsText), (tree.tokens[countIndex].range, String(pages.count))]
        for (range, text) in replacements.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            let local = (range.lowerBound - rootRange.lowerBound)..<(range.upperBound - rootRange.lowerBound)
            root.replaceSubrange(local, with: Array(text.utf8))
        }

        let pageSet = Set(pages)
        var wanted: Set<Int> = [pagesRoot]
        var queue = pages + tree.references.map(\.object).filter { !kids.references.contains($0) }
        if let info = file.info { queue.append(info) }
        while let object = queue.popLast() {
            guard file.objects[object] != nil, !wanted.contains(object),
                !excluded.contains(object) || pageSet.contains(object)
            else { continue }
            wanted.insert(object)
            guard let syntax = file.syntax(of: object) else { return nil }
            queue += syntax.references.map(\.object)
        }

        var output = Array(file.bytes[0..<file.headerEnd])
        var offsets: [Int: Int] = [:]
        let lang = catalog.value(after: "Lang").flatMap { index -> String? in
            guard catalog.tokens[index].kind == .string else { return nil }
            return "/Lang" + String(decoding: file.bytes[catalog.tokens[index].range], as: UTF8.self)
        }
        let catalogText = "\(file.root) 0 obj\n<</Type/Catalog/Pages \(pagesRoot) 0 R\(lang ?? "")>>\nendobj\n\n"
        for object in wanted.union([file.root]).sorted() {
            offsets[object] = output.count
            if object == pagesRoot {
                output += root
            } else if object == file.root {
                output += Array(catalogText.utf8)
            } else if let range = file.objects[object] {
                output += file.bytes[range]
            }
        }
        let size = (file.objects.keys.max() ?? 0) + 1
        let xref = output.count
        output += Array(crossReference(offsets, size: size).utf8)
        var trailer = "trailer\n<</Size \(size)/Root \(file.root) 0 R"
        if let info = file.info, offsets[info] != nil { trailer += "/Info \(info) 0 R" }
        trailer += ">>\nstartxref\n\(xref)\n%%EOF\n"
        output += Array(trailer.utf8)
        return output
    }

    /// The cross-reference table: the objects written, and the other numbers as a chain of free entries.
    private static func crossReference(_ offsets: [Int: Int], size: Int) -> String {
        let free = (1..<size).filter { offsets[$0] == nil }
        var next: [Int: Int] = [:]
        for (position, object) in free.enumerated() {
            next[object] = position + 1 < free.count ? free[position + 1] : 0
        }
        var text = "xref\n0 \(size)\n"
        text.reserveCapacity(22 + 20 * size)
        text += pad(free.first ?? 0, 10) + " 65535 f \n"
        for object in 1..<max(size, 1) {
            if let offset = offsets[object] {
                text += pad(offset, 10) + " 00000 n \n"
            } else {
                text += pad(next[object] ?? 0, 10) + " 00001 f \n"
            }
        }
        return text
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
