import ArgumentParser
import PaperworkKit

/// How errors are printed: for a person, or as JSON lines for programs and the web page.
enum DiagnosticsFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json

    /// The format `arguments` ask for, read before they are parsed (for errors of the parse itself).
    static func asked(in arguments: [String]) -> DiagnosticsFormat {
        for (index, argument) in arguments.enumerated() {
            if argument == "--diagnostics=json" { return .json }
            if argument == "--diagnostics", index + 1 < arguments.count, arguments[index + 1] == "json" { return .json }
        }
        return .text
    }
}

/// The `--diagnostics` option every command shares.
struct ReportingOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Вид сообщений об ошибках: text (для человека) или json (строка JSON на каждую ошибку).",
            valueName: "вид"))
    var diagnostics: DiagnosticsFormat = .text
}

/// A command whose failures are reported as diagnostics.
protocol ReportingCommand: ParsableCommand {
    var reporting: ReportingOptions { get }
    /// Whether the command writes files (a failure then says that nothing was written).
    static var writes: Bool { get }
}

extension ReportingCommand {
    static var writes: Bool { false }
}
