import Foundation
import OfficePackage

/// `subdoc`: another document's body inserted where the tag stands.
///
/// - `{{p subdoc("приложение.docx") }}`: the file beside the data file (read through
///   ``FilterContext/files``), a DOCX into a DOCX template, an ODT into an ODT one.
/// - `{{p subdoc(value) }}`: a document the data carries as base64 (with or without a
///   `data:…;base64,` prefix), or a ``SubDocument`` value a program put there.
enum SubDocumentFilter {
    static func register(in registry: inout FilterRegistry) {
        registry.registerContextual("subdoc") { value, arguments, context in
            _ = try FilterOptions("subdoc", arguments, positional: [], keywords: [])
            switch value {
            case .document: return value
            case .string(let text): return .document(try document(text, files: context.files))
            default:
                throw FilterFailure(
                    "subdoc: нужно имя файла DOCX или ODT (например, subdoc(\"приложение.docx\")), а получено: "
                        + value.kindName)
            }
        }
    }

    /// The document `text` names (a file beside the data) or carries (base64).
    private static func document(_ text: String, files: AttachedFiles) throws -> SubDocument {
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if body.hasPrefix("data:"), let comma = body.firstIndex(of: ",") { body = body[body.index(after: comma)...] }
        // A zip archive in base64 starts «UEsDB» (PK\3\4).
        if body.hasPrefix("UEsDB"), let data = Data(base64Encoded: String(body.filter { !$0.isWhitespace })) {
            return try SubDocument(bytes: [UInt8](data), name: "вложенный документ из данных")
        }
        let name = text.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 1_024, !name.contains(where: \.isNewline) else {
            throw FilterFailure("subdoc: укажите имя файла DOCX или ODT, лежащего рядом с файлом данных")
        }
        let bytes: [UInt8]
        do {
            bytes = try files.read(name, maximumBytes: SubDocument.maximumBytes)
        } catch let failure as FilterFailure {
            throw FilterFailure("subdoc: " + failure.message)
        }
        return try SubDocument(bytes: bytes, name: name)
    }

    /// The message for a sub-document of the other format than the template's.
    static func mismatch(_ document: SubDocument, template: OfficeFormat) -> String {
        let formats: (OfficeFormat) -> String = { $0 == .docx ? "DOCX (Word)" : "ODT (LibreOffice)" }
        return "subdoc: «\(document.name)» — документ \(formats(document.format)), а шаблон — "
            + "\(formats(template)); вложенный документ должен быть того же формата, что и шаблон: сохраните "
            + "«\(document.name)» как \(formats(template)) в Word или LibreOffice"
    }
}
