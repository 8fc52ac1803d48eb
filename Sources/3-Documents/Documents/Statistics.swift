import Foundation
import Monitoring
import Orders
import RussianText
import TemplateEngine

/// The справка's figures and the values its texts may use, computed from the rating.
public struct Statistics: Sendable {
    public let rating: Rating

    public init(rating: Rating) { self.rating = rating }

    /// A figure's value as a fraction, or the Russian reason it cannot be computed.
    public func value(of figure: Department.Figure) -> Result<Double, FilterFailure> {
        switch figure {
        case .schools(_, let indicator, let answers):
            guard rating.methodology.indicators.contains(where: { $0.id == indicator }) else {
                return .failure(FilterFailure("показателя «\(indicator)» нет в методике"))
            }
            let counts = rating.distribution(of: indicator)
            let unknown = answers.filter { answer in !counts.contains { $0.answer == answer } }
            if case .choice(let options)? = rating.methodology.indicators.first(where: { $0.id == indicator })?.rule,
                let wrong = unknown.first(where: { answer in !options.contains { $0.answer == answer } })
            {
                return .failure(FilterFailure("у показателя «\(indicator)» нет ответа «\(wrong)»"))
            }
            let count = counts.filter { answers.contains($0.answer) }.reduce(0) { $0 + $1.count }
            return .success(rating.schools.isEmpty ? 0 : Double(count) / Double(rating.schools.count))
        case .ratio(_, let numerator, let denominator):
            guard let top = sum(numerator) else {
                return .failure(FilterFailure("в результатах нет столбца «\(numerator)»"))
            }
            guard let bottom = sum(denominator) else {
                return .failure(FilterFailure("в результатах нет столбца «\(denominator)»"))
            }
            return .success(bottom > 0 ? top / bottom : 0)
        }
    }

    /// The sum of a results column over all schools, or `nil` when no school has it.
    public func sum(_ column: String) -> Double? {
        let values = rating.schools.compactMap { $0.school.extras[column] }
        guard !values.isEmpty else { return nil }
        return values.reduce(0) { $0 + (Statistics.number($1) ?? 0) }
    }

    /// A number as a results cell holds it: a decimal comma or point, spaces between digit groups.
    static func number(_ text: String) -> Double? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 where byte != UInt8(ascii: " ") {
            bytes.append(byte == UInt8(ascii: ",") ? UInt8(ascii: ".") : byte)
        }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// Values for the department's own texts: `schools_count`, `mean`, `max` and ``levels``.
    public var inlineData: TemplateValue {
        .object([
            ("schools_count", .number(Double(rating.schools.count))),
            ("mean", .string(RussianNumber.format(rating.meanTotal, decimals: 1))),
            ("max", .string(RussianNumber.compact(rating.methodology.maximum))),
            ("levels", levels),
        ])
    }

    /// Each level by its id, as every text that speaks of levels reads it (the справка's texts and
    /// the results order's items alike): `levels.<id>.name`, `.count`, `.share` (a share: «34,6 %»
    /// as it stands, `percent(2)` or `number(3)` for other forms) and `.names` (the schools, or «нет»).
    public var levels: TemplateValue {
        var levels = OrderedFields()
        for count in rating.levels {
            let names = rating.schools.filter { $0.level.id == count.level.id }.map(\.school.name)
            levels[count.level.id] = .object([
                ("name", .string(count.level.name)), ("count", .number(Double(count.count))),
                ("share", .share(count.share)),
                ("names", .string(names.isEmpty ? "нет" : names.joined(separator: ", "))),
            ])
        }
        return .object(levels)
    }
}
