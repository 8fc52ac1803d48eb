import ArgumentParser
import Foundation
import PaperworkKit

/// `paperwork render TEMPLATE DATA -o OUT`: fills a template with data.
struct RenderCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Заполнить шаблон DOCX или ODT данными из YAML или JSON.",
        discussion: """
            Результат — документ того же формата, что и шаблон, или PDF (через LibreOffice), \
            если имя результата оканчивается на .pdf. Если в шаблоне или данных есть ошибки, \
            выводятся все сразу, а файл не записывается. Файл заменяется целиком в один шаг: \
            прерванный запуск оставляет прежний файл и не оставляет временных.
            """,
        helpNames: [.short, .long])

    @Argument(help: ArgumentHelp("Шаблон DOCX или ODT.", valueName: "шаблон"))
    var template: String

    @Argument(help: ArgumentHelp("Данные: файл .yaml, .yml или .json.", valueName: "данные"))
    var data: String

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Куда записать результат (.docx, .odt или .pdf).", valueName: "файл"))
    var output: String

    @Flag(help: "Отсутствующие в данных значения оставлять пустыми, а не считать ошибкой.")
    var lenient = false

    @OptionGroup var reporting: ReportingOptions

    static var writes: Bool { true }

    /// The output's extension says the format to write; whether the template can be written so is
    /// known once it is opened (the façade refuses the other office format).
    func validate() throws {
        let lower = output.lowercased()
        guard [".pdf", ".docx", ".odt"].contains(where: lower.hasSuffix) else {
            throw ValidationError("результат должен быть файлом .docx, .odt (в формате шаблона) или .pdf: «\(output)»")
        }
    }

    func run() throws {
        let format = OutputFormat(rawValue: (output as NSString).pathExtension.lowercased()) ?? .pdf
        let bytes = try Paperwork.render(
            template: try NamedBytes.read(path: template), data: try NamedBytes.read(path: data),
            as: format, lenient: lenient, files: FolderSource(besides: data).attachedFiles)
        try AtomicFile.write(bytes, to: output, label: (output as NSString).lastPathComponent)
    }
}
