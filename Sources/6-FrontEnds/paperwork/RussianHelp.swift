/// swift-argument-parser writes its headings and messages in English; this puts them in Russian.
enum RussianHelp {
    static let replacements: [(String, String)] = [
        ("OVERVIEW:", "ОПИСАНИЕ:"),
        ("USAGE:", "ИСПОЛЬЗОВАНИЕ:"),
        ("ARGUMENTS:", "АРГУМЕНТЫ:"),
        ("OPTIONS:", "ПАРАМЕТРЫ:"),
        ("SUBCOMMANDS:", "КОМАНДЫ:"),
        ("Show help information.", "Показать эту справку."),
        ("Show the version.", "Показать версию."),
        (
            "See 'paperwork help <subcommand>' for detailed help.",
            "Подробнее о команде: paperwork help <команда> или paperwork <команда> --help."
        ),
        ("<subcommand>", "<команда>"),
        ("  See '", "  Подробнее: '"),
        ("' for more information.", "'."),
        ("Error: ", "Ошибка: "),
        ("Help:  ", "Справка:  "),
        ("Usage: ", "Использование: "),
        ("Missing expected argument", "Не указан обязательный аргумент"),
        ("Unexpected arguments", "Лишние аргументы"),
        ("Unexpected argument", "Лишний аргумент"),
        ("Unknown option", "Неизвестный параметр"),
        ("Missing value for option", "Не указано значение параметра"),
        ("Missing value for", "Не указано значение для"),
        ("The value", "Значение"),
        ("is invalid for", "недопустимо для"),
        ("default:", "по умолчанию:"),
        ("(values:", "(значения:"),
        ("Please provide one of", "Допустимые значения:"),
        ("' or '", "' или '"),
        ("' and '", "' и '"),
    ]

    static func translate(_ text: String) -> String {
        replacements.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}
