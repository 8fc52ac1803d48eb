import OfficePackage
import RussianText
import XMLTree

/// Tags in a document's properties — DOCX `docProps/core.xml` (title, subject, keywords,
/// description…) and `docProps/custom.xml`, ODT `meta.xml` (`dc:title`, `dc:subject`,
/// `meta:keyword`, `meta:user-defined`…): each property is plain text, so its `{{ … }}` tags are
/// rendered like a line of text; a block tag there is reported. The `paperwork.*` settings are
/// left alone.
struct PropertyTemplates: Sendable {
    /// One property holding tags: its place among the part's properties, its name and its text.
    struct Field: Sendable {
        let index: Int
        let label: String
        let template: InlineTemplate
        let tags: [String]
    }

    /// A properties part with the fields it holds, and its markup as the template has it.
    struct Part: Sendable {
        let name: String
        let bytes: [UInt8]
        let fields: [Field]
    }

    let parts: [Part]

    /// The properties of `document` that hold tags, compiled; problems and tags are added to
    /// `problems` and `listing`.
    init(
        _ document: OfficeDocument, filters: FilterRegistry, listing: inout [TagLocation],
        problems: inout [TemplateProblem]
    ) throws {
        let names = document.format == .docx ? ["docProps/core.xml", "docProps/custom.xml"] : ["meta.xml"]
        var parts: [Part] = []
        for name in names where document.contains(name) {
            let bytes = try document.bytes(of: name)
            // Most documents have no tag in their properties: no parse then.
            guard bytes.contains(UInt8(ascii: "{")) else { continue }
            let xml = try document.xml(name)
            var fields: [Field] = []
            for (index, property) in Self.properties(of: xml).enumerated() {
                let text = property.node.text
                let tags = TagScanner.scan(text)
                guard !tags.tags.isEmpty || !tags.unclosed.isEmpty else { continue }
                let shown = tags.tags.map(\.text) + tags.unclosed.map(\.text)
                let location = TagLocation(
                    part: name, story: nil, paragraph: 0, tag: shown.first ?? text, property: property.label)
                listing += shown.map {
                    TagLocation(part: name, story: nil, paragraph: 0, tag: $0, property: property.label)
                }
                do {
                    let template = try InlineTemplate(text, filters: filters)
                    fields.append(Field(index: index, label: property.label, template: template, tags: shown))
                } catch let failure as FilterFailure {
                    problems.append(
                        TemplateProblem(
                            code: Self.code(failure.code),
                            message: failure.message + "; в свойствах документа пишутся только значения {{ … }}",
                            location: location))
                }
            }
            if !fields.isEmpty { parts.append(Part(name: name, bytes: bytes, fields: fields)) }
        }
        self.parts = parts
    }

    var isEmpty: Bool { parts.isEmpty }

    /// Each part rendered with `data`: its markup with the properties' text replaced, or the problems.
    func render(
        _ data: TemplateValue, filters: FilterRegistry, style: TemplateSettings.ValueStyle, lenient: Bool,
        typography: Typography?
    ) -> (parts: [String: [UInt8]], problems: [TemplateProblem]) {
        var rendered: [String: [UInt8]] = [:]
        var problems: [TemplateProblem] = []
        for part in parts {
            guard let xml = try? XMLDocument(bytes: part.bytes, part: part.name) else { continue }
            let properties = Self.properties(of: xml)
            for field in part.fields where field.index < properties.count {
                do {
                    let text = try field.template.render(data, filters: filters, style: style, lenient: lenient)
                    properties[field.index].node.setText(typography.map { $0.apply(text) } ?? text)
                } catch let failure as FilterFailure {
                    let location = TagLocation(
                        part: part.name, story: nil, paragraph: 0, tag: field.tags.first ?? "", property: field.label)
                    problems.append(
                        TemplateProblem(
                            code: failure.code == .missingValue ? .missingValue : .filterFailed,
                            message: failure.message, location: location))
                } catch {
                    continue
                }
            }
            if let bytes = try? xml.serialized() { rendered[part.name] = bytes }
        }
        return (rendered, problems)
    }

    private static func code(_ code: FilterFailure.Code) -> TemplateProblem.Code {
        switch code {
        case .unclosedTag: .unclosedTag
        case .unsupportedTag: .unsupported
        case .badExpression: .syntax
        case .unknownFilter: .unknownFilter
        case .missingValue: .missingValue
        case .filterFailed: .filterFailed
        }
    }
}
