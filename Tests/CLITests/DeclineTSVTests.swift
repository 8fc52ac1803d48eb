import Foundation
import TestSupport
import Testing

/// `paperwork decline --tsv`: every row is either printed or reported with its line; nothing is
/// dropped silently.
@Suite struct DeclineTSVTests {
    static let leorda =
        "m\tЛеорда\tЛев\tНиколаевич\tЛеорды\tЛеорде\tЛеорду\tЛеордой\tЛеорде\tЛьва\tЛьву\tЛьва\tЛьвом\tЛьве\t"
        + "Николаевича\tНиколаевичу\tНиколаевича\tНиколаевичем\tНиколаевиче"
    static let koch =
        "f\tКох\tВера\tЮрьевна\tКох\tКох\tКох\tКох\tКох\tВеры\tВере\tВеру\tВерой\tВере\t"
        + "Юрьевны\tЮрьевне\tЮрьевну\tЮрьевной\tЮрьевне"

    func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test func firstRowAfterAByteOrderMarkIsData() throws {
        let result = try Command.paperwork(["decline", "--tsv"], stdin: "\u{FEFF}m\tЛеорда\tЛев\tНиколаевич\r\n")
        #expect(result.status == 0)
        #expect(result.stdout == Self.leorda + "\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func fieldsAreTrimmed() throws {
        let result = try Command.paperwork(["decline", "--tsv"], stdin: " m \t  Леорда \tЛев\u{A0}\t Николаевич\n")
        #expect(result.stdout == Self.leorda + "\n")
    }

    @Test func emptyGenderTakesTheOptionOrThePatronymic() throws {
        let given = try Command.paperwork(["decline", "--tsv", "--gender", "f"], stdin: "\tКох\tВера\tЮрьевна\n")
        #expect(given.status == 0)
        #expect(given.stdout == Self.koch + "\n")
        let inferred = try Command.paperwork(["decline", "--tsv"], stdin: "\tЛеорда\tЛев\tНиколаевич\n")
        #expect(inferred.stdout == Self.leorda + "\n")
    }

    @Test func badRowsAreReportedAndGoodOnesPrinted() throws {
        let input =
            "gender\tsurname\tfirst\tpatronymic\nm\tЛеорда\tЛев\tНиколаевич\nx\tИванов\tИван\tИванович\n"
            + "f\tКох\n\n\t\tВера\tЮрьевна\nm Петров Пётр Петрович\n\tДоу\tЭ\t\nf\tКох\tВера\tЮрьевна\n"
        let result = try Command.paperwork(["decline", "--tsv"], stdin: input)
        #expect(result.status == 65)
        #expect(lines(result.stdout).count == 3)
        #expect(lines(result.stdout).dropFirst() == [Self.leorda, Self.koch])
        #expect(
            lines(result.stderr) == [
                "ошибки (5):",
                "стандартный ввод, строка 3: tsv_unknown_gender: пол «x» не распознан: укажите m (мужской) или f (женский); "
                    + "допускаются также м и ж",
                "стандартный ввод, строка 4: tsv_too_few_columns: в строке 2 столбца, а нужно 4: пол, фамилия, имя, отчество, "
                    + "разделённые табуляцией; если отчества нет, оставьте четвёртый столбец пустым",
                "стандартный ввод, строка 6: tsv_empty_name: не указана фамилия: заполните второй (фамилия) и третий (имя) столбцы",
                "стандартный ввод, строка 7: tsv_too_few_columns: в строке 1 столбец, а нужно 4: пол, фамилия, имя, отчество, "
                    + "разделённые табуляцией (похоже, значения разделены пробелами — замените их табуляцией); если отчества нет, "
                    + "оставьте четвёртый столбец пустым",
                "стандартный ввод, строка 8: tsv_no_gender: пол не указан и не определяется ни по отчеству, ни по имени «Э», "
                    + "ни по фамилии «Доу»: укажите m или f "
                    + "в первом столбце (или --gender для всех строк без пола)",
            ])
    }

    @Test func headerIsKnownByItsContentNotItsPlace() throws {
        let result = try Command.paperwork(
            ["decline", "--tsv"],
            stdin: "Список сотрудников\nПол\tФамилия\tИмя\tОтчество\n"
                + "m\tЛеорда\tЛев\tНиколаевич\n")
        #expect(result.status == 65)
        #expect(lines(result.stdout) == [Self.leorda])
        #expect(result.stderr.hasPrefix("ошибка: стандартный ввод, строка 1: tsv_too_few_columns: в строке 1 столбец"))
    }

    @Test func windows1251IsReadWithANote() throws {
        let bytes = [UInt8](try #require("m\tЛеорда\tЛев\tНиколаевич\r\n".data(using: .windowsCP1251)))
        let result = try Command.paperwork(["decline", "--tsv"], stdinBytes: bytes)
        #expect(result.status == 0)
        #expect(result.stdout == Self.leorda + "\n")
        #expect(
            result.stderr == "предупреждение: стандартный ввод: tsv_windows_1251: текст не в UTF-8 и прочитан как "
                + "Windows-1251; если буквы в выводе искажены, сохраните файл в UTF-8\n")
    }

    @Test func damagedUTF8IsRefusedWithItsLine() throws {
        let bytes = Array("m\tЛеорда\tЛев\tНиколаевич\nf\tК".utf8) + [0xEE] + Array("х\tВера\tЮрьевна\n".utf8)
        let result = try Command.paperwork(["decline", "--tsv"], stdinBytes: bytes)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "ошибка: стандартный ввод, строка 2: tsv_encoding: текст в UTF-8, но в этой строке испорчены "
                + "байты; исправьте её или сохраните файл заново в UTF-8\n")
    }

    @Test func unicodeTextFromExcelIsRead() throws {
        let bytes: [UInt8] =
            [0xFF, 0xFE] + "m\tЛеорда\tЛев\tНиколаевич\r\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let result = try Command.paperwork(["decline", "--tsv"], stdinBytes: bytes)
        #expect(result.status == 0)
        #expect(result.stdout == Self.leorda + "\n")
    }

    static let reference = Paths.fixture("reference/names-declension.tsv")

    @Test func referenceTableIsReproducedByteForByte() throws {
        let text = try String(contentsOfFile: Self.reference, encoding: .utf8)
        let input =
            text.split(separator: "\n").map {
                $0.split(separator: "\t", omittingEmptySubsequences: false).prefix(4)
                    .joined(separator: "\t")
            }.joined(separator: "\n") + "\n"
        let result = try Command.paperwork(["decline", "--tsv"], stdin: input)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == text)
    }
}
