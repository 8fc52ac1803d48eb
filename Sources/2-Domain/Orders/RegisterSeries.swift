import Foundation

/// A series of order numbers in the department's register (журнал регистрации приказов): how its
/// numbers are written («57», «01-04-305», «214-од») and whether they start again from 1 each
/// calendar year, as the department's instruction on paperwork says.
public struct RegisterSeries: Sendable, Equatable {
    /// The series' key in the department file and on the command line (`--series од`).
    public var id: String
    /// What the series holds, for the register page («по основной деятельности»).
    public var title: String
    /// The number as written, `{n}` standing for the sequence number: `{n}`, `01-04-{n}`, `{n}-од`.
    public var format: String
    /// Whether the sequence starts again from 1 on 1 January.
    public var restartsYearly: Bool

    /// The text a format must hold exactly once.
    public static let placeholder = "{n}"

    /// A series.
    public init(id: String, title: String, format: String, restartsYearly: Bool) {
        self.id = id
        self.title = title
        self.format = format
        self.restartsYearly = restartsYearly
    }

    /// The number the `sequence`-th order of the series gets («01-04-305» for 305).
    public func number(_ sequence: Int) -> String {
        format.replacingOccurrences(of: Self.placeholder, with: String(sequence))
    }

    /// The counter a registration in `year` advances: the year's own, or the one counter of a
    /// series that never restarts (kept under year 0).
    public func counterYear(_ year: Int) -> Int { restartsYearly ? year : 0 }
}
