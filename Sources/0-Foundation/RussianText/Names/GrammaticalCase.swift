import Foundation

/// The cases official text puts people and titles in.
public enum GrammaticalCase: String, Sendable, CaseIterable {
    case nominative, genitive, dative, accusative, instrumental, prepositional

    /// The five oblique cases, in the order reference tables list them.
    public static let oblique: [GrammaticalCase] = [.genitive, .dative, .accusative, .instrumental, .prepositional]

    /// Reads a case name in English or Russian («dative», «дательный», «д»).
    public init?(name: String) {
        switch name.lowercased() {
        case "nominative", "nom", "именительный", "им", "и": self = .nominative
        case "genitive", "gen", "родительный", "род", "р": self = .genitive
        case "dative", "dat", "дательный", "дат", "д": self = .dative
        case "accusative", "acc", "винительный", "вин", "в": self = .accusative
        case "instrumental", "ins", "творительный", "твор", "т": self = .instrumental
        case "prepositional", "pre", "предложный", "пред", "п": self = .prepositional
        default: return nil
        }
    }

    /// The Russian name, for messages and listings.
    public var russianName: String {
        switch self {
        case .nominative: "именительный"
        case .genitive: "родительный"
        case .dative: "дательный"
        case .accusative: "винительный"
        case .instrumental: "творительный"
        case .prepositional: "предложный"
        }
    }
}

/// A person's grammatical gender.
public enum Gender: String, Sendable {
    case male = "m"
    case female = "f"

    /// Reads «m», «f», «м», «ж», «male», «female», «муж», «жен».
    public init?(code: String) {
        switch code.lowercased().trimmingCharacters(in: .whitespaces) {
        case "m", "м", "male", "муж", "мужской": self = .male
        case "f", "ж", "female", "жен", "женский": self = .female
        default: return nil
        }
    }
}
