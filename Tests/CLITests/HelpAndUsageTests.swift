import Foundation
import TestSupport
import Testing

@Suite struct HelpAndUsageTests {
    @Test(arguments: [
        ["--help"], ["inspect", "--help"], ["help", "repack"], ["score", "--help"], ["batch", "--help"],
    ])
    func helpIsRussian(arguments: [String]) throws {
        let result = try Command.paperwork(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("ИСПОЛЬЗОВАНИЕ: paperwork"))
        for english in ["USAGE", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "Show help", "See '", "values:", "default:"] {
            #expect(!result.stdout.contains(english), "«\(english)» в справке")
        }
    }

    @Test func aValueOutsideTheChoicesIsRefusedInRussian() throws {
        let result = try Command.paperwork(["score", "м.yaml", "р.csv", "--format", "xml"])
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix(
                "Ошибка: Значение 'xml' недопустимо для '--format <вид>'. "
                    + "Допустимые значения: 'table', 'csv' или 'json'."), "\(result.stderr)")
    }

    @Test func usageErrorsAreJSONWhenAsked() throws {
        let result = try Command.paperwork(["batch", "--diagnostics", "json"])
        #expect(result.status == 64)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any], "\(result.stderr)")
        #expect(object["code"] as? String == "usage")
        #expect((object["message"] as? String)?.hasPrefix("Не указан обязательный аргумент '--methodology") == true)
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
