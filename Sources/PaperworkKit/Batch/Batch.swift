import Dispatch
import Foundation
import Monitoring
import OfficePackage
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
    /// - Throws: ``BatchError`` with every problem found.
    public init(_ options: Options) throws {
        self.options = options
        var problems: [String] = []
        func attempt<T>(_ body: () throws -> T) -> T? {
            do { return try body() } catch let error as MonitoringError {
                problems += error.problems.map(\.description)
            } catch let error as DocumentError {
                problems += error.problems.map(\.description)
            } catch let error as TemplateError {
                problems += error.problems.map { "\(error.file): \($0)" }
            } catch {
                problems.append("\(error)")
            }
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
                guard let path = TemplateLocator.find("\(name).\(office.fileExtension)") else {
                    problems.append("не найден шаблон \(name).\(office.fileExtension): укажите папку шаблонов в PAPERWORK_TEMPLATES")
                    continue
                }
                templates[name, default: [:]][format] = attempt { try Template(path: path, filters: Filters.all) }
            }
        }
        guard problems.isEmpty, let methodology, let department, let results, let catalogue else {
            throw BatchError(lines: problems)
        }
        let rating = Rating(methodology: methodology, results: results)
        let statistics = Statistics(rating: rating)
        let texts = attempt { () throws -> (String, String) in
            let data = statistics.inlineData
            return (try InlineTemplate(department.intro, filters: Filters.all).render(data, filters: Filters.all),
                    try InlineTemplate(department.conclusion, filters: Filters.all).render(data, filters: Filters.all))
        }
        let report = texts.flatMap { texts in
            attempt { try DocumentContexts.report(department, statistics: statistics, catalogue: catalogue, texts: texts) }
        }
        let ratingContext = DocumentContexts.rating(department, statistics: statistics)
        let schools = rating.schools.sorted { $0.school.row < $1.school.row }
        // Every value every template asks for must be there before anything is written.
        var checks: [(String, TemplateValue)] = [("rating", ratingContext)]
        if let report { checks.append(("report", report)) }
        for (name, context) in checks {
            if let template = templates[name]?.values.first {
                problems += template.problems(with: context).map { "\(template.file): \($0)" }
            }
        }
        if let letter = templates["letter"]?.values.first {
            problems += Batch.check(letter, count: schools.count) { index in
                DocumentContexts.letter(schools[index], number: index + 1, department: department, rating: rating, catalogue: catalogue)
            }
        }
        guard problems.isEmpty, let report else { throw BatchError(lines: problems) }
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
    private static func check(_ template: Template, count: Int, context: @Sendable (Int) -> TemplateValue) -> [String] {
        let lock = NSLock()
        nonisolated(unsafe) var found: [String] = []
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let problems = template.problems(with: context(index))
            if !problems.isEmpty { lock.withLock { found += problems.map { "\(template.file): \($0)" } } }
        }
        return found
    }

    /// Writes every document.
    /// - Parameters:
    ///   - progress: called with (done, total) as letters are written.
    ///   - pdfProgress: called with (converted, total) as PDFs are written, when PDF is asked for.
    public func run(progress: @Sendable (Int, Int) -> Void = { _, _ in },
                    pdfProgress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) throws -> Summary {
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
        if !pdfs.isEmpty { try PDFConverter.convertAll(pdfs, progress: pdfProgress) }
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
        nonisolated(unsafe) var failures: [String] = []
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
                    lock.withLock { failures.append("\(name): \(error)") }
                }
            }
            let count = lock.withLock { () -> Int in
                done += 1
                return done
            }
            progress(count, total)
        }
        if !failures.isEmpty { throw BatchError(lines: failures) }
        return (written.sorted(), pdfs)
    }
}
