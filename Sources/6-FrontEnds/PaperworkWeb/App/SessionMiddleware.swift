import Foundation
import Hummingbird
import Store

/// Who asks: the CSRF cookie (made on first visit), the session cookie of a signed-in user, and
/// beyond loopback a login for every page but the login page itself and the stylesheet and script.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebContext

    static let csrfCookie = "paperwork_csrf"
    static let sessionCookie = "paperwork_session"
    /// The user on loopback, where no login is asked.
    static let localUser = UserRecord(name: "локальный пользователь", role: .administrator)

    let store: Store
    let configuration: WebConfiguration

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        context.maxUploadSize = configuration.uploadLimit
        let cookies = request.cookies
        var newCSRF: String?
        if let csrf = cookies[Self.csrfCookie]?.value, csrf.count == 64, csrf.allSatisfy(\.isHexDigit) {
            context.csrf = csrf
        } else {
            newCSRF = Store.randomToken()
            context.csrf = newCSRF ?? ""
        }
        if let token = cookies[Self.sessionCookie]?.value, token.count == 64,
            let user = try await store.sessionUser(token: token)
        {
            context.user = user
            context.session = token
        }
        let path = request.uri.path
        let open = path == "/login" || path == "/favicon.ico" || path.hasPrefix("/static/")
        if context.user == nil {
            if !configuration.requireLogin {
                context.user = Self.localUser
            } else if !open {
                if request.method == .get || request.method == .head {
                    let next = path + (request.uri.query.map { "?" + $0 } ?? "")
                    var response = Response.redirect(
                        to: "/login?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
                    if let newCSRF { response.setCookie(Self.cookie(Self.csrfCookie, newCSRF)) }
                    return response
                }
                throw HTTPError(.unauthorized, message: "login")
            }
        }
        var response = try await next(request, context)
        if let newCSRF { response.setCookie(Self.cookie(Self.csrfCookie, newCSRF)) }
        return response
    }

    /// An HTTP-only, SameSite=Strict cookie for the whole site.
    static func cookie(_ name: String, _ value: String, maxAge: Int? = nil) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", httpOnly: true, sameSite: .strict)
    }
}
