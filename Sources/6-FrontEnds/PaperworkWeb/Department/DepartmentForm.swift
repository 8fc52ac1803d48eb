import Foundation
import PaperworkKit

/// The department's requisites (реквизиты отдела) as the «Изменить реквизиты» form edits them:
/// what is entered once and used by every document — the issuer, its contacts, the people, who
/// signs the letters and compiles the справка, the monitoring's period. The department YAML stays
/// the canonical form: the form is read from it (``init(yaml:)``) and written back into it
/// (``applied(to:)``); every field the form does not show (the справка's texts, figures, the
/// catalogue, nouns, the emblem…) is carried through unchanged.
struct DepartmentForm: Equatable {
    /// A person of the department (`people:` of the file) by key.
    struct Person: Equatable {
        var key = ""
        var surname = ""
        var firstName = ""
        var patronymic = ""
        /// `m`, `f`, or empty to infer the gender from the name.
        var gender = ""
        var title = ""
        /// The person's other fields (`declension`) as YAML, kept as they were.
        var extra = ""

        /// Whether the row is left empty (a row just added).
        var isEmpty: Bool { (key + surname + firstName + patronymic + title).isEmpty }
    }

    /// The letterhead's lines (`issuer`), the higher body first.
    var issuer: [String] = []
    /// The issuer's name in running text, in the nominative (`issuer_name`).
    var issuerName = ""
    /// The address, phone and e-mail lines (`contacts`).
    var contacts: [String] = []
    var people: [Person] = []
    /// The letters' signatory by key (`letters.signatory`).
    var signatory = ""
    /// `letters.signature_title`, line breaks as typed.
    var signatureTitle = ""
    /// `letters.number_prefix` («01-12/»).
    var numberPrefix = ""
    /// `letters.report_by`, ГГГГ-ММ-ДД.
    var reportBy = ""
    /// The справка's compiler by key (`report.compiler`).
    var compiler = ""
    var executorName = ""
    var executorPhone = ""
    /// `period.from` and `period.to`, ГГГГ-ММ or ГГГГ-ММ-ДД; both empty when the file has no period.
    var periodFrom = ""
    var periodTo = ""

    /// The keys of the people the form can name, for the choices of signatory and compiler.
    var personKeys: [String] { people.map(\.key).filter { !$0.isEmpty } }
}
