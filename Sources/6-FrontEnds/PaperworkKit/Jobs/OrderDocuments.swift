import Documents
import Foundation
import Ingest
import Monitoring
import OfficePackage
import Orders
import Output
import RussianText
import Tables
import TemplateEngine

/// Writes an order as DOCX, ODT and PDF files from the shipped (or a given) template.
public enum OrderDocuments {
    /// Renders `order` in every format, then adds the files to the folder `folder` all at once:
    /// the folder collects orders over time, so the files of other orders stay (``FolderSink/Mode/merge``).
    /// - Parameter files: the files the template may read by name (those beside the order file).
    /// - Returns: the paths written.
    /// - Throws: the template's problems before anything is written; a ``Diagnostic`` of the folder.
    public static func write(
        _ order: Order, to folder: String, formats: [OutputFormat], template: NamedBytes? = nil,
        files: AttachedFiles = .none
    ) throws -> [String] {
        let rendered = MemorySink()
        var pdfs = PDFQueue()
        var names = try add(order, formats: formats, template: template, to: rendered, pdfs: &pdfs, files: files)
        names += try pdfs.convert(into: rendered)
        try rendered.commit()
        let sink = try FolderSink(folder, mode: .merge)
        do {
            for name in names { try sink.add(name, bytes: rendered.documents[name] ?? []) }
            try sink.commit()
        } catch {
            sink.discard()
            throw error
        }
        return names.map(sink.path(of:))
    }

    /// Renders `order` once per office format and adds its files to `sink` (DOCX, ODT) or to
    /// `pdfs` (PDF, to be converted with the job's other documents).
    /// - Parameter templates: a department's own templates by the shipped name they replace
    ///   (`order.docx`, `order-landscape.odt`), used when no `template` is given.
    /// - Parameter files: the files the template may read by name.
    /// - Returns: the names added to `sink`, in the order of `formats`.
    public static func add(
        _ order: Order, formats: [OutputFormat], template: NamedBytes? = nil, to sink: any DocumentSink,
        pdfs: inout PDFQueue, templates: [String: NamedBytes] = [:], files: AttachedFiles = .none
    ) throws -> [String] {
        let context = OrderContext.make(order)
        let base = [order.kind.lowercased(), order.number, "от", order.date.formatted(.numeric)]
        var rendered: [OfficeFormat: [UInt8]] = [:]
        var names: [String] = []
        for format in formats {
            let office = format.office ?? template?.officeFormat ?? (formats.contains(.odt) ? .odt : .docx)
            let bytes: [UInt8]
            if let done = rendered[office] {
                bytes = done
            } else {
                bytes = try templateFile(for: office, order: order, custom: template, overrides: templates).compile()
                    .render(
                        context,
                        options: Template.Options(typography: Typography(initials: order.initials), files: files))
                rendered[office] = bytes
            }
            let name = SafeFileName.make(base, extension: format.rawValue)
            if format == .pdf {
                pdfs.append(name, bytes: bytes, format: office)
            } else {
                try sink.add(name, bytes: bytes)
                names.append(name)
            }
        }
        return names
    }

    /// The template for `format`: the given one (its format must match), else the shipped
    /// `order.*`, or `order-landscape.*` when a plan has five columns (or the order asks for it),
    /// or its namesake in `overrides` or in the `PAPERWORK_TEMPLATES` folder.
    static func templateFile(
        for format: OfficeFormat, order: Order, custom: NamedBytes?, overrides: [String: NamedBytes] = [:]
    ) throws -> NamedBytes {
        if let custom {
            guard custom.officeFormat == format else {
                throw Diagnostic(
                    "order_template",
                    "шаблон не в формате \(format.rawValue.uppercased()); укажите --format "
                        + "\(custom.officeFormat?.rawValue ?? "docx или odt") или шаблон нужного формата",
                    at: SourceLocation(file: custom.name))
            }
            return custom
        }
        let name = (order.landscapeAppendices ? "order-landscape." : "order.") + format.fileExtension
        return try overrides[name] ?? TemplateLocator.template(name)
    }
}
