import ArgumentParser
import PaperworkKit
import Foundation

/// The `paperwork` command: subcommands only; every user-facing text is Russian.
@main
struct PaperworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paperwork",
        abstract: "Paperwork: приказы, планы мероприятий, справки и адресные рекомендации по шаблонам DOCX и ODT.",
        discussion: """
        Коды завершения: 0 — успешно, 64 — ошибка в вызове команды, 65 — ошибка во входном файле \
        (документ, шаблон, данные), 1 — прочие сбои.
        """,
        version: "0.1.0",
        subcommands: [BatchCommand.self, ScoreCommand.self, OrderCommand.self, RenderCommand.self, CheckCommand.self, DeclineCommand.self, InspectCommand.self, RepackCommand.self],
        helpNames: [.short, .long])

    static func main() {
        do {
            var command = try parseAsRoot(Array(CommandLine.arguments.dropFirst()))
            try command.run()
        } catch {
            Failure.exit(with: error)
        }
    }
}
