/// A filter failed on its input, or an inline template could not be read or filled: the message
/// says why, in Russian; the code says what happened, for callers to switch on.
public struct FilterFailure: Error, Sendable, Equatable {
    /// What failed.
    public enum Code: String, Sendable {
        /// A filter refused its input.
        case filterFailed = "filter_failed"
        /// A tag names a value the data does not have.
        case missingValue = "missing_value"
        /// A `{{` without its `}}`.
        case unclosedTag = "unclosed_tag"
        /// A tag other than `{{ … }}` where only values are allowed.
        case unsupportedTag = "unsupported_tag"
        /// A tag's expression cannot be parsed.
        case badExpression = "bad_expression"
        /// A tag uses a filter that does not exist.
        case unknownFilter = "unknown_filter"
    }

    public let code: Code
    public let message: String

    /// A failure with a Russian `message`.
    public init(_ message: String, code: Code = .filterFailed) {
        self.code = code
        self.message = message
    }
}

/// The filters a template may use. The set is open: other modules register their own
/// (declension filters come from the Russian-grammar module).
public struct FilterRegistry: Sendable {
    /// A filter: the value before `|` and the evaluated arguments in, the result out.
    public typealias Filter = @Sendable (TemplateValue, [TemplateValue]) throws -> TemplateValue
    /// A filter that also needs the rendering it runs in (``FilterContext``: the files it may read).
    public typealias ContextualFilter =
        @Sendable (TemplateValue, [TemplateValue], FilterContext) throws -> TemplateValue

    private var filters: [String: ContextualFilter] = [:]
    /// Filters that receive a missing value instead of failing on it (`default`).
    private(set) var acceptsMissing: Set<String> = []

    public init() {}

    /// Adds or replaces the filter `name`.
    public mutating func register(_ name: String, acceptsMissing: Bool = false, _ filter: @escaping Filter) {
        registerContextual(name, acceptsMissing: acceptsMissing) { value, arguments, _ in try filter(value, arguments) }
    }

    /// Adds or replaces the filter `name`, which receives the rendering's ``FilterContext``.
    public mutating func registerContextual(
        _ name: String, acceptsMissing: Bool = false, _ filter: @escaping ContextualFilter
    ) {
        filters[name] = filter
        if acceptsMissing { self.acceptsMissing.insert(name) } else { self.acceptsMissing.remove(name) }
    }

    /// The filter named `name`, or `nil`; a contextual one runs without files (``FilterContext/none``).
    public func filter(_ name: String) -> Filter? {
        guard let filter = filters[name] else { return nil }
        return { value, arguments in try filter(value, arguments, .none) }
    }

    /// The filter named `name` as the rendering calls it, with its context; or `nil`.
    public func contextualFilter(_ name: String) -> ContextualFilter? { filters[name] }

    /// The names of all filters, sorted.
    public var names: [String] { filters.keys.sorted() }

    /// The standard filters: text case, default, join, roman, date, number, percent, plural; Jinja's
    /// list, number and text filters (``JinjaFilters``); qr, image, chart.
    public static let standard: FilterRegistry = {
        var registry = FilterRegistry()
        StandardFilters.register(in: &registry)
        JinjaFilters.register(in: &registry)
        PictureFilters.register(in: &registry)
        ChartFilter.register(in: &registry)
        SubDocumentFilter.register(in: &registry)
        return registry
    }()
}
