import Foundation
import PaperworkKit

/// The web page's resources: Mustache pages, the stylesheet and script, the seed files of a new
/// store. They travel in the resource bundle `Paperwork_PaperworkWeb.resources` beside the program,
/// as PaperworkKit's templates do (see ``TemplateLocator``); a missing bundle is a diagnostic, not a crash.
enum WebResources {
    static let bundleName = "Paperwork_PaperworkWeb"

    /// The `Resources` folder inside the bundle.
    static func folder() throws -> URL {
        guard let bundle = ResourceBundle.folder(bundleName),
            case let found = bundle.appendingPathComponent("Resources"),
            FileManager.default.fileExists(atPath: found.path)
        else {
            throw Diagnostic(
                "web_resources_missing",
                "не найдены страницы веб-интерфейса: рядом с программой нет папки \(bundleName).resources; "
                    + "установите программу вместе с этой папкой (она лежит рядом с собранной программой в .build)",
                at: SourceLocation())
        }
        return found
    }

    /// The bytes of the resource at `path` inside the folder (`static/style.css`).
    static func read(_ path: String) throws -> Data {
        let url = try folder().appendingPathComponent(path)
        do {
            return try Data(contentsOf: url)
        } catch {
            throw Diagnostic(
                "web_resources_missing", "в папке \(bundleName).resources нет файла; переустановите программу",
                at: SourceLocation(file: path))
        }
    }
}
