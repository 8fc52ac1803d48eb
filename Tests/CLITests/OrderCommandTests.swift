import Foundation
import TestSupport
import Testing

@Suite struct OrderCommandTests {
    static let example = Paths.example("orders/lysogorsk-2022-57.yaml")

    @Test func writesTheOrderInBothFormats() throws {
        let folder = try Paths.temporaryFolder()
        let result = try Command.paperwork(["order", Self.example, "-o", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == [".paperwork", "приказ 57 от 23.03.2022.docx", "приказ 57 от 23.03.2022.odt"])
        let inspected = try Command.paperwork(["inspect", folder.appendingPathComponent(files[2]).path])
        #expect(
            inspected.stdout.contains(
                "Заместителю начальника управления образования администрации Лысогорского муниципального "
                    + "района Саратовской области Савкиной\u{A0}Л.В., директору МКУ «ЭМС системы образования» Леорде\u{A0}С.В."
            ))
    }

    /// The example with its requisites broken one by one: every problem with its YAML line and position, exit 65, no file.
    @Test func missingRequisitesAndBadReferences() throws {
        var text = try String(contentsOfFile: Self.example, encoding: .utf8)
        text = text.replacingOccurrences(of: "date: 2022-03-23\n", with: "date: 2022-02-30\n")
            .replacingOccurrences(of: "number: \"57\"\n", with: "")
            .replacingOccurrences(
                of: "title: Об утверждении плана мероприятий", with: "heading: Об утверждении плана мероприятий"
            )
            .replacingOccurrences(of: "{{ leorda | dative }}", with: "{{ leordа | dative }}")
            .replacingOccurrences(of: "  person: miroshnichenko\n", with: "  person: mirоshnichenko\n")
        let folder = try Paths.temporaryFolder()
        let file = folder.appendingPathComponent("приказ.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try Command.paperwork(["order", file.path, "-o", out.path])
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "ошибки (5), ничего не записано:")
        #expect(
            lines.contains(
                "приказ.yaml, строка 3, позиция 1: missing_field: не указан реквизит «number» (регистрационный номер)"))
        #expect(
            lines.contains(
                "приказ.yaml, строка 3, позиция 1: missing_field: не указан реквизит «title» (заголовок к тексту)"))
        #expect(
            lines.contains(
                "приказ.yaml, строка 9, позиция 7: invalid_date: «2022-02-30» — не дата; пишите ГГГГ-ММ-ДД, например 2023-11-08"
            ))
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "приказ.yaml, строка 34, позиция 5: unknown_person: пункт 3: в теге «{{ leordа | dative }}»: нет значения «leordа»"
                )
            })
        #expect(
            lines.contains(
                "приказ.yaml, строка 39, позиция 11: unknown_person: подписывающий «mirоshnichenko» не найден среди людей (people)"
            ))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}

@Suite struct MonitoringOrderTests {
    @Test func ratingAppendixAndWorkByLevel() throws {
        let folder = try Paths.temporaryFolder()
        let example = try Self.standalone(period: "period: {from: 2023-09, to: 2023-10}\n")
        let result = try Command.paperwork(["order", example, "-o", folder.path, "--format", "odt"])
        #expect(result.status == 0, "\(result.stderr)")
        let file = folder.appendingPathComponent("приказ 214-од от 20.11.2023.odt").path
        // Compared with ordinary spaces and hyphens; the typography has its own tests.
        let text = try Command.paperwork(["inspect", file]).stdout.replacingOccurrences(of: "\u{A0}", with: " ")
            .replacingOccurrences(of: "\u{2011}", with: "-")
        #expect(text.contains("общеобразовательных организациях (7 ОО): МБОУ «СОШ № 1», МБОУ «Гимназия № 16»"))
        #expect(text.contains("с низким уровнем объективности (МБОУ «СОШ № 9», МБОУ «СОШ № 13»"))
        #expect(text.contains("по результатам мониторинга, проведённого в сентябре–октябре 2023 года, в целях"))
        #expect(text.contains("3.1. разработать и представить в отдел образования план мероприятий"))
        #expect(text.contains("Главному методисту МБУ «Сосновский ТРЦ» Беловой Е.О. оказать адресную"))
        #expect(text.contains("возложить на заместителя начальника отдела образования Тихомирова А.И.\n"))
        #expect(text.contains("Лист ознакомления↵с приказом от 20.11.2023 № 214-од"))
        let rating = try #require(text.range(of: "Рейтинг общеобразовательных организаций"))
        let tail = String(text[rating.upperBound...])
        #expect(
            tail.contains(": 1\n  ") && tail.contains(": МБОУ «СОШ № 1»\n  ") && tail.contains(": 50\n  ")
                && tail.contains(": высокий уровень\n"))
        #expect(tail.contains(": 26\n  ") && tail.contains(": МБОУ «СОШ № 5»\n  ") && tail.contains(": −6\n  "))
    }

    /// The example results order as `paperwork order` reads it on its own: its files by full path,
    /// and `period` (which a batch takes from the department file) stated by the order itself.
    static func standalone(period: String) throws -> String {
        var yaml = try String(contentsOfFile: Paths.example("orders/monitoring-results.yaml"), encoding: .utf8)
        yaml =
            yaml.replacingOccurrences(of: "methodology: ../", with: "methodology: \(Paths.example(""))/")
            .replacingOccurrences(of: "results: ../", with: "results: \(Paths.example(""))/") + period
        let file = try Paths.temporaryFolder().appendingPathComponent("приказ.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    /// Without a department file nothing states the period: the preamble's place says so.
    @Test func withoutAPeriodThePreambleSaysWhatIsMissing() throws {
        let result = try Command.paperwork([
            "order", try Self.standalone(period: ""), "-o", try Paths.temporaryFolder().path, "--format", "odt",
        ])
        #expect(result.status != 0)
        #expect(
            result.stderr.contains("приказ.yaml, строка 16, позиция 11") && result.stderr.contains("преамбула"),
            "\(result.stderr)")
        #expect(result.stderr.contains("укажите в файле приказа period: {from: ГГГГ-ММ, to: ГГГГ-ММ}"))
    }
}
