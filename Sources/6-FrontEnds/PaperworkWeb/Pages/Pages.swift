import Foundation
import Hummingbird
import Mustache
import PaperworkKit

/// The Mustache pages (Resources/templates), rendered on the server. Every page extends
/// `layout.mustache`; a page's data is a dictionary that ``PageData`` starts for it.
struct Pages: Sendable {
    let library: MustacheLibrary

    /// Loads every template of the resource bundle, once per process: swift-mustache's parser is
    /// not safe to run on several threads at once, so loading is serialized and the result kept.
    static func load() throws -> Pages {
        try loaded.withLock { loaded in
            if let loaded { return loaded }
            let folder = try WebResources.folder().appendingPathComponent("templates")
            var library = MustacheLibrary()
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".mustache") {
                do {
                    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                    try library.register(text, named: String(name.dropLast(".mustache".count)))
                } catch {
                    throw Diagnostic(
                        "web_template_broken",
                        "шаблон страницы «\(name)» не читается; исправьте его или переустановите программу",
                        at: SourceLocation(file: folder.appendingPathComponent(name).path))
                }
            }
            let pages = Pages(library: library)
            loaded = pages
            return pages
        }
    }

    private static let loaded = Locked<Pages?>(nil)

    /// The page `name` filled with `data`, as an HTML response.
    func render(_ name: String, _ data: PageData, status: HTTPResponse.Status = .ok) -> Response {
        let html =
            library.render(data.values, withTemplate: name)
            ?? "<!doctype html><title>Ошибка</title><p>Страница «\(name)» не найдена среди шаблонов.</p>"
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

/// A page's data: the title, breadcrumbs, the user and the CSRF token every form needs, then the
/// page's own values.
struct PageData {
    var values: [String: Any]

    /// Data for a page titled `title` under `crumbs` (title, address) for the request's user.
    init(_ title: String, crumbs: [(String, String)] = [], context: WebContext) {
        values = [
            "title": title,
            "crumbs": crumbs.map { ["title": $0.0, "href": $0.1] },
            "csrf": context.csrf,
            "problems": [[String: Any]](),
        ]
        if let user = context.user {
            values["user"] = ["name": user.name, "role": user.role.title, "signedIn": context.session != nil]
        }
    }

    subscript(key: String) -> Any? {
        get { values[key] }
        set { values[key] = newValue }
    }
}
