import Diagnostics
import Foundation
import Tables
import TemplateEngine

/// Where a file named inside another file is read from — the department file names its
/// recommendation catalogue and its results order, an order names the files of its rating: a
/// folder for the command line, the store for the web page.
public protocol FileSource: Sendable {
    /// The file `reference` names, as the user wrote it (`../recommendations/vpr.yaml`).
    /// - Throws: a ``Diagnostic`` `file_unreadable` naming the file, in Russian.
    func read(_ reference: String) throws -> NamedBytes

    /// The source of the files that the file `reference` names in turn (relative to its folder).
    func source(besides reference: String) -> any FileSource

    /// The files a template may read by name while rendering (`image("герб.png")`): those in the
    /// folder of the data file, or none where files cannot be named (the web page).
    var attachedFiles: AttachedFiles { get }
}

/// Files named relative to a folder: the folder of the file that names them.
public struct FolderSource: FileSource {
    /// The folder relative references start from.
    public let folder: URL

    /// Files relative to `folder`.
    public init(folder: URL) { self.folder = folder }

    /// Files relative to the folder of the file at `path`.
    public init(besides path: String) { folder = URL(fileURLWithPath: path).deletingLastPathComponent() }

    public func read(_ reference: String) throws -> NamedBytes {
        try NamedBytes.read(path: path(reference))
    }

    public func source(besides reference: String) -> any FileSource { FolderSource(besides: path(reference)) }

    /// The files in ``folder`` and below it.
    public var attachedFiles: AttachedFiles { .folder(folder.path) }

    private func path(_ reference: String) -> String {
        reference.hasPrefix("/") ? reference : folder.appendingPathComponent(reference).path
    }
}

extension TableFile {
    /// Reads the table `input` holds (`.xlsx`, `.csv` or `.tsv` by its name).
    /// - Throws: ``TableError``.
    public static func read(_ input: NamedBytes, sheet: String? = nil) throws -> Table {
        try read(bytes: [UInt8](input.bytes), name: input.name, sheet: sheet)
    }
}
