import Hummingbird
import Store

/// Who may change what, when a login is required: the methodist uploads methodologies and results
/// and makes the monitoring's documents; the clerk does neither; only the administrator changes the
/// department's settings and templates (users are added with `paperwork user add`); the clerk (or
/// the administrator) registers orders in the register, cancels and amends them. Schools are
/// corrected by the methodist or the administrator. Every page may be looked at by every role.
/// On loopback without a login everything stays allowed. A forbidden action gets 403 and a Russian
/// page that names the role it needs.
struct RoleMiddleware: RouterMiddleware {
    typealias Context = WebContext

    let pages: Pages
    let requireLogin: Bool

    /// The roles that may send `method` to `path`, or `nil` when every role may.
    static func roles(method: HTTPRequest.Method, path: String) -> [Role]? {
        guard method == .post else { return nil }
        let parts = path.split(separator: "/").map(String.init)
        switch parts.first {
        case "methodologies", "monitorings", "schools": return [.methodist, .administrator]
        case "department": return [.administrator]
        // The register: the clerk registers, cancels and amends orders (and the administrator).
        case "register": return [.clerk, .administrator]
        case "orders" where parts.count == 3 && parts[2] == "register": return [.clerk, .administrator]
        case "templates": return parts == ["templates", "check"] ? nil : [.administrator]
        default: return nil
        }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard requireLogin, let user = context.user,
            let roles = Self.roles(method: request.method, path: request.uri.path), !roles.contains(user.role)
        else { return try await next(request, context) }
        var data = PageData("Недостаточно прав", context: context)
        let names = roles.map { "«\($0.title)»" }.joined(separator: " или ")
        data["message"] =
            "Это действие доступно роли \(names), а вы вошли как «\(user.role.title)». Ничего не изменено. "
            + "Попросите сделать это пользователя с нужной ролью или администратора — дать вам эту роль "
            + "(paperwork user add)."
        return pages.render("error", data, status: .forbidden)
    }
}
