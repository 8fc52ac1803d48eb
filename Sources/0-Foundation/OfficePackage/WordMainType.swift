/// What the content type of an OOXML package's main part says the package is: a Word document
/// or template (accepted), a macro-enabled Word file, an Excel workbook, a PowerPoint
/// presentation or something else (refused).
enum WordMainType: Equatable {
    static let documentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    static let templateType = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
    /// The content type of a VBA project, the part that holds a document's macros.
    static let vbaProject = "application/vnd.ms-office.vbaproject"

    case document
    case template
    case macroEnabled
    case workbook
    case presentation
    case other

    init(contentType: String?) {
        let type = contentType?.lowercased() ?? ""
        if type == WordMainType.documentType {
            self = .document
        } else if type == WordMainType.templateType {
            self = .template
        } else if type.hasPrefix("application/vnd.ms-word.") && type.contains("macroenabled") {
            self = .macroEnabled
        } else if type.contains("spreadsheetml") || type.hasPrefix("application/vnd.ms-excel") {
            self = .workbook
        } else if type.contains("presentationml") || type.hasPrefix("application/vnd.ms-powerpoint") {
            self = .presentation
        } else {
            self = .other
        }
    }

    /// The role of an accepted package, or the error that refuses it.
    /// - Parameters:
    ///   - main: the main part, for messages.
    ///   - contentType: its content type as `[Content_Types].xml` gives it, if at all.
    ///   - label: the file name, for messages.
    func role(main: String, contentType: String?, label: String) throws -> PackageRole {
        let wanted = "нужен документ .docx или .odt — шаблон делают в Word или LibreOffice Writer"
        switch self {
        case .document:
            return .document
        case .template:
            return .template
        case .macroEnabled:
            throw WordMainType.macros(main: main, label: label)
        case .workbook:
            throw OfficeError(.unknownFormat, "это книга Excel, а не документ Word; " + wanted, file: label)
        case .presentation:
            throw OfficeError(.unknownFormat, "это презентация PowerPoint, а не документ Word; " + wanted, file: label)
        case .other:
            let declared =
                contentType.map { "её тип содержимого «\($0)»" }
                ?? "её тип содержимого не указан в «[Content_Types].xml»"
            throw OfficeError(
                .unknownFormat,
                "основная часть «\(main)» — не текст документа Word (\(declared)); "
                    + "сохраните файл в Word или LibreOffice Writer как «Документ Word (.docx)»",
                file: label, part: main)
        }
    }

    /// The refusal of a document that carries macros.
    static func macros(main: String, label: String) -> OfficeError {
        OfficeError(
            .macroEnabled,
            "документ с макросами (.docm, .dotm) не принимается: макросы могут выполнить чужой "
                + "код. Сохраните его в Word как «Документ Word (.docx)» — макросы при этом удаляются",
            file: label, part: main)
    }
}
