import Foundation
import Monitoring
import Orders
import Testing

@testable import Ingest

/// A YAML or JSON syntax error in any kind of file: its line and column, in Russian, without
/// libyaml's or Foundation's English.
@Suite struct YAMLSyntaxTests {
    @Test func methodologyWithAnUnclosedBracket() {
        let text = "title: Проверка\nlevels: {scale: points, items: [1, 2}\ndirections: []\n"
        let found = Reported.of { _ = try Methodology.parse(text, file: "методика.yaml") }
        #expect(
            found == [
                Reported(
                    code: "yaml_syntax",
                    message: "незакрытая скобка «[» или пропущена запятая между элементами "
                        + "списка (открыта в строке 2, позиция 32)", line: 2, column: 37)
            ])
        #expect(found.allSatisfy { $0.isRussianOnly })
    }

    @Test func catalogueWithABadIndent() throws {
        let text = "addressees:\n  schools: \"Руководителям ОО:\"\n   department: \"Отделу:\"\nrecommendations: []\n"
        let methodology = try Samples.parsedMethodology
        let found = Reported.of {
            _ = try RecommendationCatalogue.load(
                NamedBytes(name: "рекомендации.yaml", text: text), methodology: methodology)
        }
        #expect(found.map(\.code) == ["yaml_syntax"])
        #expect(found.first?.line == 3 && found.first?.column == 4, "\(found)")
        #expect(found.first?.message.hasPrefix("неверный отступ: на этом уровне ожидался ключ") == true, "\(found)")
        #expect(found.allSatisfy { $0.isRussianOnly })
    }

    @Test func orderWithAKeyWithoutItsColon() {
        let text = "issuer: [ОТДЕЛ]\ntitle Об итогах\nnumber: \"1\"\n"
        let found = Reported.of {
            _ = try OrderLoader.load(
                NamedBytes(name: "приказ.yaml", text: text), files: FolderSource(folder: Samples.folder))
        }
        #expect(found.map(\.code) == ["yaml_syntax"])
        #expect(found.first?.line == 2 && found.first?.column == 1, "\(found)")
        #expect(found.first?.message.hasPrefix("ожидалось двоеточие после ключа") == true, "\(found)")
        #expect(found.allSatisfy { $0.isRussianOnly })
    }

    @Test func departmentIndentedWithATab() {
        let text = "issuer:\n\t- ОТДЕЛ ОБРАЗОВАНИЯ\ndate: 2023-11-20\n"
        let found = Reported.of { _ = try Department.load(NamedBytes(name: "отдел.yaml", text: text)) }
        #expect(found.map(\.code) == ["yaml_syntax"])
        #expect(found.first?.line == 2 && found.first?.column == 1, "\(found)")
        #expect(found.first?.message.contains("неверный отступ") == true, "\(found)")
        #expect(found.allSatisfy { $0.isRussianOnly })
    }

    @Test func yamlDataWithAnUnclosedQuote() {
        let text = "issuer: \"Управление образования\nnumber: 5\n"
        let found = Reported.of { _ = try DataFile.load(NamedBytes(name: "данные.yaml", text: text)) }
        #expect(
            found == [
                Reported(
                    code: "data_syntax",
                    message: "незакрытая кавычка: текст в кавычках не закрыт до конца файла "
                        + "(открыта в строке 1, позиция 9)", line: 3, column: 1)
            ])
        #expect(found.allSatisfy { $0.isRussianOnly })
    }

    @Test func jsonDataWithAMissingComma() {
        let text = "{\n  \"issuer\": \"Управление\",\n  \"items\": [1, 2]\n  \"number\": 5\n}\n"
        let found = Reported.of { _ = try DataFile.load(NamedBytes(name: "данные.json", text: text)) }
        #expect(
            found == [
                Reported(
                    code: "data_syntax",
                    message: "ожидалась запятая или «}», а здесь «\"»; возможно, пропущена "
                        + "запятая или скобка не закрыта", line: 4, column: 3)
            ])
        #expect(found.allSatisfy { $0.isRussianOnly })
    }

    /// Typical slips of a methodist, each with its Russian phrase and place.
    @Test(
        arguments: [
            ("a: [1, 2\n", "незакрытая скобка «[»", 2, 1),
            ("a: {b: 1\n", "незакрытая скобка «{»", 2, 1),
            ("a: 'текст\n", "незакрытая кавычка", 2, 1),
            ("a: b: c\n", "двоеточие с пробелом в неожиданном месте", 1, 5),
            ("a:\n  - b\n - c\n", "неверный отступ", 3, 2),
            ("a: 1\n  b: 2\n", "двоеточие с пробелом в неожиданном месте", 2, 4),
            ("a: @b\n", "с символа «@» не может начинаться значение", 1, 4),
            ("a: \"\\q\"\n", "неизвестная последовательность после «\\»", 1, 5),
            ("a: *none\n", "ссылка «*none» на якорь «&none», которого нет выше", 1, 4),
            ("a: *нет\n", "неверное имя якоря или ссылки", 1, 5),
            ("a: 1\n---\nb: 2\n", "в файле больше одного документа", nil, nil),
            ("? [a, b]\n: c\n", "ключ должен быть простым текстом", 1, 3),
        ] as [(String, String, Int?, Int?)])
    func commonMistakes(text: String, phrase: String, line: Int?, column: Int?) {
        let found = Reported.of { _ = try DataFile.load(NamedBytes(name: "д.yaml", text: text)) }
        #expect(found.count == 1)
        #expect(found.first?.message.contains(phrase) == true, "\(found)")
        #expect(found.first?.line == line && found.first?.column == column, "\(found)")
        #expect(found.allSatisfy { $0.isRussianOnly }, "\(found)")
    }

    @Test(
        arguments: [
            ("[1, 2,]", "ожидалось значение", 1, 7),
            ("{\"a\" 1}", "ожидалось двоеточие после ключа «a»", 1, 6),
            ("{a: 1}", "ожидался ключ в двойных кавычках", 1, 2),
            ("[\"строка\n\"]", "перевод строки", 1, 9),
            ("[01]", "неверное число «01»", 1, 4),
            ("{\"a\": 1} {", "после конца данных лишний текст", 1, 10),
            ("", "файл пуст", 1, 1),
            ("[\"a\\x\"]", "неизвестная последовательность после «\\»", 1, 5),
        ] as [(String, String, Int, Int)])
    func jsonMistakes(text: String, phrase: String, line: Int, column: Int) {
        let found = Reported.of { _ = try DataFile.load(NamedBytes(name: "д.json", text: text)) }
        #expect(found.count == 1)
        #expect(found.first?.message.contains(phrase) == true, "\(found)")
        #expect(found.first?.line == line && found.first?.column == column, "\(found)")
        #expect(found.allSatisfy { $0.isRussianOnly }, "\(found)")
    }
}
