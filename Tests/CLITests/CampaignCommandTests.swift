import Foundation
import TestSupport
import Testing

/// `paperwork campaign add` and `paperwork batch --data`: the ШНОР example stored for 2023 and
/// 2024, the 2024 trends taken from the stored 2023, and the справка compared with 2023.
@Suite struct CampaignCommandTests {
    /// A department for the ШНОР methodology, from the example one: its own catalogue, no figures
    /// of the ВПР indicators, the ШНОР levels in the conclusion, no results order.
    static func shnorDepartment(in folder: URL) throws -> String {
        let manager = FileManager.default
        for sub in ["department", "recommendations"] {
            try manager.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try manager.copyItem(
            atPath: Paths.example("recommendations/shnor-effectiveness.yaml"),
            toPath: folder.appendingPathComponent("recommendations/shnor-effectiveness.yaml").path)
        try manager.copyItem(
            atPath: Paths.example("department/emblem.png"),
            toPath: folder.appendingPathComponent("department/emblem.png").path)
        var lines = try String(contentsOfFile: Paths.example("department/sosnovsky.yaml"), encoding: .utf8)
            .components(separatedBy: "\n")
        if let start = lines.firstIndex(of: "  figures:"),
            let end = lines.firstIndex(where: { $0.hasPrefix("  compiler:") })
        {
            lines.removeSubrange(start..<end)
        }
        let text = lines.filter { !$0.hasPrefix("order:") }.joined(separator: "\n")
            .replacingOccurrences(
                of: "../recommendations/vpr-objectivity.yaml", with: "../recommendations/shnor-effectiveness.yaml"
            )
            .replacingOccurrences(of: "levels.sufficient", with: "levels.medium")
        let path = folder.appendingPathComponent("department/shnor.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func twoYearsStoredThenTheBatchComparesWithThePreviousOne() throws {
        let folder = try Paths.temporaryFolder()
        let data = folder.appendingPathComponent("данные").path
        let methodology = Paths.example("methodologies/shnor-effectiveness.yaml")
        // 2024 alone cannot be stored: its trend columns need last year's values.
        let early = try Command.paperwork([
            "campaign", "add", "--methodology", methodology, "--results", Paths.example("results/shnor-2024.csv"),
            "--period", "2024", "--data", data,
        ])
        #expect(early.status == 65)
        #expect(early.stderr.contains("shnor-2024.csv, строка 1, столбец «ege_rus_min.стало»: no_previous_period:"))

        let first = try Command.paperwork([
            "campaign", "add", "--methodology", methodology, "--results", Paths.example("results/shnor-2023.xlsx"),
            "--period", "2023", "--data", data,
        ])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(
            first.stdout.hasPrefix(
                "Мониторинг «мониторинг системы работы со школами с низкими результатами обучения» за период «2023» сохранён: ОО — 26.\n"
            ))
        let second = try Command.paperwork([
            "campaign", "add", "--methodology", methodology, "--results", Paths.example("results/shnor-2024.csv"),
            "--period", "2024", "--data", data,
        ])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Прошлый период в базе: «2023».\n"))
        // The last line is the monitoring's identifier.
        #expect(second.stdout.split(separator: "\n").last?.count == 16)

        let department = try Self.shnorDepartment(in: folder)
        let out = folder.appendingPathComponent("документы")
        let batch = try Command.paperwork([
            "batch", "--methodology", methodology, "--results", Paths.example("results/shnor-2024.csv"),
            "--department", department, "--data", data, "--period", "2024", "-o", out.path,
        ])
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(batch.stdout.contains("высокая: 2 (7,7\u{A0}%)\n  средняя: 2 (7,7\u{A0}%)\n  низкая: 22 (84,6\u{A0}%)"))
        let text = try #require(try LibreOffice.text(of: [out.appendingPathComponent("Справка.docx").path]).first)
        // The справка's typography binds numbers and dashes with no-break spaces.
        let flat = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\u{A0}", with: " ")
        #expect(flat.contains("Сравнение с прошлым периодом (2023)"))
        #expect(flat.contains("Прошлый период (2023): ОО (доля)"))
        #expect(flat.contains("Средний балл: в прошлом периоде (2023) — 9,2 из 17, в этом — 9,4 из 17 (выше на 0,3)."))
        #expect(
            flat.contains(
                "Повысили уровень 2 ОО: МБОУ «Лицей № 3» (средняя → высокая), МБОУ «СОШ № 5» (низкая → средняя)."))
        #expect(flat.contains("Понизили уровень 6 ОО: МКОУ «ООШ № 18» (средняя → низкая), "))
        #expect(flat.contains("МКОУ «ООШ № 2» (высокая → низкая)."))

        // Without the store the same batch says where last year's values should come from.
        let alone = try Command.paperwork([
            "batch", "--methodology", methodology, "--results", Paths.example("results/shnor-2024.csv"),
            "--department", department, "-o", folder.appendingPathComponent("нет").path,
        ])
        #expect(alone.status == 65)
        #expect(alone.stderr.contains("no_previous_period"))
    }

    @Test func aDataFolderWithoutAStoreIsNamed() throws {
        let folder = try Paths.temporaryFolder()
        let result = try Command.paperwork([
            "batch", "--methodology", Paths.example("methodologies/shnor-effectiveness.yaml"),
            "--results", Paths.example("results/shnor-2024.csv"),
            "--department", Paths.example("department/sosnovsky.yaml"), "--data",
            folder.appendingPathComponent("нет").path,
            "-o", folder.appendingPathComponent("out").path,
        ])
        #expect(result.status == 65)
        #expect(result.stderr.contains("store_missing"))
        #expect(result.stderr.contains("paperwork campaign add"))
    }

    /// The 2024 methodology gives «diagnostics» 2 points (the same title, so the same series): it is
    /// stored as a new version, and the справка says what it does not compare.
    @Test func aChangedMethodologyIsComparedOnWhatBothYearsShare() throws {
        let folder = try Paths.temporaryFolder()
        let data = folder.appendingPathComponent("данные").path
        let original = Paths.example("methodologies/shnor-effectiveness.yaml")
        let text = try String(contentsOfFile: original, encoding: .utf8)
        // «diagnostics» gives 2 points from 2024.
        let diagnostics = try #require(text.range(of: "- id: diagnostics"))
        let rule = try #require(
            text.range(
                of: "max: 1\n        rule: {kind: fact, points: 1}", range: diagnostics.upperBound..<text.endIndex))
        let revised = folder.appendingPathComponent("shnor-effectiveness.yaml")
        try text.replacingCharacters(in: rule, with: "max: 2\n        rule: {kind: fact, points: 2}")
            .write(to: revised, atomically: true, encoding: .utf8)
        let first = try Command.paperwork([
            "campaign", "add", "--methodology", original, "--results", Paths.example("results/shnor-2023.csv"),
            "--period", "2023", "--data", data,
        ])
        #expect(first.status == 0, "\(first.stderr)")
        let second = try Command.paperwork([
            "campaign", "add", "--methodology", revised.path, "--results", Paths.example("results/shnor-2024.csv"),
            "--period", "2024", "--data", data,
        ])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Прошлый период в базе: «2023»."))
        let out = folder.appendingPathComponent("документы")
        let batch = try Command.paperwork([
            "batch", "--methodology", revised.path, "--results", Paths.example("results/shnor-2024.csv"),
            "--department", try Self.shnorDepartment(in: folder), "--data", data, "--period", "2024", "-o", out.path,
        ])
        #expect(batch.status == 0, "\(batch.stderr)")
        let text2024 = try #require(try LibreOffice.text(of: [out.appendingPathComponent("Справка.docx").path]).first)
        let flat = text2024.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\u{A0}", with: " ")
        #expect(flat.contains("Средний балл по показателям, которые есть в обоих периодах с тем же максимумом:"))
        #expect(flat.contains("из 16, в этом"))
        #expect(flat.contains("Оговорки к сравнению:"))
        #expect(flat.contains("– у показателя «Участие в диагностических исследованиях"))
        #expect(flat.contains("изменился максимум (был 1, стал 2); в сравнении среднего балла он не учитывается."))
    }
}
