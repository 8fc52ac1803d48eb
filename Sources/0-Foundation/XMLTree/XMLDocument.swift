internal import CLibXML2
import Foundation

/// A parsed XML part; owns its libxml2 document and every node taken out of it.
///
/// Parsing is strict: no network, no entities substituted, no DTD loaded, no recovery.
/// Not thread-safe: a document belongs to one task at a time.
public final class XMLDocument {
    let raw: xmlDocPtr
    /// The part name used in messages.
    public let part: String
    /// Nodes created or unlinked by us that may have no parent; freed with the document.
    private var loose: Set<UnsafeMutableRawPointer> = []

    /// Parses `bytes` strictly.
    /// - Parameters:
    ///   - bytes: the part's bytes, as stored in the package.
    ///   - part: the part's name for messages (`word/document.xml`).
    /// - Throws: ``XMLError`` with line and column when the part is not well-formed,
    ///   declares entities, or refers to an external DTD.
    public init(bytes: [UInt8], part: String) throws {
        _ = LibXML.initialized
        self.part = part
        if bytes.isEmpty {
            throw XMLError(.empty, "часть пуста; документ повреждён — сохраните его заново", part: part)
        }
        try PrologCheck.check(bytes, part: part)
        guard let context = xmlNewParserCtxt() else {
            throw XMLError(.malformed, "недостаточно памяти для разбора", part: part)
        }
        defer { xmlFreeParserCtxt(context) }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(context, $0, Int32(buffer.count), part, nil, LibXML.strictOptions)
            }
        }
        guard let parsed, context.pointee.wellFormed != 0 else {
            if let parsed { xmlFreeDoc(parsed) }
            throw XMLDocument.parseError(context: context, part: part)
        }
        if let subset = parsed.pointee.intSubset, subset.pointee.entities != nil {
            xmlFreeDoc(parsed)
            throw XMLError(
                .entityDeclared, "часть объявляет сущности XML; такие части не обрабатываются",
                part: part)
        }
        guard xmlDocGetRootElement(parsed) != nil else {
            xmlFreeDoc(parsed)
            throw XMLError(.empty, "в части нет корневого элемента", part: part)
        }
        raw = parsed
    }

    /// Parses a UTF-8 string; convenient for tests and small fixtures.
    public convenience init(string: String, part: String) throws {
        try self.init(bytes: Array(string.utf8), part: part)
    }

    private static func parseError(context: xmlParserCtxtPtr, part: String) -> XMLError {
        guard let error = xmlCtxtGetLastError(context) else {
            return XMLError(.malformed, "часть не является корректным XML", part: part)
        }
        let text = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) }
        let line = Int(error.pointee.line)
        let column = Int(error.pointee.int2)
        return XMLError(
            .malformed,
            "часть не является корректным XML; документ повреждён — откройте и "
                + "сохраните его заново в Word или LibreOffice", part: part,
            line: line > 0 ? line : nil, column: column > 0 ? column : nil, cause: text)
    }

    deinit {
        let roots = loose.filter { $0.assumingMemoryBound(to: xmlNode.self).pointee.parent == nil }
        for node in roots { xmlFreeNode(node.assumingMemoryBound(to: xmlNode.self)) }
        xmlFreeDoc(raw)
    }

    /// The root element (the document node itself, should a caller have removed the root).
    public var root: XMLNode {
        XMLNode(
            raw: xmlDocGetRootElement(raw) ?? UnsafeMutableRawPointer(raw).assumingMemoryBound(to: xmlNode.self),
            document: self)
    }

    /// A node libxml2 allocated; it returns null only when memory is exhausted, which no document
    /// can recover from.
    func allocated(_ node: xmlNodePtr?) -> XMLNode {
        track(node)
        return XMLNode(raw: node.unsafelyUnwrapped, document: self)
    }

    /// Serializes the document to UTF-8 with its XML declaration, keeping `standalone`
    /// and every namespace declaration, adding no indentation.
    /// - Parameter indented: indent elements (for golden files and diffs, never for documents:
    ///   indentation is text in mixed content).
    public func serialized(indented: Bool = false) throws -> [UInt8] {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(raw, &memory, &size, "UTF-8", indented ? 1 : 0)
        guard let memory else {
            throw XMLError(.serializeFailed, "не удалось записать часть", part: part)
        }
        defer { paperwork_xmlFree(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }

    /// Creates an element in namespace `namespace` (declared on the root or above `context`),
    /// not yet placed in the tree.
    public func makeElement(_ name: String, namespace: String? = nil, near context: XMLNode? = nil) throws -> XMLNode {
        guard let node = xmlNewDocNode(raw, nil, name, nil) else {
            throw XMLError(.invalidOperation, "не удалось создать элемент \(name)", part: part)
        }
        if let namespace {
            let anchor = context?.raw ?? xmlDocGetRootElement(raw)
            guard let ns = xmlSearchNsByHref(raw, anchor, namespace) else {
                xmlFreeNode(node)
                throw XMLError(.invalidOperation, "пространство имён \(namespace) не объявлено", part: part)
            }
            xmlSetNs(node, ns)
        }
        track(node)
        return XMLNode(raw: node, document: self)
    }

    /// Creates a text node, not yet placed in the tree.
    public func makeText(_ text: String) -> XMLNode {
        allocated(xmlNewDocText(raw, text))
    }

    /// Creates a processing instruction `<?target content?>`, not yet placed in the tree.
    public func makeProcessingInstruction(_ target: String, _ content: String) -> XMLNode {
        allocated(xmlNewDocPI(raw, target, content))
    }

    func track(_ node: xmlNodePtr?) {
        if let node { loose.insert(UnsafeMutableRawPointer(node)) }
    }

    func forget(_ node: xmlNodePtr) {
        loose.remove(UnsafeMutableRawPointer(node))
    }
}
