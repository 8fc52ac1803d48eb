import Hummingbird
import NIOCore

/// Reads every POST's form (up to the upload limit) and refuses, with 403, a form without this
/// browser's CSRF token: no page handles a POST that did not come from one of its own forms.
struct FormMiddleware: RouterMiddleware {
    typealias Context = WebContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard request.method == .post else { return try await next(request, context) }
        var context = context
        if let length = request.headers[.contentLength].flatMap(Int.init), length > context.maxUploadSize {
            throw HTTPError(.contentTooLarge)
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: context.maxUploadSize)
        } catch is NIOTooManyBytesError {
            throw HTTPError(.contentTooLarge)
        }
        context.form = try Form.parse(body, contentType: request.headers[.contentType] ?? "")
        guard let token = context.form.value("_csrf"), !context.csrf.isEmpty, token == context.csrf else {
            throw HTTPError(.forbidden, message: "csrf")
        }
        return try await next(request, context)
    }
}
