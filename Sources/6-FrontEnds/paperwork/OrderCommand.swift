import ArgumentParser
import Foundation
import PaperworkKit

/// `paperwork order ORDER.yaml -o DIR`: an order with its appendices, ready for signature.
struct OrderCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "order",
        abstract: "Подготовить приказ с приложениями (план мероприятий, рейтинг) по описанию в YAML.",
        discussion: """
            Оформление по ГОСТ Р 7.0.97 берётся из поставляемого шаблона (order.*; приложения на альбомных \
            страницах — order-landscape.*, выбирается сам, если в плане пять столбцов); свой шаблон — \
            --template или одноимённый файл в папке из переменной PAPERWORK_TEMPLATES. \
            Люди перечисляются один раз (people) и упоминаются в пунктах в нужном падеже: \
            «{{ savkina | dative | capitalize }} довести…», «возложить на {{ babkina | accusative }}». \
            Все ошибки выводятся сразу, с номером строки YAML; файлы не пишутся, пока их нет. \
            В одной папке могут копиться приказы: файлы приказа появляются в ней все разом, \
            файлы других приказов остаются.
            """,
        helpNames: [.short, .long])

    @Argument(help: ArgumentHelp("Описание приказа (.yaml).", valueName: "приказ"))
    var order: String

    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Свой шаблон (.docx или .odt) вместо поставляемого.", valueName: "шаблон"))
    var template: String?

    @OptionGroup var reporting: ReportingOptions

    static var writes: Bool { true }

    func run() throws {
        let files = FolderSource(besides: self.order)
        let order = try Paperwork.order(try NamedBytes.read(path: self.order), files: files)
        let written = try Paperwork.write(
            order, formats: output.format.formats,
            template: try template.map { try NamedBytes.read(path: $0) },
            into: output.output, files: files.attachedFiles)
        for path in written { print("Записан файл: \(path)") }
    }
}
