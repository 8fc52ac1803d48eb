import Diagnostics
import Ingest
import Monitoring
import Orders

extension Paperwork {
    /// Reads and checks a methodology (a file or an upload alike), for a front end that keeps it.
    /// - Throws: a ``DiagnosticReport`` with every problem of the YAML, each at its line.
    public static func methodology(_ input: NamedBytes) throws -> Methodology {
        try Methodology.load(input)
    }
}

extension Paperwork {
    /// Reads and checks a recommendation catalogue against its methodology.
    /// - Throws: a ``DiagnosticReport`` with every problem, each at its line.
    public static func catalogue(_ input: NamedBytes, methodology: Methodology) throws -> RecommendationCatalogue {
        try RecommendationCatalogue.load(input, methodology: methodology)
    }
}

extension Paperwork {
    /// Reads and checks a department file (issuer, people, texts of the справка and letters).
    /// - Throws: a ``DiagnosticReport`` with every problem, each at its line.
    public static func department(_ input: NamedBytes) throws -> Department {
        try Department.load(input)
    }
}
