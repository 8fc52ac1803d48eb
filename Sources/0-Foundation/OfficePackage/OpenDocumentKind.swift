/// What the `mimetype` of an OpenDocument package says it is: a text document or text template
/// (accepted), or a spreadsheet, presentation, drawing, master document… (refused).
enum OpenDocumentKind {
    static let prefix = "application/vnd.oasis.opendocument."
    static let text = prefix + "text"
    static let textTemplate = prefix + "text-template"

    /// The role of a package whose `mimetype` holds `mediaType`, or the error that refuses it.
    static func role(of mediaType: String, label: String) throws -> PackageRole {
        switch mediaType {
        case text: return .document
        case textTemplate: return .template
        default: break
        }
        let kind = String(mediaType.dropFirst(prefix.count))
        let what: String
        if kind.hasPrefix("spreadsheet") {
            what = "это таблица LibreOffice Calc, а не текстовый документ"
        } else if kind.hasPrefix("presentation") {
            what = "это презентация LibreOffice Impress, а не текстовый документ"
        } else if kind.hasPrefix("graphics") {
            what = "это рисунок LibreOffice Draw, а не текстовый документ"
        } else if kind.hasPrefix("text-master") {
            what = "это главный документ LibreOffice (из нескольких файлов), а не обычный текстовый документ"
        } else {
            what = "это документ OpenDocument другого вида («\(kind)»), а не текстовый документ"
        }
        throw OfficeError(
            .unknownFormat,
            what + "; нужен документ .docx или .odt — шаблон делают в Word или "
                + "LibreOffice Writer (в Writer: «Файл — Сохранить как — Текст ODF (.odt)»)", file: label)
    }
}
