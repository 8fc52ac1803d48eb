import Foundation
import Monitoring
import TemplateEngine
import TestSupport
import Testing

@testable import PaperworkKit

/// The batch on the shipped examples: the справка's figures by hand, every letter's addressing,
/// and LibreOffice opening every file written.
@Suite struct BatchTests {
    static func inputs(
        results: String = Paths.example("results/vpr-objectivity-2023.xlsx"),
        formats: [OutputFormat] = [.docx, .odt]
    ) throws -> Batch.Inputs {
        try Batch.Inputs.files(
            methodology: Paths.example("methodologies/vpr-objectivity.yaml"), results: results,
            department: Paths.example("department/sosnovsky.yaml"), formats: formats)
    }

    /// Observation by all subjects and grades: rows 1, 2, 4 of the designed nine and rows 10, 13, 16,
    /// 19, 22, 25 of the generated ones (i % 3 == 0) — 9 of 26 = 34,6 %; with the partial answers
    /// (rows 3, 6–9 and i % 3 == 1: 11 more) 20 of 26 = 76,9 %. Works (40 + 37i mod 160 per school)
    /// total 2 985, re-checked (a fifth, none when i % 6 == 0) 489 = 16,4 %, confirmed 456 of 489 = 93,3 %.
    @Test func reportFiguresMatchTheHandComputedValues() throws {
        let batch = try Batch(try Self.inputs())
        let statistics = Statistics(rating: batch.rating)
        let values = try batch.department.figures.map { try statistics.value(of: $0).get() }
        #expect(abs(values[0] - 9.0 / 26) < 1e-12)
        #expect(abs(values[1] - 20.0 / 26) < 1e-12)
        #expect(statistics.sum("Всего работ") == 2985 && statistics.sum("Перепроверено работ") == 489)
        #expect(abs(values[2] - 489.0 / 2985) < 1e-12 && abs(values[3] - 456.0 / 489) < 1e-12)
        guard case .object(let report) = batch.report, case .list(let figures)? = report["figures"] else {
            Issue.record("в справке нет показателей")
            return
        }
        #expect(figures.map { $0["value"]?.text } == ["34,6\u{A0}%", "76,9\u{A0}%", "16,4\u{A0}%", "93,3\u{A0}%"])
        #expect(
            report["levels"].map { value -> [String] in
                guard case .list(let rows) = value else { return [] }
                return rows.map { "\($0["name"]?.text ?? ""): \($0["count"]?.text ?? ""), \($0["share"]?.text ?? "")" }
            } == [
                "Высокий уровень: 7, 26,9\u{A0}%", "Достаточный уровень: 10, 38,5\u{A0}%",
                "Низкий уровень: 9, 34,6\u{A0}%",
            ])
        #expect(report["conclusion"]?.text.contains("низкий уровень выявлен в 9 ОО (34,6\u{A0}%)") == true)
        #expect(
            report["low_schools"]?.text.hasPrefix("Общеобразовательные организации низкого уровня: МБОУ «СОШ № 9», ")
                == true)
    }

    @Test func lettersAreAddressedAndCarryTheirRecommendations() throws {
        let batch = try Batch(try Self.inputs())
        #expect(batch.letterCount == 26)
        let first = batch.letterContext(0)
        let fifth = batch.letterContext(4)
        #expect(batch.letterName(0) == "OO-001 МБОУ СОШ № 1")
        #expect(first["addressee"]?.text == "Директору МБОУ «СОШ № 1»\nИ.П.\u{A0}Орловой")
        #expect(first["salutation"]?.text == "Уважаемая Ирина Петровна!")
        #expect(first["number"]?.text == "01-12/001")
        // OO-001 has every point: only the unconditional recommendation applies.
        #expect(
            first["recommendations"].map(Self.texts) == [
                "Вести информационно-разъяснительную работу с родительской общественностью "
                    + "по вопросам общественного наблюдения за процедурой проведения всероссийских проверочных работ."
            ])
        // OO-005 (−6, low): lost on deadlines, the list, objectivity, observation, analysis, attitude.
        #expect(fifth["addressee"]?.text == "Директору МБОУ «СОШ № 5»\nМ.В.\u{A0}Гончаренко")
        #expect(
            fifth["summary"]?.text
                == "Итого: −6 баллов из 50 — низкий уровень; место в рейтинге — 26 из 26.")
        #expect(fifth["recommendations"].map(Self.texts)?.count == 7)
        #expect(
            fifth["recommendations"].map(Self.texts)?.first
                == "Организовать общественное наблюдение по всем предметам и параллелям.")
    }

    static func texts(_ value: TemplateValue) -> [String] {
        guard case .list(let items) = value else { return [] }
        return items.compactMap { $0["text"]?.text }
    }
}

@Suite(.enabled(if: LibreOffice.testsEnabled, "LibreOffice (soffice) не установлен; в CI этот тест обязателен"))
struct BatchLibreOfficeTests {
    @Test func libreOfficeOpensEveryFileAndTheReportReadsLikeSeed003() throws {
        let folder = try Paths.temporaryFolder()
        let summary = try Batch(try BatchTests.inputs()).run(into: folder.path)
        let documents = summary.files.filter { $0.hasSuffix(".docx") || $0.hasSuffix(".odt") }
        #expect(documents.count == 2 * (1 + 1 + 1 + 26))
        // Unique names: LibreOffice writes «name.txt» per input.
        let staged = try Paths.temporaryFolder()
        var copies: [String] = []
        for (index, file) in documents.enumerated() {
            let copy = staged.appendingPathComponent("f\(index).\(URL(fileURLWithPath: file).pathExtension)").path
            try FileManager.default.copyItem(atPath: file, toPath: copy)
            copies.append(copy)
        }
        let texts = try LibreOffice.text(of: copies)
        for (file, text) in zip(documents, texts) {
            #expect(text.count > 200, "\(file) прочитан пустым")
        }
        let report = try #require(zip(documents, texts).first { $0.0.hasSuffix("Справка.odt") }?.1)
        let squeezed = report.replacingOccurrences(of: "\u{A0}", with: " ")
        var position = squeezed.startIndex
        for line in [
            "СПРАВКА", "по итогам мониторинга объективности проведения всероссийских проверочных работ",
            "В соответствии с приказом отдела образования", "осуществлён мониторинг обеспечения объективности",
            "в 26 общеобразовательных организациях района.", "Цель: получение объективной оценки",
            "Задача: определить уровень объективности", "Сроки проведения:", "Показатели:",
            "Обеспечение общественного наблюдения (2023) (максимум 2 балла);", "Методы и формы сбора результатов:",
            "По результатам мониторинга в 26 общеобразовательных организациях установлено следующее.",
            "Рейтинг общеобразовательных организаций", "Вывод: в целом в общеобразовательных организациях района",
            "Результаты таковы:",
            "осуществлялось общественное наблюдение по всем предметам и параллелям, от общего количества общеобразовательных организаций, в которых проводилась процедура оценки качества образования — 34,6 %.",
            "от общего количества работ — 16,4 %.", "от общего количества перепроверенных работ — 93,3 %.",
            "Рекомендации:", "Отделу образования администрации Сосновского муниципального района:",
            "1. Организовать проведение общественного наблюдения",
            "Срок: во время проведения ВПР.", "МБУ «Сосновский ТРЦ»:", "Руководителям общеобразовательных организаций:",
            "Срок: постоянно.", "Главный специалист отдела образования", "Е.О. Белова",
        ] {
            let found = squeezed.range(of: line, range: position..<squeezed.endIndex)
            #expect(found != nil, "в справке нет по порядку: «\(line)»")
            if let found { position = found.upperBound }
        }
    }
}
