import ArgumentParser
import Foundation
import PaperworkKit

/// `paperwork check TEMPLATE [DATA]`: lists the tags and every problem.
struct CheckCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Проверить шаблон: перечислить теги с их местами и все ошибки; с данными — ещё и недостающие значения.",
        helpNames: [.short, .long])

    @Argument(help: ArgumentHelp("Шаблон DOCX или ODT.", valueName: "шаблон"))
    var template: String

    @Argument(help: ArgumentHelp("Данные (.yaml, .yml, .json), необязательно.", valueName: "данные"))
    var data: String?


    @OptionGroup var reporting: ReportingOptions

    func run() throws {
        let compiled = try Template(path: template, filters: Filters.all)
        print("Шаблон: \(compiled.file) (\(compiled.format.rawValue.uppercased())), тегов: \(compiled.tags.count)")
        for tag in compiled.tags { print("  \(tag): \(tag.tag)") }
        guard let data else {
            print("Ошибок нет.")
            return
        }
        let problems = compiled.problems(with: try DataFile.load(path: data))
        if problems.isEmpty {
            print("Данные подходят: все значения на месте.")
            return
        }
        throw TemplateError(file: compiled.file, problems: problems)
    }
}
