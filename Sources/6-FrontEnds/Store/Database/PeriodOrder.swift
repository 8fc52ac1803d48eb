/// The order of periods: by the first year written in them («2023/2024 учебный год» and «2023»
/// are both 2023); a period without a year sorts first.
public enum PeriodOrder {
    /// The first four-digit year in `period`, or 0.
    public static func key(_ period: String) -> Int {
        var digits = ""
        for character in period {
            if character.isASCII, character.isNumber {
                digits.append(character)
                if digits.count == 4 { return Int(digits) ?? 0 }
            } else {
                digits = ""
            }
        }
        return 0
    }
}
