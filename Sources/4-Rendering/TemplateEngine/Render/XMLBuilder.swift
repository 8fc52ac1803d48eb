import XMLTree

/// Builds a new XML part element by element through the XML layer, names written with their usual
/// prefixes (`c:barDir`, `chart:class`): charts, their objects and workbooks.
struct XMLBuilder {
    let document: XMLDocument
    /// Namespace by prefix, all declared on the root.
    private let namespaces: [String: String]
    /// The namespace of elements written without a prefix.
    private let defaultNamespace: String?

    /// A part `part` whose root is `root` (`c:chartSpace`, or `worksheet` in `defaultNamespace`), with
    /// `namespaces` (prefix → URI) declared on it.
    init(part: String, root: String, namespaces: [(String, String)], defaultNamespace: String? = nil) throws {
        let (prefix, _) = Self.split(root)
        let declaration: String
        if let prefix, let uri = namespaces.first(where: { $0.0 == prefix })?.1 {
            declaration = " xmlns:\(prefix)=\"\(uri)\""
        } else {
            declaration = defaultNamespace.map { " xmlns=\"\($0)\"" } ?? ""
        }
        // Only the empty root with its namespace is parsed: everything below is made element by element.
        let document = try XMLDocument(
            string: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><\(root)\(declaration)/>", part: part)
        for (key, uri) in namespaces { document.root.declare(uri, preferring: key) }
        self.document = document
        self.namespaces = Dictionary(namespaces, uniquingKeysWith: { first, _ in first })
        self.defaultNamespace = defaultNamespace
    }

    var root: XMLNode { document.root }

    /// A new element `name` (`c:ser`) with `attributes` (`chart:class`, or `val` without a namespace)
    /// and, when given, `text`.
    func element(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil) throws -> XMLNode {
        let (prefix, local) = Self.split(name)
        let node = try document.makeElement(local, namespace: prefix.map { namespaces[$0] } ?? defaultNamespace)
        for (key, value) in attributes {
            let (attributePrefix, attributeName) = Self.split(key)
            try node.setAttribute(attributeName, in: attributePrefix.flatMap { namespaces[$0] }, to: value)
        }
        if let text { node.setText(text) }
        return node
    }

    /// Appends a new element to `parent` (see ``element(_:_:text:)``) and returns it.
    @discardableResult
    func add(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil, to parent: XMLNode) throws
        -> XMLNode
    {
        parent.append(try element(name, attributes, text: text))
    }

    /// The serialized part.
    func bytes() throws -> [UInt8] { try document.serialized() }

    private static func split(_ name: String) -> (String?, String) {
        guard let colon = name.firstIndex(of: ":") else { return (nil, name) }
        return (String(name[..<colon]), String(name[name.index(after: colon)...]))
    }
}
