import OfficePackage
import XMLTree

extension PropertyTemplates {
    /// The namespaces of the properties parts.
    static let customProperties = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
    static let meta = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"

    /// Russian names of the usual properties, as Word and LibreOffice show them.
    static let labels = [
        "title": "Название", "subject": "Тема", "keywords": "Ключевые слова", "keyword": "Ключевые слова",
        "description": "Примечания", "creator": "Автор", "category": "Категория", "contentStatus": "Состояние",
        "lastModifiedBy": "Кем изменён", "initial-creator": "Автор",
    ]

    /// The properties of a properties part whose text a template may hold, in document order: the
    /// text elements of `cp:coreProperties` and `office:meta` (dates and counts left out), and the
    /// value of each custom property (`property`, `meta:user-defined`) except the `paperwork.*`
    /// settings.
    static func properties(of xml: XMLDocument) -> [(node: XMLNode, label: String)] {
        let root = xml.root
        let holder = root.is("document-meta", in: NS.office) ? root.element("meta", in: NS.office) : root
        guard let holder else { return [] }
        var found: [(node: XMLNode, label: String)] = []
        for element in holder.elements {
            if element.is("property", in: customProperties) {
                // A custom property: its name on the element, its value in its one typed child.
                guard let name = element.attribute("name"), !name.hasPrefix("paperwork."),
                    let value = element.elements.first
                else { continue }
                found.append((value, name))
            } else if element.is("user-defined", in: meta) {
                guard let name = element.attribute("name", in: meta), !name.hasPrefix("paperwork.") else { continue }
                found.append((element, name))
            } else if element.elements.isEmpty, isText(element) {
                found.append((element, labels[element.name] ?? element.name))
            }
        }
        return found
    }

    /// Whether a core or meta property holds text (not a date, a count or a generator's name).
    private static func isText(_ element: XMLNode) -> Bool {
        switch element.name {
        case "created", "modified", "lastPrinted", "revision", "creation-date", "date", "print-date",
            "editing-cycles", "editing-duration", "generator", "document-statistic", "template":
            false
        default: true
        }
    }
}
