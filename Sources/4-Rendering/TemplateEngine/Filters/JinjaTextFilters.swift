import Foundation

/// Jinja's text filters: `title`, `trim`, `replace`, `truncate`, `wordcount`, `string`, and `e`,
/// `escape`, `safe` (no-ops: every value is escaped where it is written).
enum JinjaTextFilters {
    static func register(in registry: inout FilterRegistry) {
        registry.register("title") { value, _ in .string(title(value.text)) }
        registry.register("trim") { value, arguments in
            let characters = arguments.first.map { CharacterSet(charactersIn: $0.text) } ?? .whitespacesAndNewlines
            return .string(value.text.trimmingCharacters(in: characters))
        }
        registry.register("replace") { value, arguments in
            guard arguments.count >= 2 else {
                throw FilterFailure(
                    "replace: нужны два значения: что заменить и на что, например replace(\"-\", \"—\")")
            }
            let old = arguments[0].text
            let new = arguments[1].text
            guard let limit = arguments.dropFirst(2).first?.number else {
                return .string(value.text.replacingOccurrences(of: old, with: new))
            }
            var text = value.text
            var result = ""
            var left = limit.clampedInt()
            while left > 0, !old.isEmpty, let range = text.range(of: old) {
                result += text[..<range.lowerBound] + new
                text = String(text[range.upperBound...])
                left -= 1
            }
            return .string(result + text)
        }
        registry.register("truncate") { value, arguments in
            let options = Options(arguments, positional: ["length", "killwords", "end", "leeway"])
            let text = value.text
            let length = max(0, (options["length"]?.number ?? 255).clampedInt())
            let end = options["end"]?.text ?? "..."
            let leeway = max(0, (options["leeway"]?.number ?? 5).clampedInt())
            guard text.count > length + leeway else { return .string(text) }
            let kept = String(text.prefix(max(0, length - end.count)))
            if options["killwords"]?.isTruthy == true { return .string(kept + end) }
            guard let space = kept.lastIndex(of: " ") else { return .string(kept + end) }
            return .string(String(kept[..<space]) + end)
        }
        registry.register("wordcount") { value, _ in
            .number(Double(value.text.split { !$0.isLetter && !$0.isNumber && $0 != "_" }.count))
        }
        registry.register("string") { value, _ in .string(value.text) }
        for name in ["e", "escape", "safe"] {
            registry.register(name) { value, _ in value }
        }
    }

    /// Python's title as Jinja does it: each word's first letter upper case, the rest lower case;
    /// words begin after spaces, hyphens and opening brackets.
    static func title(_ text: String) -> String {
        var result = ""
        var startsWord = true
        for character in text {
            result += startsWord ? character.uppercased() : character.lowercased()
            startsWord = character.isWhitespace || "-({[<".contains(character)
        }
        return result
    }
}
