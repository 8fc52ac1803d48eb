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
    /// A problem finding or using the template, with the reason in Russian.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Renders `order` in every format in memory, then writes the files atomically into `folder`.
    /// - Returns: the paths written.
    public static func write(_ order: Order, to folder: String, formats: [OutputFormat], template: String? = nil) throws -> [String] {
        let context = OrderContext.make(order)
        var rendered: [(OutputFormat, [UInt8], OfficeFormat)] = []
        for format in formats {
            let office = format.office ?? (formats.contains(.odt) ? .odt : .docx)
            let compiled = try templateFile(for: office, order: order, custom: template).compile()
            rendered.append((format, try compiled.render(context), compiled.format))
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let base = [order.kind.lowercased(), order.number, "от", order.date.formatted(.numeric)]
        var written: [String] = []
        for (format, bytes, office) in rendered {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(SafeFileName.make(base, extension: format.rawValue)).path
            if format == .pdf {
                try PDFConverter.convert(bytes, format: office, to: path)
            } else {
                try AtomicFile.write(bytes, to: path, label: (path as NSString).lastPathComponent)
            }
            written.append(path)
        }
        return written
    }

    /// The template for `format`: the given one (its format must match), else the shipped
    /// `order.*`, or `order-landscape.*` when a plan has five columns (or the order asks for it),
    /// or its namesake in the `PAPERWORK_TEMPLATES` folder.
    static func templateFile(for format: OfficeFormat, order: Order, custom: String?) throws -> TemplateFile {
        if let custom {
            guard OfficeFormat(fileName: custom) == format else {
                throw Failure(message: "шаблон «\(custom)» не в формате \(format.rawValue.uppercased()); укажите --format "
                              + "\(OfficeFormat(fileName: custom)?.rawValue ?? "docx или odt") или шаблон нужного формата")
            }
            return try TemplateFile.read(path: custom)
        }
        return try TemplateLocator.template((order.landscapeAppendices ? "order-landscape." : "order.") + format.fileExtension)
    }
}
