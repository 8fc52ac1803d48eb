import Monitoring
import Orders
import RussianText
import TemplateEngine

/// Template filters of Russian grammar: a case filter per case on a person, a title or a person
/// with a title; `initials`, `initials_first`. Numbers in words are in ``NumberFilters``.
enum GrammarFilters {
    static func register(in registry: inout FilterRegistry) {
        for grammaticalCase in GrammaticalCase.allCases {
            registry.register(grammaticalCase.rawValue) { value, arguments in
                // A name typed as one string is written in full unless a style is asked for.
                let fallback: Person.Style = {
                    if case .string = value { return .full } else { return .titleInitials }
                }()
                return .string(
                    try person(value, filter: grammaticalCase.rawValue, declinedInto: grammaticalCase)
                        .written(grammaticalCase, style: try style(arguments) ?? fallback))
            }
        }
        registry.register("initials") { value, arguments in
            let grammaticalCase = try grammaticalCase(arguments)
            return .string(
                try person(value, filter: "initials", declinedInto: grammaticalCase)
                    .written(grammaticalCase, style: .initials))
        }
        registry.register("initials_first") { value, arguments in
            let grammaticalCase = try grammaticalCase(arguments)
            return .string(
                try person(value, filter: "initials_first", declinedInto: grammaticalCase)
                    .written(grammaticalCase, style: .initialsFirst))
        }
    }

    /// The person `value` holds; declining a name whose gender is neither given nor told by the
    /// patronymic, first name or surname is an error rather than a silent guess.
    private static func person(_ value: TemplateValue, filter: String, declinedInto grammaticalCase: GrammaticalCase)
        throws -> Person
    {
        guard let person = Person(value) else {
            throw FilterFailure(
                "\(filter): «\(value.text)» — не человек и не должность; укажите surname, first_name, "
                    + "patronymic (и title) или строку «Фамилия Имя Отчество»")
        }
        if grammaticalCase != .nominative, let name = person.name, !name.genderIsKnown {
            throw FilterFailure(
                "\(filter): пол «\(name.full(.nominative))» не определяется ни по отчеству, ни по имени, "
                    + "ни по фамилии; укажите его в данных полем gender: m (мужской) или f (женский)")
        }
        return person
    }

    private static func style(_ arguments: [TemplateValue]) throws -> Person.Style? {
        guard let text = arguments.first?.text else { return nil }
        guard let style = Person.Style(rawValue: text) else {
            throw FilterFailure(
                "неизвестный вид записи «\(text)»; допускаются: "
                    + Person.Style.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        }
        return style
    }

    private static func grammaticalCase(_ arguments: [TemplateValue]) throws -> GrammaticalCase {
        guard let text = arguments.first?.text else { return .nominative }
        guard let grammaticalCase = GrammaticalCase(name: text) else {
            throw FilterFailure(
                "неизвестный падеж «\(text)»; допускаются: "
                    + GrammaticalCase.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return grammaticalCase
    }
}
