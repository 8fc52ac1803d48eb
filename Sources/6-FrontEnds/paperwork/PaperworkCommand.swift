import ArgumentParser
import Foundation
import PaperworkKit

/// The `paperwork` command: subcommands only; every user-facing text is Russian.
@main
struct PaperworkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paperwork",
        abstract: "Paperwork: приказы, планы мероприятий, справки и адресные рекомендации по шаблонам DOCX и ODT.",
        discussion: """
            Коды завершения: 0 — успешно, 64 — ошибка в вызове команды, 65 — ошибка во входном файле \
            (документ, шаблон, данные), 1 — прочие сбои. С --diagnostics json ошибки выводятся строками JSON.
            """,
        version: "0.1.0",
        subcommands: [
            BatchCommand.self, ScoreCommand.self, OrderCommand.self, RenderCommand.self, CheckCommand.self,
            DeclineCommand.self, InspectCommand.self, RepackCommand.self, ServeCommand.self, UserCommand.self,
            RegisterCommand.self, CampaignCommand.self,
        ],
        helpNames: [.short, .long])

    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        var command: ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            Failure.exit(with: error, format: DiagnosticsFormat.asked(in: arguments), writes: false)
        }
        let reporting = command as? any ReportingCommand
        // The server stops on Ctrl-C by itself, finishing what it serves.
        if !(command is ServeCommand) { Interruption.install() }
        do {
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            Failure.exit(
                with: error, format: reporting?.reporting.diagnostics ?? .text,
                writes: reporting.map { type(of: $0).writes } ?? false)
        }
    }
}
