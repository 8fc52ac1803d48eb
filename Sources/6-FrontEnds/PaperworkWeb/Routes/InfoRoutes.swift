import Foundation
import Hummingbird
import PaperworkKit
import Store

/// The stylesheet and the script.
struct InfoRoutes {
    let store: Store
    let pages: Pages
    let stylesheet: ByteBuffer
    let script: ByteBuffer

    func add(to router: Router<WebContext>) {
        router.get("/static/style.css") { _, _ in Self.asset(stylesheet, type: "text/css; charset=utf-8") }
        router.get("/static/app.js") { _, _ in Self.asset(script, type: "text/javascript; charset=utf-8") }
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
    }

    static func asset(_ bytes: ByteBuffer, type: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "public, max-age=300"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: bytes))
    }
}
