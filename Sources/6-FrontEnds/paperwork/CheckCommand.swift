import ArgumentParser
import Foundation
import PaperworkKit

/// `paperwork check TEMPLATE [DATA]`: lists the tags and every problem.
struct CheckCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Проверить шаблон: перечислить теги с их местами и все ошибки; с данными — ещё и недостающие значения.",
        helpNames: [.short, .long])

    @Argument(help: ArgumentHelp("Шаблон DOCX или ODT.", valueName: "шаблон"))
    var template: String

    @Argument(help: ArgumentHelp("Данные (.yaml, .yml, .json), необязательно.", valueName: "данные"))
    var data: String?

    @OptionGroup var reporting: ReportingOptions

    func run() throws {
        let check = try Paperwork.check(
            template: try NamedBytes.read(path: template),
            data: try data.map { try NamedBytes.read(path: $0) },
            files: data.map { FolderSource(besides: $0).attachedFiles } ?? .none)
        let compiled = check.template
        print("Шаблон: \(compiled.file) (\(compiled.format.rawValue.uppercased())), тегов: \(compiled.tags.count)")
        for tag in compiled.tags { print("  \(tag): \(tag.tag)") }
        switch check.problems {
        case nil: print("Ошибок нет.")
        case let problems? where problems.isEmpty: print("Данные подходят: все значения на месте.")
        case let problems?: throw DiagnosticReport(problems)
        }
    }
}
