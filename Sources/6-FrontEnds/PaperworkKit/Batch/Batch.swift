import Dispatch
import Documents
import Foundation
import Ingest
import Monitoring
import OfficePackage
import Orders
import Output
import RussianText
import Tables
import TemplateEngine

/// The methodist's whole job in one run: the справка, the rating (document and CSV), one letter
/// per school, and the results order when the department file names one.
///
/// Everything is read and checked — data, catalogue, templates, every document's values — before
/// the first file is written; files are written atomically; letters are rendered on all cores.
public struct Batch: Sendable {
    public struct Options: Sendable {
        public var methodology: String
        public var results: String
        public var department: String
        public var output: String
        public var formats: [OutputFormat]
        public var sheet: String?

        public init(methodology: String, results: String, department: String, output: String,
                    formats: [OutputFormat], sheet: String? = nil) {
            self.methodology = methodology
            self.results = results
            self.department = department
            self.output = output
            self.formats = formats
            self.sheet = sheet
        }
    }

    /// What a run wrote.
    public struct Summary: Sendable {
        public let levels: [LevelCount]
        public let files: [String]
    }

    let options: Options
    let rating: Rating
    let department: Department
    let catalogue: RecommendationCatalogue
    let order: Order?
    let report: TemplateValue
    let ratingContext: TemplateValue
    /// The schools in the order of the results file; each letter's data is built when it is written.
    let schools: [SchoolScore]
    let templates: [String: [OutputFormat: Template]]

    /// Reads and checks everything.
    /// - Throws: a ``DiagnosticReport`` with every problem found.
    public init(_ options: Options) throws {
        self.options = options
        var problems: [Diagnostic] = []
        func attempt<T>(_ body: () throws -> T) -> T? {
            do { return try body() } catch { problems += Diagnostic.from(error) }
            return nil
        }
        let methodology = attempt { try Methodology.load(path: options.methodology) }
        let table = attempt { try TableFile.read(path: options.results, sheet: options.sheet) }
        let department = attempt { try Department.load(path: options.department) }
        var results: [SchoolResult]?
        if let methodology, let table { results = attempt { try ResultsReader.read(table, methodology: methodology) } }
        var catalogue: RecommendationCatalogue?
        if let methodology, let department {
            catalogue = attempt { try RecommendationCatalogue.load(path: department.recommendations, methodology: methodology) }
        }
        let order = department?.order.flatMap { path in attempt { try OrderLoader.load(path: path) } }
        var templates: [String: [OutputFormat: Template]] = [:]
        for name in ["report", "rating", "letter"] {
            for format in options.formats {
                let office = format.office ?? (options.formats.contains(.odt) ? .odt : .docx)
                do {
                    let file = try TemplateLocator.template("\(name).\(office.fileExtension)")
                    templates[name, default: [:]][format] = attempt { try file.compile() }
                } catch {
                    problems += Diagnostic.from(error).filter { !problems.contains($0) }
                }
            }
        }
        guard problems.isEmpty, let methodology, let department, let results, let catalogue else {
            throw DiagnosticReport(problems)
        }
        let rating = Rating(methodology: methodology, results: results)
        let statistics = Statistics(rating: rating)
        let departmentFile = (options.department as NSString).lastPathComponent
        // Problems of the department's texts and figures are found only now, with the monitoring's
        // figures; each is reported where its field is written in the department file.
        func place(_ field: String) -> SourceLocation { department.locations[field] ?? SourceLocation(file: departmentFile) }
        let levelIDs = methodology.scale.levels.map(\.id).joined(separator: ", ")
        func inline(_ text: String, field: String) -> String? {
            do {
                return try InlineTemplate(text, filters: Filters.all).render(statistics.inlineData, filters: Filters.all)
            } catch let failure as FilterFailure {
                let hint = failure.code != .missingValue ? "" : "; в этих текстах есть значения schools_count, mean, max и "
                    + "levels.<уровень>.name, .count, .share, .names, где уровень — один из уровней методики: " + levelIDs
                problems.append(Diagnostic("bad_text", "в тексте «\(field)»: \(failure.message)" + hint, at: place(field)))
            } catch {
                problems.append(Diagnostic("bad_text", "в тексте «\(field)»: не удалось подставить значения", at: place(field)))
            }
            return nil
        }
        let intro = inline(department.intro, field: "report.intro")
        let conclusion = inline(department.conclusion, field: "report.conclusion")
        var figuresKnown = true
        for (index, figure) in department.figures.enumerated() {
            guard case .failure(let failure) = statistics.value(of: figure) else { continue }
            figuresKnown = false
            problems.append(Diagnostic("bad_field", "показатель справки \(index + 1): \(failure.message)",
                                       at: place("report.figures.\(index)")))
        }
        let texts = intro.flatMap { intro in conclusion.map { (intro, $0) } }
        let report = texts.flatMap { texts in
            figuresKnown ? attempt {
                try DocumentContexts.report(department, statistics: statistics, catalogue: catalogue, texts: texts)
            } : nil
        }
        let ratingContext = DocumentContexts.rating(department, statistics: statistics)
        let schools = rating.schools.sorted { $0.school.row < $1.school.row }
        // Every value every template asks for must be there before anything is written.
        var checks: [(String, TemplateValue)] = [("rating", ratingContext)]
        if let report { checks.append(("report", report)) }
        for (name, context) in checks {
            if let template = templates[name]?.values.first {
                problems += template.problems(with: context).map { $0.diagnostic(file: template.file) }
            }
        }
        if let letter = templates["letter"]?.values.first {
            problems += Batch.check(letter, count: schools.count) { index in
                DocumentContexts.letter(schools[index], number: index + 1, department: department, rating: rating, catalogue: catalogue)
            }
        }
        guard problems.isEmpty, let report else { throw DiagnosticReport(problems) }
        self.rating = rating
        self.department = department
        self.catalogue = catalogue
        self.order = order
        self.report = report
        self.ratingContext = ratingContext
        self.schools = schools
        self.templates = templates
    }

    /// The problems of every letter, checked on all cores.
    private static func check(_ template: Template, count: Int, context: @Sendable (Int) -> TemplateValue) -> [Diagnostic] {
        let lock = NSLock()
        nonisolated(unsafe) var found: [Diagnostic] = []
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let problems = template.problems(with: context(index))
            if !problems.isEmpty { lock.withLock { found += problems.map { $0.diagnostic(file: template.file) } } }
        }
        return found
    }

    /// Writes every document.
    /// - Parameter progress: called with (done, total) as letters are written.
    public func run(progress: @Sendable (Int, Int) -> Void = { _, _ in }) throws -> Summary {
        let folder = URL(fileURLWithPath: options.output)
        let lettersFolder = folder.appendingPathComponent("письма")
        try FileManager.default.createDirectory(at: lettersFolder, withIntermediateDirectories: true)
        var files: [String] = []
        var pdfs: [(bytes: [UInt8], format: OfficeFormat, path: String)] = []
        func emit(_ name: String, _ context: TemplateValue, base: String, in folder: URL) throws -> [String] {
            var written: [String] = []
            for format in options.formats {
                guard let template = templates[name]?[format] else { continue }
                let bytes = try template.render(context)
                let path = folder.appendingPathComponent(SafeFileName.make([base], extension: format.rawValue)).path
                if format == .pdf {
                    pdfs.append((bytes, template.format, path))
                } else {
                    try AtomicFile.write(bytes, to: path, label: (path as NSString).lastPathComponent)
                    written.append(path)
                }
            }
            return written
        }
        files += try emit("report", report, base: "Справка", in: folder)
        files += try emit("rating", ratingContext, base: "Рейтинг", in: folder)
        let csvPath = folder.appendingPathComponent("Рейтинг.csv").path
        try AtomicFile.write(Array(RatingReport(rating: rating).csv.utf8), to: csvPath, label: "Рейтинг.csv")
        files.append(csvPath)
        if let order { files += try OrderDocuments.write(order, to: folder.path, formats: options.formats.filter { $0 != .pdf }) }

        let letterFiles = try writeLetters(to: lettersFolder, progress: progress)
        files += letterFiles.written
        pdfs += letterFiles.pdfs
        if !pdfs.isEmpty { try PDFConverter.convertAll(pdfs) }
        files += pdfs.map(\.path)
        return Summary(levels: rating.levels, files: files)
    }

    /// The name of the letter to the school at `index` (without extension).
    public func letterName(_ index: Int) -> String {
        String(SafeFileName.make([schools[index].school.id, schools[index].school.name], extension: "x").dropLast(2))
    }

    /// The template data of the letter to the school at `index`.
    public func letterContext(_ index: Int) -> TemplateValue {
        DocumentContexts.letter(schools[index], number: index + 1, department: department, rating: rating, catalogue: catalogue)
    }

    /// The number of letters, one per school.
    public var letterCount: Int { schools.count }

    /// The batch's letter step on its own: every letter rendered on all cores and written into `folder`.
    public func writeLetters(to folder: URL, progress: @Sendable (Int, Int) -> Void = { _, _ in }) throws
        -> (written: [String], pdfs: [(bytes: [UInt8], format: OfficeFormat, path: String)]) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lock = NSLock()
        nonisolated(unsafe) var written: [String] = []
        nonisolated(unsafe) var pdfs: [(bytes: [UInt8], format: OfficeFormat, path: String)] = []
        nonisolated(unsafe) var failures: [Diagnostic] = []
        nonisolated(unsafe) var done = 0
        let templates = self.templates["letter"] ?? [:]
        let formats = options.formats
        let total = letterCount
        DispatchQueue.concurrentPerform(iterations: total) { index in
            let name = letterName(index)
            let context = letterContext(index)
            for format in formats {
                guard let template = templates[format] else { continue }
                let path = folder.appendingPathComponent(SafeFileName.make([name], extension: format.rawValue)).path
                do {
                    let bytes = try template.render(context)
                    if format == .pdf {
                        lock.withLock { pdfs.append((bytes, template.format, path)) }
                    } else {
                        try AtomicFile.write(bytes, to: path, label: (path as NSString).lastPathComponent)
                        lock.withLock { written.append(path) }
                    }
                } catch {
                    let found = Diagnostic.from(error, file: SafeFileName.make([name], extension: format.rawValue))
                    lock.withLock { failures += found }
                }
            }
            let count = lock.withLock { () -> Int in
                done += 1
                return done
            }
            progress(count, total)
        }
        if !failures.isEmpty { throw DiagnosticReport(failures) }
        return (written.sorted(), pdfs)
    }
}
