import Diagnostics
import Pictures

/// Reads the emblem (герб) a department or order file names: a PNG or JPEG beside that file or in a
/// folder below it, checked as a picture before anything is written.
public enum EmblemReader {
    /// The picture `reference` names, read from `files`.
    /// - Throws: a ``Diagnostic`` at `location` when the name leaves the file's folder, the file
    ///   cannot be read, or it is not a usable picture.
    public static func read(_ reference: String, files: any FileSource, at location: SourceLocation) throws -> Picture {
        let parts = reference.split(separator: "/", omittingEmptySubsequences: false)
        guard !reference.isEmpty, !reference.hasPrefix("/"), !reference.contains("\\"), !parts.contains("..") else {
            throw Diagnostic(
                "emblem_path",
                "emblem: «\(reference.prefix(60))» — укажите файл герба рядом с этим файлом или в папке "
                    + "ниже (без «..» и без пути от корня)", at: location)
        }
        let input: NamedBytes
        do {
            input = try files.read(reference)
        } catch let problem as Diagnostic {
            throw Diagnostic(problem.code, "emblem: файл «\(reference)» не читается: \(problem.message)", at: location)
        }
        do {
            return try Picture(bytes: [UInt8](input.bytes))
        } catch let error as PictureError {
            throw Diagnostic(error.code.rawValue, "emblem: «\(reference)»: \(error.message)", at: location)
        }
    }
}
