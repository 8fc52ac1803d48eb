/// A filter failed on its input: the message says why, in Russian.
public struct FilterFailure: Error, Sendable, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// The filters a template may use. The set is open: other modules register their own
/// (declension filters come from the Russian-grammar module).
public struct FilterRegistry: Sendable {
    /// A filter: the value before `|` and the evaluated arguments in, the result out.
    public typealias Filter = @Sendable (TemplateValue, [TemplateValue]) throws -> TemplateValue

    private var filters: [String: Filter] = [:]
    /// Filters that receive a missing value instead of failing on it (`default`).
    private(set) var acceptsMissing: Set<String> = []

    public init() {}

    /// Adds or replaces the filter `name`.
    public mutating func register(_ name: String, acceptsMissing: Bool = false, _ filter: @escaping Filter) {
        filters[name] = filter
        if acceptsMissing { self.acceptsMissing.insert(name) } else { self.acceptsMissing.remove(name) }
    }

    /// The filter named `name`, or `nil`.
    public func filter(_ name: String) -> Filter? { filters[name] }

    /// The names of all filters, sorted.
    public var names: [String] { filters.keys.sorted() }

    /// The standard filters: text case, default, join, roman, date, number, percent, plural.
    public static let standard: FilterRegistry = {
        var registry = FilterRegistry()
        StandardFilters.register(in: &registry)
        return registry
    }()
}
