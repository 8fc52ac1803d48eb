import Foundation
import TemplateEngine
import TestSupport
import Testing

@testable import PaperworkKit

/// The sentences the program builds read as a clerk writes them: cases derived from the
/// nominatives of the data, no «(мониторинг …, 2023)» or «по итогам: …» seams.
@Suite struct GeneratedSentenceTests {
    @Test func letterSentences() throws {
        let batch = try Batch(try BatchTests.inputs())
        let letter = batch.letterContext(0)
        #expect(
            letter["intro"]?.text
                == "Направляем результаты мониторинга объективности проведения всероссийских проверочных работ "
                + "в 2023 году в МБОУ «СОШ № 1».")
        #expect(
            letter["report_back"]?.text.hasPrefix(
                "О выполнении рекомендаций просим сообщить в адрес отдела образования администрации Сосновского "
                    + "муниципального района в срок до ") == true)
    }

    @Test func ratingTitle() throws {
        let batch = try Batch(try BatchTests.inputs())
        #expect(
            batch.ratingContext["title"]?.text
                == "Рейтинг общеобразовательных организаций\nпо итогам мониторинга объективности проведения "
                + "всероссийских проверочных работ в 2023 году")
    }

    @Test func periods() {
        #expect(MonitoringPhrases.inPeriod("2023") == "в 2023 году")
        #expect(MonitoringPhrases.inPeriod("2023/2024 учебный год") == "в 2023/2024 учебном году")
        #expect(MonitoringPhrases.inPeriod("2022–2023") == "в 2022–2023 годах")
    }
}

/// An order's text and its appendix marks number the appendices alike.
@Suite struct AppendixNumberingTests {
    static func marks(_ example: String) throws -> [String] {
        let order = try OrderLoader.load(path: Paths.example("orders/\(example).yaml"))
        guard case .list(let appendices)? = OrderContext.make(order)["appendices"] else { return [] }
        return appendices.compactMap { $0["mark"]?.text }
    }

    /// Seed 002 cites «(приложение 1)»: its only appendix is marked «Приложение 1».
    @Test func citedByNumber() throws {
        #expect(try Self.marks("yenisei-2023-305").map { $0.hasPrefix("Приложение 1\n") } == [true])
    }

    /// Seed 001 cites «(приложение)»: the mark has no number.
    @Test func citedWithoutNumber() throws {
        #expect(try Self.marks("lysogorsk-2022-57").map { $0.hasPrefix("Приложение\n") } == [true])
    }
}
