import Documents
import Ingest
import OfficePackage
import TemplateEngine

extension NamedBytes {
    /// The office format the name says (`.docx` or `.odt`), or `nil`.
    public var officeFormat: OfficeFormat? { OfficeFormat(fileName: name) }

    /// Compiles these bytes as a template with Paperwork's filters (standard and grammar), or
    /// with `filters` (those with a department's nouns: ``Filters/registry(nouns:)``).
    /// - Throws: ``OfficeError`` when the bytes are not a readable document; ``TemplateError`` with
    ///   every problem of its tags. Both name the template.
    public func compile(filters: FilterRegistry = Filters.all) throws -> Template {
        try Template(bytes: [UInt8](bytes), label: name, filters: filters)
    }
}
