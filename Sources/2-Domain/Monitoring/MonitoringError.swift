/// Where a monitoring problem is: a file, a line and the position in it (methodology YAML), or a
/// row and column (results).
public struct MonitoringLocation: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public var line: Int?
    /// The column of a YAML line, from 1, in characters («позиция»).
    public var position: Int?
    public var row: Int?
    /// A results table's column heading.
    public var column: String?

    public init(file: String, line: Int? = nil, position: Int? = nil, row: Int? = nil, column: String? = nil) {
        self.file = file
        self.line = line
        self.position = position
        self.row = row
        self.column = column
    }

    public var description: String {
        var text = file
        if let line { text += ", строка \(line)" }
        if let position { text += ", позиция \(position)" }
        if let row { text += ", строка \(row)" }
        if let column { text += ", столбец «\(column)»" }
        return text
    }
}

/// One problem of a methodology or of a results table.
public struct MonitoringProblem: Sendable, Equatable, CustomStringConvertible {
    /// Stable identifiers.
    public enum Code: String, Sendable {
        case yamlSyntax = "yaml_syntax"
        case fileUnreadable = "file_unreadable"
        case fileTooLarge = "file_too_large"
        case notUTF8 = "not_utf8"
        case tooManyValues = "too_many_values"
        case tooDeep = "too_deep"
        case missingField = "missing_field"
        case badField = "bad_field"
        case unknownRuleKind = "unknown_rule_kind"
        case duplicateIndicator = "duplicate_indicator"
        case maximumMismatch = "maximum_mismatch"
        case levelsOverlap = "levels_overlap"
        case levelsGap = "levels_gap"
        case scaleMaximum = "scale_maximum"
        case noHeaderRow = "no_header_row"
        case missingColumn = "missing_column"
        case duplicateSchool = "duplicate_school"
        case valueNotAllowed = "value_not_allowed"
        case outOfRange = "out_of_range"
        case noSchoolName = "no_school_name"
        case noSchools = "no_schools"
    }

    public let code: Code
    public let message: String
    public let location: MonitoringLocation

    public init(_ code: Code, _ message: String, at location: MonitoringLocation) {
        self.code = code
        self.message = message
        self.location = location
    }

    public var description: String { "\(location): \(code.rawValue): \(message)" }
}

/// Every problem of a methodology or results file, reported together.
public struct MonitoringError: Error, Sendable, CustomStringConvertible {
    public let problems: [MonitoringProblem]
    public init(_ problems: [MonitoringProblem]) { self.problems = problems }
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
