import Documents
import OfficePackage
import Orders
import Output
import TemplateEngine

extension Batch {
    /// The kinds of document a batch writes from a template, by the shipped template's base name:
    /// the results order (`order`, `order-landscape`), the справка (`report`), the rating, the letter.
    public static let templateKinds = ["order", "order-landscape", "report", "rating", "letter"]

    /// One document of the batch on its own, to look at before the whole set is written: the
    /// справка, the rating, the letter to the first school of the results file, or the results order
    /// (from the template of exactly that kind, even when the order itself would use the other one).
    /// - Parameters:
    ///   - kind: one of ``templateKinds``.
    ///   - format: the office format; the batch must have been prepared for it.
    /// - Returns: the document's bytes in `format`.
    /// - Throws: ``TemplateError`` with the template's problems on this data; a ``Diagnostic``
    ///   `preview_unavailable` when the batch has no such document (no order, no schools).
    public func preview(_ kind: String, format: OfficeFormat) throws -> [UInt8] {
        let output = OutputFormat(rawValue: format.fileExtension) ?? .docx
        func unavailable(_ text: String) -> Diagnostic {
            Diagnostic("preview_unavailable", text, at: SourceLocation(file: "\(kind).\(format.fileExtension)"))
        }
        switch kind {
        case "report", "rating", "letter":
            guard let template = templates[kind]?[output] else {
                throw unavailable("шаблон не подготовлен для формата \(format.fileExtension.uppercased())")
            }
            if kind == "letter" {
                guard letterCount > 0 else { throw unavailable("в файле результатов нет ни одной школы") }
                return try template.render(letterContext(0), options: renderOptions)
            }
            return try template.render(kind == "report" ? report : ratingContext, options: renderOptions)
        case "order", "order-landscape":
            guard let order else {
                throw unavailable(
                    "в настройках отдела не назван приказ о результатах мониторинга (поле order), поэтому "
                        + "показать приказ не на чем; добавьте приказ на странице «Отдел»")
            }
            let name = "\(kind).\(format.fileExtension)"
            let sink = MemorySink()
            var pdfs = PDFQueue()
            let names = try OrderDocuments.add(
                order, formats: [output], template: try customTemplates[name] ?? TemplateLocator.template(name),
                to: sink, pdfs: &pdfs, files: attachedFiles)
            try sink.commit()
            guard let first = names.first, let bytes = sink.documents[first] else {
                throw unavailable("приказ не сформирован")
            }
            return bytes
        default:
            throw unavailable("такого вида документа нет")
        }
    }
}
