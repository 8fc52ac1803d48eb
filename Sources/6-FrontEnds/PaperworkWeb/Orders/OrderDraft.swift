import Foundation
import PaperworkKit

/// An order (приказ) as the clerk's form edits it: the requisites, people, items, signature and
/// plan appendices of the order YAML that `paperwork order` reads (Examples/orders/*.yaml). The
/// YAML is the canonical form: a draft is read from it (``init(yaml:)``) and written back to it
/// (``value``); fields the form does not edit (`qr_code`, `emblem`, a rating appendix…) are carried
/// through unchanged.
struct OrderDraft: Equatable {
    /// A person the items mention by key (`{{ babkina | accusative }}`).
    struct Person: Equatable {
        var key = ""
        var surname = ""
        var firstName = ""
        var patronymic = ""
        var title = ""
        /// The person's other fields (`gender`, `declension`) as YAML, kept as they were.
        var extra = ""
    }

    /// An item (пункт) with its sub-items.
    struct Item: Equatable {
        var text = ""
        var items: [Item] = []
    }

    /// A value the items name (`deadline: 2023-12-01` for `{{ deadline | date }}`).
    struct Value: Equatable {
        var name = ""
        var value = ""
    }

    /// An appendix: a plan of measures edited row by row, or another kind kept as its YAML.
    struct Appendix: Equatable {
        var mark = "appendix"
        var title = ""
        var numbering = "roman"
        var columns = ["number", "activity", "due", "responsible"]
        var headers: [String: String] = [:]
        var sections: [Section] = []
        /// The whole appendix as YAML when it is not a plan (a rating); empty for a plan.
        var raw = ""

        /// The columns a row fills: every column but the automatic number.
        var rowColumns: [String] { columns.filter { $0 != "number" } }
    }

    /// A section of a plan with its rows, each a cell per column (`activity`, `due`, …).
    struct Section: Equatable {
        var title = ""
        var rows: [[String: String]] = []
    }

    var issuer: [String] = []
    var issuerName = ""
    var kind = "ПРИКАЗ"
    var date = ""
    var dateStyle = "numeric"
    var number = ""
    var place = ""
    var placeBetween = false
    var title = ""
    var preamble = ""
    var command = "ПРИКАЗЫВАЮ:"
    var people: [Person] = []
    var items: [Item] = []
    var values: [Value] = []
    var signatory = ""
    var signatoryTitle = ""
    var executorName = ""
    var executorPhone = ""
    var appendices: [Appendix] = []
    /// The order's other top-level fields as YAML, kept as they were.
    var extra = ""

    /// The top-level fields the form edits; every other one goes to ``extra``.
    static let formFields: Set<String> = [
        "issuer", "issuer_name", "kind", "date", "date_style", "number", "place", "place_position", "title",
        "preamble", "command", "people", "items", "values", "signatory", "executor", "appendices",
    ]

    /// The plan columns in the order a table shows them.
    static let planColumns = ["number", "activity", "result", "due", "responsible"]
}
