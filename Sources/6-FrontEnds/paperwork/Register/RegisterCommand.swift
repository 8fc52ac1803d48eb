import ArgumentParser
import Foundation
import PaperworkKit
import PaperworkWeb
import Register
import Store

/// `paperwork register`: the department's order register, the same one the web page keeps.
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Журнал регистрации приказов (общий с веб-страницей).",
        discussion: """
            Серии номеров задаёт раздел register файла отдела, например \
            register: [{id: од, format: "{n}-од", restart: yearly}]. Журнал хранится в той же базе, что и \
            веб-страница: --data (файл paperwork.sqlite в папке) или --database (PostgreSQL).
            """,
        subcommands: [RegisterAddCommand.self, RegisterListCommand.self, RegisterCancelCommand.self],
        helpNames: [.short, .long])
}

extension StoreOptions {
    /// Runs `body` with the register of the store these options name (a new store gets the example
    /// department first, as the web page's does), closing the store afterwards.
    func withRegistrar<T>(_ body: (Registrar) async throws -> T) async throws -> T {
        let opened = try await Store.open(try location())
        do {
            try await PaperworkServer.seed(opened)
            let result = try await body(try await Registrar.open(opened))
            try await opened.close()
            return result
        } catch {
            try? await opened.close()
            throw error
        }
    }
}
