import ArgumentParser
import Foundation
import PaperworkKit
import PaperworkWeb
import Store

/// Where `paperwork batch` finds the previous period: the web page's store (`--data` or
/// `--database`), and this monitoring's own period (`--period`).
struct HistoryOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Папка данных веб-страницы (файл paperwork.sqlite): прошлый период берётся из сохранённых в ней "
                + "мониторингов — для показателей динамики и сравнения в справке.", valueName: "папка"))
    var data: String?

    @Option(
        help: ArgumentHelp(
            "База PostgreSQL веб-страницы вместо папки данных: postgres://пользователь:пароль@сервер:5432/база.",
            valueName: "адрес"))
    var database: String?

    @Option(
        help: ArgumentHelp(
            "Период этого мониторинга (например, 2024); по умолчанию — из методики. Прошлым считается "
                + "сохранённый мониторинг с более ранним годом.", valueName: "период"))
    var period: String?

    /// The stored previous period of `methodology`'s series, or `nil` when no store was named or
    /// it has nothing earlier.
    /// - Throws: ``Diagnostic`` `store_missing` when `--data` names a folder without a store.
    func previous(methodology file: NamedBytes) async throws -> PreviousPeriod? {
        guard data != nil || database != nil else { return nil }
        let location = try StoreLocation.from(database: database, dataFolder: data ?? "")
        if case .sqlite(let path) = location, !FileManager.default.fileExists(atPath: path) {
            throw Diagnostic(
                "store_missing",
                "в папке данных нет базы paperwork.sqlite («\(path)»); сохраните мониторинги командой "
                    + "paperwork campaign add … --data с этой папкой или проверьте путь",
                at: SourceLocation(field: "--data"))
        }
        let methodology = try Paperwork.methodology(file)
        let store = try await Store.open(location)
        do {
            let previous = try await Campaigns.previousPeriod(
                store: store, title: methodology.title, period: period ?? methodology.period ?? "")
            try await store.close()
            return previous
        } catch {
            try? await store.close()
            throw error
        }
    }
}
