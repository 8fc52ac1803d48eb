import Foundation

/// The rules of ``Typography``, each a pass over the text.
enum TypographyRules {
    static let nbsp = "\u{A0}"
    static let months = [
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
        "ноября", "декабря",
    ]

    /// A compiled pattern; the patterns are constants, so a failure is a programming error caught by tests.
    private static func pattern(_ text: String) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: text, options: [])
    }

    private static func replace(_ text: String, _ regex: NSRegularExpression?, _ template: String) -> String {
        guard let regex else { return text }
        let range = NSRange(text.startIndex..., in: text)
        return regex.stringByReplacingMatches(in: text, options: [], range: range, withTemplate: template)
    }

    private static let space = "[ \\u00A0]+"
    private static let rules: [(NSRegularExpression?, String)] = [
        // «№ 23», «§ 2»; «№23» gets its space.
        (pattern("([№§])[ \\u00A0]*(?=[0-9A-Za-zА-ЯЁа-яё])"), "$1\(nbsp)"),
        // Initials before a surname: «Е.О. Белова»; after it: «Белова Е.О.».
        (pattern("\\b([А-ЯЁ]\\.)[ \\u00A0]?([А-ЯЁ]\\.)\(space)(?=[А-ЯЁ][а-яё])"), "$1\u{1}$2\(nbsp)"),
        (pattern("([А-ЯЁ][а-яё]+)\(space)([А-ЯЁ]\\.)[ \\u00A0]?([А-ЯЁ]\\.)"), "$1\(nbsp)$2\u{1}$3"),
        // «2023 г.», «2022–2023 гг.», «г. Енисейск».
        (pattern("([0-9])\(space)(гг?\\.)"), "$1\(nbsp)$2"),
        (pattern("(^|[ (])(г\\.|с\\.|п\\.|р\\.п\\.)\(space)(?=[А-ЯЁ])"), "$1$2\(nbsp)"),
        // «2023 года», «в 2023 году», «15 декабря», «декабря 2023».
        (pattern("\\b([0-9]{4})\(space)(год|года|году|годом|годе|годах|годы|годов)\\b"), "$1\(nbsp)$2"),
        (pattern("\\b([0-9]{1,2})\(space)(\(months.joined(separator: "|")))"), "$1\(nbsp)$2"),
        (pattern("(\(months.joined(separator: "|")))\(space)([0-9]{4})\\b"), "$1\(nbsp)$2"),
        // A number and its unit: «15 %», «50 баллов», «26 ОО», «10 дней».
        (
            pattern(
                "([0-9])\(space)(%|‰|°|руб\\.|коп\\.|тыс\\.|млн|млрд|чел\\.|мм|см|км|кг|ч\\.|мин\\.|"
                    + "балл|балла|баллов|ОО|дней|дня|день|раз|раза|стр\\.|л\\.)(?![А-ЯЁа-яё])"), "$1\(nbsp)$2"
        ),
        // «т. е.», «т. д.», «т. п.», «т. к.», and «и т. д.», «и т. п.»
        (pattern("\\b([тТ])\\.[ \\u00A0]*([едпкн])\\."), "$1.\(nbsp)$2."),
        (pattern("\\bи\(space)(т\\.\\u00A0[дп]\\.)"), "и\(nbsp)$1"),
        // Codes: «ИС-11», «ВПР-2023», «01-04-305».
        (pattern("(?<=[А-ЯЁA-Z0-9])-(?=[0-9])"), "\u{2011}"),
    ]

    /// The no-break spaces and hyphens; `initials` decides the space between initials.
    static func spaces(_ text: String, initials: Typography.Initials) -> String {
        var result = text
        for (regex, template) in rules { result = replace(result, regex, template) }
        return result.replacingOccurrences(of: "\u{1}", with: initials == .clerical ? "" : nbsp)
    }

    private static let yearRange = pattern("\\b((?:19|20)[0-9]{2})[-\u{2011}‐–—]((?:19|20)[0-9]{2})\\b")
    private static let spacedDash = pattern("[ \\u00A0]+[-–—][ \\u00A0]+")

    /// An en dash in ranges of years («2023–2024»), a spaced em dash between words, its space before
    /// it no-break.
    static func dashes(_ text: String) -> String {
        let ranges = replace(text, yearRange, "$1–$2")
        return replace(ranges, spacedDash, "\(nbsp)— ")
    }
}
