import Foundation
import Hummingbird
import PaperworkKit
import Register
import Store

extension RegisterRoutes {
    /// A registered order: its columns, its files as issued with their SHA-256, the orders it is
    /// linked with, and the two things that can be done with it (cancel, amend).
    func entryPage(
        _ id: String, _ context: WebContext, problems: [Diagnostic] = [], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let entry = try await store.registerEntry(id: id) else { throw HTTPError(.notFound) }
        let all = try await store.registerEntries()
        guard let row = RegisterRow.rows([entry], all: all).first else { throw HTTPError(.notFound) }
        var data = PageData("Приказ № \(entry.number) от \(row.date)", crumbs: Self.crumbs, context: context)
        data["entry"] = Self.row(row)
        data["registeredAt"] = Format.date(entry.registeredAt)
        data["registeredBy"] = entry.registeredBy
        data["registered"] = entry.state == .registered
        data["files"] = try await store.registeredFiles(of: id).map { file in
            [
                "name": file.name, "sha256": file.sha256, "format": file.format.uppercased(),
                "href": "/register/\(id)/files/\(file.format)",
            ]
        }
        data["links"] = Self.links(of: entry, all: all)
        if !problems.isEmpty {
            data["problems"] = ProblemRows.rows(problems)
            data["problemCount"] = problems.count
        }
        return pages.render("register-entry", data, status: status)
    }

    /// The orders `entry` points to and those that point to it.
    static func links(of entry: RegisterEntry, all: [RegisterEntry]) -> [[String: String]] {
        func link(_ other: RegisterEntry, _ words: String) -> [String: String] {
            [
                "words": words, "href": "/register/\(other.id)",
                "name": "№ \(other.number) от \(RegisterRow.rows([other], all: []).first?.date ?? other.date)",
            ]
        }
        var links: [[String: String]] = []
        if let canceller = all.first(where: { $0.id == entry.cancelledBy }) {
            links.append(link(canceller, "Отменён приказом"))
        }
        if let amended = all.first(where: { $0.id == entry.amends }) {
            links.append(link(amended, "Вносит изменения в приказ"))
        }
        for other in all where other.amends == entry.id { links.append(link(other, "Изменён приказом")) }
        for other in all where other.cancelledBy == entry.id { links.append(link(other, "Отменяет приказ")) }
        return links
    }

    func cancel(_ id: String, _ context: WebContext) async throws -> Response {
        guard let entry = try await store.registerEntry(id: id) else { throw HTTPError(.notFound) }
        let by = (context.form.value("by") ?? "").trimmingCharacters(in: .whitespaces)
        guard !by.isEmpty else {
            let problem = Diagnostic(
                "register_cancel_by",
                "укажите номер отменяющего приказа: сначала зарегистрируйте его, затем "
                    + "впишите его номер сюда", at: SourceLocation(field: "Отменяющий приказ"))
            return try await entryPage(id, context, problems: [problem], status: .unprocessableContent)
        }
        switch try await registrar() {
        case .failure(let problem):
            return try await entryPage(id, context, problems: [problem], status: .unprocessableContent)
        case .success(let registrar):
            do {
                _ = try await registrar.cancel(number: entry.number, year: entry.year, by: by)
            } catch let problem as Diagnostic {
                return try await entryPage(id, context, problems: [problem], status: .unprocessableContent)
            }
            return Response.redirect(to: "/register/\(id)", type: .normal)
        }
    }

    /// A new draft «О внесении изменений в приказ от … № …» with the registered order's text, linked to it.
    func amend(_ id: String, _ context: WebContext) async throws -> Response {
        guard let entry = try await store.registerEntry(id: id) else { throw HTTPError(.notFound) }
        var draft = OrderDraft(yaml: try DataFile.yaml(entry.yaml, file: OrderPrinter.fileName))
        let date = RegisterRow.rows([entry], all: []).first?.date ?? entry.date
        draft.title = "О внесении изменений в приказ от \(date) № \(entry.number)"
        draft.number = ""
        draft.date = OrderDraft.new(department: nil).date
        let (yaml, _) = OrderPrinter.yaml(draft)
        let user = context.user?.name ?? ""
        let newID = UUID().uuidString.lowercased()
        try await store.saveOrder(
            OrderRecord(
                id: newID, title: draft.title, number: "", date: draft.date, yaml: yaml, problems: 0, amends: entry.id,
                createdBy: user, updatedBy: user))
        return Response.redirect(to: "/orders/\(newID)", type: .normal)
    }
}
