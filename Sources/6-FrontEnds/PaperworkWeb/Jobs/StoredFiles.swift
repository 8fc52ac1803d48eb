import Foundation
import PaperworkKit

/// Files kept in the store, named by paths relative to one root (`department/sosnovsky.yaml`,
/// `recommendations/vpr.yaml`), served to PaperworkKit as a ``FileSource``: a reference is resolved
/// against the folder of the file that makes it, purely as text — nothing here touches the disk.
///
/// A monitoring's own methodology and results stand in for any methodology or results file that
/// the department's results order names: the order's rating appendix is the monitoring's rating.
/// The methodology's recommendation catalogue, when it has one, stands in for any file under
/// `recommendations/`: recommendations belong to their methodology.
struct StoredFiles: FileSource {
    let files: [String: Data]
    let folder: [String]
    let methodology: NamedBytes?
    let results: NamedBytes?
    let catalogue: NamedBytes?

    func read(_ reference: String) throws -> NamedBytes {
        let path = resolve(reference)
        if path.count == 2, path[0] == "recommendations", let catalogue { return catalogue }
        if let bytes = files[path.joined(separator: "/")] {
            return NamedBytes(name: path.last ?? reference, bytes: bytes)
        }
        if path.count == 2, path[0] == "methodologies", let methodology { return methodology }
        if path.count == 2, path[0] == "results", let results { return results }
        throw Diagnostic(
            "file_unreadable",
            "файла «\(reference)» нет среди файлов отдела; загрузите его на странице «Отдел» вместе с настройками",
            at: SourceLocation(file: reference))
    }

    /// No files by name: a template's picture or sub-document comes with the data, as base64.
    var attachedFiles: AttachedFiles {
        .unavailable(
            "на веб-странице нельзя указывать файлы по имени; поместите изображение или вставляемый документ "
                + "в данные в base64 (data:image/png;base64,…) или сформируйте документ командой paperwork "
                + "рядом с файлами")
    }

    func source(besides reference: String) -> any FileSource {
        StoredFiles(
            files: files, folder: Array(resolve(reference).dropLast()), methodology: methodology, results: results,
            catalogue: catalogue)
    }

    /// The path `reference` names from ``folder``, with `.` and `..` taken out; never above the root.
    func resolve(_ reference: String) -> [String] {
        var path = reference.hasPrefix("/") ? [] : folder
        for piece in reference.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": if !path.isEmpty { path.removeLast() }
            default: path.append(String(piece))
            }
        }
        return path
    }
}
