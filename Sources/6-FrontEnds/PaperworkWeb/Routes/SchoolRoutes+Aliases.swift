import Foundation
import Hummingbird
import PaperworkKit
import Store

/// «Переименования»: an old school code mapped to a new one, when a school was renamed (and got a
/// new code) or merged into another. Last year's results under the old code then count as the
/// new school's: its trend indicators, the справка's comparison and its page's history.
extension SchoolRoutes {
    func addAliases(to router: Router<WebContext>) {
        router.get("/schools/aliases") { _, context in try await aliases(context, problems: [], status: .ok) }
        router.post("/schools/aliases") { _, context in try await addAlias(context) }
        router.post("/schools/aliases/remove") { _, context in
            try await store.removeSchoolAlias(old: context.form.value("old") ?? "")
            return Response.redirect(to: "/schools/aliases", type: .normal)
        }
    }

    func aliases(_ context: WebContext, problems: [Diagnostic], status: HTTPResponse.Status) async throws -> Response {
        var data = PageData("Переименования", crumbs: Self.crumbs, context: context)
        let schools = try await store.schools()
        let names = Dictionary(schools.map { ($0.code, $0.shortName) }, uniquingKeysWith: { first, _ in first })
        data["aliases"] = try await store.schoolAliases().map { alias in
            [
                "old": alias.oldCode, "oldName": names[alias.oldCode] ?? "", "new": alias.newCode,
                "newName": names[alias.newCode] ?? "", "by": alias.createdBy, "date": Format.date(alias.createdAt),
            ]
        }
        data["schools"] = schools.map { ["code": $0.code, "name": $0.shortName] }
        data["old"] = context.form.value("old") ?? ""
        data["new"] = context.form.value("new") ?? ""
        data["errors"] = problems.map { ["field": $0.location.field ?? "", "message": $0.message] }
        return pages.render("school-aliases", data, status: status)
    }

    func addAlias(_ context: WebContext) async throws -> Response {
        let old = (context.form.value("old") ?? "").trimmingCharacters(in: .whitespaces)
        let new = (context.form.value("new") ?? "").trimmingCharacters(in: .whitespaces)
        var problems: [Diagnostic] = []
        func problem(_ field: String, _ text: String) {
            problems.append(Diagnostic("alias_invalid", text, at: SourceLocation(field: field)))
        }
        if old.isEmpty {
            problem("Старый код", "впишите код, под которым школа была в прошлых результатах (например, OO-027)")
        } else if old.count > 100 {
            problem("Старый код", "код длиннее 100 знаков; проверьте его")
        }
        if new.isEmpty {
            problem("Новый код", "впишите код, под которым школа в результатах этого года (например, OO-105)")
        } else if new.count > 100 {
            problem("Новый код", "код длиннее 100 знаков; проверьте его")
        } else if old == new {
            problem("Новый код", "старый и новый коды совпадают; выберите другую школу или исправьте старый код")
        } else if try await store.currentCode(new) == old {
            problem("Новый код", "код «\(new)» сам сопоставлен с «\(old)»; сопоставление по кругу не сохранено")
        }
        guard problems.isEmpty else {
            return try await aliases(context, problems: problems, status: .unprocessableContent)
        }
        try await store.setSchoolAlias(old: old, new: new, by: context.user?.name ?? "")
        return Response.redirect(to: "/schools/aliases", type: .normal)
    }
}
