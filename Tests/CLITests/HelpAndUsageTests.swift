import Foundation
import TestSupport
import Testing

@Suite struct HelpAndUsageTests {
    @Test(arguments: [["--help"], ["inspect", "--help"], ["help", "repack"]])
    func helpIsRussian(arguments: [String]) throws {
        let result = try Command.paperwork(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("ИСПОЛЬЗОВАНИЕ: paperwork"))
        for english in ["USAGE", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "Show help", "See '"] {
            #expect(!result.stdout.contains(english), "«\(english)» в справке")
        }
    }

    @Test func missingArgumentIsAUsageError() throws {
        let result = try Command.paperwork(["inspect"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Ошибка: Не указан обязательный аргумент '<файл>'"))
    }

    @Test func repackNeedsMatchingFormats() throws {
        let folder = try Paths.temporaryFolder()
        let output = folder.appendingPathComponent("out.odt").path
        let result = try Command.paperwork(["repack", Paths.fixture("templates/sample.docx"), output])
        #expect(result.status == 64)
        #expect(result.stderr.contains("одно расширение"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func missingFileIsBadInput() throws {
        let result = try Command.paperwork(["inspect", "/нет/такого/файла.docx"])
        #expect(result.status == 65)
        #expect(result.stderr == "ошибка: файла.docx: file_unreadable: папка или файл не существует; проверьте путь\n")
    }
}
