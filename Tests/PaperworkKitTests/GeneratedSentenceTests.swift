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
