import Documents
import Monitoring
import RussianText

/// What a front end knows of a school beyond the results file (the web page's «Школы»): the head
/// and the head's gender, corrected by hand.
public struct SchoolCorrection: Sendable, Equatable {
    /// The head's full name, or empty.
    public var head: String
    /// The head's gender, or `nil` when not known.
    public var gender: Gender?

    /// A correction.
    public init(head: String, gender: Gender?) {
        self.head = head
        self.gender = gender
    }
}

extension Batch {
    /// `results` with the corrections filled in where the results file carries nothing: a head
    /// whose cell is empty, a gender where the file has no gender column or an empty cell in it.
    /// What the file carries always wins.
    static func corrected(_ results: [SchoolResult], by corrections: [String: SchoolCorrection]) -> [SchoolResult] {
        guard !corrections.isEmpty else { return results }
        return results.map { school in
            guard let correction = corrections[school.id] else { return school }
            let head = school.head.trimmingCharacters(in: .whitespaces).isEmpty ? correction.head : school.head
            var extras = school.extras
            let column = extras.first { SchoolHead.genderHeaders.contains($0.key.lowercased()) }
            if let gender = correction.gender, column?.value.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
                extras[column?.key ?? "Пол руководителя"] = gender == .female ? "ж" : "м"
            }
            return SchoolResult(
                id: school.id, name: school.name, head: head, answers: school.answers, row: school.row, extras: extras)
        }
    }
}
