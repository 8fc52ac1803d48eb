import Foundation
import PaperworkKit

/// Russian dates and numbers for pages.
enum Format {
    static let months = [
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
        "декабря",
    ]

    /// «1 декабря 2026 г., 14:05», in the server's time zone.
    static func date(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let month = months[max(0, min(11, (parts.month ?? 1) - 1))]
        return "\(parts.day ?? 1) \(month) \(parts.year ?? 1970) г., "
            + RussianNumber.zeroPadded(parts.hour ?? 0, width: 2) + ":"
            + RussianNumber.zeroPadded(parts.minute ?? 0, width: 2)
    }

    /// Points with a decimal comma and no trailing zeros (12, 7,5).
    static func points(_ value: Double) -> String { RussianNumber.compact(value) }

    /// Text safe inside XML or HTML markup built by hand (the SVG chart).
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
