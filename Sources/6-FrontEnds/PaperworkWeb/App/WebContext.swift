import Hummingbird
import Store

/// What a request carries through the middleware to its page: who asks, the form's CSRF token,
/// the submitted form.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The user: the signed-in one, or the local user when no login is required; `nil` before login.
    public var user: UserRecord?
    /// The CSRF token every form of this browser carries.
    public var csrf = ""
    /// The session cookie's token, when signed in.
    public var session: String?
    /// The POST form, read and checked by ``FormMiddleware``.
    public var form = Form()
    /// The largest body a request may have; set from the configuration.
    public var maxUploadSize = 20 << 20

    public init(source: Source) {
        coreContext = .init(source: source)
    }
}
