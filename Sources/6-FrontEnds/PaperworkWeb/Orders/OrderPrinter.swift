import Foundation
import PaperworkKit
import Register
import Store

/// The draft's YAML checked and printed by PaperworkKit, as `paperwork order` does: the same
/// reader, the same documents. Files the order names (an emblem, a rating's methodology) are read
/// from the department's files in the store.
struct OrderPrinter {
    /// The department's files, the orders' folder being `orders/`.
    let files: StoredFiles
    /// The department's register, when it keeps one: it gives drafts their number and date, so a
    /// draft need not have them.
    let registrar: Registrar?

    /// The name the draft's YAML has in messages and in the exported file.
    static let fileName = "приказ.yaml"

    init(store: Store) async throws {
        files = StoredFiles(
            files: try await store.department()?.files ?? [:], folder: ["orders"], methodology: nil, results: nil,
            catalogue: nil)
        registrar = try? await Registrar.open(store)
    }

    /// The YAML of `draft` as it is stored and exported, with the line of each field.
    static func yaml(_ draft: OrderDraft) -> (text: String, paths: [Int: String]) {
        YAMLWriter.yaml(
            draft.trimmed.value,
            comment: [
                "Приказ, подготовленный на веб-странице Paperwork.",
                "Документы по нему: paperwork order приказ.yaml -o папка",
            ])
    }

    /// The order read from `yaml`, or every problem PaperworkKit finds in it.
    func read(_ yaml: String, name: String = OrderPrinter.fileName) -> Result<Order, DiagnosticReport> {
        do {
            return .success(
                try Paperwork.order(NamedBytes(name: name, text: yaml), files: files, registering: registrar != nil))
        } catch {
            return .failure(DiagnosticReport(Diagnostic.from(error)))
        }
    }

    /// The order's document in `format`: DOCX and ODT rendered from the shipped templates, PDF
    /// converted from the ODT by LibreOffice (the pool the command line uses).
    /// - Returns: the file's name and bytes.
    static func document(_ order: Order, format: OutputFormat) throws -> (name: String, bytes: [UInt8]) {
        let sink = MemorySink()
        var pdfs = PDFQueue()
        var names = try OrderDocuments.add(order, formats: [format], to: sink, pdfs: &pdfs)
        names += try pdfs.convert(into: sink)
        try sink.commit()
        guard let name = names.first, let bytes = sink.documents[name] else {
            throw Diagnostic(
                "internal_error", "документ приказа не получился; сообщите разработчикам", at: SourceLocation())
        }
        return (name, bytes)
    }
}
