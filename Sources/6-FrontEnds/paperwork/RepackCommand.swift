import ArgumentParser
import Foundation
import PaperworkKit

/// `paperwork repack IN OUT`: reads a package and writes it back, checking every XML part and
/// putting the package bookkeeping (ODT manifest, DOCX content types) in order.
struct RepackCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "repack",
        abstract:
            "Проверить документ и записать его заново: все XML-части разбираются, опись частей приводится в порядок.",
        helpNames: [.short, .long])

    @Argument(help: ArgumentHelp("Исходный документ DOCX или ODT.", valueName: "исходный"))
    var input: String

    @Argument(help: ArgumentHelp("Куда записать результат (тот же формат).", valueName: "результат"))
    var output: String

    @OptionGroup var reporting: ReportingOptions

    static var writes: Bool { true }

    func validate() throws {
        guard let format = OfficeFormat(fileName: input), OfficeFormat(fileName: output) == format else {
            throw ValidationError("у исходного файла и результата должно быть одно расширение: .docx или .odt")
        }
    }

    func run() throws {
        let template = [".dotx", ".ott"].contains { output.lowercased().hasSuffix($0) }
        let bytes = try Paperwork.repack(try NamedBytes.read(path: input), asTemplate: template)
        try AtomicFile.write(bytes, to: output, label: (output as NSString).lastPathComponent)
    }
}
