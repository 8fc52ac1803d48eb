internal import CLibXML2

/// A node of an ``XMLDocument``. Keeps its document alive.
///
/// Nodes are handles: two values may refer to the same node. A removed node stays valid
/// (it is detached, not freed) until its document goes away.
public struct XMLNode {
    let raw: xmlNodePtr
    /// The document the node belongs to.
    public let document: XMLDocument

    init(raw: xmlNodePtr, document: XMLDocument) {
        self.raw = raw
        self.document = document
    }

    static func wrap(_ raw: xmlNodePtr?, _ document: XMLDocument) -> XMLNode? {
        raw.map { XMLNode(raw: $0, document: document) }
    }

    /// The kinds of node the office formats use.
    public enum Kind: Sendable, Equatable {
        case element, text, cdata, comment, processingInstruction, other
    }

    public var kind: Kind {
        switch raw.pointee.type {
        case XML_ELEMENT_NODE: .element
        case XML_TEXT_NODE: .text
        case XML_CDATA_SECTION_NODE: .cdata
        case XML_COMMENT_NODE: .comment
        case XML_PI_NODE: .processingInstruction
        default: .other
        }
    }

    public var isElement: Bool { raw.pointee.type == XML_ELEMENT_NODE }

    /// The local name (`p` for `w:p`).
    public var name: String { raw.pointee.name.map { String(cString: $0) } ?? "" }

    /// The namespace URI, or `nil` for none.
    public var namespace: String? { raw.pointee.ns?.pointee.href.map { String(cString: $0) } }

    /// The prefix as written (`w`), or `nil`.
    public var prefix: String? { raw.pointee.ns?.pointee.prefix.map { String(cString: $0) } }

    /// `prefix:name`, as the element is written.
    public var qualifiedName: String { prefix.map { "\($0):\(name)" } ?? name }

    /// Whether this is an element named `name` in `namespace`.
    public func `is`(_ name: String, in namespace: String) -> Bool {
        isElement && self.name == name && self.namespace == namespace
    }

    // MARK: Navigation

    public var parent: XMLNode? {
        guard let up = raw.pointee.parent, up.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLNode(raw: up, document: document)
    }
    public var firstChild: XMLNode? { XMLNode.wrap(raw.pointee.children, document) }
    public var lastChild: XMLNode? { XMLNode.wrap(raw.pointee.last, document) }
    public var next: XMLNode? { XMLNode.wrap(raw.pointee.next, document) }
    public var previous: XMLNode? { XMLNode.wrap(raw.pointee.prev, document) }

    /// All child nodes in order.
    public var children: [XMLNode] {
        var result: [XMLNode] = []
        var cursor = raw.pointee.children
        while let node = cursor {
            result.append(XMLNode(raw: node, document: document))
            cursor = node.pointee.next
        }
        return result
    }

    /// Child elements in order.
    public var elements: [XMLNode] { children.filter(\.isElement) }

    /// Child elements named `name` in `namespace`.
    public func elements(_ name: String, in namespace: String) -> [XMLNode] {
        children.filter { $0.is(name, in: namespace) }
    }

    /// The first child element named `name` in `namespace`.
    public func element(_ name: String, in namespace: String) -> XMLNode? {
        var cursor = raw.pointee.children
        while let node = cursor {
            let wrapped = XMLNode(raw: node, document: document)
            if wrapped.is(name, in: namespace) { return wrapped }
            cursor = node.pointee.next
        }
        return nil
    }

    /// Every descendant element, in document order, for which `match` holds.
    public func descendants(where match: (XMLNode) -> Bool) -> [XMLNode] {
        var result: [XMLNode] = []
        walk {
            if match($0) { result.append($0) }
            return true
        }
        return result
    }

    /// Every descendant element named `name` in `namespace`, in document order.
    public func descendants(_ name: String, in namespace: String) -> [XMLNode] {
        descendants { $0.is(name, in: namespace) }
    }

    /// Visits descendant elements depth-first in document order; `visit` returns `false`
    /// to skip a node's children.
    public func walk(_ visit: (XMLNode) -> Bool) {
        var cursor = raw.pointee.children
        while let node = cursor {
            let wrapped = XMLNode(raw: node, document: document)
            if node.pointee.type == XML_ELEMENT_NODE, visit(wrapped) {
                wrapped.walk(visit)
            }
            cursor = node.pointee.next
        }
    }

    // MARK: Content

    /// The node's own text for a text or CDATA node; the concatenated text of all
    /// descendant text nodes for an element.
    public var text: String {
        guard let content = xmlNodeGetContent(raw) else { return "" }
        defer { paperwork_xmlFree(content) }
        return String(cString: content)
    }

    /// Replaces the text of a text node, or the whole content of an element with one text node.
    public func setText(_ text: String) {
        if raw.pointee.type == XML_ELEMENT_NODE {
            for child in children { child.remove() }
            append(document.makeText(text))
        } else {
            xmlNodeSetContentLen(raw, text, Int32(text.utf8.count))
        }
    }

    // MARK: Attributes

    /// The value of attribute `name` in `namespace` (or without namespace).
    public func attribute(_ name: String, in namespace: String? = nil) -> String? {
        let value = namespace.map { xmlGetNsProp(raw, name, $0) } ?? xmlGetNoNsProp(raw, name)
        guard let value else { return nil }
        defer { paperwork_xmlFree(value) }
        return String(cString: value)
    }

    /// Sets attribute `name` in `namespace`; the namespace must be declared in scope.
    public func setAttribute(_ name: String, in namespace: String? = nil, to value: String) throws {
        if let namespace {
            guard
                let ns = xmlSearchNsByHref(document.raw, raw, namespace)
                    ?? xmlSearchNsByHref(document.raw, xmlDocGetRootElement(document.raw), namespace)
            else {
                throw XMLError(.invalidOperation, "пространство имён \(namespace) не объявлено", part: document.part)
            }
            xmlSetNsProp(raw, ns, name, value)
        } else {
            xmlSetProp(raw, name, value)
        }
    }

    /// Removes attribute `name` in `namespace` if present.
    public func removeAttribute(_ name: String, in namespace: String? = nil) {
        let attribute = namespace.map { xmlHasNsProp(raw, name, $0) } ?? xmlHasNsProp(raw, name, nil)
        if let attribute { xmlRemoveProp(attribute) }
    }

    /// The attributes as (namespace, local name, value) in document order.
    public var attributes: [(namespace: String?, name: String, value: String)] {
        var result: [(String?, String, String)] = []
        var cursor = raw.pointee.properties
        while let attribute = cursor {
            let name = attribute.pointee.name.map { String(cString: $0) } ?? ""
            let ns = attribute.pointee.ns?.pointee.href.map { String(cString: $0) }
            result.append((ns, name, self.attribute(name, in: ns) ?? ""))
            cursor = attribute.pointee.next
        }
        return result
    }
}

extension XMLNode: Hashable {
    /// Two handles are equal when they refer to the same node.
    public static func == (a: XMLNode, b: XMLNode) -> Bool { a.raw == b.raw }
    public func hash(into hasher: inout Hasher) { hasher.combine(UnsafeRawPointer(raw)) }
}
