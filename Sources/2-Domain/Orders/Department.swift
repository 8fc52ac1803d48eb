import Diagnostics
import Foundation
import Monitoring
import RussianText

/// The department's settings for a batch run: who issues and signs, the справка's texts and
/// figures, the letters' wording, the recommendation catalogue and the optional results order.
public struct Department: Sendable {
    /// A figure of the справка: a share of schools by their answers, or a ratio of two result columns.
    public enum Figure: Sendable {
        case schools(text: String, indicator: String, answers: [String])
        case ratio(text: String, numerator: String, denominator: String)

        public var text: String {
            switch self {
            case .schools(let text, _, _), .ratio(let text, _, _): text
            }
        }
    }

    /// The issuing body as the blank prints it, line by line (the higher body first).
    public var issuer: [String]
    /// The issuer's name for running text, in every case («в адрес отдела образования …»).
    public var issuerName: OfficeName
    public var date: RussianDate
    public var people: [String: Person]
    public var recommendations: String
    /// The department's own names of the recommendations' addressees by id, in the nominative
    /// («department: отдел образования администрации … района»), over the catalogue's.
    public var addressees: [String: String] = [:]
    /// The sender's details for the letterhead: address, phone, e-mail, each a line.
    public var contacts: [String] = []
    /// How initials stand before a surname in this department's documents («Е.О. Белова» or
    /// «Е. О. Белова»).
    public var initials: Typography.Initials = .clerical
    /// Whether the department's orders carry a QR code of their requisites on the first page.
    public var qrCode = false
    /// The emblem file (PNG or JPEG) for the first page of the department's orders, as named in
    /// the department file, relative to it.
    public var emblem: String?
    /// The series of the department's order register, the default first; empty when the
    /// department keeps no register in Paperwork (then orders carry the numbers their files give).
    public var register: [RegisterSeries] = []
    public var order: String?
    // The справка.
    public var reportTitle: String
    public var intro: String
    public var goal: String
    public var task: String
    public var timing: String
    /// The period the monitoring ran, when the file states it (`period:`); ``timing`` is written
    /// from it then.
    public var period: RussianPeriod?
    public var methods: String
    public var figures: [Figure]
    public var conclusion: String
    public var compiler: Person
    public var executor: String?
    // The letters.
    public var letterTitle: String
    public var numberPrefix: String
    public var reportBy: RussianDate
    public var headTitle: String
    public var signatory: Person
    public var signatureTitle: String
    /// Whether each letter shows a chart of the school's points against the district's mean by
    /// direction (`letters.chart`; off unless set).
    public var letterChart = false
    /// Where each field was written in the department file, by its path: `report.intro`,
    /// `letters.title`, `report.figures.0` (figures from 0), so that a problem found later (a
    /// text's value the monitoring lacks) is reported at its line and column.
    public var locations: [String: SourceLocation]

    /// The texts filled with the monitoring's figures (`{{ levels.high.count }}`) before they
    /// go into the справка.
    public static let templateFields: Set<String> = ["report.intro", "report.conclusion"]

    /// Creates the value from its parts.
    public init(
        issuer: [String], issuerName: OfficeName, date: RussianDate, people: [String: Person], recommendations: String,
        order: String? = nil, reportTitle: String, intro: String, goal: String, task: String, timing: String,
        methods: String, figures: [Figure], conclusion: String, compiler: Person, executor: String? = nil,
        letterTitle: String, numberPrefix: String, reportBy: RussianDate, headTitle: String, signatory: Person,
        signatureTitle: String, locations: [String: SourceLocation] = [:]
    ) {
        self.issuer = issuer
        self.issuerName = issuerName
        self.date = date
        self.people = people
        self.recommendations = recommendations
        self.order = order
        self.reportTitle = reportTitle
        self.intro = intro
        self.goal = goal
        self.task = task
        self.timing = timing
        self.methods = methods
        self.figures = figures
        self.conclusion = conclusion
        self.compiler = compiler
        self.executor = executor
        self.letterTitle = letterTitle
        self.numberPrefix = numberPrefix
        self.reportBy = reportBy
        self.headTitle = headTitle
        self.signatory = signatory
        self.signatureTitle = signatureTitle
        self.locations = locations
    }
}
