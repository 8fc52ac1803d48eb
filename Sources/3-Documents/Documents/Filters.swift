import Monitoring
import Orders
import RussianText
import TemplateEngine

/// The filters Paperwork's templates may use.
public enum Filters {
    /// The standard filters and the Russian-grammar ones (cases, initials, numbers in words,
    /// ordinals, agreement of a number with a noun phrase).
    public static let all: FilterRegistry = registry(nouns: .standard)

    /// The same filters with `agree` counting the nouns of `nouns` (the standard ones and those
    /// a department adds).
    public static func registry(nouns: NounDictionary) -> FilterRegistry {
        var registry = FilterRegistry.standard
        GrammarFilters.register(in: &registry)
        NumberFilters.register(in: &registry, nouns: nouns)
        return registry
    }
}
