import Foundation
import OfficePackage
import Output
import RussianText
import XMLTree

/// A DOCX or ODT template, compiled once and rendered any number of times, from any number
/// of tasks at once.
///
/// Tags are typed in Word or LibreOffice as ordinary text: `{{ expr }}`, `{% for %}`, `{% if %}`.
/// Compiling reads every story (body, headers, footers, notes) and reports all problems together.
public struct Template: Sendable {
    /// The template's file name, for messages.
    public let file: String
    public let format: OfficeFormat
    /// Every tag with its place, in document order.
    public let tags: [TagLocation]
    private let package: PackageCopy
    private let parts: [CompiledPart]
    private let flavor: any MarkupFlavor
    private let filters: FilterRegistry
    /// The ids of each story part's relationships (DOCX), which those a rendering adds must not repeat.
    private let relationshipIds: [String: Set<String>]
    /// The template's styles and (DOCX) list definitions as stored, for `{% restart_numbering %}`
    /// and sub-documents, which add to them.
    private let sources: SubDocumentEmbedding.Sources
    /// The document properties that hold tags.
    private let properties: PropertyTemplates
    /// The template's own settings, from its document properties.
    public let settings: TemplateSettings

    /// Options of one rendering.
    public struct Options: Sendable {
        /// Render values missing from the data as empty instead of failing.
        public var lenient: Bool
        /// Bounds on the work of rendering each part; exceeding them is a `budget_exceeded` problem.
        public var budget: TemplateBudget
        /// The typography applied to every value written (a department's spacing of initials);
        /// the template may turn it off or set its own date style (``TemplateSettings``); nil
        /// writes values as they are.
        public var typography: Typography?
        /// The files tags may read by name (`image("герб.png")`): those beside the data file.
        public var files: AttachedFiles

        /// - Parameters:
        ///   - lenient: render values missing from the data as empty instead of failing.
        ///   - budget: bounds on the work of rendering each part.
        ///   - typography: the typography applied to every value written.
        ///   - files: the files tags may read by name; none by default.
        public init(
            lenient: Bool = false, budget: TemplateBudget = .standard, typography: Typography? = Typography(),
            files: AttachedFiles = .none
        ) {
            self.lenient = lenient
            self.budget = budget
            self.typography = typography
            self.files = files
        }
    }

    /// Compiles the template file at `path`.
    /// - Throws: ``OfficeError`` when the file is not a readable document; ``TemplateError`` with every
    ///   problem of the tags.
    public init(path: String, filters: FilterRegistry = .standard) throws {
        let label = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OfficeError(.unreadable, "файл не найден или не читается; проверьте путь", file: label)
        }
        try self.init(bytes: [UInt8](data), label: label, filters: filters)
    }

    /// Compiles a template held in memory; `label` names it in messages.
    public init(bytes: [UInt8], label: String, filters: FilterRegistry = .standard) throws {
        let document = try OfficeDocument(bytes: bytes, label: label)
        let flavor: any MarkupFlavor = document.format == .docx ? DOCXFlavor() : ODTFlavor()
        let compiler = PartCompiler(flavor: flavor, filters: filters)
        var listing: [TagLocation] = []
        var problems: [TemplateProblem] = []
        var parts: [CompiledPart] = []
        let stories = try document.stories()
        var seen: Set<String> = []
        var relationshipIds: [String: Set<String>] = [:]
        for story in stories where seen.insert(story.part).inserted {
            let relationships = PartPath.relationships(of: story.part)
            if document.format == .docx, document.contains(relationships) {
                relationshipIds[story.part] = Set(
                    try document.xml(relationships).root.elements("Relationship", in: NS.relationships)
                        .compactMap { $0.attribute("Id") })
            }
            let xml = try document.xml(story.part)
            let groups = stories.filter { $0.part == story.part }.map {
                PartCompiler.StoryParagraphs(
                    kind: $0.kind == .body ? nil : $0.kind,
                    paragraphs: document.paragraphs(of: $0, in: xml))
            }
            if let compiled = try compiler.compile(xml, stories: groups, listing: &listing, problems: &problems) {
                parts.append(compiled)
            }
        }
        let properties = try PropertyTemplates(document, filters: filters, listing: &listing, problems: &problems)
        if !problems.isEmpty { throw TemplateError(file: label, problems: problems) }
        self.properties = properties
        self.file = label
        self.settings = TemplateSettings(document)
        self.format = document.format
        self.tags = listing
        // The template's package with its bookkeeping in order (ODT mimetype first, manifest and content
        // types matching the parts), made a document if it was a template (.dotx, .ott): each rendering
        // then only swaps the rendered parts in.
        let ordered = try OfficeDocument(bytes: bytes, label: label)
        try ordered.makeDocument()
        self.package = try PackageCopy(template: try ordered.write(), label: label)
        self.parts = parts
        self.relationshipIds = relationshipIds
        self.sources = try Template.sources(of: document)
        self.flavor = flavor
        self.filters = filters
    }

    /// Every problem rendering `data` would meet (missing values, loops over non-lists, failed
    /// filters), without building the document.
    public func problems(with data: TemplateValue, options: Options = Options()) -> [TemplateProblem] {
        parts.flatMap { renderMarkup($0, data: data, options: options, keepingMarkup: false).problems }
            + renderProperties(data, options: options).problems
    }

    /// Renders the template with `data` into a complete document of the template's format.
    /// - Throws: ``TemplateError`` listing every problem with the data; nothing is produced then.
    public func render(_ data: TemplateValue, options: Options = Options()) throws -> [UInt8] {
        var rendered: [(CompiledPart, [UInt8], [Drawing])] = []
        var problems: [TemplateProblem] = []
        for part in parts {
            let result = renderMarkup(part, data: data, options: options)
            problems += result.problems
            rendered.append((part, result.markup, result.drawings))
        }
        let filledProperties = renderProperties(data, options: options)
        problems += filledProperties.problems
        if !problems.isEmpty { throw TemplateError(file: file, problems: problems) }
        var ids = IdentifierCounters()
        var parts = filledProperties.parts
        let documents = SubDocumentEmbedding(format: format, sources: sources)
        var embedding = DrawingEmbedding(
            flavor: flavor, taken: package.contains, relationshipIds: relationshipIds, documents: documents)
        for (part, markup, drawings) in rendered {
            let name = part.name
            let fitsColumns = settings.columnsFromContent && (name == "content.xml" || name == "word/document.xml")
            guard
                part.mayNeedRepair || !drawings.isEmpty || fitsColumns || part.hasColumnLoops || part.hasCellTags
                    || part.hasListTags
            else {
                parts[name] = markup
                continue
            }
            let xml: XMLDocument
            do {
                xml = try XMLDocument(bytes: markup, part: name)
            } catch let error as XMLError {
                throw OfficeError(
                    .badPart, "после заполнения часть не является корректным XML; сообщите разработчикам",
                    file: file, part: name, cause: error)
            }
            // Column loops first: the grid follows every copy of a cell, before `{% hm %}` merges them.
            let shared = part.hasColumnLoops && ColumnLoops.share(xml, format: format)
            let directed = part.hasCellTags && CellDirectives.apply(xml, format: format)
            let listed =
                try part.hasListTags
                && wrapped(part: sources.numbering?.part ?? name) {
                    try ListNumbering.apply(xml, numbering: try documents.templateNumbering())
                }
            let repaired = part.mayNeedRepair && flavor.repair(xml, ids: &ids)
            try embedding.place(drawings, in: xml, part: name)
            let fitted = fitsColumns && ColumnFitting.fit(xml, format: format)
            parts[name] =
                directed || listed || shared || repaired || !drawings.isEmpty || fitted ? try xml.serialized() : markup
        }
        try wrapped(part: sources.styles?.part ?? sources.body) {
            try documents.finish(parts: &parts, embedding: &embedding)
        }
        let bytes = try package.write(replacing: parts)
        return embedding.isEmpty ? bytes : try embedding.finish(bytes, label: file)
    }

    /// The parts sub-documents and restarted lists add to: the styles part and the DOCX list definitions.
    private static func sources(of document: OfficeDocument) throws -> SubDocumentEmbedding.Sources {
        let body = try document.bodyPart()
        let stylesPart =
            document.format == .docx
            ? try document.relatedParts(of: body, kind: "styles").first
            : document.contains("styles.xml") ? "styles.xml" : nil
        return SubDocumentEmbedding.Sources(
            body: body, styles: try stylesPart.map { ($0, try document.bytes(of: $0)) },
            numbering: try DOCXNumbering.Source(document))
    }

    /// `body`, with a part that is not well-formed reported as the template's fault.
    private func wrapped<T>(part: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as XMLError {
            throw OfficeError(
                .badPart, "часть шаблона не является корректным XML; сохраните шаблон заново в Word или LibreOffice",
                file: file, part: part, cause: error)
        }
    }

    /// The document properties that hold tags, filled with `data`, and their problems.
    private func renderProperties(_ data: TemplateValue, options: Options) -> (
        parts: [String: [UInt8]], problems: [TemplateProblem]
    ) {
        guard !properties.isEmpty else { return ([:], []) }
        return properties.render(
            data, filters: filters, style: settings.values, lenient: options.lenient,
            typography: options.typography.flatMap(settings.typography))
    }

    /// The markup of `part` filled with `data` (when `keepingMarkup`; a check only counts it) and its problems.
    private func renderMarkup(_ part: CompiledPart, data: TemplateValue, options: Options, keepingMarkup: Bool = true)
        -> (markup: [UInt8], problems: [TemplateProblem], drawings: [Drawing])
    {
        var renderer = Renderer(
            flavor: flavor, prefix: part.prefix, data: data, filters: filters, lenient: options.lenient,
            budget: options.budget, keepsMarkup: keepingMarkup,
            typography: options.typography.flatMap(settings.typography), style: settings.values,
            context: FilterContext(files: options.files))
        var markup: [UInt8] = []
        renderer.render(part.nodes, into: &markup)
        return (markup, renderer.problems, renderer.drawings)
    }
}
