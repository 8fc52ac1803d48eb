import Foundation
import Hummingbird
import PaperworkKit
import Store

/// «Отдел» → «Изменить реквизиты»: the department's requisites in a plain form, no YAML. A save
/// writes the department file with the form's values (everything else in it unchanged), has the
/// core read it, and keeps it as an upload would; a file the core refuses is not kept, and every
/// problem stands beside its field. The file itself: `GET /department/file`.
extension DepartmentRoutes {
    static let crumbs = [("Отдел", "/department")]

    func addForm(to router: Router<WebContext>) {
        router.get("/department/form") { _, context in
            let original = try await OrderDraft.departmentYAML(store) ?? .object([])
            return try await form(DepartmentForm(yaml: original), original: original, context: context, check: true)
        }
        router.post("/department/form") { _, context in try await submit(context) }
        router.get("/department/file") { _, _ in
            guard let department = try await store.department(), let bytes = department.files[department.mainFile]
            else { throw HTTPError(.notFound) }
            return DocumentRoutes.download(
                bytes, name: Self.storedName(department.mainFile), type: "application/yaml; charset=utf-8")
        }
    }

    /// The form page; with `check`, the core's problems with the file the form would write beside
    /// their fields.
    func form(
        _ draft: DepartmentForm, original: TemplateValue, context: WebContext, check: Bool,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        var problems: FieldProblems?
        var officeName = OfficeName(draft.issuerName)
        // The core reads the file the form would write: its name with the file's explicit forms
        // (`issuer_forms`), and, when asked, its problems.
        let (file, paths) = try await written(draft, original: original)
        do {
            officeName = try await offload { try Paperwork.department(file) }.issuerName
        } catch let error as any DiagnosticConvertible {
            if check { problems = DepartmentProblems.placed(error.diagnostics, form: draft, paths: paths) }
        }
        var data = PageData("Реквизиты отдела", crumbs: Self.crumbs, context: context)
        for (key, value) in draft.page(officeName: officeName, problems: problems) { data[key] = value }
        if let problems, !problems.isEmpty {
            data["formProblems"] = problems.rows
            data["formProblemCount"] = problems.placed.count
        }
        return pages.render("department-form", data, status: status)
    }

    func submit(_ context: WebContext) async throws -> Response {
        var draft = DepartmentForm(form: context.form)
        let original = try await OrderDraft.departmentYAML(store) ?? .object([])
        let action = context.form.value("action") ?? "save"
        if draft.apply(action) {
            return try await form(draft, original: original, context: context, check: false)
        }
        let (file, _) = try await written(draft, original: original)
        do {
            let department = try await offload { try Paperwork.department(file) }
            try await keep(file, department: department, extras: [])
            return Response.redirect(to: "/department?saved=1", type: .normal)
        } catch is any DiagnosticConvertible {
            return try await form(
                draft, original: original, context: context, check: true, status: .unprocessableContent)
        }
    }

    /// The department file the form writes, named as the stored one, and the field on each line.
    private func written(_ draft: DepartmentForm, original: TemplateValue) async throws
        -> (file: NamedBytes, paths: [Int: String])
    {
        let name = try await store.department().map { Self.storedName($0.mainFile) } ?? "department.yaml"
        let (text, paths) = YAMLWriter.yaml(
            draft.applied(to: original),
            comment: [
                "Настройки отдела образования; реквизиты изменены на веб-странице Paperwork.",
                "Документы по ним: paperwork batch … --department \(name)",
            ])
        return (NamedBytes(name: name, bytes: Data(text.utf8)), paths)
    }
}
