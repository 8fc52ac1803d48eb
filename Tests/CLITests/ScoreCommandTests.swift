import Foundation
import TestSupport
import Testing

@Suite struct ScoreCommandTests {
    @Test func printsTheRatingOfBothExamples() throws {
        let vpr = try Command.paperwork([
            "score", Paths.example("methodologies/vpr-objectivity.yaml"),
            Paths.example("results/vpr-objectivity-2023.xlsx"),
        ])
        #expect(vpr.status == 0, "\(vpr.stderr)")
        #expect(vpr.stdout.contains("Место  Код     Образовательная организация  Баллы  Из      %  Уровень"))
        #expect(vpr.stdout.contains("    1  OO-001  МБОУ «СОШ № 1»                  50  50  100,0  высокий уровень"))
        #expect(vpr.stdout.contains("   26  OO-005  МБОУ «СОШ № 5»                  −6  50  −12,0  низкий уровень"))
        #expect(vpr.stdout.hasSuffix("низкий уровень: 9 ОО (34,6\u{A0}%)\n"))
        let shnor = try Command.paperwork([
            "score", Paths.example("methodologies/shnor-effectiveness.yaml"),
            Paths.example("results/shnor-2023.csv"), "--format", "csv",
        ])
        #expect(shnor.status == 0)
        #expect(
            shnor.stdout.hasPrefix(
                "\u{FEFF}Место;Код;Образовательная организация;Баллы;Из;%;Уровень\r\n1;OO-001;МБОУ «СОШ № 1»;17;17;100,0;высокая\r\n"
            ))
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let output = try Paths.temporaryFolder().appendingPathComponent("рейтинг.json")
        let result = try Command.paperwork([
            "score", Paths.example("methodologies/vpr-objectivity.yaml"),
            Paths.example("results/vpr-objectivity-2023.csv"), "--format", "json", "-o", output.path,
        ])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        let methodology = try #require(json["methodology"] as? [String: Any])
        #expect(methodology["max"] as? Double == 50)
        let schools = try #require(json["schools"] as? [[String: Any]])
        #expect(schools.count == 26)
        #expect(Set(schools[0].keys) == ["id", "name", "total", "max", "percent", "level", "place", "indicators"])
        let indicators = try #require(schools[0]["indicators"] as? [[String: Any]])
        #expect(Set(indicators[0].keys) == ["id", "title", "points", "max", "explanation"])
        let levels = try #require(json["levels"] as? [[String: Any]])
        #expect(levels.map { $0["count"] as? Int } == [7, 10, 9])
    }

    @Test func badResultsExit65WithEveryProblem() throws {
        let folder = try Paths.temporaryFolder()
        let results = folder.appendingPathComponent("плохие.csv")
        let text =
            "Код;Наименование ОО;fis_oko;materials;objectivity;bias_list;observation;analysis;attitude.site;attitude.schedule;attitude.training;attitude.regulations;attitude.survey\n"
            + "1;СОШ;4;20;6;нет;все;качественный;да;да;да;да;частично\n1;;3;20;6;нет;все;качественный;да;да;да;да;да\n"
        try Data(text.data(using: .windowsCP1251) ?? Data()).write(to: results)
        let result = try Command.paperwork(["score", Paths.example("methodologies/vpr-objectivity.yaml"), results.path])
        #expect(result.status == 65)
        #expect(
            result.stderr.split(separator: "\n").map(String.init) == [
                "ошибки (4):",
                "плохие.csv, строка 2, столбец «fis_oko»: out_of_range: 4 — вне допустимого: от 0 до 3",
                "плохие.csv, строка 2, столбец «attitude.survey»: value_not_allowed: «частично» — допускается только да или нет (также +/−, 1/0)",
                "плохие.csv, строка 3, столбец «Наименование ОО»: no_school_name: у ОО с кодом «1» не указано наименование",
                "плохие.csv, строка 3, столбец «Код»: duplicate_school: код ОО «1» уже встречался в строке 2",
            ])
    }
}
