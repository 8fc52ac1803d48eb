import ArgumentParser
import Foundation
import PaperworkKit
import Register
import Store

/// `paperwork batch`: the справка, the rating, one letter per school and the results order.
struct BatchCommand: AsyncParsableCommand, ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract:
            "Подготовить по итогам мониторинга справку, рейтинг, письма с адресными рекомендациями каждой ОО и приказ.",
        discussion: """
            Всё проверяется до записи; при ошибках выводятся все сразу и ничего не пишется. Письма \
            готовятся на всех ядрах во временную папку рядом с папкой результатов, и в конце папка \
            заменяется целиком, в один шаг: прерванный или неудачный запуск оставляет её прежней. \
            Paperwork пишет только в новую или пустую папку либо в папку, которую записал сам \
            (в ней файл .paperwork); в папку с чужими файлами — нет. Два запуска в одну папку \
            одновременно не пишут: второй сразу завершается с ошибкой. С --data (или --database) \
            прошлый период берётся из мониторингов, сохранённых в базе веб-страницы (paperwork campaign \
            add): показатели динамики, для которых в файле только столбец этого года, и сравнение с \
            прошлым периодом в справке; а приказ об итогах получает номер из журнала регистрации \
            приказов этой базы, если в файле отдела есть раздел register, и хранится в журнале.
            """,
        helpNames: [.short, .long])

    @Option(help: ArgumentHelp("Методика мониторинга (.yaml).", valueName: "методика"))
    var methodology: String

    @Option(help: ArgumentHelp("Результаты ОО (.xlsx или .csv).", valueName: "результаты"))
    var results: String

    @Option(
        help: ArgumentHelp(
            "Настройки отдела образования (.yaml): реквизиты, тексты справки, письма, рекомендации.", valueName: "отдел"
        ))
    var department: String

    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Лист книги Excel с результатами (по умолчанию первый).", valueName: "лист"))
    var sheet: String?

    @OptionGroup var history: HistoryOptions

    @OptionGroup var reporting: ReportingOptions

    static var writes: Bool { true }

    func run() async throws {
        var inputs = try Batch.Inputs.files(
            methodology: methodology, results: results, department: department,
            formats: output.format.formats, sheet: sheet)
        inputs.previous = try await history.previous(methodology: inputs.methodology)
        var batch = try Paperwork.batch(inputs)
        // The folder is taken first: a batch that cannot write uses no number of the register.
        let sink = try FolderSink(output.output)
        if history.data != nil || history.database != nil {
            do {
                batch = try await registered(batch)
            } catch {
                sink.discard()
                throw error
            }
        }
        let summary = try batch.run(
            into: sink, progress: Progress.terminal("Письма ОО"), pdfProgress: Progress.terminal("PDF"))
        print("Готово. ОО по уровням:")
        for level in summary.levels {
            print("  \(level.level.name): \(level.count) (\(RussianNumber.percent(level.share, decimals: 1)))")
        }
        print("Записано файлов: \(summary.files.count) в папку \(output.output)")
    }

    /// `batch` with its results order registered in the store of `--data`/`--database`, when the
    /// department keeps a register.
    func registered(_ batch: Batch) async throws -> Batch {
        let store = try await Store.open(
            try StoreLocation.from(database: history.database, dataFolder: history.data ?? "."))
        do {
            let issued = try await Registrar.issueResultsOrder(
                of: batch, in: store, user: ProcessInfo.processInfo.environment["USER"] ?? "командная строка")
            try await store.close()
            if let entry = issued.entry { print("Приказ об итогах зарегистрирован: № \(entry.number)") }
            return issued.batch
        } catch {
            try? await store.close()
            throw error
        }
    }
}
