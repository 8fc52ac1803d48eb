import Foundation
import PaperworkKit
import Store

/// What a batch of a monitoring reads, gathered from the store: the methodology, the results as
/// uploaded, the department's settings and files, the department's own templates in use, the
/// heads of schools (with their gender) corrected on the «Школы» page, and the previous period of
/// the monitoring's series.
struct BatchInputs {
    let inputs: Batch.Inputs
    /// The inputs in words, for the document set's page.
    let description: String

    /// The inputs of `campaign` in `formats`; `extra` templates (by shipped name) stand in for the
    /// stored ones, as when a new template is tried before it is kept.
    /// - Throws: a ``Diagnostic`` when the methodology is gone or the department has no settings.
    static func make(
        store: Store, campaign: CampaignRecord, formats: [OutputFormat], extra: [String: NamedBytes] = [:]
    ) async throws -> BatchInputs {
        guard let methodology = try await store.methodology(id: campaign.methodologyID) else {
            throw Diagnostic("no_methodology", "методика мониторинга удалена; создайте мониторинг заново", at: .init())
        }
        guard let department = try await store.department(), let departmentFile = department.files[department.mainFile]
        else {
            throw Diagnostic(
                "no_department", "настройки отдела не загружены; загрузите их на странице «Отдел»", at: .init())
        }
        let stored = try await store.templates()
        var templates: [String: NamedBytes] = [:]
        for template in stored {
            templates[template.shippedName] = NamedBytes(name: template.fileName, bytes: template.bytes)
        }
        templates.merge(extra) { _, new in new }
        let methodologyFile = NamedBytes(name: methodology.fileName, bytes: methodology.yaml)
        let results = NamedBytes(name: campaign.resultsName, bytes: campaign.results)
        let mainPath = department.mainFile.split(separator: "/").map(String.init)
        let inputs = Batch.Inputs(
            methodology: methodologyFile, results: results,
            department: NamedBytes(name: mainPath.last ?? department.mainFile, bytes: departmentFile),
            files: StoredFiles(
                files: department.files, folder: Array(mainPath.dropLast()), methodology: methodologyFile,
                results: results,
                catalogue: methodology.catalogue.map {
                    NamedBytes(name: methodology.catalogueName ?? "рекомендации.yaml", bytes: $0)
                }),
            formats: formats, templates: templates, schools: try await corrections(store),
            previous: try await Campaigns.previousPeriod(
                store: store, title: methodology.title, period: campaign.period))
        var description =
            "методика «\(methodology.fileName)», результаты «\(campaign.resultsName)», "
            + "настройки отдела «\(department.mainFile)»"
        if !templates.isEmpty {
            description +=
                ", шаблоны отдела: "
                + templates.sorted { $0.key < $1.key }.map { "\($0.key) — «\($0.value.name)»" }.joined(separator: ", ")
        }
        return BatchInputs(inputs: inputs, description: description)
    }

    /// The heads and their genders from the «Школы» page, for the schools whose results file leaves them out.
    static func corrections(_ store: Store) async throws -> [String: SchoolCorrection] {
        var corrections: [String: SchoolCorrection] = [:]
        for school in try await store.schools() where !school.head.isEmpty || !school.headGender.isEmpty {
            corrections[school.code] = SchoolCorrection(head: school.head, gender: Gender(code: school.headGender))
        }
        return corrections
    }
}
