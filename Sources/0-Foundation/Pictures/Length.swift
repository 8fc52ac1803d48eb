import Foundation

/// A length on the page as a template writes it: «3cm», «25 мм», «1in», «72pt»; in EMU (English
/// metric units, 914 400 an inch), which both DOCX and our ODT writing use.
public struct Length: Sendable, Equatable {
    public let emu: Int

    public init(emu: Int) { self.emu = emu }

    /// EMU per unit, by the unit's Latin and Russian names.
    private static let units: [String: Double] = [
        "cm": 360_000, "см": 360_000, "mm": 36_000, "мм": 36_000, "in": 914_400, "pt": 12_700, "пт": 12_700,
    ]

    /// The largest length taken: 60 cm, more than any page.
    public static let maximum = Length(emu: 60 * 360_000)

    /// Reads `text`.
    /// - Throws: ``PictureError`` `.badSize` with what to write instead.
    public init(_ text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        let digits = trimmed.prefix { $0.isNumber || $0 == "." }
        let unit = trimmed.dropFirst(digits.count).trimmingCharacters(in: .whitespaces).lowercased()
        guard let value = Double(digits), value > 0, let perUnit = Self.units[unit] else {
            throw PictureError(
                .badSize,
                "размер «\(text.prefix(40))» не понят; пишите число с единицей: «3cm», «25mm», «1in» или «72pt»")
        }
        let emu = Int((value * perUnit).rounded())
        guard emu <= Self.maximum.emu else {
            throw PictureError(
                .badSize, "размер «\(text.prefix(40))» больше 60 см; укажите размер, который помещается на странице")
        }
        self.emu = emu
    }

    /// The length in centimetres, for ODT (`svg:width="3.000cm"`).
    public var centimetres: String {
        let value = Double(emu) / 360_000
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)cm"
    }
}
