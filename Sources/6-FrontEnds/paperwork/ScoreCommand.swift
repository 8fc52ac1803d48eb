import ArgumentParser
import Foundation
import PaperworkKit

/// `paperwork score METHODOLOGY RESULTS`: the rating of schools by a methodology.
struct ScoreCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Подсчитать баллы ОО по методике мониторинга и построить рейтинг.",
        discussion: """
            Методика — файл YAML (см. Examples/methodologies). Результаты — таблица .xlsx или .csv: \
            строка на ОО, столбцы «Код», «Наименование ОО», «Руководитель» и столбцы показателей \
            (заголовок — код показателя или его название из методики). Строки заголовка таблицы выше \
            шапки пропускаются. Все ошибки методики и результатов выводятся сразу.
            """,
        helpNames: [.short, .long])

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @Argument(help: ArgumentHelp("Методика мониторинга (.yaml).", valueName: "методика"))
    var methodology: String

    @Argument(help: ArgumentHelp("Результаты ОО (.xlsx или .csv).", valueName: "результаты"))
    var results: String

    @Option(help: ArgumentHelp("Вид вывода: table (таблица), csv или json.", valueName: "вид"))
    var format: Format = .table

    @Option(help: ArgumentHelp("Лист книги Excel (по умолчанию первый).", valueName: "лист"))
    var sheet: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Записать в файл вместо вывода на экран.", valueName: "файл"))
    var output: String?

    @OptionGroup var reporting: ReportingOptions

    func run() throws {
        let report = try Paperwork.score(
            methodology: try NamedBytes.read(path: methodology),
            results: try NamedBytes.read(path: results), sheet: sheet)
        let text: String
        switch format {
        case .table: text = report.table
        case .csv: text = report.csv
        case .json: text = try report.json()
        }
        if let output {
            try AtomicFile.write(Array(text.utf8), to: output, label: (output as NSString).lastPathComponent)
        } else {
            print(text, terminator: "")
        }
    }
}
