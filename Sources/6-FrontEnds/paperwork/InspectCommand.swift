import ArgumentParser
import Foundation
import PaperworkKit

/// `paperwork inspect FILE`: the parts of a DOCX or ODT and the text of every paragraph.
struct InspectCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract:
            "Показать части документа DOCX или ODT и текст каждого абзаца основного текста, колонтитулов и сносок.",
        helpNames: [.short, .long])

    @Argument(help: ArgumentHelp("Документ DOCX или ODT.", valueName: "файл"))
    var file: String

    @OptionGroup var reporting: ReportingOptions

    func run() throws {
        print(try Paperwork.inspect(try NamedBytes.read(path: file)).report, terminator: "")
    }
}
