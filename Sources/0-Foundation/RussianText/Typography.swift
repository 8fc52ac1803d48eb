import Foundation

/// The typography of Russian business text (ГОСТ Р 7.0.97 and the ordinary rules), applied to a
/// value before it is written into a document: no-break spaces where a line must not break
/// («№ 23», «Е.О. Белова», «2023 г.», «2023 года», «15 %», «т. е.», «и т. д.»), a no-break hyphen
/// in codes («ИС-11»), an en dash in ranges of years, a spaced em dash, «ёлочки» outside and
/// „лапки“ inside nested quotes, and dates in one style.
public struct Typography: Sendable, Equatable {
    /// How initials stand before a surname.
    public enum Initials: String, Sendable, CaseIterable {
        /// «Е.О. Белова»: the clerical form of the seeds.
        case clerical
        /// «Е. О. Белова»: the typographic form.
        case typographic
    }

    /// How dates are written throughout one document.
    public enum Dates: String, Sendable, CaseIterable {
        /// As the data has them.
        case asWritten = "as_written"
        /// «20.11.2023», without «г.» (ГОСТ Р 7.0.97).
        case numeric
        /// «15 декабря 2023 г.»
        case verbal
    }

    public var initials: Initials
    public var dates: Dates

    /// - Parameters:
    ///   - initials: the spacing of initials before a surname (a department's setting).
    ///   - dates: the date style of the document (a template's setting).
    public init(initials: Initials = .clerical, dates: Dates = .asWritten) {
        self.initials = initials
        self.dates = dates
    }

    /// `text` with the rules applied; text with nothing to do comes back as it is.
    public func apply(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == " " || $0 == "-" || $0 == "\"" || $0 == "«" || $0 == "„" })
        else { return text }
        var result = text
        switch dates {
        case .asWritten: break
        case .numeric: result = TypographyRules.numericDates(result)
        case .verbal: result = TypographyRules.verbalDates(result)
        }
        result = TypographyRules.spaces(result, initials: initials)
        result = TypographyRules.dashes(result)
        return TypographyRules.quotes(result)
    }
}
