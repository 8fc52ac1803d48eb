import ArgumentParser
import Foundation
import PaperworkKit
import RussianText

/// `paperwork batch`: the справка, the rating, one letter per school and the results order.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Подготовить по итогам мониторинга справку, рейтинг, письма с адресными рекомендациями каждой ОО и приказ.",
        discussion: """
        Всё проверяется до записи первого файла; при ошибках выводятся все сразу и ничего не пишется. \
        Файлы записываются атомарно; письма готовятся на всех ядрах.
        """,
        helpNames: [.short, .long])

    @Option(help: ArgumentHelp("Методика мониторинга (.yaml).", valueName: "методика"))
    var methodology: String

    @Option(help: ArgumentHelp("Результаты ОО (.xlsx или .csv).", valueName: "результаты"))
    var results: String

    @Option(help: ArgumentHelp("Настройки отдела образования (.yaml): реквизиты, тексты справки, письма, рекомендации.", valueName: "отдел"))
    var department: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Папка для результатов.", valueName: "папка"))
    var output: String

    @Option(help: ArgumentHelp("Форматы через запятую: docx, odt, pdf.", valueName: "форматы"))
    var format = "docx,odt"

    @Option(help: ArgumentHelp("Лист книги Excel с результатами (по умолчанию первый).", valueName: "лист"))
    var sheet: String?

    func validate() throws {
        guard OutputFormat.list(format) != nil else { throw ValidationError("форматы: docx, odt, pdf через запятую, а не «\(format)»") }
    }

    func run() throws {
        let options = Batch.Options(methodology: methodology, results: results, department: department, output: output,
                                    formats: OutputFormat.list(format) ?? [.docx], sheet: sheet)
        let batch = try Batch(options)
        let terminal = isatty(STDERR_FILENO) != 0
        let summary = try batch.run(progress: { done, total in
            if terminal { FileHandle.standardError.write(Data("\rПисьма ОО: \(done) из \(total)".utf8)) }
        }, pdfProgress: { done, total in
            if terminal { FileHandle.standardError.write(Data("\(done == 0 ? "\n" : "\r")PDF: \(done) из \(total)".utf8)) }
        })
        if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
        print("Готово. ОО по уровням:")
        for level in summary.levels {
            print("  \(level.level.name): \(level.count) (\(RussianNumber.percent(level.share, decimals: 1)))")
        }
        print("Записано файлов: \(summary.files.count) в папку \(output)")
    }
}
