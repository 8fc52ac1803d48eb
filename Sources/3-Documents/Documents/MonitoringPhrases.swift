import Monitoring
import RussianText

/// The phrases the documents build from a methodology: its short title in the genitive with the
/// period («мониторинга объективности проведения ВПР в 2023 году»), so that a sentence reads as
/// a clerk would write it rather than «(мониторинг …, 2023)».
public enum MonitoringPhrases {
    /// «мониторинга … в 2023 году»: the short title in the genitive, then the period.
    public static func ofMonitoring(_ methodology: Methodology) -> String {
        let title = OrganizationDeclension.decline(methodology.shortTitle, .genitive)
        return [title, methodology.period.map(inPeriod) ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A period as a circumstance of time: «2023» → «в 2023 году», «2023/2024 учебный год» →
    /// «в 2023/2024 учебном году», «2022–2023» → «в 2022–2023 годах»; other text comes back as it
    /// is written («за I полугодие 2023 года»).
    public static func inPeriod(_ period: String) -> String {
        let text = period.trimmingCharacters(in: .whitespaces)
        let digits = text.allSatisfy(\.isNumber)
        if digits && text.count == 4 { return "в \(text) году" }
        if text.count == 9, text.allSatisfy({ $0.isNumber || "–-—".contains($0) }) {
            return "в \(text.replacingOccurrences(of: "-", with: "–")) годах"
        }
        for (nominative, prepositional) in [("учебный год", "учебном году"), ("год", "году")]
        where text.hasSuffix(" " + nominative) {
            return "в " + text.dropLast(nominative.count) + prepositional
        }
        return text
    }
}
