import Foundation

/// An old school code mapped to a new one (переименование или слияние ОО): the older campaigns'
/// results under the old code count as the school's own.
public struct SchoolAlias: Sendable, Equatable {
    public var oldCode: String
    public var newCode: String
    public var createdBy: String
    public var createdAt: Date

    /// A mapping.
    public init(oldCode: String, newCode: String, createdBy: String, createdAt: Date = Date()) {
        self.oldCode = oldCode
        self.newCode = newCode
        self.createdBy = createdBy
        self.createdAt = createdAt
    }
}
