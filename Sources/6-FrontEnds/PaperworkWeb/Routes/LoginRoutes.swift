import Foundation
import Hummingbird
import Store

/// Signing in and out. A session lives in the store (so any server of several knows it) and in an
/// HTTP-only, SameSite=Strict cookie.
struct LoginRoutes {
    let store: Store
    let pages: Pages
    let configuration: WebConfiguration

    func add(to router: Router<WebContext>) {
        router.get("/login") { request, context in
            form(context, next: Self.safeNext(request.uri.queryParameters["next"].map(String.init)), failed: false)
        }
        router.post("/login") { _, context in try await login(context) }
        router.post("/logout") { _, context in
            if let token = context.session { try await store.endSession(token: token) }
            var response = Response.redirect(to: configuration.requireLogin ? "/login" : "/", type: .normal)
            response.setCookie(SessionMiddleware.cookie(SessionMiddleware.sessionCookie, "", maxAge: 0))
            return response
        }
    }

    func form(_ context: WebContext, next: String, failed: Bool) -> Response {
        var data = PageData("Вход", context: context)
        data["next"] = next
        data["failed"] = failed
        data["name"] = context.form.value("name") ?? ""
        return pages.render("login", data, status: failed ? .unauthorized : .ok)
    }

    func login(_ context: WebContext) async throws -> Response {
        let next = Self.safeNext(context.form.value("next"))
        guard let name = context.form.value("name"), let password = context.form.fields["password"]?.first,
            let user = try await store.verifyUser(name: name, password: password)
        else {
            return form(context, next: next, failed: true)
        }
        let token = try await store.startSession(user: user.name)
        var response = Response.redirect(to: next, type: .normal)
        response.setCookie(SessionMiddleware.cookie(SessionMiddleware.sessionCookie, token))
        return response
    }

    /// Where to go after the login: a path of this site only, never another site.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "/monitorings" }
        return next
    }
}
