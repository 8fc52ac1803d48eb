import Foundation
import Hummingbird
import PaperworkKit
import Store

/// «Отдел»: the department's settings and files, how many schools the results have named, and a new
/// settings file uploaded (checked first; the files it names are uploaded beside it).
struct DepartmentRoutes {
    let store: Store
    let pages: Pages

    func add(to router: Router<WebContext>) {
        router.get("/department") { request, context in
            try await page(context, problems: [], status: .ok, saved: request.uri.queryParameters["saved"] != nil)
        }
        router.post("/department") { _, context in try await upload(context) }
        addForm(to: router)
    }

    func page(
        _ context: WebContext, problems: [Diagnostic], status: HTTPResponse.Status, fileName: String? = nil,
        saved: Bool = false
    ) async throws -> Response {
        var data = PageData("Отдел образования", context: context)
        data["saved"] = saved
        if let department = try await store.department() {
            data["department"] =
                [
                    "name": department.name, "main": department.mainFile,
                    "files": department.files.keys.sorted().map { ["path": $0] },
                ] as [String: Any]
        }
        data["schoolCount"] = try await store.schools().count
        if !problems.isEmpty {
            data["problems"] = ProblemRows.rows(problems)
            data["problemCount"] = problems.count
            data["fileName"] = fileName ?? ""
        }
        return pages.render("department", data, status: status)
    }

    func upload(_ context: WebContext) async throws -> Response {
        guard let file = context.form.files["settings"], !file.bytes.isEmpty else {
            return try await page(
                context,
                problems: [
                    Diagnostic(
                        "no_department_file", "выберите файл настроек отдела (.yaml) и нажмите «Загрузить настройки»",
                        at: SourceLocation(field: "Настройки отдела"))
                ], status: .unprocessableContent)
        }
        do {
            let department = try await offload { try Paperwork.department(file) }
            var extras: [(String, Data)] = []
            for (field, folder) in [("recommendations", "recommendations"), ("order", "orders")] {
                if let extra = context.form.files[field], !extra.bytes.isEmpty {
                    extras.append((folder + "/" + Self.storedName(extra.name), extra.bytes))
                }
            }
            try await keep(file, department: department, extras: extras)
            return Response.redirect(to: "/department", type: .normal)
        } catch let error as any DiagnosticConvertible {
            return try await page(
                context, problems: error.diagnostics, status: .unprocessableContent, fileName: file.name)
        }
    }

    /// Keeps `file` as the department's main file (its name as ``storedName(_:)`` gives it), with
    /// `extras` (path among the department's files → bytes) beside it; the other files stay.
    func keep(_ file: NamedBytes, department: Department, extras: [(String, Data)]) async throws {
        var record = try await store.department() ?? DepartmentRecord(name: "", mainFile: "", files: [:])
        let main = "department/" + Self.storedName(file.name)
        record.files[main] = file.bytes
        record.mainFile = main
        record.name = department.issuerName.nominative.isEmpty ? file.name : department.issuerName.nominative
        for (path, bytes) in extras { record.files[path] = bytes }
        try await store.saveDepartment(record)
    }

    /// The name a file is kept under among the department's files: its last component only, as the
    /// settings file names it (`../orders/приказ.yaml` finds `orders/приказ.yaml`). It is a key in the
    /// store, never a path on disk.
    static func storedName(_ name: String) -> String {
        let last = Form.displayName(name)
        return last == "." || last == ".." ? "файл" : last
    }
}
