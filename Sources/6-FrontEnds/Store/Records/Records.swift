import Foundation

/// The department (отдел образования): its settings file as uploaded and the files it names
/// (recommendation catalogues, the results order), each under its path relative to the bundle.
public struct DepartmentRecord: Sendable, Equatable {
    /// The department's name, for headings.
    public var name: String
    /// The path of the settings file among `files` (`department/sosnovsky.yaml`).
    public var mainFile: String
    /// Every file of the bundle by relative path.
    public var files: [String: Data]

    /// A department record.
    public init(name: String, mainFile: String, files: [String: Data]) {
        self.name = name
        self.mainFile = mainFile
        self.files = files
    }
}

/// A school (общеобразовательная организация) as the results files name it, with what the
/// methodist corrected by hand on the «Школы» page.
public struct SchoolRecord: Sendable, Equatable {
    public var code: String
    /// The full name, as in the results file.
    public var name: String
    /// The short name the pages show; the results files never carry one.
    public var shortName: String
    /// The head's full name («Савкина Людмила Викторовна»).
    public var head: String
    /// The head's gender: «м», «ж», or empty when not known.
    public var headGender: String
    /// Who last edited the school by hand (empty when only results files have filled it).
    public var editedBy: String
    public var editedAt: Date?

    /// A school record.
    public init(
        code: String, name: String, shortName: String, head: String, headGender: String = "", editedBy: String = "",
        editedAt: Date? = nil
    ) {
        self.code = code
        self.name = name
        self.shortName = shortName
        self.head = head
        self.headGender = headGender
        self.editedBy = editedBy
        self.editedAt = editedAt
    }
}

/// A methodology (методика мониторинга): the YAML as uploaded and what the list shows of it, with
/// its recommendation catalogue when it has one.
public struct MethodologyRecord: Sendable, Equatable {
    public var id: String
    public var title: String
    public var shortTitle: String
    public var period: String
    public var fileName: String
    public var yaml: Data
    public var catalogueName: String?
    public var catalogue: Data?
    /// Whether it came with the program (preinstalled).
    public var shipped: Bool
    public var createdAt: Date

    /// A methodology record.
    public init(
        id: String, title: String, shortTitle: String, period: String, fileName: String, yaml: Data,
        catalogueName: String? = nil, catalogue: Data? = nil, shipped: Bool = false, createdAt: Date = Date()
    ) {
        self.id = id
        self.title = title
        self.shortTitle = shortTitle
        self.period = period
        self.fileName = fileName
        self.yaml = yaml
        self.catalogueName = catalogueName
        self.catalogue = catalogue
        self.shipped = shipped
        self.createdAt = createdAt
    }
}

/// A monitoring campaign (мониторинг): a methodology, a period and the results file as uploaded.
public struct CampaignRecord: Sendable, Equatable {
    public var id: String
    public var methodologyID: String
    public var period: String
    public var resultsName: String
    public var results: Data
    public var schoolsCount: Int
    public var createdAt: Date
    public var createdBy: String

    /// A campaign record.
    public init(
        id: String, methodologyID: String, period: String, resultsName: String, results: Data, schoolsCount: Int,
        createdAt: Date = Date(), createdBy: String
    ) {
        self.id = id
        self.methodologyID = methodologyID
        self.period = period
        self.resultsName = resultsName
        self.results = results
        self.schoolsCount = schoolsCount
        self.createdAt = createdAt
        self.createdBy = createdBy
    }
}

/// One school's place in a campaign's rating, with its score per indicator.
public struct CampaignSchool: Sendable, Equatable {
    public var code: String
    public var name: String
    /// The school's row in the results file, as Excel numbers it.
    public var row: Int
    public var place: Int
    public var total: Double
    public var maximum: Double
    public var levelID: String
    public var levelName: String
    public var scores: [ScoreRecord]
    /// The campaign's own values of its trend indicators, by indicator id (this year's column).
    public var values: [String: Double]

    /// A school of a campaign.
    public init(
        code: String, name: String, row: Int, place: Int, total: Double, maximum: Double, levelID: String,
        levelName: String, scores: [ScoreRecord], values: [String: Double] = [:]
    ) {
        self.values = values
        self.code = code
        self.name = name
        self.row = row
        self.place = place
        self.total = total
        self.maximum = maximum
        self.levelID = levelID
        self.levelName = levelName
        self.scores = scores
    }
}

/// A school's score on one indicator, with the methodology's explanation.
public struct ScoreRecord: Sendable, Equatable {
    public var indicatorID: String
    public var title: String
    public var points: Double
    public var maximum: Double
    public var answer: String
    public var explanation: String

    /// A score.
    public init(
        indicatorID: String, title: String, points: Double, maximum: Double, answer: String, explanation: String
    ) {
        self.indicatorID = indicatorID
        self.title = title
        self.points = points
        self.maximum = maximum
        self.answer = answer
        self.explanation = explanation
    }
}
