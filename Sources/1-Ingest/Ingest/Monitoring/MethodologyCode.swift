/// The stable codes of the problems of a methodology (методика) and of a recommendation
/// catalogue (каталог рекомендаций), as their ``Diagnostics/Diagnostic``s carry them.
public enum MethodologyCode: String, Sendable, CaseIterable, FieldProblemCode {
    /// A field, list or section that must be there is not.
    case missingField = "missing_field"
    /// A field holds the wrong kind of value, or a value the methodology does not know.
    case badField = "bad_field"
    /// A rule's `kind` is none of the known ones.
    case unknownRuleKind = "unknown_rule_kind"
    /// Two indicators share an id.
    case duplicateIndicator = "duplicate_indicator"
    /// A rule cannot reach its indicator's maximum, or exceeds it.
    case maximumMismatch = "maximum_mismatch"
    /// Two levels share points.
    case levelsOverlap = "levels_overlap"
    /// Points between two levels, or below the lowest, belong to no level.
    case levelsGap = "levels_gap"
    /// The scale does not end at the total maximum (or at 100 for percents).
    case scaleMaximum = "scale_maximum"
}
