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
/// Prepare, then write: ``init(_:)`` reads and checks everything (data, catalogue, templates, the
/// справка's and rating's values) and reports every problem; ``write(into:progress:pdfProgress:)``
/// renders each document once, letters on all cores, into a sink that publishes all or nothing.
public struct Batch: Sendable {
    /// What a run wrote.
    public struct Summary: Sendable {
        public let levels: [LevelCount]
        public let files: [String]
    }

    let formats: [OutputFormat]
    let rating: Rating
    let department: Department
    let catalogue: RecommendationCatalogue
    var order: Order?
    /// The results order's files as the register issued them (see ``issuing(_:files:)``), written
    /// instead of rendering the order again.
    var issuedOrder: [(name: String, bytes: [UInt8])] = []
    /// The results order's YAML as the department's files hold it.
    let orderSource: String
    let report: TemplateValue
    let ratingContext: TemplateValue
    /// The schools in the order of the results file; each letter's data is built when it is written.
    let schools: [SchoolScore]
    let templates: [String: [OutputFormat: Template]]
    /// The department's own templates, by the shipped file name they replace (the order's among them).
    let customTemplates: [String: NamedBytes]
    /// The files the templates may read by name: those beside the department file.
    public let attachedFiles: AttachedFiles

    /// Reads and checks everything.
    /// - Throws: a ``DiagnosticReport`` with every problem found.
    public init(_ inputs: Inputs) throws {
        formats = inputs.formats
        attachedFiles = inputs.files.attachedFiles
        var problems: [Diagnostic] = []
        func attempt<T>(_ body: () throws -> T) -> T? {
            do { return try body() } catch { problems += Diagnostic.from(error) }
            return nil
        }
        let methodology = attempt { try Methodology.load(inputs.methodology) }
        let table = attempt { try TableFile.read(inputs.results, sheet: inputs.sheet) }
        let department = attempt { try Department.load(inputs.department) }
        // The nouns the department adds for `agree` (its `nouns:` section), in every template and text.
        let filters =
            department == nil
            ? Filters.all
            : attempt { try NounDictionary.load(inputs.department) }.map(Filters.registry(nouns:)) ?? Filters.all
        var results: [SchoolResult]?
        if let methodology, let table {
            results = attempt { try ResultsReader.read(table, methodology: methodology, previous: inputs.previous) }.map
            {
                Batch.corrected($0, by: inputs.schools)
            }
        }
        var catalogue: RecommendationCatalogue?
        if let methodology, let department {
            catalogue = attempt {
                try RecommendationCatalogue.load(
                    Batch.referenced(department.recommendations, field: "recommendations", by: department, inputs),
                    methodology: methodology)
            }
        }
        var orderSource = ""
        let order = department.flatMap { department in department.order.map { (department, $0) } }.flatMap {
            department, reference in
            attempt {
                let source = try Batch.referenced(reference, field: "order", by: department, inputs)
                orderSource = String(decoding: source.bytes, as: UTF8.self)
                var order = try OrderLoader.load(
                    source, files: inputs.files.source(besides: reference),
                    values: OrderedFields(department.period.map { [("period", $0.templateValue)] } ?? []))
                order.qrCode = order.qrCode || department.qrCode
                if order.emblem == nil, let emblem = department.emblem {
                    order.emblem = try EmblemReader.read(
                        emblem, files: inputs.files,
                        at: department.locations["emblem"] ?? SourceLocation(file: inputs.department.name))
                }
                return order
            }
        }
        var templates: [String: [OutputFormat: Template]] = [:]
        for name in ["report", "rating", "letter"] {
            for format in formats {
                let office = format.office ?? (formats.contains(.odt) ? .odt : .docx)
                do {
                    let fileName = "\(name).\(office.fileExtension)"
                    let file = try inputs.templates[fileName] ?? TemplateLocator.template(fileName)
                    templates[name, default: [:]][format] = attempt { try file.compile(filters: filters) }
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
        let departmentFile = inputs.department.name
        // Problems of the department's texts and figures are found only now, with the monitoring's
        // figures; each is reported where its field is written in the department file.
        func place(_ field: String) -> SourceLocation {
            department.locations[field] ?? SourceLocation(file: departmentFile)
        }
        let levelIDs = methodology.scale.levels.map(\.id).joined(separator: ", ")
        var inlineData = statistics.inlineData
        if let period = department.period, case .object(var fields) = inlineData {
            fields["period"] = period.templateValue
            inlineData = .object(fields)
        }
        func inline(_ text: String, field: String) -> String? {
            do {
                return try InlineTemplate(text, filters: filters).render(inlineData, filters: filters)
            } catch let failure as FilterFailure {
                let hint =
                    failure.code != .missingValue
                    ? ""
                    : "; в этих текстах есть значения schools_count, mean, max, period.text, period.in (если указан period) и "
                        + "levels.<уровень>.name, .count, .share, .names, где уровень — один из уровней методики: "
                        + levelIDs
                problems.append(
                    Diagnostic("bad_text", "в тексте «\(field)»: \(failure.message)" + hint, at: place(field)))
            } catch {
                problems.append(
                    Diagnostic("bad_text", "в тексте «\(field)»: не удалось подставить значения", at: place(field)))
            }
            return nil
        }
        let intro = inline(department.intro, field: "report.intro")
        let conclusion = inline(department.conclusion, field: "report.conclusion")
        var figuresKnown = true
        for (index, figure) in department.figures.enumerated() {
            guard case .failure(let failure) = statistics.value(of: figure) else { continue }
            figuresKnown = false
            problems.append(
                Diagnostic(
                    "bad_field", "показатель справки \(index + 1): \(failure.message)",
                    at: place("report.figures.\(index)")))
        }
        let texts = intro.flatMap { intro in conclusion.map { (intro, $0) } }
        let report = texts.flatMap { texts in
            figuresKnown
                ? attempt {
                    try DocumentContexts.report(
                        department, statistics: statistics, catalogue: catalogue, texts: texts,
                        comparison: inputs.previous.map { PeriodComparison(rating: rating, previous: $0) })
                } : nil
        }
        let ratingContext = DocumentContexts.rating(department, statistics: statistics)
        let schools = rating.schools.sorted { $0.school.row < $1.school.row }
        // A letter greets its school's head as «Уважаемый …» or «Уважаемая …»: a head whose gender
        // nothing tells is asked about, not guessed.
        for school in schools.map(\.school) {
            let place = SourceLocation(file: inputs.results.name, row: school.row)
            if let value = SchoolHead.badGender(of: school) {
                problems.append(
                    Diagnostic(
                        "head_gender_invalid",
                        "пол руководителя «\(value.prefix(20))»: пишите «м» или «ж»", at: place))
            } else if let head = SchoolHead.name(of: school), !head.genderIsKnown {
                problems.append(
                    Diagnostic(
                        "head_gender_unknown",
                        "не удалось определить пол руководителя «\(school.head.prefix(60))» (\(school.name.prefix(60))): "
                            + "от него зависят обращение «Уважаемый/Уважаемая» и падежи в письме; запишите отчество "
                            + "полностью или добавьте в таблицу столбец «Пол руководителя» (м или ж)", at: place))
            }
        }
        // Every value every template asks for must be there before anything is written.
        var checks: [(String, TemplateValue)] = [("rating", ratingContext)]
        if let report { checks.append(("report", report)) }
        for (name, context) in checks {
            var seen: Set<String> = []
            for template in templates[name]?.values ?? [:].values where seen.insert(template.file).inserted {
                problems += template.problems(with: context).map { $0.diagnostic(file: template.file) }
            }
        }
        if formats.contains(.pdf), PDFConverter.executable == nil {
            problems.append(
                Diagnostic(
                    "pdf_no_libreoffice",
                    "для вывода в PDF нужен LibreOffice, а он не установлен; установите пакет "
                        + "libreoffice-writer-nogui или уберите pdf из --format", at: SourceLocation()))
        }
        guard problems.isEmpty, let report else { throw DiagnosticReport(problems) }
        self.rating = rating
        self.department = department
        self.catalogue = catalogue
        self.order = order
        self.orderSource = orderSource
        self.report = report
        self.ratingContext = ratingContext
        self.schools = schools
        self.templates = templates
        self.customTemplates = inputs.templates
    }

    /// The file the department file names in `field`; a file that cannot be read is reported at
    /// that field's line, with the name as written there.
    private static func referenced(_ reference: String, field: String, by department: Department, _ inputs: Inputs)
        throws -> NamedBytes
    {
        do {
            return try inputs.files.read(reference)
        } catch let problem as Diagnostic {
            throw Diagnostic(
                problem.code, "файл «\(reference)» из поля «\(field)» не читается: \(problem.message)",
                at: department.locations[field] ?? SourceLocation(file: inputs.department.name))
        }
    }

    /// Renders every document into `folder` and replaces the folder's old contents with them all at once.
    /// - Parameters:
    ///   - progress: called with (done, total) as letters are rendered.
    ///   - pdfProgress: called with (converted, total) as documents become PDF, from any thread.
    /// - Throws: ``DiagnosticReport`` with every letter's problems, or a ``Diagnostic`` of the folder;
    ///   nothing is published then, and the folder stays as it was.
    public func run(
        into folder: String, progress: @Sendable (Int, Int) -> Void = { _, _ in },
        pdfProgress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws -> Summary {
        try run(into: try FolderSink(folder), progress: progress, pdfProgress: pdfProgress)
    }

    /// Writes every document into `sink`, a folder already taken (checked and locked), and
    /// publishes it at once; on failure the folder stays as it was.
    public func run(
        into sink: FolderSink, progress: @Sendable (Int, Int) -> Void = { _, _ in },
        pdfProgress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws -> Summary {
        do {
            let names = try write(into: sink, progress: progress, pdfProgress: pdfProgress)
            try sink.commit()
            return Summary(levels: rating.levels, files: names.map(sink.path(of:)))
        } catch {
            sink.discard()
            throw error
        }
    }

    /// Renders every document once into `sink` (not committed: the caller commits or discards):
    /// the справка, the rating (documents and CSV), the results order, the letters, then the PDFs.
    /// - Returns: the names of the documents added.
    /// - Throws: ``DiagnosticReport`` with the problems of every letter; the first failure of the sink.
    public func write(
        into sink: any DocumentSink, progress: @Sendable (Int, Int) -> Void = { _, _ in },
        pdfProgress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) throws
        -> [String]
    {
        var pdfs = PDFQueue()
        var names: [String] = []
        for (template, context, base) in [("report", report, "Справка"), ("rating", ratingContext, "Рейтинг")] {
            var rendered: [OfficeFormat: [UInt8]] = [:]
            for format in formats {
                guard let compiled = templates[template]?[format] else { continue }
                let bytes = try rendered[compiled.format] ?? compiled.render(context, options: renderOptions)
                rendered[compiled.format] = bytes
                let name = SafeFileName.make([base], extension: format.rawValue)
                if format == .pdf {
                    pdfs.append(name, bytes: bytes, format: compiled.format)
                } else {
                    try sink.add(name, bytes: bytes)
                    names.append(name)
                }
            }
        }
        try sink.add("Рейтинг.csv", bytes: Array(RatingReport(rating: rating).csv.utf8))
        names.append("Рейтинг.csv")
        if !issuedOrder.isEmpty {
            for file in issuedOrder {
                try sink.add(file.name, bytes: file.bytes)
                names.append(file.name)
            }
        } else if let order {
            names += try OrderDocuments.add(
                order, formats: formats, to: sink, pdfs: &pdfs, templates: customTemplates, files: attachedFiles)
        }
        let letters = try writeLetters(into: sink, progress: progress)
        names += letters.names
        pdfs.append(contentsOf: letters.pdfs)
        names += try pdfs.convert(into: sink, progress: pdfProgress)
        return names
    }

    /// The name of the letter to the school at `index` (without extension).
    public func letterName(_ index: Int) -> String {
        String(SafeFileName.make([schools[index].school.id, schools[index].school.name], extension: "x").dropLast(2))
    }

    /// The template data of the letter to the school at `index`.
    public func letterContext(_ index: Int) -> TemplateValue {
        DocumentContexts.letter(
            schools[index], number: index + 1, department: department, rating: rating, catalogue: catalogue)
    }

    /// The number of letters, one per school.
    public var letterCount: Int { schools.count }

    /// The batch's letter step on its own: every letter rendered once per office format, on all
    /// cores, and added to `sink` (`письма/<name>.docx`); letters in PDF are queued, not converted.
    /// Every letter is rendered even when some have problems, so that all problems are reported.
    /// - Returns: the names added and the PDFs queued.
    /// - Throws: ``DiagnosticReport`` with every letter's problems; the first failure of the sink (the
    ///   remaining letters are skipped then).
    public func writeLetters(into sink: any DocumentSink, progress: @Sendable (Int, Int) -> Void = { _, _ in }) throws
        -> (names: [String], pdfs: PDFQueue)
    {
        let lock = NSLock()
        nonisolated(unsafe) var names: [String] = []
        nonisolated(unsafe) var pdfs = PDFQueue()
        nonisolated(unsafe) var problems: [(Int, [Diagnostic])] = []
        nonisolated(unsafe) var failure: (any Error)?
        nonisolated(unsafe) var done = 0
        let templates = self.templates["letter"] ?? [:]
        let formats = formats
        let total = letterCount
        DispatchQueue.concurrentPerform(iterations: total) { index in
            guard lock.withLock({ failure == nil }) else { return }
            let name = letterName(index)
            let context = letterContext(index)
            var rendered: [OfficeFormat: [UInt8]] = [:]
            do {
                for format in formats {
                    guard let template = templates[format] else { continue }
                    let bytes = try rendered[template.format] ?? template.render(context, options: renderOptions)
                    rendered[template.format] = bytes
                    let file = "письма/" + SafeFileName.make([name], extension: format.rawValue)
                    if format == .pdf {
                        lock.withLock { pdfs.append(file, bytes: bytes, format: template.format) }
                    } else {
                        try sink.add(file, bytes: bytes)
                        lock.withLock { names.append(file) }
                    }
                }
            } catch let error as TemplateError {
                lock.withLock { problems.append((index, error.diagnostics)) }
            } catch {
                lock.withLock { if failure == nil { failure = error } }
            }
            // Under the lock, so that the counts reach the terminal in order.
            lock.withLock {
                done += 1
                progress(done, total)
            }
        }
        if let failure { throw failure }
        if !problems.isEmpty {
            // The same problem in many letters is reported once.
            var seen: Set<Diagnostic> = []
            throw DiagnosticReport(problems.sorted { $0.0 < $1.0 }.flatMap(\.1).filter { seen.insert($0).inserted })
        }
        return (names.sorted(), pdfs)
    }
}

extension Batch {
    /// The rendering options of the batch's documents: the department's spacing of initials, the
    /// files beside the department file.
    var renderOptions: Template.Options {
        Template.Options(typography: Typography(initials: department.initials), files: attachedFiles)
    }
}
