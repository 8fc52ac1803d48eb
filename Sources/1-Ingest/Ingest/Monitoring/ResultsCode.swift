/// The stable codes of the problems of a results table (результаты мониторинга), as the
/// ``ResultsReader``'s ``Diagnostics/Diagnostic``s carry them.
public enum ResultsCode: String, Sendable, CaseIterable {
    /// No row among the first ones has both the school's code and its name as headings.
    case noHeaderRow = "no_header_row"
    /// An indicator of the methodology has no column.
    case missingColumn = "missing_column"
    /// A school's code appears in two rows.
    case duplicateSchool = "duplicate_school"
    /// A cell holds an answer the indicator's rule does not allow.
    case valueNotAllowed = "value_not_allowed"
    /// A cell holds a number outside the rule's range.
    case outOfRange = "out_of_range"
    /// A row has a school's code but no name.
    case noSchoolName = "no_school_name"
    /// No school below the headings.
    case noSchools = "no_schools"
    /// A trend indicator has this year's column alone and no stored previous period to take last
    /// year's value from.
    case noPreviousPeriod = "no_previous_period"
    /// A trend indicator has this year's column alone and the stored previous period has no value
    /// for the school.
    case noPreviousValue = "no_previous_value"
}
