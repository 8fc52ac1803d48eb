internal import CLibXML2

/// libxml2 copies a node without knowing where it will go, so it declares the node's namespaces
/// on the copy again. Office parts declare every namespace on the root; a copy that reuses those
/// declarations serializes the way Word and LibreOffice write it.
enum Namespaces {
    static func adoptRootDeclarations(_ node: xmlNodePtr, in document: xmlDocPtr) {
        guard let root = xmlDocGetRootElement(document), node != root else { return }
        var previous: xmlNsPtr?
        var cursor = node.pointee.nsDef
        while let declaration = cursor {
            let next = declaration.pointee.next
            if let shared = rootDeclaration(matching: declaration, on: root) {
                replace(declaration, with: shared, below: node)
                if let previous { previous.pointee.next = next } else { node.pointee.nsDef = next }
                declaration.pointee.next = nil
                xmlFreeNs(declaration)
            } else {
                previous = declaration
            }
            cursor = next
        }
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { adoptRootDeclarations(current, in: document) }
            child = current.pointee.next
        }
    }

    private static func rootDeclaration(matching declaration: xmlNsPtr, on root: xmlNodePtr) -> xmlNsPtr? {
        var cursor = root.pointee.nsDef
        while let candidate = cursor {
            if xmlStrEqual(candidate.pointee.prefix, declaration.pointee.prefix) != 0,
                xmlStrEqual(candidate.pointee.href, declaration.pointee.href) != 0
            {
                return candidate
            }
            cursor = candidate.pointee.next
        }
        return nil
    }

    private static func replace(_ old: xmlNsPtr, with new: xmlNsPtr, below node: xmlNodePtr) {
        if node.pointee.ns == old { node.pointee.ns = new }
        var attribute = node.pointee.properties
        while let current = attribute {
            if current.pointee.ns == old { current.pointee.ns = new }
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { replace(old, with: new, below: current) }
            child = current.pointee.next
        }
    }
}
