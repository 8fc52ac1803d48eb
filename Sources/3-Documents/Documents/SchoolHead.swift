import Monitoring
import RussianText

/// The head of a school as the letter addresses them: the name as typed in the results, with the
/// gender from a «Пол руководителя» column when the table has one (м/ж), else told from the
/// patronymic, first name or surname.
public enum SchoolHead {
    /// The headers of the optional gender column, compared in lower case.
    public static let genderHeaders: Set<String> = ["пол руководителя", "пол", "head_gender", "gender"]

    /// The head's name; nil when the cell does not hold a name of two or three words.
    public static func name(of school: SchoolResult) -> FullName? {
        let column = school.extras.first { genderHeaders.contains($0.key.lowercased()) }?.value
        return FullName(parsing: school.head, gender: column.flatMap(Gender.init(code:)))
    }

    /// The value of the gender column, when the table has one and the cell is not «м» or «ж».
    public static func badGender(of school: SchoolResult) -> String? {
        guard let value = school.extras.first(where: { genderHeaders.contains($0.key.lowercased()) })?.value,
            !value.trimmingCharacters(in: .whitespaces).isEmpty, Gender(code: value) == nil
        else { return nil }
        return value
    }
}
