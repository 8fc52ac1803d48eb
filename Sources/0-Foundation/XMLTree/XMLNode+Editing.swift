internal import CLibXML2

extension XMLNode {
    /// Appends `child` as the last child (moving it if it is elsewhere in the document).
    /// - Returns: the node now in the tree; adjacent text nodes may be merged into one.
    @discardableResult
    public func append(_ child: XMLNode) -> XMLNode {
        xmlUnlinkNode(child.raw)
        return settle(child, xmlAddChild(raw, child.raw))
    }

    /// Inserts `sibling` right before this node.
    @discardableResult
    public func insertBefore(_ sibling: XMLNode) -> XMLNode {
        xmlUnlinkNode(sibling.raw)
        return settle(sibling, xmlAddPrevSibling(raw, sibling.raw))
    }

    /// Inserts `sibling` right after this node.
    @discardableResult
    public func insertAfter(_ sibling: XMLNode) -> XMLNode {
        xmlUnlinkNode(sibling.raw)
        return settle(sibling, xmlAddNextSibling(raw, sibling.raw))
    }

    /// A deep (or shallow) copy of this node, not yet placed in the tree.
    public func clone(deep: Bool = true) -> XMLNode {
        let copy = xmlDocCopyNode(raw, document.raw, deep ? 1 : 2)
        if let copy { Namespaces.adoptRootDeclarations(copy, in: document.raw) }
        return document.allocated(copy)
    }

    /// A deep copy of `node`, which belongs to another document, made for this node's document and
    /// not yet placed in the tree.
    public func copy(of node: XMLNode) -> XMLNode {
        let copy = xmlDocCopyNode(node.raw, document.raw, 1)
        if let copy { Namespaces.adoptRootDeclarations(copy, in: document.raw) }
        return document.allocated(copy)
    }

    /// Makes `namespace` usable on this element and below: the prefix already bound to it in
    /// scope, or a new declaration on this element with `preferred` (or `preferred1`, … when that
    /// prefix means something else here).
    @discardableResult
    public func declare(_ namespace: String, preferring preferred: String) -> String {
        if let found = xmlSearchNsByHref(document.raw, raw, namespace) {
            return found.pointee.prefix.map { String(cString: $0) } ?? ""
        }
        var prefix = preferred
        var suffix = 0
        while xmlSearchNs(document.raw, raw, prefix) != nil {
            suffix += 1
            prefix = preferred + String(suffix)
        }
        xmlNewNs(raw, namespace, prefix)
        return prefix
    }

    /// Takes this node out of the tree. It stays valid and may be inserted again.
    public func remove() {
        xmlUnlinkNode(raw)
        document.track(raw)
    }

    /// Replaces this node by `other` in the tree.
    public func replace(with other: XMLNode) {
        insertBefore(other)
        remove()
    }

    /// Moves every child of this node to just before it, then removes the now empty node.
    public func unwrap() {
        for child in children { insertBefore(child) }
        remove()
    }

    /// libxml2 merges a text node into an adjacent text node and frees it; keep our books straight.
    private func settle(_ inserted: XMLNode, _ result: xmlNodePtr?) -> XMLNode {
        guard let result else { return inserted }
        if result != inserted.raw { document.forget(inserted.raw) }
        return XMLNode(raw: result, document: document)
    }
}
