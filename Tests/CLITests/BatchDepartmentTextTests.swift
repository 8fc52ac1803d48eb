import Foundation
import TestSupport
import Testing

/// The department file's texts that are filled with the monitoring's figures: a problem in them
/// is reported at the field's line and column in the department file, and nothing is written.
@Suite struct BatchDepartmentTextTests {
    /// The shipped department file with `change` applied, as `отдел.yaml` in a new folder; its
    /// relative paths point at the shipped examples, so line numbers stay those of the example.
    static func department(_ change: (String) -> String) throws -> URL {
        let examples = Paths.root.appendingPathComponent("Examples").path
        let text = try String(contentsOfFile: Paths.example("department/sosnovsky.yaml"), encoding: .utf8)
            .replacingOccurrences(of: ": ../", with: ": \(examples)/")
        let folder = try Paths.temporaryFolder()
        let file = folder.appendingPathComponent("отдел.yaml")
        try Data(change(text).utf8).write(to: file)
        // The emblem is named beside the department file.
        try FileManager.default.copyItem(
            atPath: Paths.example("department/emblem.png"), toPath: folder.appendingPathComponent("emblem.png").path)
        return file
    }

    /// Runs `paperwork batch` with the department file; returns its result and the output folder.
    static func batch(_ department: URL) throws -> (CommandResult, URL) {
        let out = try Paths.temporaryFolder().appendingPathComponent("out")
        let result = try Command.paperwork([
            "batch", "--methodology", Paths.example("methodologies/vpr-objectivity.yaml"),
            "--results", Paths.example("results/vpr-objectivity-2023.csv"),
            "--department", department.path, "-o", out.path,
        ])
        return (result, out)
    }

    @Test func introNamingALevelTheMethodologyLacks() throws {
        let department = try Self.department {
            $0.replacingOccurrences(
                of: "в {{ schools_count }} общеобразовательных", with: "в {{ levels.medium.count }} общеобразовательных"
            )
        }
        let (result, out) = try Self.batch(department)
        #expect(result.status == 65)
        #expect(
            result.stderr
                == "ошибка (ничего не записано): отдел.yaml, строка 27, позиция 10: bad_text: в тексте «report.intro»: "
                + "в теге «{{ levels.medium.count }}»: нет значения «levels.medium.count»; в этих текстах есть значения "
                + "schools_count, mean, max, period.text, period.in (если указан period) и "
                + "levels.<уровень>.name, .count, .share, .names, где уровень — один из уровней "
                + "методики: high, sufficient, low\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func conclusionWithAnUnclosedTag() throws {
        let department = try Self.department {
            $0.replacingOccurrences(
                of: "адресная методическая помощь.\"", with: "адресная методическая помощь {{ levels.low.names.\"")
        }
        let (result, out) = try Self.batch(department)
        #expect(result.status == 65)
        #expect(
            result.stderr == "ошибка (ничего не записано): отдел.yaml, строка 32, позиция 15: bad_text: в тексте "
                + "«report.conclusion»: тег «{{ levels.low.names.» не закрыт: не хватает «}}»\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func figureOfAnIndicatorTheMethodologyLacks() throws {
        let department = try Self.department {
            $0.replacingOccurrences(
                of: "      indicator: observation\n      answers: [по всем предметам и всем параллелям]\n",
                with: "      indicator: observers\n      answers: [по всем предметам и всем параллелям]\n")
        }
        let (result, out) = try Self.batch(department)
        #expect(result.status == 65)
        #expect(
            result.stderr
                == "ошибка (ничего не записано): отдел.yaml, строка 34, позиция 7: bad_field: показатель справки 1: "
                + "показателя «observers» нет в методике\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
