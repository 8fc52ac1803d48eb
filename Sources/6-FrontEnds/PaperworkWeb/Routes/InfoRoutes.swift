import Foundation
import Hummingbird
import PaperworkKit
import Store

/// The stylesheet and script, and the pages that show what the store holds: methodologies and the department.
struct InfoRoutes {
    let store: Store
    let pages: Pages
    let stylesheet: ByteBuffer
    let script: ByteBuffer

    func add(to router: Router<WebContext>) {
        router.get("/static/style.css") { _, _ in Self.asset(stylesheet, type: "text/css; charset=utf-8") }
        router.get("/static/app.js") { _, _ in Self.asset(script, type: "text/javascript; charset=utf-8") }
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
        router.get("/department") { _, context in
            var data = PageData("Отдел образования", context: context)
            if let department = try await store.department() {
                data["department"] =
                    [
                        "name": department.name, "main": department.mainFile,
                        "files": department.files.keys.sorted().map { ["path": $0] },
                    ] as [String: Any]
            }
            data["schools"] = try await store.schools().map {
                ["code": $0.code, "name": $0.name, "head": $0.head]
            }
            return pages.render("department", data)
        }
    }

    static func asset(_ bytes: ByteBuffer, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "public, max-age=300"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: bytes))
    }
}
