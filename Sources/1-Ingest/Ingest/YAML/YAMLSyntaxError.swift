import Diagnostics
import Foundation

/// libyaml's English problems as Russian diagnostics that keep the line and column. libyaml
/// names its problems with fixed phrases; each family gets a Russian explanation with a fix,
/// and anything unknown the generic advice.
enum YAMLSyntaxError {
    /// The generic advice for a problem without its own phrase.
    static let generic = "ошибка в записи YAML; проверьте отступы, двоеточия и кавычки рядом с этим местом"

    /// A `yaml_syntax` diagnostic for `failure` in `input`, whose text (without a byte-order mark)
    /// libyaml read.
    static func diagnostic(_ failure: LibYAMLFailure, in input: NamedBytes, text: String) -> Diagnostic {
        let bytes = Data(text.utf8)
        var position = failure.position ?? TextPosition(offset: failure.offset ?? 0, in: bytes)
        let problem = failure.problem
        let context = failure.context ?? ""
        // A key without its colon: libyaml notices on a later line; the key is where it began.
        if problem.contains("could not find expected ':'"), let key = failure.contextPosition { position = key }
        let character = Self.character(at: position, in: bytes)
        var message = phrase(failure, character: character)
        let unclosed = problem.contains("did not find expected ',' or") || context.contains("quoted scalar")
        if unclosed, let opened = failure.contextPosition, opened != position {
            message += " (открыта в строке \(opened.line), позиция \(opened.column))"
        }
        return Diagnostic("yaml_syntax", message, at: position.location(in: input.name))
    }

    private static func phrase(_ failure: LibYAMLFailure, character: Character?) -> String {
        let problem = failure.problem
        let context = failure.context ?? ""
        switch failure.kind {
        case .memory: return "файл слишком сложен: не хватило памяти, чтобы его прочитать"
        case .reader:
            if problem.contains("control characters") {
                return
                    "в тексте невидимый управляющий символ; удалите его (часто он попадает при копировании из другой программы)"
            }
            return "файл не в кодировке UTF-8 или повреждён; сохраните его в кодировке UTF-8"
        default: break
        }
        if character == "\t" && (problem.contains("cannot start any token") || problem.contains("tab")) {
            return "неверный отступ: в отступах допускаются только пробелы, а здесь табуляция"
        }
        if problem.contains("found character that cannot start any token") {
            let shown = character.map { "«\($0)»" } ?? "этого символа"
            return "с символа \(shown) не может начинаться значение; возьмите значение в кавычки"
        }
        if context.contains("quoted scalar"), problem.contains("end of stream") {
            return "незакрытая кавычка: текст в кавычках не закрыт до конца файла"
        }
        for (key, phrase) in phrases where problem.contains(key) { return phrase }
        if context.contains("quoted scalar") {
            return "ошибка в тексте в кавычках; проверьте, что кавычка закрыта и внутри нет лишних кавычек"
        }
        if context.contains("tag") { return "неверный тег «!…»; уберите его или возьмите значение в кавычки" }
        if problem.contains("end of stream") || context.contains("flow") { return "незакрытая скобка или кавычка" }
        return generic
    }

    /// libyaml's problems by a fixed part of their text, with the Russian phrase for each.
    private static let phrases: [(String, String)] = [
        (
            "could not find expected ':'",
            "ожидалось двоеточие после ключа: пишите «ключ: значение»; если двоеточие — часть "
                + "текста, возьмите весь текст в кавычки"
        ),
        (
            "mapping values are not allowed",
            "двоеточие с пробелом в неожиданном месте: неверный отступ или текст с «: » "
                + "без кавычек — возьмите такой текст в кавычки"
        ),
        ("block sequence entries are not allowed", "элемент списка «- » в неожиданном месте; проверьте отступ"),
        ("did not find expected ',' or ']'", "незакрытая скобка «[» или пропущена запятая между элементами списка"),
        ("did not find expected ',' or '}'", "незакрытая скобка «{» или пропущена запятая между полями"),
        (
            "did not find expected key",
            "неверный отступ: на этом уровне ожидался ключ «имя: значение»; выровняйте строку "
                + "по соседним ключам"
        ),
        (
            "did not find expected '-' indicator",
            "неверный отступ в списке: элементы одного списка начинаются с «- » "
                + "на одной позиции"
        ),
        ("tab character", "неверный отступ: в отступах допускаются только пробелы, а здесь табуляция"),
        (
            "found unknown escape character",
            "неизвестная последовательность после «\\» в тексте в двойных кавычках; "
                + "напишите «\\\\» или возьмите текст в одинарные кавычки"
        ),
        ("Unicode character escape", "неверный код символа после «\\u» или «\\x» в тексте в двойных кавычках"),
        ("did not find expected node content", "здесь ожидалось значение; проверьте отступ и знаки перед этим местом"),
        (
            "did not find expected alphabetic or numeric character",
            "неверное имя якоря или ссылки после «&» или «*» "
                + "(допускаются латинские буквы, цифры, «-» и «_»); если это текст, возьмите его в кавычки"
        ),
        (
            "found unexpected document indicator",
            "незакрытая кавычка: строка «---» или «...» оказалась внутри текста в кавычках"
        ),
        ("did not find expected <document start>", "после конца документа лишний текст; проверьте отступ этой строки"),
        ("found undefined tag handle", "неизвестный тег «!…»; уберите его или возьмите значение в кавычки"),
        ("tag URI", "неверный тег «!…»; уберите его или возьмите значение в кавычки"),
        ("found an indentation indicator equal to 0", "неверный заголовок многострочного текста после «|» или «>»"),
        (
            "did not find expected comment or line break",
            "после «|» или «>» на той же строке допускается только комментарий"
        ),
        ("directive", "неверная директива «%…» в начале файла; удалите эту строку"),
    ]

    /// The character at `position` of UTF-8 `bytes`, if there is one.
    private static func character(at position: TextPosition, in bytes: Data) -> Character? {
        var line = 1
        var index = bytes.startIndex
        while line < position.line, let newline = bytes[index...].firstIndex(of: 0x0A) {
            index = bytes.index(after: newline)
            line += 1
        }
        let end = bytes[index...].firstIndex(of: 0x0A) ?? bytes.endIndex
        let text = String(decoding: bytes[index..<end], as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        guard position.column >= 1, position.column <= scalars.count else { return nil }
        return Character(scalars[position.column - 1])
    }
}
