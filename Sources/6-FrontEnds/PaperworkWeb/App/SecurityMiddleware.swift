import HTTPTypes
import Hummingbird

/// Security headers on every response: a content security policy without inline scripts or
/// styles, no MIME sniffing, no framing, no referrer beyond this site.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WebContext

    static let policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response = try await next(request, context)
        // A PDF opens in the browser's own viewer, which a page's policy (object-src 'none') would block.
        if response.headers[.contentType] != "application/pdf" {
            response.headers[.contentSecurityPolicy] = Self.policy
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.referrerPolicy] = "same-origin"
        return response
    }
}

extension HTTPField.Name {
    static let xFrameOptions = Self("X-Frame-Options")!
    static let referrerPolicy = Self("Referrer-Policy")!
}
