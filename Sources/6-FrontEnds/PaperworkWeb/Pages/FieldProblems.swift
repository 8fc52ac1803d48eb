import PaperworkKit

/// The core's problems with the YAML a form was written into, placed on the form: a problem at a
/// line of the YAML belongs to the field written on that line and is shown beside it, and in the
/// problems table under the field's Russian name instead of a line the user never saw. The clerk's
/// order (``OrderProblems``) and the department's requisites (``DepartmentProblems``) say which
/// fields they have.
struct FieldProblems {
    /// A problem with the form field it belongs to.
    struct Placed {
        /// The anchor of the field on the page (`number`, `item-2`, `person-1`); empty for a field
        /// the form does not show.
        var anchor: String
        /// The field's name as the form labels it («Пункт 3», «Период мониторинга»).
        var label: String
        var diagnostic: Diagnostic
    }

    let placed: [Placed]

    /// Places `diagnostics` of the YAML whose fields stand at the lines of `paths`.
    /// - Parameters:
    ///   - knows: whether a name is a field path of the form: a problem of the whole file stands
    ///     at its first key, column 1, and names the field it lacks in «…» («не указано поле
    ///     «issuer_name»»).
    ///   - field: the anchor and the label of the field at a path of the YAML.
    init(
        _ diagnostics: [Diagnostic], paths: [Int: String], knows: (String) -> Bool,
        field: (String) -> (anchor: String, label: String)
    ) {
        placed = diagnostics.map { diagnostic in
            let location = diagnostic.location
            var path = location.line.flatMap { paths[$0] } ?? ""
            if location.column == 1, !path.contains(".") {
                let named = diagnostic.message.components(separatedBy: "«").dropFirst().compactMap {
                    $0.components(separatedBy: "»").first
                }
                path = named.first(where: knows) ?? ""
            }
            let (anchor, label) = field(path)
            return Placed(anchor: anchor, label: label, diagnostic: diagnostic)
        }
    }

    var isEmpty: Bool { placed.isEmpty }

    /// The messages for the field `anchor`.
    func messages(_ anchor: String) -> String {
        placed.filter { $0.anchor == anchor }.map(\.diagnostic.message).joined(separator: "; ")
    }

    /// The rows of the problems table: the field (a link to it) and what is wrong.
    var rows: [[String: Any]] {
        placed.map { ["anchor": $0.anchor, "field": $0.label, "message": $0.diagnostic.message] }
    }
}
