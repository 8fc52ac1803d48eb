import ArgumentParser
import Foundation
import PaperworkKit
import PaperworkWeb
import Store

/// `paperwork campaign`: monitorings kept in the web page's store, year after year.
struct CampaignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaign", abstract: "Мониторинги в базе веб-страницы (история по годам).",
        subcommands: [CampaignAddCommand.self], helpNames: [.short, .long])
}

/// `paperwork campaign add`: scores a results file and stores it as a monitoring of its period,
/// as the «Новый мониторинг» page does.
struct CampaignAddCommand: AsyncParsableCommand, ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Сохранить мониторинг (результаты ОО за период) в базе веб-страницы.",
        discussion: """
            Результаты проверяются и считаются по методике; при ошибках выводятся все сразу и ничего \
            не сохраняется. Мониторинги одной методики (методики с одним названием) образуют ряд по \
            периодам: показатель динамики, для которого в файле только столбец этого года \
            («показатель.стало»), берёт прошлогоднее значение из мониторинга прошлого периода, \
            сохранённого раньше. Последняя строка вывода — обозначение мониторинга.
            """,
        helpNames: [.short, .long])

    @Option(
        help: ArgumentHelp(
            "Методика мониторинга (.yaml) или обозначение методики, уже сохранённой в базе.", valueName: "методика"))
    var methodology: String

    @Option(help: ArgumentHelp("Результаты ОО (.xlsx или .csv).", valueName: "результаты"))
    var results: String

    @Option(help: ArgumentHelp("Период мониторинга, например 2024 или «2024/2025 учебный год».", valueName: "период"))
    var period: String

    @OptionGroup var store: StoreOptions

    @OptionGroup var reporting: ReportingOptions

    func run() async throws {
        let resultsFile = try NamedBytes.read(path: results)
        let opened = try await Store.open(try store.location())
        do {
            let record: MethodologyRecord
            if !FileManager.default.fileExists(atPath: methodology),
                let stored = try await opened.methodology(id: methodology)
            {
                record = stored
            } else {
                record = try await Campaigns.methodology(store: opened, file: try NamedBytes.read(path: methodology))
            }
            let previous = try await opened.previousCampaign(title: record.title, period: period)
            let id = try await Campaigns.create(
                store: opened, methodologyID: record.id, period: period, results: resultsFile,
                user: ProcessInfo.processInfo.userName)
            let count = try await opened.campaign(id: id)?.schoolsCount ?? 0
            print("Мониторинг «\(record.shortTitle)» за период «\(period)» сохранён: ОО — \(count).")
            if let previous {
                print("Прошлый период в базе: «\(previous.period)».")
            }
            print(id)
        } catch {
            try? await opened.close()
            throw error
        }
        try await opened.close()
    }
}
