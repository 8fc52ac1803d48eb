import Diagnostics
import Foundation
import Ingest

/// Finds the templates a job fills (`order.docx`, `order-landscape.odt`, `report.*`, `rating.*`,
/// `letter.*`) and hands them out as named bytes.
///
/// The shipped templates are SwiftPM resources of PaperworkKit: the build puts them in the resource
/// bundle `Paperwork_PaperworkKit.resources` (`.bundle` on macOS) beside the program, and an
/// installation copies that folder with the program — beside it, or into `../share/paperwork/`.
/// A folder named by `PAPERWORK_TEMPLATES` overrides them file by file: a template it holds is used
/// instead of the shipped one of the same name.
///
/// SwiftPM's generated `Bundle.module` stops the program when the bundle is missing; this looks in
/// the same place (beside the program) and reports a missing bundle as a diagnostic instead.
public enum TemplateLocator {
    /// The environment variable that names a folder of templates overriding the shipped ones.
    public static let overrideVariable = "PAPERWORK_TEMPLATES"

    /// The name of PaperworkKit's resource bundle, without its extension.
    public static let bundleName = "Paperwork_PaperworkKit"

    /// The template `name` (`order.docx`): from the `PAPERWORK_TEMPLATES` folder when it holds one of
    /// that name, otherwise the shipped one.
    /// - Parameters:
    ///   - name: the template's file name.
    ///   - environment: where `PAPERWORK_TEMPLATES` is read from.
    /// - Throws: ``Diagnostic`` `templates_folder_not_found` (the override folder does not exist),
    ///   `templates_missing` (the shipped templates were not installed with the program), or the
    ///   error reading the file.
    public static func template(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> NamedBytes
    {
        if let folder = environment[overrideVariable], !folder.isEmpty {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw Diagnostic(
                    "templates_folder_not_found",
                    "папка шаблонов «\(folder)» из переменной \(overrideVariable) не найдена; укажите существующую папку "
                        + "или уберите переменную, чтобы работали поставляемые шаблоны",
                    at: SourceLocation())
            }
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path) { return try NamedBytes.read(path: path) }
        }
        guard let shipped = shippedFolder() else {
            throw Diagnostic(
                "templates_missing",
                "не найдены поставляемые шаблоны: рядом с программой нет папки \(bundleName).resources; установите "
                    + "программу вместе с этой папкой (она лежит рядом с собранной программой в .build/release) "
                    + "или укажите папку шаблонов в переменной \(overrideVariable)",
                at: SourceLocation())
        }
        let path = shipped.appendingPathComponent(name).path
        guard FileManager.default.fileExists(atPath: path) else {
            throw Diagnostic(
                "templates_missing",
                "в поставляемых шаблонах (\(shipped.path)) нет такого файла; переустановите программу вместе с папкой "
                    + "\(bundleName).resources или положите шаблон в папку из переменной \(overrideVariable)",
                at: SourceLocation(file: name))
        }
        return try NamedBytes.read(path: path)
    }

    /// The folder of the shipped templates inside the resource bundle, or `nil` when the bundle was
    /// not installed with the program.
    public static func shippedFolder() -> URL? {
        ResourceBundle.folder(bundleName)
    }
}
