import Foundation
import TestSupport
import Testing

/// `paperwork serve` and `paperwork user add` as a user runs them.
@Suite struct ServeCommandTests {
    @Test func userAddCreatesAnAccountInTheDataFolder() throws {
        let folder = try Paths.temporaryFolder()
        let result = try Command.run(
            Paths.paperwork, ["user", "add", "admin", "--data", folder.path], stdin: "пароль-администратора\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Пользователь «admin» сохранён (роль: администратор)"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("paperwork.sqlite").path))
        let weak = try Command.run(Paths.paperwork, ["user", "add", "admin", "--data", folder.path], stdin: "123\n")
        #expect(weak.status != 0)
        #expect(weak.stderr.contains("пароль должен быть не короче 8 знаков"))
    }

    @Test func serveHelpIsRussianAndABadDatabaseAddressSaysHowToFixIt() throws {
        let help = try Command.run(Paths.paperwork, ["serve", "--help"])
        #expect(help.stdout.contains("ИСПОЛЬЗОВАНИЕ") && help.stdout.contains("--database"))
        #expect(help.stdout.contains("первого администратора"))
        let bad = try Command.run(Paths.paperwork, ["serve", "--database", "mysql://x", "--port", "0"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("postgres://"))
    }
}
