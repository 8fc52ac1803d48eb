/// The stable codes of the problems of a document description (an order, a department file),
/// as their ``Diagnostics/Diagnostic``s carry them.
public enum DocumentCode: String, Sendable, CaseIterable, FieldProblemCode {
    /// A requisite or field that must be there is not.
    case missingField = "missing_field"
    /// A date that is not written as ГГГГ-ММ-ДД.
    case invalidDate = "invalid_date"
    /// A reference to a person not among `people`.
    case unknownPerson = "unknown_person"
    /// A field holds the wrong kind of value.
    case badField = "bad_field"
    /// A text's `{{ … }}` tags cannot be filled: a tag not closed, an unknown filter or value.
    case badText = "bad_text"
}
