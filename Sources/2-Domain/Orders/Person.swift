import Foundation
import RussianText
import TemplateEngine

/// A person as data files hold it: the name once, in the nominative, and the job title.
///
/// In YAML: `{surname: Савкина, first_name: Людмила, patronymic: Викторовна, gender: f,
/// title: заместитель начальника управления образования}`; `gender` may be left out (it is
/// inferred), and `declension: {dative: Квашой Игорем Петровичем}` overrides a case by hand.
/// A plain string is read as «Фамилия Имя Отчество» when it looks like one, else as a title.
public struct Person: Sendable, Equatable {
    public let name: FullName?
    public let title: String?

    public init(name: FullName?, title: String?) {
        self.name = name
        self.title = title
    }

    /// Reads a person from a template value, or `nil` when it holds neither a name nor a title.
    public init?(_ value: TemplateValue) {
        switch value {
        case .string(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let name = FullName(parsing: trimmed), Person.looksLikeName(trimmed) {
                self.init(name: name, title: nil)
            } else if trimmed.isEmpty {
                return nil
            } else {
                self.init(name: nil, title: trimmed)
            }
        case .object:
            let surname = Person.field(value, ["surname", "фамилия", "last_name"])
            let first = Person.field(value, ["first_name", "first", "имя"])
            let patronymic = Person.field(value, ["patronymic", "отчество", "middle_name"])
            let gender = Person.field(value, ["gender", "пол"]).flatMap(Gender.init(code:))
            let title = Person.field(value, ["title", "position", "должность"])
            var name: FullName?
            if let surname {
                var full = FullName(surname: surname, first: first ?? "", patronymic: patronymic ?? "", gender: gender)
                if case .object(let forms)? = value["declension"] {
                    for key in forms.keys {
                        guard let grammaticalCase = GrammaticalCase(name: key), let text = forms[key]?.text,
                            let parsed = FullName(parsing: text)
                        else { continue }
                        full.overrides[grammaticalCase] = .init(
                            surname: parsed.surname, first: parsed.first, patronymic: parsed.patronymic)
                    }
                }
                name = full
            } else if let text = Person.field(value, ["name", "fio", "фио"]) {
                name = FullName(parsing: text, gender: gender)
            }
            guard name != nil || title != nil else { return nil }
            self.init(name: name, title: title)
        default:
            return nil
        }
    }

    private static func field(_ value: TemplateValue, _ keys: [String]) -> String? {
        keys.lazy.compactMap { value[$0]?.text }.first { !$0.isEmpty }
    }

    /// Two or three capitalized words, the third (when present) a patronymic.
    static func looksLikeName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.allSatisfy({ $0.first?.isUppercase ?? false }) else { return false }
        if words.count == 3 {
            let last = words[2].lowercased()
            return last.hasSuffix("ич") || last.hasSuffix("на")
        }
        return words.count == 2 || words.count == 4
    }

    /// How a person is written.
    public enum Style: String, Sendable, CaseIterable {
        /// «заместителю начальника управления образования Савкиной Л.В.» (title, when there is one)
        case titleInitials = "title_initials"
        /// «Савкиной Л.В.»
        case initials
        /// «Л.В. Савкиной»
        case initialsFirst = "initials_first"
        /// «Савкиной Людмиле Викторовне»
        case full
        /// «заместителю начальника управления образования Савкиной Людмиле Викторовне»
        case titleFull = "title_full"
        /// «заместителю начальника управления образования»
        case title
    }

    /// The person in `grammaticalCase`, written in `style`.
    public func written(_ grammaticalCase: GrammaticalCase, style: Style = .titleInitials) -> String {
        let gender = name?.gender ?? .male
        let title = self.title.map { TitleDeclension.decline($0, grammaticalCase, holder: gender) }
        switch style {
        case .title: return title ?? ""
        case .initials: return name?.surnameInitials(grammaticalCase) ?? title ?? ""
        case .initialsFirst: return name?.initialsSurname(grammaticalCase) ?? title ?? ""
        case .full: return name?.full(grammaticalCase) ?? title ?? ""
        case .titleInitials, .titleFull:
            let written = style == .titleFull ? name?.full(grammaticalCase) : name?.surnameInitials(grammaticalCase)
            return [title, written].compactMap { $0 }.joined(separator: " ")
        }
    }
}
