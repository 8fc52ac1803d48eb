import XMLTree

/// Plain text of DOCX paragraphs as a reader sees it.
enum DOCXText {
    /// The text of paragraph `p`: runs' text, tabs as `\t`, breaks as `\n`; deleted text,
    /// field instructions and nested paragraphs (text boxes) are left out.
    static func paragraph(_ p: XMLNode) -> String {
        var text = ""
        p.walk { node in
            guard node.namespace == NS.w else { return true }
            switch node.name {
            case "p", "delText", "instrText", "del": return false
            case "t":
                text += node.text
                return false
            case "tab":
                if node.parent?.name == "r" { text += "\t" }
                return false
            case "br", "cr":
                text += "\n"
                return false
            case "noBreakHyphen":
                text += "\u{2011}"
                return false
            default: return true
            }
        }
        return text
    }
}

/// Plain text of ODT paragraphs as a reader sees it.
enum ODTText {
    /// The text of `text:p` or `text:h`: spans followed, `text:s` as spaces, tabs and line breaks
    /// kept; notes' bodies and nested paragraphs left out (they are paragraphs of their own).
    static func paragraph(_ p: XMLNode) -> String {
        var text = ""
        append(p, to: &text)
        return text
    }

    private static func append(_ node: XMLNode, to text: inout String) {
        for child in node.children {
            switch child.kind {
            case .text, .cdata: text += child.text
            case .element where child.namespace == NS.text:
                switch child.name {
                case "s": text += String(repeating: " ", count: Int(child.attribute("c", in: NS.text) ?? "1") ?? 1)
                case "tab": text += "\t"
                case "line-break": text += "\n"
                case "note-body", "p", "h", "list", "bookmark", "bookmark-start", "bookmark-end", "soft-page-break":
                    break
                default: append(child, to: &text)
                }
            case .element where child.namespace == NS.table || child.namespace == NS.office: break
            case .element: append(child, to: &text)
            default: break
            }
        }
    }
}
