import RussianText

/// Renders a compiled part with data into markup, collecting every problem on the way.
/// Rendering stops as soon as the part's ``TemplateBudget`` is spent.
struct Renderer {
    let flavor: any MarkupFlavor
    let prefix: String
    let lenient: Bool
    let budget: TemplateBudget
    /// Whether the markup is kept; a check for problems only counts its bytes (for the budget).
    let keepsMarkup: Bool
    /// The typography applied to every value written; nil when the template turns it off.
    let typography: Typography?
    var evaluator: Evaluator
    private(set) var problems: [TemplateProblem] = []
    /// The pictures and charts placed, in the order of their markers.
    private(set) var drawings: [Drawing] = []
    private var reported: Set<String> = []
    private var steps = 0
    /// Bytes of markup made so far, kept or not.
    private var written = 0
    /// Set once the budget is spent: nothing more is rendered.
    private var exhausted = false
    /// The loops being repeated, outermost first: a spent budget is reported at the innermost.
    private var loops: [TagLocation] = []

    init(
        flavor: any MarkupFlavor, prefix: String, data: TemplateValue, filters: FilterRegistry, lenient: Bool,
        budget: TemplateBudget = .standard, keepsMarkup: Bool = true, typography: Typography? = nil,
        style: TemplateSettings.ValueStyle = .russian, context: FilterContext = .none
    ) {
        self.flavor = flavor
        self.typography = typography
        self.keepsMarkup = keepsMarkup
        self.prefix = prefix
        self.lenient = lenient
        self.budget = budget
        self.evaluator = Evaluator(data: data, filters: filters, style: style, context: context)
    }

    /// Appends the markup of `nodes` to `output` as UTF-8, which is how the part is stored.
    mutating func render(_ nodes: [TemplateNode], into output: inout [UInt8]) {
        for node in nodes {
            guard !exhausted else { return }
            switch node {
            case .markup(let text):
                emit(text, into: &output)
            case .output(let expression, let location):
                guard spend(at: location) else { return }
                switch evaluator.evaluate(expression) {
                case .value(.picture(let picture)): place(.picture(picture), into: &output)
                case .value(.chart(let chart)): place(.chart(chart), into: &output)
                case .value(.document(let document)) where document.format == flavor.format:
                    place(.document(document), into: &output)
                case .value(.document(let document)):
                    report(.filterFailed, SubDocumentFilter.mismatch(document, template: flavor.format), at: location)
                case .value(.object(let fields)) where RichText.isRich(fields):
                    do {
                        var rich = try RichText(fields, style: evaluator.style)
                        if let typography {
                            for index in rich.segments.indices {
                                rich.segments[index].text = typography.apply(rich.segments[index].text)
                            }
                        }
                        // Its text counts toward the part's size as written text does.
                        written += rich.plainText.utf8.count
                        place(.richText(rich), into: &output)
                    } catch {
                        report(.invalidRichText, error.message, at: location)
                    }
                case .value(let value):
                    let plain =
                        evaluator.style == .jinja
                        ? TemplateValue.jinjaText(value, float: expression.isFloat) : value.text
                    let text = typography.map { $0.apply(plain) } ?? plain
                    emit(flavor.encode(text, prefix: prefix), into: &output)
                case .missing(let path): missing(path, at: location)
                case .failed(let message): report(.filterFailed, message, at: location)
                }
            case .loop(let variables, let sequence, let body, let location):
                guard spend(at: location) else { return }
                let items: [TemplateValue]
                switch evaluator.evaluate(sequence) {
                case .value(.list(let list)): items = list
                case .value(.object(let fields)): items = fields.keys.map { .string($0) }
                case .value(.null) where lenient: items = []
                case .value(let other):
                    report(
                        .notAList,
                        "«\(sequence.pathText ?? location.tag)» — \(other.kindName), а не список; "
                            + "{% for %} перебирает только списки", at: location)
                    continue
                case .missing(let path):
                    missing(path, at: location)
                    continue
                case .failed(let message):
                    report(.filterFailed, message, at: location)
                    continue
                }
                loops.append(location)
                for index in items.indices {
                    guard spend(at: location) else { break }
                    evaluator.push(variables, items: items, index: index)
                    render(body, into: &output)
                    evaluator.pop()
                }
                loops.removeLast()
            case .assignment(let name, let value, let location):
                guard spend(at: location) else { return }
                switch evaluator.evaluate(value) {
                case .value(let found): evaluator.assign(name, found)
                case .missing(let path): missing(path, at: location)
                case .failed(let message): report(.filterFailed, message, at: location)
                }
            case .cell(let directive, let location):
                guard spend(at: location) else { return }
                switch CellDirectives.instruction(directive, evaluator: evaluator) {
                case .value(let value): emit("<?\(CellDirectives.target) \(value.text)?>", into: &output)
                case .missing(let path): missing(path, at: location)
                case .failed(let message): report(.filterFailed, message, at: location)
                }
            case .numbering(let start, let location):
                guard spend(at: location) else { return }
                switch ListNumbering.instruction(start: start, evaluator: evaluator) {
                case .value(let value): emit("<?\(ListNumbering.target) \(value.text)?>", into: &output)
                case .missing(let path): missing(path, at: location)
                case .failed(let message): report(.filterFailed, message, at: location)
                }
            case .scope(let bindings, let body, let location):
                guard spend(at: location) else { return }
                var names: [(String, TemplateValue)] = []
                for binding in bindings {
                    switch evaluator.evaluate(binding.value) {
                    case .value(let found): names.append((binding.name, found))
                    case .missing(let path): missing(path, at: location)
                    case .failed(let message): report(.filterFailed, message, at: location)
                    }
                }
                evaluator.push(names: names)
                render(body, into: &output)
                evaluator.pop()
            case .conditional(let branches, let otherwise, let location):
                guard spend(at: location) else { return }
                if let branch = branches.first(where: { evaluator.condition($0.condition) }) {
                    render(branch.body, into: &output)
                } else if let otherwise {
                    render(otherwise, into: &output)
                }
            }
        }
    }

    /// Leaves the marker of `drawing` where the tag stands.
    private mutating func place(_ drawing: Drawing, into output: inout [UInt8]) {
        emit(flavor.pictureMarker(DrawingEmbedding.marker(drawings.count), prefix: prefix), into: &output)
        drawings.append(drawing)
    }

    private mutating func emit(_ text: String, into output: inout [UInt8]) {
        written += text.utf8.count
        if keepsMarkup { output.append(contentsOf: text.utf8) }
    }

    /// Counts one step at `location` and checks the markup made so far against the budget.
    /// - Returns: `false` once the budget is spent (the problem is then reported, once).
    private mutating func spend(at location: TagLocation) -> Bool {
        guard !exhausted else { return false }
        steps += 1
        let tooManySteps = steps > budget.maxSteps
        guard tooManySteps || written > budget.maxPartBytes else { return true }
        exhausted = true
        let place = loops.last ?? location
        if tooManySteps {
            report(
                .budgetExceeded,
                "заполнение остановлено на «\(place.tag)»: в одной части документа больше "
                    + "\(budget.stepsText) шагов (повторений циклов и вычислений тегов). Скорее всего, циклы вложены "
                    + "по ошибке или списки в данных слишком длинные; проверьте вложенные {% for %} и данные", at: place
            )
        } else {
            report(
                .budgetExceeded,
                "заполнение остановлено на «\(place.tag)»: часть документа вырастает больше "
                    + "\(budget.partSizeText) разметки — такой файл не откроют ни Word, ни LibreOffice. Проверьте, не "
                    + "повторяет ли цикл слишком много текста и не слишком ли длинные списки в данных; большой документ "
                    + "разбейте на несколько", at: place)
        }
        return false
    }

    private mutating func missing(_ path: String, at location: TagLocation) {
        guard !lenient else { return }
        report(
            .missingValue,
            "в данных нет значения «\(path)»; добавьте его в файл данных или запустите с "
                + "--lenient, чтобы оставить пустым", at: location)
    }

    private mutating func report(_ code: TemplateProblem.Code, _ message: String, at location: TagLocation) {
        let problem = TemplateProblem(code: code, message: message, location: location)
        if reported.insert(problem.description).inserted { problems.append(problem) }
    }
}
