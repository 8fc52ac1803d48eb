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

    /// The first date of a range whose year (and month) only the second one names, given them:
    /// «с 15 марта по 20 мая 2023 года» → «с 15 марта 2023 по 20 мая 2023 года», «с 1 по 20 мая»
    /// likewise; a first month after the second is of the year before.
    private static func completeRanges(_ text: String) -> String {
        guard let verbal else { return text }
        let source = text as NSString
        var output = ""
        var last = 0
        for match in verbal.matches(in: text, options: [], range: NSRange(location: 0, length: source.length)) {
            let before = source.substring(with: NSRange(location: last, length: match.range.location - last))
            guard let year = Int(source.substring(with: match.range(at: 3))),
                let second = months.firstIndex(of: source.substring(with: match.range(at: 2))),
                let start = rangeStart(ending: before)
            else { continue }
            let month = start.month ?? months[second]
            let first = months.firstIndex(of: month) ?? second
            output += start.head + "\(start.day) \(month) \(first > second ? year - 1 : year)" + start.separator
            last = match.range.location
        }
        return output + source.substring(from: last)
    }

    /// The start of a range at the end of `text` («… с 15 марта по », «… 15–»): what comes before
    /// it, its day, its month when written, and the separator; nil when `text` does not end so.
    private static func rangeStart(ending text: String) -> (head: String, day: Int, month: String?, separator: String)?
    {
        let spaces: Set<Character> = [" ", "\u{A0}"]
        func trimmed(_ text: Substring) -> Substring {
            var text = text
            while let last = text.last, spaces.contains(last) { text = text.dropLast() }
            return text
        }
        var rest = trimmed(Substring(text))
        let end = text.endIndex
        if let dash = rest.last, "–—-".contains(dash) {
            rest = trimmed(rest.dropLast())
        } else if rest.hasSuffix("по"), rest.count > 2, spaces.contains(rest[rest.index(rest.endIndex, offsetBy: -3)]) {
            rest = rest.dropLast(3)
        } else {
            return nil
        }
        let separator = String(text[rest.endIndex..<end])
        var month: String?
        if let found = months.first(where: { rest.hasSuffix($0) }) {
            let word = rest.dropLast(found.count)
            guard let space = word.last, spaces.contains(space) else { return nil }
            month = found
            rest = word.dropLast()
        }
        let digits = rest.reversed().prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let day = Int(String(digits.reversed())) else { return nil }
        rest = rest.dropLast(digits.count)
        if let previous = rest.last, previous.isLetter || previous.isNumber { return nil }
        return (String(rest), day, month, separator)
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
