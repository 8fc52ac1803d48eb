import ArgumentParser
import PaperworkKit

/// «docx,odt,pdf» as given to `--format`.
struct OutputFormats: ExpressibleByArgument {
    let formats: [OutputFormat]

    init?(argument: String) {
        guard let formats = OutputFormat.list(argument) else { return nil }
        self.formats = formats
    }

    init(_ formats: [OutputFormat]) { self.formats = formats }

    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }
}

/// The folder and the formats of commands that write documents (`batch`, `order`).
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Папка для результатов.", valueName: "папка"))
    var output: String

    @Option(help: ArgumentHelp("Форматы через запятую: docx, odt, pdf.", valueName: "форматы"))
    var format = OutputFormats([.docx, .odt])
}
