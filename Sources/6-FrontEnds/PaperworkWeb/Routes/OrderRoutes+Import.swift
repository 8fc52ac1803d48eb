import Foundation
import Hummingbird
import PaperworkKit
import Store

extension OrderRoutes {
    /// «Импорт YAML»: the upload form, with the problems of a file that did not read.
    func importPage(_ context: WebContext, problems: [Diagnostic], status: HTTPResponse.Status, fileName: String = "")
        -> Response
    {
        var data = PageData("Импорт приказа из YAML", crumbs: Self.crumbs, context: context)
        if !problems.isEmpty {
            data["problems"] = ProblemRows.rows(problems)
            data["problemCount"] = problems.count
            data["fileName"] = fileName
        }
        return pages.render("order-import", data, status: status)
    }

    /// Reads an uploaded order YAML with PaperworkKit, as `paperwork order` would: a file with
    /// problems is shown with them at their lines and nothing is stored; a good one becomes a draft.
    func importFile(_ context: WebContext) async throws -> Response {
        guard let file = context.form.files["order"], !file.bytes.isEmpty else {
            return importPage(
                context,
                problems: [
                    Diagnostic(
                        "no_order_file", "выберите файл приказа (.yaml) и нажмите «Загрузить приказ»",
                        at: SourceLocation(field: "Файл приказа"))
                ], status: .unprocessableContent)
        }
        let printer = try await OrderPrinter(store: store)
        let input = NamedBytes(name: file.name, bytes: file.bytes)
        let problems: [Diagnostic]
        do {
            let original = try await offload { try Paperwork.order(input, files: printer.files) }
            let draft = OrderDraft(yaml: try DataFile.load(NamedBytes(name: "приказ.yaml", bytes: file.bytes)))
            let (yaml, _) = OrderPrinter.yaml(draft)
            // The form keeps what it does not edit; what it writes must print as the file does.
            switch try await offload({ printer.read(yaml) }) {
            case .failure(let report):
                problems = report.diagnostics
            case .success(let written):
                let same = try await offload {
                    try Self.printedText(original) == Self.printedText(written)
                }
                guard same else {
                    problems = [
                        Diagnostic(
                            "order_form_unsupported",
                            "в приказе есть то, что форма не умеет показать (пункты третьего уровня, человек, "
                                + "записанный одной строкой, или столбец плана вне списка столбцов); приказ не "
                                + "загружен — готовьте его командой paperwork order или упростите файл",
                            at: SourceLocation(file: file.name))
                    ]
                    break
                }
                let id = try await save(draft, yaml: yaml, id: nil, problems: 0, context: context)
                return Response.redirect(to: "/orders/\(id)", type: .normal)
            }
        } catch {
            problems = Diagnostic.from(error, file: file.name)
        }
        return importPage(context, problems: problems, status: .unprocessableContent, fileName: file.name)
    }

    /// The text of every paragraph of the order's DOCX, for comparing two readings of one order.
    static func printedText(_ order: Order) throws -> [String] {
        let document = try OrderPrinter.document(order, format: .docx)
        let inspection = try Inspection(document: try OfficeDocument(bytes: document.bytes, label: document.name))
        return inspection.sections.flatMap(\.paragraphs)
    }
}
