import Foundation

extension RussianDate {
    /// The date as data files and the store keep it: `2023-11-08`.
    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// The date of `moment` in the calendar's time zone (today in the machine's, when not given).
    public static func of(_ moment: Date = Date(), calendar: Calendar = .current) -> RussianDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: moment)
        return RussianDate(calendarYear: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// A date the calendar gave, valid by construction.
    private init(calendarYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}
