import Foundation
import PaperworkKit
import Store

/// Making a monitoring: the results are scored by the methodology first; only a file without
/// problems is stored, with its rating, and the schools it names are updated.
enum Campaigns {
    /// Scores `results` by the methodology `methodologyID` and stores the monitoring.
    /// - Returns: the new monitoring's identifier.
    /// - Throws: a ``DiagnosticReport`` with every problem of the file (nothing is stored then).
    static func create(
        store: Store, methodologyID: String, period: String?, results: NamedBytes, user: String
    ) async throws -> String {
        guard let record = try await store.methodology(id: methodologyID) else {
            throw Diagnostic(
                "no_methodology", "выбранной методики нет; выберите методику из списка", at: SourceLocation())
        }
        let methodology = NamedBytes(name: record.fileName, bytes: record.yaml)
        let rating = try await offload { try Paperwork.score(methodology: methodology, results: results).rating }
        let schools = rating.schools.map { score in
            CampaignSchool(
                code: score.school.id, name: score.school.name, row: score.school.row, place: score.place,
                total: score.total, maximum: score.maximum, levelID: score.level.id, levelName: score.level.name,
                scores: score.indicators.map {
                    ScoreRecord(
                        indicatorID: $0.id, title: $0.title, points: $0.points, maximum: $0.maximum, answer: $0.answer,
                        explanation: $0.explanation)
                })
        }
        // The file's gender column, when it has one, names the head's gender; otherwise the school
        // list keeps what the methodist wrote on the «Школы» page.
        let directory = rating.schools.map { score in
            let column = score.school.extras.first { SchoolHead.genderHeaders.contains($0.key.lowercased()) }?.value
            let gender = column.flatMap(Gender.init(code:)).map { $0 == .female ? "ж" : "м" } ?? ""
            return SchoolRecord(
                code: score.school.id, name: score.school.name, shortName: score.school.name, head: score.school.head,
                headGender: gender)
        }
        let id = String(Store.randomToken().prefix(16))
        try await store.addCampaign(
            CampaignRecord(
                id: id, methodologyID: record.id, period: period ?? record.period, resultsName: results.name,
                results: results.bytes, schoolsCount: schools.count, createdBy: user),
            schools: schools, directory: directory)
        return id
    }
}
