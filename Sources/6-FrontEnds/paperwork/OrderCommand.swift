import ArgumentParser
import Foundation
import PaperworkKit

/// `paperwork order ORDER.yaml -o DIR`: an order with its appendices, ready for signature.
struct OrderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order",
        abstract: "Подготовить приказ с приложениями (план мероприятий, рейтинг) по описанию в YAML.",
        discussion: """
        Оформление по ГОСТ Р 7.0.97 берётся из шаблона (Templates/order.*; приложения на альбомных \
        страницах — Templates/order-landscape.*, выбирается сам, если в плане пять столбцов). \
        Люди перечисляются один раз (people) и упоминаются в пунктах в нужном падеже: \
        «{{ savkina | dative | capitalize }} довести…», «возложить на {{ babkina | accusative }}». \
        Все ошибки выводятся сразу, с номером строки YAML; файлы не пишутся, пока их нет. \
        В одной папке могут копиться приказы: файлы приказа появляются в ней все разом, \
        файлы других приказов остаются.
        """,
        helpNames: [.short, .long])

    @Argument(help: ArgumentHelp("Описание приказа (.yaml).", valueName: "приказ"))
    var order: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Папка для результатов.", valueName: "папка"))
    var output: String

    @Option(help: ArgumentHelp("Форматы через запятую: docx, odt, pdf.", valueName: "форматы"))
    var format = "docx,odt"

    @Option(help: ArgumentHelp("Свой шаблон (.docx или .odt) вместо поставляемого.", valueName: "шаблон"))
    var template: String?

    func validate() throws {
        guard OutputFormat.list(format) != nil else { throw ValidationError("форматы: docx, odt, pdf через запятую, а не «\(format)»") }
    }

    func run() throws {
        let formats = OutputFormat.list(format) ?? [.docx]
        let written = try OrderDocuments.write(try OrderLoader.load(path: order), to: output, formats: formats, template: template)
        for path in written { print("Записан файл: \(path)") }
    }
}
