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
        let directory = rating.schools.map {
            SchoolRecord(code: $0.school.id, name: $0.school.name, shortName: $0.school.name, head: $0.school.head)
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
