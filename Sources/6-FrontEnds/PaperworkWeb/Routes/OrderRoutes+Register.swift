import Foundation
import Hummingbird
import PaperworkKit
import Register
import Store

extension OrderRoutes {
    /// «Зарегистрировать»: the draft as the form shows it is saved, checked, given the next number of
    /// the department's register and today's date, and kept with its files (DOCX, ODT, PDF) as
    /// issued; the draft is frozen from then on. A draft with problems gets its form back with them,
    /// and no number is used.
    func register(_ id: String, context: WebContext) async throws -> Response {
        guard let record = try await store.order(id: id) else { throw HTTPError(.notFound) }
        if let entry = record.registeredAs { return Response.redirect(to: "/register/\(entry)", type: .normal) }
        let draft = OrderDraft(form: context.form)
        let (yaml, _) = OrderPrinter.yaml(draft)
        let problems = try await problems(in: yaml).count
        var saved = record
        saved.yaml = yaml
        saved.title = draft.title.replacingOccurrences(of: "\n", with: " ")
        saved.problems = problems
        saved.updatedBy = context.user?.name ?? ""
        saved.updatedAt = Date()
        try await store.saveOrder(saved)
        let printer = try await OrderPrinter(store: store)
        guard let registrar = printer.registrar else {
            let problem = Diagnostic(
                "register_none",
                "отдел не ведёт журнал регистрации приказов: администратор добавляет серии номеров в файл отдела "
                    + "(раздел register) на странице «Отдел»", at: SourceLocation(file: OrderPrinter.fileName))
            return try await form(
                draft, id: id, context: context, check: false, status: .unprocessableContent, failures: [problem])
        }
        let request = Registrar.Request(
            order: NamedBytes(name: OrderPrinter.fileName, text: yaml), files: printer.files,
            series: context.form.value("series").flatMap { $0.isEmpty ? nil : $0 }, date: RussianDate.of(),
            user: context.user?.name ?? "", amends: record.amends, draft: id)
        do {
            let entry = try await registrar.register(request)
            try await store.markOrderRegistered(id, as: entry.id)
            return Response.redirect(to: "/register/\(entry.id)", type: .normal)
        } catch {
            // The draft's own problems are placed by its fields again; others (LibreOffice) are listed.
            return try await form(
                draft, id: id, context: context, check: true, status: .unprocessableContent,
                failures: Diagnostic.from(error))
        }
    }
}
