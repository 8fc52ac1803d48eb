import Foundation
import Hummingbird
import PaperworkKit
import Register
import Store

/// «Мониторинги»: the list, a new monitoring (the results file checked, every problem shown), the
/// rating and a school's scores.
struct MonitoringRoutes {
    let store: Store
    let pages: Pages
    let jobs: DocumentJobs

    func add(to router: Router<WebContext>) {
        router.get("/") { _, _ in Response.redirect(to: "/monitorings") }
        router.get("/monitorings") { _, context in try await list(context) }
        router.get("/monitorings/new") { request, context in
            try await newForm(
                context, problems: [], status: .ok,
                chosen: request.uri.queryParameters["methodology"].map(String.init))
        }
        router.post("/monitorings/new") { _, context in try await create(context) }
        router.get("/monitorings/{id}") { request, context in
            try await rating(
                id: try context.parameters.require("id"), sort: request.uri.queryParameters["sort"].map(String.init),
                context: context)
        }
        router.get("/monitorings/{id}/schools/{code}") { _, context in
            try await school(
                id: try context.parameters.require("id"), code: try context.parameters.require("code"), context: context
            )
        }
    }

    static let crumbs = [("Мониторинги", "/monitorings")]

    func list(_ context: WebContext) async throws -> Response {
        let methodologies = Dictionary(uniqueKeysWithValues: try await store.methodologies().map { ($0.id, $0) })
        var data = PageData("Мониторинги", context: context)
        data["campaigns"] = try await store.campaigns().map { campaign in
            [
                "id": campaign.id, "date": Format.date(campaign.createdAt),
                "methodology": methodologies[campaign.methodologyID]?.shortTitle ?? campaign.methodologyID,
                "period": campaign.period, "schools": campaign.schoolsCount, "results": campaign.resultsName,
            ] as [String: Any]
        }
        return pages.render("monitorings", data)
    }

    func newForm(
        _ context: WebContext, problems: [Diagnostic], status: HTTPResponse.Status, fileName: String? = nil,
        chosen: String? = nil
    ) async throws -> Response {
        var data = PageData("Новый мониторинг", crumbs: Self.crumbs, context: context)
        let chosen = chosen ?? context.form.value("methodology")
        data["methodologies"] = try await store.methodologies().map { record in
            [
                "id": record.id, "title": record.title, "period": record.period,
                "selected": record.id == chosen,
            ] as [String: Any]
        }
        data["period"] = context.form.value("period") ?? ""
        if !problems.isEmpty {
            data["problems"] = ProblemRows.rows(problems)
            data["problemCount"] = problems.count
            data["fileName"] = fileName ?? ""
        }
        return pages.render("monitoring-new", data, status: status)
    }

    func create(_ context: WebContext) async throws -> Response {
        guard let file = context.form.files["results"], !file.bytes.isEmpty else {
            return try await newForm(
                context,
                problems: [
                    Diagnostic(
                        "no_results", "выберите файл результатов (.xlsx или .csv) и нажмите «Загрузить и посчитать»",
                        at: SourceLocation(field: "Результаты"))
                ], status: .unprocessableContent)
        }
        do {
            let id = try await Campaigns.create(
                store: store, methodologyID: context.form.value("methodology") ?? "",
                period: context.form.value("period"), results: file, user: context.user?.name ?? "")
            return Response.redirect(to: "/monitorings/\(id)", type: .normal)
        } catch let error as DiagnosticReport {
            return try await newForm(
                context, problems: error.diagnostics, status: .unprocessableContent, fileName: file.name)
        } catch let error as Diagnostic {
            return try await newForm(context, problems: [error], status: .unprocessableContent, fileName: file.name)
        }
    }

    func rating(id: String, sort: String?, context: WebContext, problems: [Diagnostic] = []) async throws -> Response {
        guard let campaign = try await store.campaign(id: id) else { throw HTTPError(.notFound) }
        let methodology = try await store.methodology(id: campaign.methodologyID)
        var schools = try await store.campaignSchools(id: id)
        let levelOrder: [(id: String, name: String)]
        if let methodology,
            let parsed = try? Paperwork.methodology(NamedBytes(name: methodology.fileName, bytes: methodology.yaml))
        {
            levelOrder = parsed.scale.levels.map { ($0.id, $0.name) }
        } else {
            levelOrder = []
        }
        switch sort {
        case "name": schools.sort { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        case "code": schools.sort { $0.code.localizedStandardCompare($1.code) == .orderedAscending }
        default: break
        }
        let indicators =
            schools.first?.scores.map {
                ["id": $0.indicatorID, "title": $0.title, "maximum": Format.points($0.maximum)]
            } ?? []
        var data = PageData(
            "Рейтинг: \(methodology?.shortTitle ?? campaign.methodologyID), \(campaign.period)",
            crumbs: Self.crumbs, context: context)
        data["campaign"] = [
            "id": campaign.id, "period": campaign.period, "results": campaign.resultsName,
            "date": Format.date(campaign.createdAt), "schools": campaign.schoolsCount, "by": campaign.createdBy,
            "methodology": methodology?.title ?? campaign.methodologyID,
        ]
        data["indicators"] = indicators
        // The results order may take its number from the department's register.
        data["registerKept"] = (try? await Registrar.open(store)) != nil
        if let methodology,
            let previous = try await store.previousCampaign(title: methodology.title, period: campaign.period)
        {
            data["previous"] = ["id": previous.id, "period": previous.period]
        }
        // The name the methodist gave a school on the «Школы» page, else the results file's.
        let shortNames = Dictionary(
            try await store.schools().map { ($0.code, $0.shortName) }, uniquingKeysWith: { first, _ in first })
        data["rows"] = schools.map { school in
            [
                "code": school.code, "name": shortNames[school.code].flatMap { $0.isEmpty ? nil : $0 } ?? school.name,
                "place": school.place, "total": Format.points(school.total),
                "maximum": Format.points(school.maximum), "level": school.levelName, "levelID": school.levelID,
                "scores": school.scores.map { ["points": Format.points($0.points), "lost": $0.points < $0.maximum] },
            ] as [String: Any]
        }
        let counts = levelOrder.map { level in
            (name: level.name, count: schools.filter { $0.levelID == level.id }.count)
        }
        data["levels"] = counts.map { ["name": $0.name, "count": $0.count] }
        data["chart"] = LevelChart.svg(levels: counts, total: schools.count)
        data["sortName"] = sort == "name"
        data["sortPlace"] = sort != "name" && sort != "code"
        data["sets"] = try await store.documentSets(campaign: id).map(DocumentRoutes.summary)
        if !problems.isEmpty {
            data["problems"] = ProblemRows.rows(problems)
            data["problemCount"] = problems.count
        }
        return pages.render("rating", data, status: problems.isEmpty ? .ok : .unprocessableContent)
    }

    func school(id: String, code: String, context: WebContext) async throws -> Response {
        let code = code.removingPercentEncoding ?? code
        guard let campaign = try await store.campaign(id: id) else { throw HTTPError(.notFound) }
        // The code as the campaign's file has it, or the school's new code when it was renamed since.
        var found = try await store.campaignSchools(id: id).first { $0.code == code }
        if found == nil { found = try await store.campaignSchoolsByCurrentCode(id: id).first { $0.code == code } }
        guard let school = found else { throw HTTPError(.notFound) }
        let methodology = try await store.methodology(id: campaign.methodologyID)
        var data = PageData(
            school.name,
            crumbs: Self.crumbs + [
                ("Рейтинг: \(methodology?.shortTitle ?? ""), \(campaign.period)", "/monitorings/\(id)")
            ],
            context: context)
        data["school"] = [
            "code": school.code, "place": school.place, "total": Format.points(school.total),
            "maximum": Format.points(school.maximum), "level": school.levelName, "row": school.row,
        ]
        try await addHistory(
            to: &data, code: try await store.currentCode(school.code), campaign: campaign, methodology: methodology)
        data["scores"] = school.scores.map {
            [
                "id": $0.indicatorID, "title": $0.title, "points": Format.points($0.points),
                "maximum": Format.points($0.maximum),
                "answer": $0.answer, "explanation": $0.explanation, "lost": $0.points < $0.maximum,
            ] as [String: Any]
        }
        return pages.render("school", data)
    }
}
