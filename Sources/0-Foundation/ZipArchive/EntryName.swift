/// Checks of entry names that would let an archive write outside its folder.
enum EntryName {
    /// The Russian reason why `name` is unsafe, or `nil` when it is safe.
    static func problem(_ name: String) -> String? {
        if name.isEmpty { return "пустое имя элемента" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\u{7F}" }) {
            return "имя элемента содержит управляющие символы"
        }
        if name.hasPrefix("/") { return "абсолютный путь в имени элемента" }
        if name.contains("\\") { return "обратная косая черта в имени элемента" }
        let scalars = Array(name.unicodeScalars.prefix(2))
        if scalars.count == 2, scalars[1] == ":", scalars[0].isASCII, scalars[0].properties.isAlphabetic {
            return "имя элемента начинается с буквы диска"
        }
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains("..") { return "переход в родительскую папку («..») в имени элемента" }
        return nil
    }
}
