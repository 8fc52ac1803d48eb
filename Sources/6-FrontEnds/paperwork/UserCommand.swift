import ArgumentParser
import Foundation
import PaperworkKit
import Store

/// `paperwork user`: accounts of the web page.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Пользователи веб-страницы.", subcommands: [UserAddCommand.self],
        helpNames: [.short, .long])
}

/// `paperwork user add NAME`: a new account, or a new password and role for an existing one.
struct UserAddCommand: AsyncParsableCommand, ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Добавить пользователя (или сменить пароль и роль существующего).",
        discussion: """
            Пароль спрашивается дважды, без отображения; если ввод не с клавиатуры (например, из файла), \
            пароль читается из первой строки ввода. Роли: methodist (методист), clerk (делопроизводитель), \
            administrator (администратор).
            """,
        helpNames: [.short, .long])

    @Argument(help: ArgumentHelp("Имя пользователя (одно слово).", valueName: "имя"))
    var name: String

    @Option(help: ArgumentHelp("Роль: methodist, clerk или administrator.", valueName: "роль"))
    var role: RoleArgument = .administrator

    @OptionGroup var store: StoreOptions

    @OptionGroup var reporting: ReportingOptions

    enum RoleArgument: String, ExpressibleByArgument, CaseIterable {
        case methodist, clerk, administrator
    }

    func run() async throws {
        let password = try Self.readPassword()
        let opened = try await Store.open(try store.location())
        do {
            try await opened.setUser(name: name, password: password, role: Role(rawValue: role.rawValue) ?? .methodist)
        } catch {
            try? await opened.close()
            throw error
        }
        try await opened.close()
        print("Пользователь «\(name)» сохранён (роль: \(Role(rawValue: role.rawValue)?.title ?? role.rawValue)).")
    }

    static func readPassword() throws -> String {
        guard isatty(STDIN_FILENO) != 0 else { return readLine(strippingNewline: true) ?? "" }
        let first = String(cString: getpass("Пароль: "))
        let second = String(cString: getpass("Пароль ещё раз: "))
        guard first == second else {
            throw Diagnostic(
                "usage_password_mismatch", "пароли не совпали; запустите команду снова и введите один и тот же пароль",
                at: SourceLocation())
        }
        return first
    }
}
