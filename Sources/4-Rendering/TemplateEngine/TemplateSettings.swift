import OfficePackage
import RussianText
import XMLTree

/// What a template says about its own rendering, in its document properties (File → Properties →
/// Custom in Word and LibreOffice): `paperwork.typography` = `off` turns the typography of values
/// off; `paperwork.dates` = `numeric` («20.11.2023») or `verbal` («15 декабря 2023 г.») writes every
/// date of the document in one style; `paperwork.columns` = `content` gives the tables column widths
/// from what they hold (``ColumnWidths``), the table's width kept; `paperwork.values` = `jinja` prints
/// values as Jinja (and so docxtpl) prints them — «2.5», «True», «None» — with no typography, for a
/// template written for docxtpl.
public struct TemplateSettings: Sendable, Equatable {
    /// How values print.
    public enum ValueStyle: String, Sendable, Equatable {
        /// Russian style: a decimal comma, «да»/«нет», null as nothing (the default).
        case russian
        /// As Jinja prints: a decimal point, `True`/`False`, `None`, lists as `['a', 'b']`.
        case jinja

        /// The text of `value` in this style.
        public func text(of value: TemplateValue) -> String {
            self == .jinja ? value.jinjaText : value.text
        }
    }

    /// How values print (Russian unless the template says `jinja`).
    public var values: ValueStyle = .russian
    /// Whether values get ``Typography`` (on unless the template says `off`).
    public var typography: Bool = true
    /// The document's date style, when the template sets one.
    public var dates: Typography.Dates?
    /// Whether tables get column widths from their content (off unless the template asks).
    public var columnsFromContent = false

    /// The names of the document properties read.
    public static let typographyProperty = "paperwork.typography"
    public static let datesProperty = "paperwork.dates"
    public static let columnsProperty = "paperwork.columns"
    public static let valuesProperty = "paperwork.values"

    /// Settings from the properties of `document` (ODT `meta.xml`, DOCX `docProps/custom.xml`); a
    /// package without them, or with values not understood, keeps the defaults.
    public init(_ document: OfficeDocument) {
        let part = document.format == .docx ? "docProps/custom.xml" : "meta.xml"
        guard document.contains(part), let xml = try? document.xml(part) else { return }
        for node in xml.root.descendants(where: \.isElement) {
            guard let name = node.attributes.first(where: { $0.name == "name" })?.value else { continue }
            let value = node.text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            switch name {
            case Self.typographyProperty: typography = !["off", "no", "нет", "выкл", "false", "0"].contains(value)
            case Self.datesProperty: dates = Typography.Dates(rawValue: value)
            case Self.columnsProperty: columnsFromContent = value == "content"
            case Self.valuesProperty: values = value == "jinja" || value == "python" ? .jinja : .russian
            default: break
            }
        }
    }

    /// The typography for one rendering: `options` with the template's date style, or nil when off.
    public func typography(_ options: Typography) -> Typography? {
        guard typography, values == .russian else { return nil }
        var result = options
        if let dates { result.dates = dates }
        return result
    }
}
