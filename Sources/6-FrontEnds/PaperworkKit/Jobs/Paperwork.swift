import Diagnostics
import Documents
import Ingest
import Monitoring
import OfficePackage
import Orders
import Output
import TemplateEngine

/// Paperwork's jobs, one function each: what the command line and the web page call. Inputs are
/// named bytes (a file read from disk and an upload are the same thing); every failure is a
/// ``DiagnosticReport`` or ``Diagnostic`` with located Russian messages.
public enum Paperwork {
    /// The rating of schools by a methodology (`paperwork score`).
    /// - Parameter previous: the stored previous period of the series, where trend indicators given
    ///   with this year's value alone take last year's value.
    public static func score(
        methodology: NamedBytes, results: NamedBytes, sheet: String? = nil, previous: PreviousPeriod? = nil
    ) throws -> RatingReport {
        RatingReport(
            rating: try Scoring.rating(methodology: methodology, results: results, sheet: sheet, previous: previous))
    }

    /// Reads and checks everything a batch needs (`paperwork batch`); nothing is written yet:
    /// ``Batch/run(into:progress:)`` or ``Batch/write(into:progress:)`` writes.
    public static func batch(_ inputs: Batch.Inputs) throws -> Batch { try Batch(inputs) }

    /// Reads an order (`paperwork order`); the files its rating appendix names come from `files`.
    /// When `registering`, the register gives the number and date, and the file need not.
    public static func order(_ input: NamedBytes, files: any FileSource, registering: Bool = false) throws -> Order {
        try OrderLoader.load(input, files: files, registering: registering)
    }

    /// Writes an order's documents into `folder`, all at once, beside the orders already there.
    /// - Parameter files: the files the template may read by name (those beside the order file).
    /// - Returns: the paths written.
    public static func write(
        _ order: Order, formats: [OutputFormat], template: NamedBytes? = nil,
        into folder: String, files: AttachedFiles = .none
    ) throws -> [String] {
        try OrderDocuments.write(order, to: folder, formats: formats, template: template, files: files)
    }

    /// Fills `template` with `data` (`paperwork render`): a document in the template's own format,
    /// or PDF.
    /// - Parameter files: the files the template may read by name (`image("герб.png")`): those
    ///   beside the data file; none by default.
    /// - Throws: a ``Diagnostic`` `usage_output_format` when `format` is the other office format.
    public static func render(
        template: NamedBytes, data: NamedBytes, as format: OutputFormat,
        lenient: Bool = false, files: AttachedFiles = .none
    ) throws -> [UInt8] {
        let compiled = try template.compile()
        if format != .pdf, format.rawValue != compiled.format.fileExtension {
            throw Diagnostic(
                "usage_output_format",
                "результат шаблона «\(template.name)» можно записать только как "
                    + ".\(compiled.format.fileExtension) (формат шаблона) или .pdf, а не .\(format.rawValue)",
                at: SourceLocation(file: template.name))
        }
        let bytes = try compiled.render(
            try DataFile.load(data), options: Template.Options(lenient: lenient, files: files))
        return format == .pdf ? try PDFConverter.convert(bytes, format: compiled.format) : bytes
    }

    /// A template's tags and, with data, the values it would miss (`paperwork check`).
    /// - Parameter files: the files the template may read by name (those beside the data file).
    /// - Throws: the template's own problems (a document that is not a template, broken tags).
    public static func check(template: NamedBytes, data: NamedBytes? = nil, files: AttachedFiles = .none) throws
        -> TemplateCheck
    {
        let compiled = try template.compile()
        let problems = try data.map {
            compiled.problems(with: try DataFile.load($0), options: Template.Options(files: files))
        }
        return TemplateCheck(template: compiled, problems: problems?.map { $0.diagnostic(file: template.name) })
    }

    /// The parts of a document and the text of its paragraphs (`paperwork inspect`).
    public static func inspect(_ document: NamedBytes) throws -> Inspection {
        try Inspection(document: try OfficeDocument(bytes: [UInt8](document.bytes), label: document.name))
    }

    /// The document with every XML part parsed and written back, its package bookkeeping in order
    /// (`paperwork repack`); a template (.dotx, .ott) becomes a document unless `asTemplate`.
    public static func repack(_ document: NamedBytes, asTemplate: Bool = false) throws -> [UInt8] {
        let package = try OfficeDocument(bytes: [UInt8](document.bytes), label: document.name)
        if !asTemplate { try package.makeDocument() }
        for part in package.partNames where part.hasSuffix(".xml") || part.hasSuffix(".rels") {
            _ = try package.edit(part)
        }
        return try package.write()
    }
}

/// What `check` found: the template's tags and, when data was given, every value it would miss.
public struct TemplateCheck: Sendable {
    /// The compiled template: its name, format and tags with their places.
    public let template: Template
    /// The problems of rendering with the data, or `nil` when no data was given.
    public let problems: [Diagnostic]?
}
