import ArgumentParser
import Foundation
import Hummingbird
import PaperworkWeb
import Store

/// `paperwork serve`: the web page for the methodist and the clerk, with a store that remembers.
struct ServeCommand: AsyncParsableCommand, ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Запустить веб-страницу Paperwork: мониторинги, рейтинг, документы.",
        discussion: """
            Откройте в браузере адрес, который программа напишет при запуске (по умолчанию \
            http://127.0.0.1:8080). Данные хранятся в папке данных (файл paperwork.sqlite) или в базе \
            PostgreSQL из --database. По умолчанию страница доступна только с этого компьютера; с --host \
            0.0.0.0 она открыта для сети, и тогда каждая страница просит войти: первого администратора \
            создайте командой paperwork user add. Остановка — Ctrl-C.
            """,
        helpNames: [.short, .long])

    @Option(help: ArgumentHelp("Адрес, на котором ждать браузер.", valueName: "адрес"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("Порт.", valueName: "порт"))
    var port = 8080

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Наибольший размер загружаемого файла, МБ.", valueName: "МБ"))
    var uploadLimit = 20

    @OptionGroup var reporting: ReportingOptions

    func run() async throws {
        let configuration = WebConfiguration(
            host: host, port: port, dataFolder: store.data, database: store.database, uploadLimit: uploadLimit << 20)
        let location = try store.location()
        let opened = try await Store.open(location)
        do {
            let app = try await PaperworkServer.application(configuration, store: opened)
            // Written at once (not buffered), so that a log shows it while the server runs.
            var note =
                "Paperwork: откройте http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ "
                + "(данные: \(location.display))\n"
            if configuration.requireLogin {
                note += "Адрес доступен из сети: каждая страница просит войти (пользователи — paperwork user add).\n"
            }
            FileHandle.standardOutput.write(Data(note.utf8))
            try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        } catch {
            try? await opened.close()
            throw error
        }
        try await opened.close()
    }
}
