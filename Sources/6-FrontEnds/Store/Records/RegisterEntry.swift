import Foundation

/// An order in the department's register (журнал регистрации приказов): the number and date it
/// was given, what the register's columns show of it, and its state. Once registered it is frozen:
/// its files are kept as issued (``RegisteredFile``), and only its state can change, to cancelled.
public struct RegisterEntry: Sendable, Equatable, Identifiable {
    /// The state of an order in the register.
    public enum State: String, Sendable {
        case registered
        case cancelled

        /// The state as the register prints it.
        public var title: String { self == .registered ? "зарегистрирован" : "отменён" }
    }

    public var id: String
    /// The series' key, as the department file names it.
    public var series: String
    /// The counter's year (0 for a series numbered straight through the years).
    public var counterYear: Int
    /// The order's place in its series and year (1, 2, …).
    public var sequence: Int
    /// The number as written («01-04-305»).
    public var number: String
    /// The registration date, `2023-11-08`.
    public var date: String
    public var title: String
    /// Who signs: «Начальник отдела образования И.С. Ковалёва».
    public var signatory: String
    /// «Белова Е.О., тел. …», or empty.
    public var executor: String
    public var state: State
    /// The entry of the order that cancelled this one.
    public var cancelledBy: String?
    /// The entry of the order this one amends («О внесении изменений в приказ …»).
    public var amends: String?
    /// The web page's draft this order was registered from, if any.
    public var draft: String?
    /// The order's YAML as registered.
    public var yaml: String
    public var registeredAt: Date
    public var registeredBy: String

    /// The year of the registration date.
    public var year: Int { Int(date.prefix(4)) ?? 0 }

    /// An entry.
    public init(
        id: String, series: String, counterYear: Int, sequence: Int, number: String, date: String, title: String,
        signatory: String, executor: String, state: State = .registered, cancelledBy: String? = nil,
        amends: String? = nil, draft: String? = nil, yaml: String, registeredAt: Date = Date(), registeredBy: String
    ) {
        self.id = id
        self.series = series
        self.counterYear = counterYear
        self.sequence = sequence
        self.number = number
        self.date = date
        self.title = title
        self.signatory = signatory
        self.executor = executor
        self.state = state
        self.cancelledBy = cancelledBy
        self.amends = amends
        self.draft = draft
        self.yaml = yaml
        self.registeredAt = registeredAt
        self.registeredBy = registeredBy
    }
}

/// A file of a registered order as it was issued (DOCX, ODT or PDF), with its SHA-256, checked
/// again whenever the file is read back.
public struct RegisteredFile: Sendable, Equatable {
    /// `docx`, `odt` or `pdf`.
    public var format: String
    public var name: String
    public var bytes: [UInt8]
    /// The SHA-256 of `bytes` in lowercase hex, computed by the store when it keeps the file.
    public var sha256: String

    /// A file; the store computes its hash.
    public init(format: String, name: String, bytes: [UInt8], sha256: String = "") {
        self.format = format
        self.name = name
        self.bytes = bytes
        self.sha256 = sha256
    }
}

/// What the register page and `paperwork register list` ask for: a year, words of the number or
/// title, a date range. Empty fields ask for nothing.
public struct RegisterQuery: Sendable, Equatable {
    public var year: Int?
    /// Only this series (its id).
    public var series: String?
    /// A number («57», «01-04-305») or words of the title, in any case.
    public var text: String
    /// The first and last dates, `2023-11-01`.
    public var from: String?
    public var to: String?

    /// A query.
    public init(year: Int? = nil, series: String? = nil, text: String = "", from: String? = nil, to: String? = nil) {
        self.year = year
        self.series = series
        self.text = text
        self.from = from
        self.to = to
    }

    /// Whether `entry` answers the query: its number equals the text, or its title holds every word.
    public func matches(_ entry: RegisterEntry) -> Bool {
        if let year, entry.year != year { return false }
        if let series, entry.series != series { return false }
        if let from, !from.isEmpty, entry.date < from { return false }
        if let to, !to.isEmpty, entry.date > to { return false }
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "«" || $0 == "»" })
        guard !words.isEmpty else { return true }
        if entry.number.lowercased() == text.lowercased().trimmingCharacters(in: .whitespaces) { return true }
        let title = entry.title.lowercased()
        return words.allSatisfy { title.contains($0) }
    }
}
