import OfficePackage

/// Where a tag stands in a template: the part, the story when a part holds several,
/// the paragraph number (as `paperwork inspect` numbers them) and the tag as written.
public struct TagLocation: Sendable, Equatable, CustomStringConvertible {
    public let part: String
    public let story: StoryKind?
    public let paragraph: Int
    public let tag: String
    /// The document property the tag stands in (`Название`, a custom property's name), for a tag in
    /// `docProps/core.xml`, `docProps/custom.xml` or `meta.xml`; nil for a tag in a story.
    public var property: String? = nil

    public var description: String {
        if let property { return part + ", свойство «\(property)»" }
        var text = part
        if let story { text += " (\(story.russianName))" }
        return text + ", абзац \(paragraph)"
    }
}

/// One problem of a template or of its data, with a stable code.
public struct TemplateProblem: Sendable, Equatable, CustomStringConvertible {
    /// Stable identifiers of template problems.
    public enum Code: String, Sendable {
        case unclosedTag = "unclosed_tag"
        case unclosedBlock = "unclosed_block"
        case unopenedBlock = "unopened_block"
        case mismatchedEnd = "mismatched_end"
        case unknownFilter = "unknown_filter"
        case syntax = "expression_syntax"
        case notAList = "not_a_list"
        case invalidScope = "invalid_scope"
        case missingValue = "missing_value"
        case filterFailed = "filter_failed"
        /// Rendering a part took more steps or made more markup than ``TemplateBudget`` allows.
        case budgetExceeded = "budget_exceeded"
        /// A construct the engine recognises but does not support (a column loop `{%tc …%}`, another
        /// engine's syntax); the message says what to write instead.
        case unsupported = "unsupported_construct"
        /// Rich text in the data (`{rich: […]}`) that cannot be written: an unknown key, a colour that
        /// is not one, a link that is not http(s) or mailto.
        case invalidRichText = "invalid_rich_text"
        /// Blocks are nested deeper than ``TemplateBudget/maxNesting``.
        case nestingTooDeep = "nesting_too_deep"
    }

    public let code: Code
    /// What is wrong and how to fix it, in Russian.
    public let message: String
    public let location: TagLocation

    public var description: String { "\(location): \(code.rawValue): \(message)" }
}

/// Every problem found in a template (or in rendering it with some data), reported together.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    /// The template's file name.
    public let file: String
    public let problems: [TemplateProblem]

    public init(file: String, problems: [TemplateProblem]) {
        self.file = file
        self.problems = problems
    }

    public var description: String {
        problems.map { "\(file): \($0)" }.joined(separator: "\n")
    }
}
