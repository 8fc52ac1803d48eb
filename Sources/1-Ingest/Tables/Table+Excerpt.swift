extension Table {
    /// Most characters of a cell value that a message quotes.
    public static let excerptLength = 40

    /// A cell value as a message may quote it (отрывок значения): at most ``excerptLength``
    /// characters followed by «…» when longer; line breaks shown as `↵`, tabs as `→`, control characters
    /// and direction overrides as `�`, so that a value can neither flood nor garble a terminal.
    /// - Parameters:
    ///   - text: the value, of any length.
    ///   - length: the most characters kept; a column's header, which names a place rather than
    ///     quoting a bad value, may keep more.
    /// - Returns: the printable excerpt, without quotation marks.
    public static func excerpt(_ text: String, length: Int = excerptLength) -> String {
        var result = ""
        var characters = 0
        var scalars = 0
        for character in text {
            // A character may carry any number of combining marks: bound the scalars too.
            scalars += character.unicodeScalars.count
            if characters == length || scalars > length * 4 { return result + "…" }
            characters += 1
            result += printable(character)
        }
        return result
    }

    private static func printable(_ character: Character) -> String {
        if character == "\n" || character == "\r\n" || character == "\r" { return "↵" }
        if character == "\t" { return "→" }
        guard character.unicodeScalars.contains(where: isHidden) else { return String(character) }
        return "�"
    }

    /// Control characters and the bidirectional overrides that reorder the rest of a line.
    private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || (0x202A...0x202E).contains(scalar.value)
            || (0x2066...0x2069).contains(scalar.value)
    }
}
