import Hummingbird
import PaperworkKit
import Store

/// Turns every failure into a Russian page that says what happened and what to do: a page not
/// found, a form without its token, an upload over the limit, a missing login, the store's and
/// PaperworkKit's diagnostics. No error value's own text reaches the page.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = WebContext

    let pages: Pages
    let uploadLimit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            let (title, text) = explanation(error.status)
            return page(title, text, status: error.status, context: context)
        } catch let error as any DiagnosticConvertible {
            var data = PageData("Не получилось", context: context)
            data["message"] = "Действие не выполнено. Исправьте причину и повторите:"
            data["problems"] = ProblemRows.rows(error.diagnostics)
            return pages.render("error", data, status: .badRequest)
        } catch let error as any HTTPResponseError {
            let (title, text) = explanation(error.status)
            return page(title, text, status: error.status, context: context)
        } catch {
            AdministratorLog.failure("request failed", error, logger: context.logger)
            return page(
                "Внутренняя ошибка",
                "Сервер не смог выполнить действие. Повторите его; если ошибка повторяется, "
                    + "перезапустите paperwork serve и сообщите администратору.", status: .internalServerError,
                context: context)
        }
    }

    func explanation(_ status: HTTPResponse.Status) -> (String, String) {
        switch status {
        case .notFound:
            return ("Страница не найдена", "Такой страницы нет. Вернитесь к списку мониторингов и выберите нужный.")
        case .forbidden:
            return (
                "Форма устарела",
                "Форма отправлена без ключа защиты или с чужим ключом, поэтому она не принята. Откройте страницу "
                    + "заново (обновите её) и отправьте форму ещё раз."
            )
        case .unauthorized:
            return ("Нужно войти", "Войдите под своим именем и паролем, затем повторите действие.")
        case .contentTooLarge:
            let megabytes = uploadLimit >> 20
            return (
                "Файл слишком большой",
                "Файл больше допустимых \(megabytes) МБ. Загрузите файл поменьше: оставьте в книге Excel только "
                    + "лист с результатами или сохраните его как CSV."
            )
        case .methodNotAllowed:
            return ("Так нельзя", "Эта страница не принимает такой запрос. Откройте её по ссылке из меню.")
        default:
            return (
                "Запрос не выполнен", "Сервер не смог выполнить запрос. Вернитесь назад и повторите действие."
            )
        }
    }

    func page(_ title: String, _ text: String, status: HTTPResponse.Status, context: Context) -> Response {
        var data = PageData(title, context: context)
        data["message"] = text
        return pages.render("error", data, status: status)
    }
}
