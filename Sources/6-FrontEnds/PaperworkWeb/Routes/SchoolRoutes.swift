import Foundation
import Hummingbird
import PaperworkKit
import Store

/// «Школы»: the schools the results files have named, and a form to correct one by hand — the
/// full and short names, the head and the head's gender. A correction survives the next results
/// file where that file does not carry the field (see ``Store/merge(_:into:)``): the short name and
/// a gender the file has no column for stay as written here; the full name and a filled head cell
/// come from the file.
struct SchoolRoutes {
    let store: Store
    let pages: Pages

    static let crumbs = [("Школы", "/schools")]

    func add(to router: Router<WebContext>) {
        router.get("/schools") { _, context in try await list(context) }
        addAliases(to: router)
        router.get("/schools/{code}") { _, context in
            guard let school = try await store.school(code: Self.code(context)) else {
                throw HTTPError(.notFound)
            }
            return form(context, school: school, problems: [], status: .ok)
        }
        router.post("/schools/{code}") { _, context in try await save(context, code: try Self.code(context)) }
    }

    /// The gender column of the list: as written, else as the name tells it, else a dash.
    static func gender(_ school: SchoolRecord) -> String {
        if !school.headGender.isEmpty { return school.headGender }
        guard let name = FullName(parsing: school.head), name.genderIsKnown else { return "—" }
        return (name.gender == .female ? "ж" : "м") + " (по имени)"
    }

    /// The code in the address, percent-decoded (the router leaves path segments as sent).
    static func code(_ context: WebContext) throws -> String {
        let raw = try context.parameters.require("code")
        return raw.removingPercentEncoding ?? raw
    }

    /// The form's address: the code percent-encoded, so that no code becomes another path.
    static func href(_ code: String) -> String {
        let allowed = CharacterSet(charactersIn: "-._~").union(
            CharacterSet(charactersIn: "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))
        return "/schools/" + (code.addingPercentEncoding(withAllowedCharacters: allowed) ?? code)
    }

    func list(_ context: WebContext) async throws -> Response {
        var data = PageData("Школы", context: context)
        data["schools"] = try await store.schools().map { school in
            var row: [String: Any] = [
                "code": school.code, "name": school.name, "shortName": school.shortName, "head": school.head,
                "gender": Self.gender(school), "href": Self.href(school.code),
            ]
            if let date = school.editedAt { row["edited"] = "исправил(а) \(school.editedBy), \(Format.date(date))" }
            return row
        }
        return pages.render("schools", data)
    }

    func form(_ context: WebContext, school: SchoolRecord, problems: [Diagnostic], status: HTTPResponse.Status)
        -> Response
    {
        var data = PageData(
            school.shortName.isEmpty ? school.code : school.shortName, crumbs: Self.crumbs, context: context)
        data["school"] = [
            "code": school.code, "name": school.name, "shortName": school.shortName, "head": school.head,
            "male": school.headGender == "м", "female": school.headGender == "ж", "unknown": school.headGender.isEmpty,
            "action": Self.href(school.code),
        ]
        data["errors"] = problems.map { ["field": $0.location.field ?? "", "message": $0.message] }
        return pages.render("school-edit", data, status: status)
    }

    func save(_ context: WebContext, code: String) async throws -> Response {
        guard var school = try await store.school(code: code) else { throw HTTPError(.notFound) }
        let fields = context.form
        school.name = fields.value("name") ?? ""
        school.shortName = fields.value("shortName") ?? ""
        school.head = (fields.value("head") ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        school.headGender = fields.value("gender") ?? ""
        let problems = Self.problems(school)
        guard problems.isEmpty else {
            return form(context, school: school, problems: problems, status: .unprocessableContent)
        }
        try await store.editSchool(school, by: context.user?.name ?? "")
        return Response.redirect(to: "/schools", type: .normal)
    }

    /// What is wrong with a school as the form sent it, each at its field, in Russian.
    static func problems(_ school: SchoolRecord) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func problem(_ field: String, _ text: String) {
            problems.append(Diagnostic("school_invalid", text, at: SourceLocation(field: field)))
        }
        if school.name.isEmpty {
            problem("Полное наименование", "впишите полное наименование школы, как в её уставе")
        } else if school.name.count > 400 {
            problem("Полное наименование", "наименование длиннее 400 знаков; сократите его")
        }
        if school.shortName.isEmpty {
            problem("Краткое наименование", "впишите краткое наименование (например, «МБОУ СОШ № 1»)")
        } else if school.shortName.count > 150 {
            problem("Краткое наименование", "краткое наименование длиннее 150 знаков; сократите его")
        }
        if !["", "м", "ж"].contains(school.headGender) {
            problem("Пол руководителя", "выберите пол руководителя: мужской или женский")
        }
        if !school.head.isEmpty {
            let gender = Gender(code: school.headGender)
            if let name = FullName(parsing: school.head, gender: gender) {
                if !name.genderIsKnown {
                    problem(
                        "Пол руководителя",
                        "по имени «\(school.head.prefix(60))» пол не определить, а от него зависят обращение "
                            + "«Уважаемый/Уважаемая» и падежи в письме; выберите пол руководителя")
                }
            } else {
                problem(
                    "Руководитель",
                    "впишите руководителя как «Фамилия Имя Отчество» (два или три слова), например «Савкина Людмила Викторовна»"
                )
            }
        }
        return problems
    }
}
