import Foundation
import TestSupport
import Testing

@Suite struct DeclineCommandTests {
    @Test func printsEveryCase() throws {
        let result = try Command.paperwork(["decline", "Бабкина Наталья Александровна"])
        #expect(result.status == 0)
        #expect(
            result.stdout.split(separator: "\n").map(String.init) == [
                "именительный: Бабкина Наталья Александровна; Бабкина\u{A0}Н.А.; Н.А.\u{A0}Бабкина",
                "родительный: Бабкиной Натальи Александровны; Бабкиной\u{A0}Н.А.; Н.А.\u{A0}Бабкиной",
                "дательный: Бабкиной Наталье Александровне; Бабкиной\u{A0}Н.А.; Н.А.\u{A0}Бабкиной",
                "винительный: Бабкину Наталью Александровну; Бабкину\u{A0}Н.А.; Н.А.\u{A0}Бабкину",
                "творительный: Бабкиной Натальей Александровной; Бабкиной\u{A0}Н.А.; Н.А.\u{A0}Бабкиной",
                "предложный: Бабкиной Наталье Александровне; Бабкиной\u{A0}Н.А.; Н.А.\u{A0}Бабкиной",
            ])
    }

    @Test func oneCaseOfATitle() throws {
        let result = try Command.paperwork([
            "decline", "--case", "дательный", "--gender", "f", "--title", "исполняющий обязанности директора",
        ])
        #expect(result.stdout == "дательный: исполняющей обязанности директора\n")
    }

    @Test func tsvFromStandardInput() throws {
        let input = "gender\tsurname\tfirst\tpatronymic\nm\tЛеорда\tЛев\tНиколаевич\nf\tКох\tВера\tЮрьевна\n"
        let result = try Command.paperwork(["decline", "--tsv"], stdin: input)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].split(separator: "\t").count == 19)
        #expect(
            lines[1]
                == "m\tЛеорда\tЛев\tНиколаевич\tЛеорды\tЛеорде\tЛеорду\tЛеордой\tЛеорде\tЛьва\tЛьву\tЛьва\tЛьвом\tЛьве\t"
                + "Николаевича\tНиколаевичу\tНиколаевича\tНиколаевичем\tНиколаевиче")
        #expect(lines[2].hasPrefix("f\tКох\tВера\tЮрьевна\tКох\tКох\tКох\tКох\tКох\tВеры\tВере\tВеру\tВерой\tВере\t"))
    }

    @Test func badCallsAreUsageErrors() throws {
        #expect(try Command.paperwork(["decline"]).status == 64)
        #expect(try Command.paperwork(["decline", "--case", "звательный", "Иванов Иван Иванович"]).status == 64)
        #expect(try Command.paperwork(["decline", "Иванов"]).stderr.contains("ожидалось «Фамилия Имя Отчество»"))
        let unknown = try Command.paperwork(["decline", "Гарсиа Андреа"])
        #expect(unknown.status == 64 && unknown.stderr.contains("укажите --gender m или f"))
        #expect(try Command.paperwork(["decline", "--gender", "f", "Гарсиа Андреа"]).status == 0)
    }
}
