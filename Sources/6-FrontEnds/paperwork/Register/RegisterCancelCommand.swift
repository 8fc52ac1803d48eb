import ArgumentParser
import PaperworkKit
import Register

/// `paperwork register cancel НОМЕР --by НОМЕР --data DIR`.
struct RegisterCancelCommand: AsyncParsableCommand, ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "Отметить приказ отменённым другим зарегистрированным приказом.",
        discussion: "Номер отменённого приказа не освобождается: приказ остаётся в журнале с отметкой «отменён».",
        helpNames: [.short, .long])

    @Argument(help: ArgumentHelp("Номер отменяемого приказа.", valueName: "номер"))
    var number: String

    @Option(help: ArgumentHelp("Номер отменяющего приказа (он уже должен быть в журнале).", valueName: "номер"))
    var by: String

    @Option(help: ArgumentHelp("Год отменяемого приказа, если номер повторяется по годам.", valueName: "год"))
    var year: Int?

    @Option(help: ArgumentHelp("Год отменяющего приказа, если его номер повторяется по годам.", valueName: "год"))
    var byYear: Int?

    @OptionGroup var store: StoreOptions

    @OptionGroup var reporting: ReportingOptions

    func run() async throws {
        let result = try await store.withRegistrar { registrar in
            try await registrar.cancel(number: number, year: year, by: by, byYear: byYear)
        }
        print("Приказ № \(result.cancelled.number) отмечен отменённым приказом № \(result.by.number).")
    }
}
