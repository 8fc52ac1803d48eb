import Foundation

/// A calendar date as documents write it, without time or time zone.
public struct RussianDate: Sendable, Equatable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date, or `nil` (no 31 April, no 29 February in a common year).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...RussianDate.days(in: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD` (as data files hold dates) or `ДД.ММ.ГГГГ` (as people type them).
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let dotted = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2,
            let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2])
        {
            self.init(year: y, month: m, day: d)
        } else if dotted.count == 3, dotted[0].count <= 2, dotted[1].count <= 2, dotted[2].count == 4,
            let d = Int(dotted[0]), let m = Int(dotted[1]), let y = Int(dotted[2])
        {
            self.init(year: y, month: m, day: d)
        } else {
            return nil
        }
    }

    public static func < (a: RussianDate, b: RussianDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func days(in month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static let genitiveMonths = [
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
        "сентября", "октября", "ноября", "декабря",
    ]
    static let nominativeMonths = [
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
        "сентябрь", "октябрь", "ноябрь", "декабрь",
    ]

    /// The ways a date is written.
    public enum Style: String, Sendable, CaseIterable {
        /// «08.11.2023»
        case numeric
        /// «8 ноября 2023 г.»
        case long
        /// «8 ноября 2023 года»
        case full
        /// «ноябрь 2023»
        case month
        /// «8 ноября»
        case dayMonth = "day_month"
        /// «2023/2024 учебный год»
        case schoolYear = "school_year"
    }

    /// The date written in `style`.
    public func formatted(_ style: Style) -> String {
        switch style {
        case .numeric:
            return RussianNumber.zeroPadded(day, width: 2) + "." + RussianNumber.zeroPadded(month, width: 2) + "."
                + RussianNumber.zeroPadded(year, width: 4)
        case .long: return "\(day) \(RussianDate.genitiveMonths[month - 1]) \(year) г."
        case .full: return "\(day) \(RussianDate.genitiveMonths[month - 1]) \(year) года"
        case .month: return "\(RussianDate.nominativeMonths[month - 1]) \(year)"
        case .dayMonth: return "\(day) \(RussianDate.genitiveMonths[month - 1])"
        case .schoolYear: return schoolYear
        }
    }

    /// The school year the date falls in, «2023/2024 учебный год» for any date from 1 September 2023
    /// to 31 August 2024.
    public var schoolYear: String {
        let start = month >= 9 ? year : year - 1
        return "\(start)/\(start + 1) учебный год"
    }
}
