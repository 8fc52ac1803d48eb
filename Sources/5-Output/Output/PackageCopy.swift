import OfficePackage
import ZipArchive

/// Writes rendered documents: the template's package entry by entry, in its order, with the
/// rendered parts swapped in (deflated) and every other entry copied as stored. The template's
/// package was put in order once, when it was compiled, and is read once, here.
public struct PackageCopy: Sendable {
    private let archive: ZipTemplate

    /// Reads the template's package `template`; `label` names it in messages.
    /// - Throws: ``OfficeError`` `.writeFailed` when the package cannot be read.
    public init(template: [UInt8], label: String) throws {
        archive = try PackageCopy.wrap(label) { try ZipTemplate(bytes: template, label: label) }
    }

    /// One document: the template's package with `parts` (rendered part name → its bytes) swapped in
    /// and the parts `added` after them.
    /// - Throws: ``OfficeError`` `.writeFailed`.
    public func write(replacing parts: [String: [UInt8]], adding added: [(name: String, bytes: [UInt8])] = [])
        throws -> [UInt8]
    {
        try PackageCopy.wrap(archive.label) { try archive.write(replacing: parts, adding: added) }
    }

    /// Whether the package has an entry `name`.
    public func contains(_ name: String) -> Bool { archive.names.contains(name) }

    private static func wrap<T>(_ label: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ZipError {
            throw OfficeError(.writeFailed, error.message, file: label, part: error.entry, cause: error)
        }
    }
}
