import Documents
import Foundation
import OfficePackage
import TemplateEngine

/// A template as named bytes (шаблон): the name that messages show and the file's contents.
///
/// Jobs take templates this way wherever they come from — the shipped resources, a folder named by
/// `PAPERWORK_TEMPLATES`, a path given with `--template`, an upload to the web page — so no job
/// reads template paths itself.
public struct TemplateFile: Sendable, Equatable {
    /// The file name shown in messages (`order.docx`), never a full path.
    public let name: String
    /// The DOCX or ODT package.
    public let bytes: [UInt8]

    /// A template from memory.
    /// - Parameters:
    ///   - name: the file name to show in messages.
    ///   - bytes: the DOCX or ODT package.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// Reads the template file at `path`; its name is the path's last component.
    /// - Throws: ``OfficeError`` (`package_unreadable`) when the file is missing or cannot be read.
    public static func read(path: String) throws -> TemplateFile {
        let name = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            throw OfficeError(.unreadable, "файл не найден или не читается; проверьте путь", file: name)
        }
        return TemplateFile(name: name, bytes: [UInt8](data))
    }

    /// The format the file name says (`.docx` or `.odt`), or `nil`.
    public var format: OfficeFormat? { OfficeFormat(fileName: name) }

    /// Compiles the template with Paperwork's filters (standard and grammar).
    /// - Throws: ``OfficeError`` when the bytes are not a readable document; ``TemplateError`` with
    ///   every problem of its tags. Both name the template.
    public func compile() throws -> Template {
        try Template(bytes: bytes, label: name, filters: Filters.all)
    }
}
