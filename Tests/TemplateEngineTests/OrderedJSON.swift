import Foundation
import TemplateEngine

/// Reads JSON into ``TemplateValue`` keeping the order of keys (the corpus contexts' dictionaries
/// are iterated in the order they are written, as Python keeps them).
struct OrderedJSON {
    struct Failure: Error {}

    private let characters: [Character]
    private var position = 0

    static func parse(_ text: String) throws -> TemplateValue {
        var reader = OrderedJSON(characters: Array(text))
        return try reader.value()
    }

    private init(characters: [Character]) { self.characters = characters }

    private mutating func skipSpace() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    private mutating func value() throws -> TemplateValue {
        skipSpace()
        guard position < characters.count else { throw Failure() }
        switch characters[position] {
        case "{":
            position += 1
            var fields: [(String, TemplateValue)] = []
            skipSpace()
            if characters[position] == "}" {
                position += 1
                return .object(fields)
            }
            while true {
                skipSpace()
                guard case .string(let key) = try value() else { throw Failure() }
                skipSpace()
                guard characters[position] == ":" else { throw Failure() }
                position += 1
                fields.append((key, try value()))
                skipSpace()
                let separator = characters[position]
                position += 1
                if separator == "}" { return .object(fields) }
                guard separator == "," else { throw Failure() }
            }
        case "[":
            position += 1
            var items: [TemplateValue] = []
            skipSpace()
            if characters[position] == "]" {
                position += 1
                return .list(items)
            }
            while true {
                items.append(try value())
                skipSpace()
                let separator = characters[position]
                position += 1
                if separator == "]" { return .list(items) }
                guard separator == "," else { throw Failure() }
            }
        case "\"":
            position += 1
            var text = ""
            while characters[position] != "\"" {
                if characters[position] == "\\" {
                    position += 1
                    switch characters[position] {
                    case "n": text.append("\n")
                    case "t": text.append("\t")
                    case "u":
                        let hex = String(characters[(position + 1)...(position + 4)])
                        guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else {
                            throw Failure()
                        }
                        text.append(Character(scalar))
                        position += 4
                    default: text.append(characters[position])
                    }
                } else {
                    text.append(characters[position])
                }
                position += 1
            }
            position += 1
            return .string(text)
        default:
            for (word, literal) in [("true", TemplateValue.bool(true)), ("false", .bool(false)), ("null", .null)]
            where String(characters[position..<min(characters.count, position + word.count)]) == word {
                position += word.count
                return literal
            }
            let start = position
            while position < characters.count, "+-0123456789.eE".contains(characters[position]) { position += 1 }
            guard let number = Double(String(characters[start..<position])) else { throw Failure() }
            return .number(number)
        }
    }
}
