import Diagnostics
import Foundation
import Monitoring
import Orders
import Testing

@testable import Ingest

/// Hostile inputs stop at a cap, fast, with a located Russian diagnostic: an alias bomb, deep
/// nesting, a huge file, a file not in UTF-8, control characters. Before the YAML layer an alias
/// bomb grew without limit and deep nesting crashed the program (the stack ran out).
@Suite struct HostileYAMLTests {
    /// Runs `body` and returns its problems and how long it took.
    func timed(_ body: () throws -> Void) -> (found: [Reported], seconds: Double) {
        let start = Date()
        let found = Reported.of(body)
        return (found, Date().timeIntervalSince(start))
    }

    @Test func aliasBombInAnOrder() {
        let text = Samples.order + "values:\n" + Samples.aliasBomb(indent: "  ")
        let (found, seconds) = timed {
            _ = try OrderLoader.load(
                NamedBytes(name: "приказ.yaml", text: text), files: FolderSource(folder: Samples.folder))
        }
        #expect(found.map(\.code) == ["too_many_values"])
        #expect(found.first?.line == 18 && found.first?.column == 47, "\(found)")
        #expect(found.allSatisfy { $0.isRussianOnly })
        #expect(seconds < 2)
    }

    @Test func aliasBombInADepartmentFile() {
        let text = "issuer: [ОТДЕЛ]\npeople:\n" + Samples.aliasBomb(indent: "  ")
        let (found, seconds) = timed { _ = try Department.load(NamedBytes(name: "отдел.yaml", text: text)) }
        #expect(found.map(\.code) == ["too_many_values"])
        #expect(found.first?.line == 8, "\(found)")
        #expect(seconds < 2)
    }

    @Test func aliasBombInADataFile() {
        let (found, seconds) = timed {
            _ = try DataFile.load(NamedBytes(name: "данные.yaml", text: Samples.aliasBomb()))
        }
        #expect(found.map(\.code) == ["too_many_values"])
        #expect(
            found.first?.message.hasPrefix("ссылки «*…» на якоря «&…» раскрываются в слишком много значений") == true)
        #expect(seconds < 2)
    }

    /// Aliases that stay under the cap are expanded as written.
    @Test func modestAliasesAreExpanded() throws {
        let value = try DataFile.load(NamedBytes(name: "д.yaml", text: "base: &b {a: 1}\ncopy: *b\n"))
        #expect(value["copy"] == .object([("a", .number(1))]))
    }

    @Test(arguments: [
        (
            "flow", "a: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n", 1,
            203
        ),
        ("block", String(repeating: "- ", count: 20_000) + "x\n", 1, 401),
        (
            "indented", (0..<300).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " x\n",
            201, 201
        ),
    ])
    func deepNesting(kind: String, text: String, line: Int, column: Int) {
        let (found, seconds) = timed { _ = try DataFile.load(NamedBytes(name: "д.yaml", text: text)) }
        #expect(
            found == [
                Reported(
                    code: "too_deep",
                    message: "вложенность списков и полей глубже 200 уровней; так глубоко данные "
                        + "не вкладываются — проверьте скобки и отступы", line: line, column: column)
            ])
        #expect(seconds < 2)
    }

    @Test func deepNestingThroughAnAlias() {
        let deep = String(repeating: "[", count: 150) + String(repeating: "]", count: 150)
        let text =
            "a: &a \(deep)\nb: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[*a]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n"
        let found = Reported.of { _ = try DataFile.load(NamedBytes(name: "д.yaml", text: text)) }
        #expect(found.map(\.code) == ["too_deep"])
        #expect(found.first?.line == 2, "\(found)")
    }

    @Test func deepJSON() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let (found, seconds) = timed { _ = try DataFile.load(NamedBytes(name: "д.json", text: text)) }
        #expect(found.map(\.code) == ["too_deep"])
        #expect(found.first?.line == 1 && found.first?.column == 201, "\(found)")
        #expect(seconds < 2)
    }

    @Test func oversizedFile() {
        let text = "a: " + String(repeating: "x", count: 5 << 20) + "\n"
        let (found, seconds) = timed { _ = try DataFile.load(NamedBytes(name: "большой.yaml", text: text)) }
        #expect(
            found == [
                Reported(
                    code: "file_too_large",
                    message: "файл больше 5 МБ — так много данных в нём быть не может; "
                        + "проверьте, тот ли это файл", line: nil, column: nil)
            ])
        #expect(seconds < 2)
        let order = Reported.of {
            _ = try OrderLoader.load(
                NamedBytes(name: "приказ.yaml", text: text), files: FolderSource(folder: Samples.folder))
        }
        #expect(order.map(\.code) == ["file_too_large"])
    }

    /// The cap counts plain values too (lowered here so that the test stays quick).
    @Test func tooManyValuesWithoutAliases() {
        let text = "items:\n" + String(repeating: "  - 1\n", count: 1_000)
        var limits = YAMLLimits.standard
        limits.maximumValues = 500
        #expect(
            throws: Diagnostic(
                "too_many_values",
                "в файле слишком много значений (больше 500); разделите данные на "
                    + "несколько файлов",
                at: SourceLocation(file: "д.yaml", line: 499, column: 5))
        ) {
            _ = try YAMLValue.parse(NamedBytes(name: "д.yaml", text: text), limits: limits)
        }
    }

    @Test func windows1251() {
        let bytes = Data("title: Приказ об итогах\n".data(using: .windowsCP1251) ?? Data())
        let found = Reported.of { _ = try Methodology.load(NamedBytes(name: "методика.yaml", bytes: bytes)) }
        #expect(
            found == [
                Reported(
                    code: "not_utf8",
                    message: "файл не в кодировке UTF-8 (похоже, он сохранён в кодировке "
                        + "Windows-1251); откройте его в редакторе и сохраните в кодировке UTF-8 («Сохранить как» → "
                        + "«Кодировка: UTF-8»)", line: 1, column: 8)
            ])
        let data = Reported.of { _ = try DataFile.load(NamedBytes(name: "д.json", bytes: bytes)) }
        #expect(data.map(\.code) == ["not_utf8"])
        let utf16 = Data("title: Приказ\n".data(using: .utf16LittleEndian) ?? Data())
        let unicode = Reported.of {
            _ = try DataFile.load(NamedBytes(name: "д.yaml", bytes: Data([0xFF, 0xFE]) + utf16))
        }
        #expect(
            unicode.first?.message.hasPrefix("файл не в кодировке UTF-8 (он сохранён в кодировке UTF-16, «Юникод»)")
                == true,
            "\(unicode)")
    }

    @Test func controlCharacterIsLocated() {
        let found = Reported.of { _ = try DataFile.load(NamedBytes(name: "д.yaml", text: "a: 1\nb: \"x\u{1}y\"\n")) }
        #expect(found.map(\.code) == ["data_syntax"])
        #expect(found.first?.line == 2 && found.first?.column == 6, "\(found)")
        #expect(found.first?.message.hasPrefix("в тексте невидимый управляющий символ") == true)
        let marked = Reported.of { _ = try DataFile.load(NamedBytes(name: "д.yaml", text: "\u{FEFF}b: \"x\u{1}y\"\n")) }
        #expect(marked.first?.line == 1 && marked.first?.column == 6, "\(marked)")
    }

    /// Emoji, control characters, a byte-order mark, NUL: no crash, and columns count characters.
    @Test(arguments: [
        "😀: 👍\n", "\u{FEFF}a: 1\n", "a: \"\\u0000\\u0001\"\n", "a: \u{0}\n", "a: \u{7F}\n", "🎉🎉: [😀, \u{1F}]\n",
        "a: \u{85}b\n", "a: \u{2028}\n", "\"\\uD800\": 1\n",
    ])
    func oddCharactersDoNotCrash(text: String) {
        let found = Reported.of { _ = try DataFile.load(NamedBytes(name: "д.yaml", text: text)) }
        #expect(found.allSatisfy { $0.isRussianOnly }, "\(found)")
    }

    @Test func emojiColumnsCountCharacters() {
        let found = Reported.of { _ = try DataFile.load(NamedBytes(name: "д.yaml", text: "😀😀: [1, 2\n")) }
        #expect(found.first?.line == 2 && found.first?.column == 1, "\(found)")
        let item = Reported.of { _ = try DataFile.load(NamedBytes(name: "д.yaml", text: "😀😀: {a: 1\n")) }
        #expect(item.first?.message.contains("(открыта в строке 1, позиция 5)") == true, "\(item)")
    }
}
