import Foundation
import PaperworkKit
import Store

/// Making a monitoring, for the web page and `paperwork campaign add` alike: the results are
/// scored by the methodology first — trend indicators given with this year's value alone take last
/// year's from the stored previous campaign of the series — and only a file without problems is
/// stored, with its rating and its own trend values, and the schools it names are updated.
public enum Campaigns {
    /// Scores `results` by the methodology `methodologyID` and stores the monitoring.
    /// - Parameter period: the monitoring's period («2024»); the methodology's when `nil` or empty.
    /// - Returns: the new monitoring's identifier.
    /// - Throws: a ``DiagnosticReport`` with every problem of the file (nothing is stored then).
    public static func create(
        store: Store, methodologyID: String, period: String?, results: NamedBytes, user: String
    ) async throws -> String {
        guard let record = try await store.methodology(id: methodologyID) else {
            throw Diagnostic(
                "no_methodology", "выбранной методики нет; выберите методику из списка", at: SourceLocation())
        }
        let period = period.flatMap { $0.isEmpty ? nil : $0 } ?? record.period
        let methodology = NamedBytes(name: record.fileName, bytes: record.yaml)
        let previous = try await previousPeriod(store: store, title: record.title, period: period)
        let rating = try await offload {
            try Paperwork.score(methodology: methodology, results: results, previous: previous).rating
        }
        let schools = rating.schools.map { score in
            CampaignSchool(
                code: score.school.id, name: score.school.name, row: score.school.row, place: score.place,
                total: score.total, maximum: score.maximum, levelID: score.level.id, levelName: score.level.name,
                scores: score.indicators.map {
                    ScoreRecord(
                        indicatorID: $0.id, title: $0.title, points: $0.points, maximum: $0.maximum, answer: $0.answer,
                        explanation: $0.explanation)
                }, values: score.school.trendValues)
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
                id: id, methodologyID: record.id, period: period, resultsName: results.name,
                results: results.bytes, schoolsCount: schools.count, createdBy: user),
            schools: schools, directory: directory)
        return id
    }

    /// The stored campaign before `period` of the series of methodologies titled `title`, as the
    /// domain's previous period (school codes mapped to this year's), or `nil` when the series has
    /// nothing earlier.
    public static func previousPeriod(store: Store, title: String, period: String) async throws -> PreviousPeriod? {
        guard let campaign = try await store.previousCampaign(title: title, period: period) else {
            return nil
        }
        let schools = try await store.campaignSchoolsByCurrentCode(id: campaign.id)
        // The indicators as that period scored them: the first school's scores carry them all.
        let indicators = (schools.first?.scores ?? []).map {
            PastIndicator(id: $0.indicatorID, title: $0.title, maximum: $0.maximum)
        }
        var levelNames: [String: String] = [:]
        for school in schools { levelNames[school.levelID] = school.levelName }
        return PreviousPeriod(
            period: campaign.period, indicators: indicators,
            schools: schools.map { school in
                PastSchool(
                    code: school.code, name: school.name, total: school.total, maximum: school.maximum,
                    levelID: school.levelID,
                    points: Dictionary(
                        school.scores.map { ($0.indicatorID, $0.points) }, uniquingKeysWith: { first, _ in first }),
                    values: school.values)
            }, levelNames: levelNames)
    }
}

extension Campaigns {
    /// The stored methodology `file` is, for `paperwork campaign add`: the one with the identifier
    /// its file name gives when the YAML is the same; otherwise it is checked and stored, under a
    /// free identifier when its own is taken by another version (the series joins versions by title).
    /// - Throws: a ``DiagnosticReport`` with every problem of the methodology (nothing is stored then).
    public static func methodology(store: Store, file: NamedBytes) async throws -> MethodologyRecord {
        let methodology = try Paperwork.methodology(file)
        let base = MethodologyRoutes.identifier(file.name)
        var id = base
        var number = 1
        while let stored = try await store.methodology(id: id) {
            if stored.yaml == file.bytes { return stored }
            number += 1
            id = "\(base)-\(number)"
        }
        let record = MethodologyRecord(
            id: id, title: methodology.title, shortTitle: methodology.shortTitle, period: methodology.period ?? "",
            fileName: file.name, yaml: file.bytes)
        try await store.addMethodology(record)
        return record
    }
}
