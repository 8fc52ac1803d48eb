import XMLTree

typealias XMLNodeRef = XMLNode

/// The compiled form of a part: markup to copy and tags to evaluate, nested by blocks.
indirect enum TemplateNode: Sendable {
    case markup(String)
    case output(Expression, TagLocation)
    case loop(variables: [String], sequence: Expression, body: [TemplateNode], TagLocation)
    case conditional(branches: [(condition: Expression, body: [TemplateNode])], otherwise: [TemplateNode]?, TagLocation)
    /// `{% set name = value %}`.
    case assignment(name: String, value: Expression, TagLocation)
    /// `{% cellbg %}`, `{% colspan %}`, `{% vm %}`, `{% hm %}`: an instruction to the cell
    /// (``CellDirectives``).
    case cell(CellDirective, TagLocation)
    /// `{% restart_numbering %}`: an instruction to the list item it stands in or precedes
    /// (``ListNumbering``), with the number to start at when the tag gives one.
    case numbering(start: Expression?, TagLocation)
    /// `{% with … %}…{% endwith %}`.
    case scope(bindings: [KeywordArgument], body: [TemplateNode], TagLocation)
}

/// A tag read from a paragraph, before blocks are built.
struct ScannedTag {
    enum Content {
        case output(Expression)
        case statement(Statement)
        /// `{# … #}`: nothing is written.
        case comment

        /// Whether the tag writes nothing where it stands (`{% set %}`, `{# … #}`): with the `p`
        /// or `tr` prefix it takes its paragraph or row away.
        var isSilent: Bool {
            switch self {
            case .comment, .statement(.set), .statement(.restartNumbering): true
            default: false
            }
        }
    }

    let id: Int
    let content: Content
    let location: TagLocation
    let paragraph: XMLNodeRef
    /// The tag is all the text of its paragraph.
    let soleInParagraph: Bool
    /// docxtpl's prefix (`{%p`, `{%tr`, `{%r`), when the tag has one.
    var prefix: TagScanner.Prefix? = nil
    /// The marker that stands for the tag in the XML, and the inline node holding it.
    var marker: XMLNodeRef?
    var host: XMLNodeRef?

    var statement: Statement? {
        if case .statement(let statement) = content { return statement }
        return nil
    }
}
