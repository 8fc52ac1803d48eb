import Diagnostics

/// Where a job's documents go: each added by its relative name (`письма/001 Школа.docx`) as bytes,
/// then all of them published together by ``commit()``, or none of them by ``discard()``.
///
/// Kinds: ``FolderSink`` (a folder replaced or merged into all at once), ``ZipStreamSink`` (one ZIP
/// archive written as a stream, for the web page), ``MemorySink`` (a dictionary, for tests and
/// the web page). A sink accepts documents from many threads at once.
public protocol DocumentSink: AnyObject, Sendable {
    /// Adds the document `name` (relative, «/» between folders) holding `bytes`.
    /// - Throws: a ``Diagnostic`` `output_write_failed` when it cannot be stored; nothing is
    ///   published then, and the job should ``discard()``.
    func add(_ name: String, bytes: [UInt8]) throws

    /// Publishes every document added, all at once.
    /// - Throws: a ``Diagnostic`` `output_write_failed`; nothing is published then.
    func commit() throws

    /// Drops every document added; what was there before stays as it was.
    func discard()
}

/// The relative names a sink accepts: folders separated by «/», no empty, «.» or «..» component,
/// no hidden one (a leading dot marks Paperwork's own files), no control characters.
public enum DocumentName {
    /// The name's problem, in Russian, or `nil` when it is fine.
    public static func problem(_ name: String) -> String? {
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        if name.isEmpty || components.contains(where: { $0.isEmpty }) {
            return "имя документа «\(name)» пусто или содержит пустую часть пути"
        }
        if components.contains(where: { $0.hasPrefix(".") }) {
            return "имя документа «\(name)» начинается с точки: такие имена Paperwork оставляет себе"
        }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "имя документа «\(name)» содержит управляющие символы"
        }
        if components.contains(where: { $0.utf8.count > 255 }) {
            return "имя документа «\(name)» длиннее 255 байт"
        }
        return nil
    }

    /// Throws `output_write_failed` when `name` is not a valid relative name.
    static func check(_ name: String) throws {
        if let problem = problem(name) {
            throw Diagnostic(
                "output_write_failed", problem + "; сообщите разработчикам", at: SourceLocation(file: name))
        }
    }
}
