import Foundation

extension TypographyRules {
    /// «ёлочки» at the outer level, „лапки“ inside: «МБОУ «СОШ № 1»» → «МБОУ „СОШ № 1“»; straight
    /// quotes open after a space, a bracket or the start and close elsewhere. Text whose quotes do not
    /// pair up is left as it is.
    static func quotes(_ text: String) -> String {
        guard text.contains(where: { "«»„“”\"".contains($0) }) else { return text }
        var output = ""
        var depth = 0
        var previous: Character = " "
        for character in text {
            var opens: Bool?
            switch character {
            case "«", "„": opens = true
            case "»", "”": opens = false
            case "“": opens = depth == 0
            case "\"":
                opens = previous == " " || previous == "\u{A0}" || previous == "(" || previous == "\n" || depth == 0
            default: break
            }
            previous = character
            guard let opens else {
                output.append(character)
                continue
            }
            if opens {
                depth += 1
                output.append(depth == 1 ? "«" : "„")
            } else {
                guard depth > 0 else { return text }
                output.append(depth == 1 ? "»" : "“")
                depth -= 1
            }
        }
        return depth == 0 ? output : text
    }

    private static let numeric = try? NSRegularExpression(
        pattern: "\\b([0-9]{2})\\.([0-9]{2})\\.([0-9]{4})(?:[ \\u00A0]?г\\.)?", options: [])
    private static let verbal = try? NSRegularExpression(
        pattern:
            "\\b([0-9]{1,2})[ \\u00A0](\(months.joined(separator: "|")))[ \\u00A0]([0-9]{4})(?:[ \\u00A0](?:г\\.|года))?",
        options: [])

    private static let range = try? NSRegularExpression(
        pattern:
            "\\b([0-9]{1,2})(?:[ \\u00A0](\(months.joined(separator: "|"))))?([ \\u00A0]по[ \\u00A0]|[ \\u00A0]?[–—-][ \\u00A0]?)"
            + "(?=[0-9]{1,2}[ \\u00A0](\(months.joined(separator: "|")))[ \\u00A0]([0-9]{4}))",
        options: [])

    /// The first date of a range whose year (and month) only the second one names, given them:
    /// «с 15 марта по 20 мая 2023 года» → «с 15 марта 2023 по 20 мая 2023 года», «с 1 по 20 мая»
    /// likewise; a first month after the second is of the year before.
    private static func completeRanges(_ text: String) -> String {
        rewrite(text, range) { groups, _ in
            guard let day = Int(groups[1]), let year = Int(groups[5]), let last = months.firstIndex(of: groups[4])
            else {
                return nil
            }
            let month = groups[2].isEmpty ? groups[4] : groups[2]
            let first = months.firstIndex(of: month) ?? last
            return "\(day) \(month) \(first > last ? year - 1 : year)" + groups[3]
        }
    }

    /// Every date as «20.11.2023», without «г.».
    /// The «г.» that ends a sentence also served as its full stop: «… до 15 декабря 2023 г.» →
    /// «… до 15.12.2023.»
    static func numericDates(_ text: String) -> String {
        let fromVerbal = rewrite(completeRanges(text), verbal) { groups, endsSentence in
            guard let day = Int(groups[1]), let month = months.firstIndex(of: groups[2]) else { return nil }
            let stop = endsSentence && groups[0].hasSuffix("г.") ? "." : ""
            return (day < 10 ? "0" : "") + "\(day)." + (month < 9 ? "0" : "") + "\(month + 1).\(groups[3])" + stop
        }
        return rewrite(fromVerbal, numeric) { groups, endsSentence in
            "\(groups[1]).\(groups[2]).\(groups[3])" + (endsSentence && groups[0].hasSuffix("г.") ? "." : "")
        }
    }

    /// Every date as «15 декабря 2023 г.».
    static func verbalDates(_ text: String) -> String {
        let numericOnes = rewrite(text, numeric) { groups, _ in
            guard let day = Int(groups[1]), let month = Int(groups[2]), (1...12).contains(month) else { return nil }
            return "\(day) \(months[month - 1]) \(groups[3]) г."
        }
        return rewrite(numericOnes, verbal) { groups, _ in "\(groups[1]) \(groups[2]) \(groups[3]) г." }
    }

    /// `text` with each match of `regex` replaced by `make(groups, endsSentence)`; nil keeps the
    /// match. `endsSentence`: text comes before the match, and the end of the text, a line break,
    /// or a space and a capital letter after it.
    private static func rewrite(
        _ text: String, _ regex: NSRegularExpression?, _ make: ([String], Bool) -> String?
    ) -> String {
        guard let regex else { return text }
        let source = text as NSString
        var output = ""
        var last = 0
        for match in regex.matches(in: text, options: [], range: NSRange(location: 0, length: source.length)) {
            let groups = (0..<match.numberOfRanges).map { index -> String in
                let range = match.range(at: index)
                return range.location == NSNotFound ? "" : source.substring(with: range)
            }
            let after = source.substring(from: match.range.location + match.range.length)
            let next = after.drop { $0 == " " || $0 == "\u{A0}" }.first
            // A value that is only a date («23.03.2022 г.» on the date line) is not a sentence.
            let inText = match.range.location > 0
            let endsSentence =
                inText && (after.isEmpty || after.first == "\n" || (after.first == " " && next?.isUppercase == true))
            guard let replacement = make(groups, endsSentence) else { continue }
            output += source.substring(with: NSRange(location: last, length: match.range.location - last))
            output += replacement
            last = match.range.location + match.range.length
        }
        return output + source.substring(from: last)
    }
}
